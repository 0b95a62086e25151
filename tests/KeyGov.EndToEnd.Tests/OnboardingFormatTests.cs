using KeyGov.Core.Manifest;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// Onboarding an existing project from the command line: <c>dotnet format analyzers</c> runs the packed analyzers and
/// the register fix's Fix All, and every unregistered read lands in keygov.json in one run.
/// </summary>
[Collection(PackageCollection.Name)]
public class OnboardingFormatTests(PackageFixture package)
{
    private static readonly string[] Reads = { "OPENAI_API_KEY", "MISTRAL_API_KEY", "ANTHROPIC_API_KEY", "DEEPSEEK_API_KEY", "GROQ_API_KEY" };

    [Fact]
    public void Dotnet_format_registers_all_five_unregistered_reads_in_one_run()
    {
        string project = package.CreateProject("Onboarding", new Dictionary<string, string>());
        string manifestPath = Path.Combine(project, "keygov.json");
        string program = File.ReadAllText(Path.Combine(project, "Program.cs"));

        var format = DotNet.Run(project, null, "format", "analyzers", "--diagnostics", "KG2001", "--severity", "warn");

        Assert.True(format.ExitCode == 0, format.ToString());
        string manifest = File.ReadAllText(manifestPath);
        var read = ManifestReader.Read(manifest);
        Assert.True(read.Manifest != null, manifest);
        Assert.Equal(Reads, read.Manifest!.Credentials.Select(e => Assert.Single(e.Sources.Env).Value));
        Assert.All(read.Manifest.Credentials, e => Assert.Equal("Onboarding", Assert.Single(e.Consumers).Value));
        Assert.StartsWith("{\n  // The AI credentials of this app: none registered yet.\n", manifest.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Equal(program, File.ReadAllText(Path.Combine(project, "Program.cs"))); // the code is not touched

        // The build then finds every read registered: what is left is the owner, purpose and expiry for a person.
        var build = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-11-28");
        Assert.DoesNotContain("KG2001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("KG2004", build.Output, StringComparison.Ordinal);
        Assert.Contains("KG3002", build.Output, StringComparison.Ordinal);
    }
}
