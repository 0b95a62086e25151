using System.Text.Json;

namespace KeyGov.EndToEnd.Tests;

/// <summary>Real `dotnet build`s of projects that reference the packed KeyGov.Analyzers.</summary>
[Collection(PackageCollection.Name)]
public class BuildTests(PackageFixture package)
{
    private const string EvaluationDate = "-p:KeyGovEvaluationDate=2026-11-28";

    private static readonly string Key = FakeKeys.OpenAIProject(20261128);

    [Fact]
    public void Leaky_project_fails_with_the_leaked_key_and_the_expired_credential_at_their_positions()
    {
        string project = package.CreateProject("Leaky", new Dictionary<string, string> { ["OpenAIKey"] = Key });
        string sarif = Path.Combine(project, "compiler.sarif");

        var build = DotNet.Run(project, null, "build", EvaluationDate, "-p:ErrorLog=" + sarif + "%2Cversion=2.1");

        Assert.NotEqual(0, build.ExitCode);
        var (keyLine, keyColumn) = PositionOf(Path.Combine(project, "Program.cs"), Key);
        Assert.Contains(
            $"Program.cs({keyLine},{keyColumn}): error KG1001: OpenAI project key 'sk-proj-\u2026{Key[^4..]}' is hard-coded",
            build.Output, StringComparison.Ordinal);
        var (expiresLine, expiresColumn) = PositionOf(Path.Combine(project, "keygov.json"), "\"2026-01-31\"");
        Assert.Contains(
            $"keygov.json({expiresLine},{expiresColumn}): warning KG3005: Credential 'openai-leaky-summaries' (owner @contoso/support-bot) expired on 2026-01-31",
            build.Output, StringComparison.Ordinal);
        AssertNoKeyIn(build.Output);

        string log = File.ReadAllText(sarif);
        AssertNoKeyIn(log);
        using var document = JsonDocument.Parse(log);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var result = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "KG1001");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("/Program.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var region = location.GetProperty("region");
        Assert.Equal(keyLine, region.GetProperty("startLine").GetInt32());
        Assert.Equal(keyColumn, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(keyColumn + Key.Length, region.GetProperty("endColumn").GetInt32());

        // The target must not go stale: the same bad manifest fails the next build as well.
        var again = DotNet.Run(project, null, "build", EvaluationDate, "--no-restore");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("warning KG3005", again.Output, StringComparison.Ordinal);
        Assert.Contains("error KG1001", again.Output, StringComparison.Ordinal);
        AssertNoKeyIn(again.Output);
    }

    [Fact]
    public void Expired_credential_fails_a_CI_build_and_only_warns_locally()
    {
        // Same expired manifest, no key in code: the date finding alone decides.
        string project = package.CreateProject("Leaky", new Dictionary<string, string> { ["OpenAIKey"] = "not a key" });

        var local = DotNet.Run(project, null, "build", EvaluationDate);
        Assert.Equal(0, local.ExitCode);
        Assert.Contains("warning KG3005", local.Output, StringComparison.Ordinal);

        var ci = DotNet.Run(project, null, "build", EvaluationDate, "-p:ContinuousIntegrationBuild=true", "--no-restore");
        Assert.NotEqual(0, ci.ExitCode);
        Assert.Contains("error KG3005", ci.Output, StringComparison.Ordinal);

        var ciVariable = DotNet.Run(project, new Dictionary<string, string?> { ["CI"] = "true" }, "build", EvaluationDate, "--no-restore");
        Assert.NotEqual(0, ciVariable.ExitCode);
        Assert.Contains("error KG3005", ciVariable.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_day_re_evaluates_expiry()
    {
        string project = package.CreateProject("Leaky", new Dictionary<string, string> { ["OpenAIKey"] = "not a key" });

        var before = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-01-30", "-p:KeyGovTimeChecks=error");
        Assert.Equal(0, before.ExitCode);
        Assert.DoesNotContain("KG3005", before.Output, StringComparison.Ordinal);

        var after = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-02-01", "-p:KeyGovTimeChecks=error", "--no-restore");
        Assert.NotEqual(0, after.ExitCode);
        Assert.Contains("error KG3005", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_project_builds_with_no_KeyGov_diagnostic()
    {
        string project = package.CreateProject("Clean", new Dictionary<string, string>());

        var build = DotNet.Run(project, null, "build", EvaluationDate, "-p:KeyGovTimeChecks=error");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(": error KG", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": warning KG", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("KG3016", build.Output, StringComparison.Ordinal);
    }

    private static void AssertNoKeyIn(string text)
    {
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        // Nor any long piece of its secret part.
        Assert.DoesNotContain(Key.Substring(8, 16), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key.Substring(Key.Length - 16, 12), text, StringComparison.Ordinal);
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="needle"/> in <paramref name="file"/>.</summary>
    internal static (int Line, int Column) PositionOf(string file, string needle)
    {
        var lines = File.ReadAllLines(file);
        for (int i = 0; i < lines.Length; i++)
        {
            int at = lines[i].IndexOf(needle, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (i + 1, at + 1);
            }
        }

        throw new InvalidOperationException(needle + " not in " + file);
    }
}
