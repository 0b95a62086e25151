using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// The ReadyToRun copies (docs/architecture.md, "ReadyToRun copies"): a command-line build on the platform they were
/// made for compiles with them, finds exactly what the IL assemblies find, and <c>KeyGovReadyToRun=false</c> keeps the IL.
/// </summary>
[Collection(PackageCollection.Name)]
public partial class ReadyToRunBuildTests(PackageFixture package)
{
    private static readonly string Key = FakeKeys.OpenAIProject(20261206);

    [Fact]
    public void A_command_line_build_takes_the_copies_made_for_its_SDK_and_reports_the_same_findings()
    {
        string project = package.CreateProject("Leaky", new Dictionary<string, string> { ["OpenAIKey"] = Key });

        var precompiled = DotNet.Run(project, null, "build", "-v:d", "-p:KeyGovEvaluationDate=2026-11-28");
        var il = DotNet.Run(project, null, "build", "-v:d", "-p:KeyGovEvaluationDate=2026-11-28", "-p:KeyGovReadyToRun=false", "--no-restore", "--no-incremental");

        // The folder the package holds copies for is the one this machine's SDK asks for on linux-x64 (the platform
        // KeyGov.ReadyToRun compiles for); anywhere else the IL assemblies are the only ones.
        string expected = RuntimeInformation.RuntimeIdentifier == PackageLayoutTests.ReadyToRunPlatform
            ? "readytorun/" + PackageLayoutTests.ReadyToRunFramework + "/" + PackageLayoutTests.ReadyToRunPlatform + "/"
            : "analyzers/dotnet/cs/";
        Assert.Equal(
            new[] { expected + "KeyGov.Analyzers.dll", expected + "KeyGov.CodeFixes.dll", expected + "KeyGov.Core.dll" },
            KeyGovAnalyzers(precompiled.Output));
        Assert.Equal(
            new[] { "analyzers/dotnet/cs/KeyGov.Analyzers.dll", "analyzers/dotnet/cs/KeyGov.CodeFixes.dll", "analyzers/dotnet/cs/KeyGov.Core.dll" },
            KeyGovAnalyzers(il.Output));

        Assert.NotEqual(0, precompiled.ExitCode);
        Assert.NotEqual(0, il.ExitCode);
        Assert.Equal(Findings(il.Output), Findings(precompiled.Output));
        Assert.Contains(Findings(precompiled.Output), finding => finding.Contains("error KG1001", StringComparison.Ordinal));
        Assert.DoesNotContain(Key, precompiled.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", precompiled.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", precompiled.Output, StringComparison.Ordinal);
    }

    /// <summary>The KeyGov assemblies on the compiler's command line, as package-relative paths, in order.</summary>
    private static string[] KeyGovAnalyzers(string output) =>
        AnalyzerSwitch().Matches(output)
            .Select(m => m.Groups["path"].Value.Replace('\\', '/'))
            .Select(path => path[(path.IndexOf("/keygov.analyzers/", StringComparison.Ordinal) + "/keygov.analyzers/".Length)..])
            .Select(path => path[(path.IndexOf('/', StringComparison.Ordinal) + 1)..]) // the version folder
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The distinct KeyGov findings of a build's output, from the file name on ("Program.cs(6,31): error KG1001: …").</summary>
    private static string[] Findings(string output) =>
        Finding().Matches(output)
            .Select(m => m.Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    [GeneratedRegex(@"[^/\\\s]+\(\d+,\d+\): (error|warning) KG\d{4}: [^\r\n\[]*")]
    private static partial Regex Finding();

    [GeneratedRegex(@"/analyzer:(?<path>\S*keygov\.analyzers\S*\.dll)", RegexOptions.IgnoreCase)]
    private static partial Regex AnalyzerSwitch();
}
