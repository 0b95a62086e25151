using System.Text.RegularExpressions;

namespace KeyGov.EndToEnd.Tests;

/// <summary>A real build of a project that reads a registered, an unregistered and a revoked credential.</summary>
[Collection(PackageCollection.Name)]
public partial class CredentialUseBuildTests(PackageFixture package)
{
    [Fact]
    public void Build_reports_exactly_the_unregistered_and_the_revoked_credential_at_their_reads()
    {
        string project = package.CreateProject("CredentialUse", new Dictionary<string, string>());
        string program = Path.Combine(project, "Program.cs");

        var build = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-11-28");

        Assert.NotEqual(0, build.ExitCode); // KG2002 for a revoked credential is an error
        var (unregisteredLine, unregisteredColumn) = BuildTests.PositionOf(program, "System.Environment.GetEnvironmentVariable(\"ANTHROPIC_API_KEY\")");
        var (revokedLine, revokedColumn) = BuildTests.PositionOf(program, "System.Environment.GetEnvironmentVariable(\"LABS_OPENAI_API_KEY\")");
        Assert.True(build.Output.Contains(
            $"Program.cs({unregisteredLine},{unregisteredColumn}): warning KG2001: Environment variable 'ANTHROPIC_API_KEY' is read as a credential (Anthropic)",
            StringComparison.Ordinal), build.ToString());
        Assert.True(build.Output.Contains(
            $"Program.cs({revokedLine},{revokedColumn}): error KG2002: Environment variable 'LABS_OPENAI_API_KEY' is read as a credential (OpenAI) " +
            "but its keygov.json entry 'openai-labs-prototype' was revoked on 2026-09-01 (project-sunset) (owner @contoso/labs)",
            StringComparison.Ordinal), build.ToString());

        // Nothing else from KeyGov: not the registered read, not the manifest.
        var findings = Finding().Matches(build.Output).Select(m => m.Groups["at"].Value + " " + m.Groups["id"].Value).Distinct().Order().ToList();
        Assert.Equal(
            new[] { $"Program.cs({revokedLine},{revokedColumn}) KG2002", $"Program.cs({unregisteredLine},{unregisteredColumn}) KG2001" }.Order(),
            findings);
    }

    [GeneratedRegex(@"(?<at>[^\\/\s]+\(\d+,\d+\)): (?:warning|error|info) (?<id>KG\d{4})")]
    private static partial Regex Finding();
}
