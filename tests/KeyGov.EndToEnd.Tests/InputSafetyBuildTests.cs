using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// Issue #16, "no input can hang or crash the build", through real builds with the packed package: a manifest that is
/// /dev/zero or a FIFO, config-file names that are dangling links, link loops or FIFOs, a 1 GB config file, and
/// KeyGovScanConfigFiles=false with config files the user lists. Each build has a time limit: a hang fails the test.
/// </summary>
[Collection(PackageCollection.Name)]
public class InputSafetyBuildTests(PackageFixture package)
{
    private const string EvaluationDate = "-p:KeyGovEvaluationDate=2026-11-28";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    private string Project() => package.CreateProject("Inputs", new Dictionary<string, string>());

    private static DotNet.Result Build(string project, params string[] extra) =>
        DotNet.RunWithin(Limit, project, null, ["build", EvaluationDate, .. extra]);

    private static void MkFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Theory]
    [InlineData("dev-zero")]
    [InlineData("fifo")]
    public void A_manifest_that_is_a_device_or_a_FIFO_is_KG3001_in_bounded_time_never_a_hang_or_a_crash(string what)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string project = Project();
        string manifest = "/dev/zero";
        if (what == "fifo")
        {
            manifest = Path.Combine(project, "keygov.json");
            File.Delete(manifest);
            MkFifo(manifest); // found as the nearest keygov.json, no property needed
        }

        var clock = Stopwatch.StartNew();
        var build = what == "fifo" ? Build(project) : Build(project, "-p:KeyGovManifest=" + manifest);
        clock.Stop();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(manifest + " : error KG3001: Cannot read the key manifest: it is not a regular file", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4018", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS2001", build.Output, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(build.Output, ": error ") / 2); // the one KG3001, in the log and in the summary
    }

    [Theory]
    [InlineData("dangling")]
    [InlineData("loop")]
    [InlineData("fifo")]
    public void A_config_file_name_that_is_not_a_regular_file_builds_exactly_as_without_the_package(string what)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string with = Project();
        string without = Project();
        foreach (string project in new[] { with, without })
        {
            string file = Path.Combine(project, "appsettings.Development.json");
            switch (what)
            {
                case "dangling":
                    File.CreateSymbolicLink(file, Path.Combine(project, "appsettings.Missing.json"));
                    break;
                case "loop":
                    File.CreateSymbolicLink(file, Path.Combine(project, ".env"));
                    File.CreateSymbolicLink(Path.Combine(project, ".env"), file);
                    break;
                default:
                    MkFifo(file);
                    MkFifo(Path.Combine(project, ".env"));
                    break;
            }
        }

        var withPackage = Build(with);
        var withoutPackage = Build(without, "-p:WithKeyGov=false");

        Assert.True(withoutPackage.ExitCode == 0, withoutPackage.ToString()); // the baseline: these files harm no plain build
        Assert.True(withPackage.ExitCode == 0, withPackage.ToString());
        Assert.Equal(Codes(withoutPackage.Output), Codes(withPackage.Output));
        Assert.DoesNotContain("CS2001", withPackage.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS1504", withPackage.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_at_the_start_of_a_1_GB_config_file_is_found_at_its_position_without_AD0001()
    {
        string project = Project();
        string key = FakeKeys.OpenAIProject(1616);
        string file = Path.Combine(project, "appsettings.Development.json");
        using (var stream = File.Create(file))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes("{\n  \"OpenAI\": {\n    \"ApiKey\": \"" + key + "\"\n  },\n  \"Padding\": \"\n"));
            stream.SetLength(1L << 30); // sparse: 1 GB on paper, nothing on disk
        }

        var build = Build(project);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(file + "(3,16): error KG1002: OpenAI project key 'sk-proj-\u2026" + key[^4..] + "'", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("OutOfMemory", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyGovScanConfigFiles_false_also_stops_config_files_the_user_lists_in_AdditionalFiles()
    {
        string project = Project();
        string key = FakeKeys.AnthropicApi(1604);
        File.WriteAllText(Path.Combine(project, "appsettings.json"), "{ \"Anthropic\": { \"ApiKey\": \"" + key + "\" } }\n");
        File.WriteAllText(Path.Combine(project, "Directory.Build.targets"), """
            <Project>
              <ItemGroup>
                <AdditionalFiles Include="appsettings.json" />
              </ItemGroup>
            </Project>
            """);

        var off = Build(project, "-p:KeyGovScanConfigFiles=false");
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.DoesNotContain("KG1002", off.Output, StringComparison.Ordinal);

        // The same file is found when scanning is on: the test above could fail.
        var on = Build(project, "--no-restore");
        Assert.NotEqual(0, on.ExitCode);
        Assert.Contains("appsettings.json(1,29): error KG1002", on.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, on.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_replaced_by_one_with_an_older_time_stamp_is_checked_and_compiled_against_again()
    {
        string project = Project();
        File.WriteAllText(Path.Combine(project, "Program.cs"), "System.Console.WriteLine(System.Environment.GetEnvironmentVariable(\"OPENAI_API_KEY\") is null);\n");
        string manifest = Path.Combine(project, "keygov.json");
        var green = Build(project);
        Assert.True(green.ExitCode == 0, green.ToString());

        // As `cp -p` or an archive would: new content, a time stamp older than every output of the last build.
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"created\": \"2026-11-01\",",
            "\"created\": \"2026-11-01\", \"status\": \"revoked\", \"revoked\": { \"on\": \"2026-11-20\", \"reason\": \"project-sunset\" },", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(manifest, old);
        var revoked = Build(project, "--no-restore");
        Assert.NotEqual(0, revoked.ExitCode); // the compile ran again: the read of a revoked credential is KG2002
        Assert.Contains("Program.cs(1,26): error KG2002", revoked.Output, StringComparison.Ordinal);

        File.WriteAllText(manifest, "{ \"version\": 1, \"polcy\": {} }\n");
        File.SetLastWriteTimeUtc(manifest, old);
        var broken = Build(project, "--no-restore");
        Assert.NotEqual(0, broken.ExitCode); // the manifest check ran again
        Assert.Contains("keygov.json(1,17): error KG3001: Unknown field 'polcy'", broken.Output, StringComparison.Ordinal);
    }

    /// <summary>The warning and error codes printed before the closing summary, sorted.</summary>
    private static List<string> Codes(string output)
    {
        var summary = Regex.Match(output, "^Build (succeeded|FAILED)\\.", RegexOptions.Multiline);
        string inline = summary.Success ? output[..summary.Index] : output;
        return Regex.Matches(inline, ": (?:error|warning) ([A-Z]+[0-9]+)").Select(m => m.Groups[1].Value).Order().ToList();
    }
}
