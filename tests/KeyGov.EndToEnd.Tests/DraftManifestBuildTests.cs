using System.Text.RegularExpressions;
using KeyGov.Core.Manifest;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// Onboarding a solution with no manifest on a packed package: <c>-t:KeyGovDraftManifest</c> over three projects that
/// make six distinct credential reads (one read by two projects) writes a keygov.json that reads back clean, with one
/// entry per source and the right consumers; the build then reports only what a person must fill in; once filled, the
/// build is clean; a second draft changes nothing; a manifest with comments keeps them.
/// </summary>
[Collection(PackageCollection.Name)]
public class DraftManifestBuildTests(PackageFixture package)
{
    private const string EvaluationDate = "-p:KeyGovEvaluationDate=2026-11-28";

    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["OPENAI_API_KEY"] = ["D1", "D2"],
        ["ANTHROPIC_API_KEY"] = ["D1"],
        ["MISTRAL_API_KEY"] = ["D2"],
        ["GROQ_API_KEY"] = ["D2"],
        ["DEEPSEEK_API_KEY"] = ["D3"],
        ["COHERE_API_KEY"] = ["D3"],
    };

    [Fact]
    public void The_draft_of_a_solution_without_a_manifest_registers_every_read_and_a_second_run_changes_nothing()
    {
        string root = package.CreateProject("Drafts", new Dictionary<string, string>());
        string path = Path.Combine(root, "keygov.json");

        var draft = DotNet.Run(root, null, "build", "Drafts.slnx", "-t:KeyGovDraftManifest", EvaluationDate);
        Assert.True(draft.ExitCode == 0, draft.ToString());
        string text = File.ReadAllText(path);
        var validation = ManifestValidator.Run(text, new ManifestCheckOptions(new DateTime(2026, 11, 28), TimeCheckMode.Error));
        Assert.NotNull(validation.Manifest);
        Assert.DoesNotContain(validation.Findings, f => f.RuleId == "KG3001");
        var entries = validation.Manifest!.Credentials;
        Assert.Equal(6, entries.Count);
        Assert.Equal(Expected.Keys.Order(), entries.Select(e => Assert.Single(e.Sources.Env).Value).Order());
        foreach (var entry in entries)
        {
            Assert.Equal(Expected[entry.Sources.Env[0].Value], entry.Consumers.Select(c => c.Value).Order());
        }

        // The build reports what a person must decide: the empty owner, purpose and expiry, and the shared key's exception.
        var build = DotNet.Run(root, null, "build", "Drafts.slnx", EvaluationDate, "--no-restore");
        Assert.NotEqual(0, build.ExitCode);
        var rules = Regex.Matches(build.Output, @"(?:error|warning) (KG\d{4})").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(["KG3002", "KG3009"], rules.Order());
        Assert.Single(Regex.Matches(build.Output, @"error KG3009: Credential '([a-z-]+)'").Select(m => m.Groups[1].Value).Distinct());

        // A person fills them in (and approves the shared key): the build is clean.
        string filled = text.Replace("\"owner\": \"\"", "\"owner\": \"@contoso/onboarding\"", StringComparison.Ordinal)
            .Replace("\"purpose\": \"\"", "\"purpose\": \"Answers questions in the onboarding demo\"", StringComparison.Ordinal)
            .Replace("\"expires\": \"\"", "\"expires\": \"2027-01-15\"", StringComparison.Ordinal);
        filled = Regex.Replace(filled, "(\"consumers\": \\[\"D[12]\", \"D[12]\"\\],)",
            "$1\n      \"exception\": { \"reason\": \"One key until D2 has its own\", \"approvedBy\": \"@contoso/appsec\", \"approved\": \"2026-11-01\", \"expires\": \"2027-01-15\" },");
        File.WriteAllText(path, filled);
        var clean = DotNet.Run(root, null, "build", "Drafts.slnx", EvaluationDate, "--no-restore");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotMatch(@"(error|warning) KG\d{4}", clean.Output);

        var again = DotNet.Run(root, null, "build", "Drafts.slnx", "-t:KeyGovDraftManifest", EvaluationDate, "--no-restore");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(filled, File.ReadAllText(path));
    }

    [Fact]
    public void The_draft_keeps_the_comments_and_entries_of_an_existing_manifest()
    {
        string root = package.CreateProject("Drafts", new Dictionary<string, string>());
        string path = Path.Combine(root, "keygov.json");
        string before = "// The AI credentials of the drafts solution.\n{\n  \"version\": 1, // the format\n  \"credentials\": [\n" +
            "    // D1's own key, registered by hand.\n" +
            "    { \"id\": \"openai-d1\", \"provider\": \"openai\", \"owner\": \"@contoso/d1\", \"purpose\": \"Answers questions in the D1 service\",\n" +
            "      \"consumers\": [\"D1\"], \"sources\": { \"env\": [\"OPENAI_API_KEY\"] }, \"expires\": \"2027-01-15\" }\n  ]\n}\n";
        File.WriteAllText(path, before);

        var draft = DotNet.Run(root, null, "build", "Drafts.slnx", "-t:KeyGovDraftManifest", EvaluationDate);
        Assert.True(draft.ExitCode == 0, draft.ToString());
        string after = File.ReadAllText(path);
        Assert.StartsWith("// The AI credentials of the drafts solution.\n{\n  \"version\": 1, // the format\n  \"credentials\": [\n    // D1's own key, registered by hand.\n", after, StringComparison.Ordinal);
        var manifest = ManifestReader.Read(after).Manifest!;
        Assert.Equal(6, manifest.Credentials.Count);
        var openAi = Assert.Single(manifest.Credentials, e => e.Id!.Value == "openai-d1");
        Assert.Equal(["D1", "D2"], openAi.Consumers.Select(c => c.Value).Order()); // D2 joins the entry D1's owner wrote
        Assert.Equal("@contoso/d1", openAi.Owner!.Value);
    }
}
