using System.Text.RegularExpressions;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// A real build, from the packed package, of a project with one finding of each of KG2006 (a key where Entra ID
/// serves), KG2007 (a chat-only key used for images) and KG2008 (an admin key in application code), each at its position.
/// </summary>
[Collection(PackageCollection.Name)]
public partial class CredentialScopeBuildTests(PackageFixture package)
{
    [Fact]
    public void Build_reports_keyless_available_api_outside_approval_and_admin_key_at_their_positions()
    {
        string project = package.CreateProject("CredentialScope", new Dictionary<string, string>());
        string program = Path.Combine(project, "Program.cs");

        var build = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-11-28");

        Assert.NotEqual(0, build.ExitCode); // KG2008 is an error
        var keyless = BuildTests.PositionOf(program, "new System.ClientModel.ApiKeyCredential(");
        var images = BuildTests.PositionOf(program, "GetImageClient(\"gpt-image-1\")");
        var admin = BuildTests.PositionOf(program, "System.Environment.GetEnvironmentVariable(\"OPENAI_ADMIN_KEY\")");
        Expect(build, $"Program.cs({keyless.Line},{keyless.Column}): warning KG2006: Environment variable 'AZURE_OPENAI_API_KEY' is passed as a static key " +
            "(Azure OpenAI / AI services) to 'credential' of Azure.AI.OpenAI.AzureOpenAIClient, which also accepts keyless auth: Microsoft Entra ID");
        Expect(build, $"Program.cs({images.Line},{images.Column}): warning KG2007: Environment variable 'OPENAI_API_KEY' (keygov.json entry 'openai-support-chat') " +
            "is used for the 'images' API through OpenAIClient.GetImageClient, but the entry approves only: chat (owner @contoso/support-bot)");
        Expect(build, $"Program.cs({admin.Line},{admin.Column}): error KG2008: Environment variable 'OPENAI_ADMIN_KEY' is an administrative key " +
            "(OpenAI; its keygov.json entry 'openai-org-admin' has keyType \"admin\") and reaches 'apiKey' of OpenAI.OpenAIClient");

        // Nothing else from KeyGov: the reads are registered, the chat use is approved.
        var findings = Finding().Matches(build.Output).Select(m => m.Groups["at"].Value + " " + m.Groups["id"].Value).Distinct().Order().ToList();
        Assert.Equal(
            new[]
            {
                $"Program.cs({keyless.Line},{keyless.Column}) KG2006",
                $"Program.cs({images.Line},{images.Column}) KG2007",
                $"Program.cs({admin.Line},{admin.Column}) KG2008",
            }.Order(),
            findings);
    }

    private static void Expect(DotNet.Result build, string text) =>
        Assert.True(build.Output.Contains(text, StringComparison.Ordinal), build.ToString());

    [GeneratedRegex(@"(?<at>[^\\/\s]+\(\d+,\d+\)): (?:warning|error|info) (?<id>KG\d{4})")]
    private static partial Regex Finding();
}
