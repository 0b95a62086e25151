using System.Text.RegularExpressions;
using static KeyGov.ProviderExports;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// Issue #12 through a real build of the packed package: a project with a manifest and one saved export of each
/// provider listing (tests/EndToEnd/Projects/ProviderExports; the exports are written here, redacted values only)
/// shows each of KG3019–KG3024 once, at the entry in keygov.json or at the key in its export, and writes the
/// inventory evidence with what the provider says.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ProviderExportBuildTests(PackageFixture package)
{
    [Fact]
    public void A_manifest_and_one_export_of_each_provider_show_each_finding_once_with_the_evidence()
    {
        string project = package.CreateProject("ProviderExports", new Dictionary<string, string>());
        string exports = Directory.CreateDirectory(Path.Combine(project, "exports")).FullName;
        string openai = OpenAIPage(
            new OpenAIKey("key_support", OpenAIHint("Sup1"), "2026-10-01", LastUsed: "2026-11-27"),
            new OpenAIKey("key_idle", OpenAIHint("Idl1"), "2026-03-01", LastUsed: "2026-08-01"),
            new OpenAIKey("key_moved", OpenAIHint("Mov1"), "2026-10-01", LastUsed: "2026-11-27", Access: "inactive"),
            new OpenAIKey("key_labs", OpenAIHint("Lab1"), "2026-06-01", LastUsed: "2026-11-27"),
            new OpenAIKey("key_shadow", OpenAIHint("Shd1"), "2026-10-02", LastUsed: "2026-11-20"));
        string admin = AdminPage(
            new AdminKey("key_admin_ops", AdminHint("Ops1"), "2026-10-01", LastUsed: "2026-11-27", ExpiresAt: "2027-01-01"),
            new AdminKey("key_admin_shadow", AdminHint("Adm1"), "2026-10-01", LastUsed: "2026-11-27"));
        string anthropic = AnthropicPage(new AnthropicKey("apikey_01Eval", AnthropicHint("igAA"), "2026-10-01"));
        File.WriteAllText(Path.Combine(exports, "openai-project.json"), openai);
        File.WriteAllText(Path.Combine(exports, "openai-admin.json"), admin);
        File.WriteAllText(Path.Combine(exports, "anthropic.json"), anthropic);

        var build = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-11-28", "-p:KeyGovTimeChecks=warning",
            "-p:KeyGovInventoryOutput=out/inventory");

        Assert.NotEqual(0, build.ExitCode); // KG3020 and KG3023 are errors
        string inline = ManifestBuildTests.Inline(build.Output);
        var rules = Regex.Matches(inline, ": (?:error|warning) (KG[0-9]+): ").Select(m => m.Groups[1].Value).Order().ToList();
        Assert.True(rules.SequenceEqual(["KG3019", "KG3020", "KG3021", "KG3022", "KG3023", "KG3024"]), string.Join(", ", rules) + "\n" + build);

        string manifest = Path.Combine(project, "keygov.json");
        var (shadowLine, shadowColumn) = PositionOfKey(openai, "key_shadow");
        var (adminLine, adminColumn) = PositionOfKey(admin, "key_admin_shadow");
        foreach (string expected in new[]
        {
            $"openai-project.json({shadowLine},{shadowColumn}): warning KG3019: The provider lists the OpenAI project key 'key_shadow' (sk-proj-\u2026Shd1) in project 'proj_support'",
            $"openai-admin.json({adminLine},{adminColumn}): error KG3023: The provider lists the OpenAI admin key 'key_admin_shadow'",
            At(manifest, "\"revoked\",") + ": error KG3020: Credential 'openai-labs-prototype' (owner @contoso/labs) is revoked in keygov.json, but the provider still lists",
            At(manifest, "\"openai-idle\"") + ": warning KG3021: Credential 'openai-idle' (owner @contoso/batch): the provider says the OpenAI project key 'key_idle' (sk-proj-\u2026Idl1) was last used on 2026-08-01, 119 days ago",
            At(manifest, "\"openai-moved\"") + ": warning KG3022: Credential 'openai-moved' (owner @contoso/search): the provider says the owner",
            At(manifest, "\"anthropic-eval\"") + ": warning KG3024: Credential 'anthropic-eval' (owner @contoso/ai-eval) is a high-risk credential without \"monitoring\"",
        })
        {
            Assert.True(inline.Contains(expected, StringComparison.Ordinal), "missing: " + expected + "\n" + build);
        }

        using var inventory = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "out", "inventory.json")));
        var rows = inventory.RootElement.GetProperty("credentials").EnumerateArray().ToDictionary(r => r.GetProperty("credential").GetString()!);
        var support = rows["openai-support"].GetProperty("atProvider");
        Assert.Equal(("key_support", "active", "2026-11-27", "active"),
            (support.GetProperty("keyId").GetString(), support.GetProperty("status").GetString(), support.GetProperty("lastUsed").GetString(), support.GetProperty("ownerAccess").GetString()));
        Assert.Equal(("apikey_01Eval", "hint"), (rows["anthropic-eval"].GetProperty("atProvider").GetProperty("keyId").GetString(),
            rows["anthropic-eval"].GetProperty("atProvider").GetProperty("matchedBy").GetString()));
        Assert.Equal(["key_shadow", "key_admin_shadow"], inventory.RootElement.GetProperty("shadowKeys").EnumerateArray().Select(k => k.GetProperty("keyId").GetString()));
        string markdown = File.ReadAllText(Path.Combine(project, "out", "inventory.md"));
        Assert.Contains("| openai-moved | key_moved | `sk-proj-\u2026Mov1` | active | 2026-11-27 | inactive | providerKeyId | openai-project.json |", markdown, StringComparison.Ordinal);
        Assert.Contains("### Shadow keys", markdown, StringComparison.Ordinal);

        // The exports are inputs of the check: the shadow key revoked at the provider and saved again, it is gone.
        File.WriteAllText(Path.Combine(exports, "openai-project.json"), OpenAIPage(
            new OpenAIKey("key_support", OpenAIHint("Sup1"), "2026-10-01", LastUsed: "2026-11-27"),
            new OpenAIKey("key_idle", OpenAIHint("Idl1"), "2026-03-01", LastUsed: "2026-08-01"),
            new OpenAIKey("key_moved", OpenAIHint("Mov1"), "2026-10-01", LastUsed: "2026-11-27", Access: "inactive"),
            new OpenAIKey("key_labs", OpenAIHint("Lab1"), "2026-06-01", LastUsed: "2026-11-27")));
        var again = DotNet.Run(project, null, "build", "--no-restore", "-p:KeyGovEvaluationDate=2026-11-28", "-p:KeyGovTimeChecks=warning",
            "-p:KeyGovInventoryOutput=out/inventory");
        var after = Regex.Matches(ManifestBuildTests.Inline(again.Output), ": (?:error|warning) (KG[0-9]+): ").Select(m => m.Groups[1].Value).Order().ToList();
        Assert.True(after.SequenceEqual(["KG3020", "KG3021", "KG3022", "KG3023", "KG3024"]), string.Join(", ", after) + "\n" + again);
    }

    [Fact]
    public void The_exports_are_incremental_inputs_a_clean_build_is_skipped_and_a_changed_export_checked_again()
    {
        string project = package.CreateProject("ProviderExports", new Dictionary<string, string>());
        string manifest = Path.Combine(project, "keygov.json");
        File.WriteAllText(manifest, "{\n  \"version\": 1,\n  \"credentials\": [\n    {\n" +
            "      \"id\": \"openai-support\", \"provider\": \"openai\", \"owner\": \"@contoso/support-bot\",\n" +
            "      \"purpose\": \"Drafts answers to support tickets in SupportBot.Api\", \"expires\": \"2027-01-15\",\n" +
            "      \"providerKeyId\": \"key_support\", \"monitoring\": { \"alerts\": \"#ai-alerts\", \"limit\": \"USD 200 / month\" }\n    }\n  ],\n" +
            "  \"providerScopes\": [ { \"provider\": \"openai\", \"scope\": \"proj_support\" } ]\n}\n");
        string exports = Directory.CreateDirectory(Path.Combine(project, "exports")).FullName;
        string openai = Path.Combine(exports, "openai-project.json");
        File.WriteAllText(openai, OpenAIPage(new OpenAIKey("key_support", OpenAIHint("Sup1"), "2026-10-01", LastUsed: "2026-11-27")));
        File.WriteAllText(Path.Combine(exports, "openai-admin.json"), AdminPage());
        File.WriteAllText(Path.Combine(exports, "anthropic.json"), AnthropicPage());
        string[] build = ["build", "-p:KeyGovEvaluationDate=2026-11-28", "-v:n"];

        var clean = DotNet.Run(project, null, build);
        Assert.True(clean.ExitCode == 0 && !clean.Output.Contains(" KG30", StringComparison.Ordinal), clean.ToString());
        var skipped = DotNet.Run(project, null, [.. build, "--no-restore"]);
        Assert.Contains("Skipping target \"KeyGovValidateManifest\"", skipped.Output, StringComparison.Ordinal);

        File.WriteAllText(openai, OpenAIPage(
            new OpenAIKey("key_support", OpenAIHint("Sup1"), "2026-10-01", LastUsed: "2026-11-27"),
            new OpenAIKey("key_shadow", OpenAIHint("Shd1"), "2026-10-02", LastUsed: "2026-11-20")));
        var changed = DotNet.Run(project, null, [.. build, "--no-restore"]);
        Assert.True(ManifestBuildTests.Inline(changed.Output).Contains("warning KG3019: The provider lists the OpenAI project key 'key_shadow'", StringComparison.Ordinal), changed.ToString());
    }

    /// <summary><c>/…/keygov.json(12,13)</c>: where MSBuild prints a finding at this text.</summary>
    private static string At(string file, string needle)
    {
        var (line, column) = BuildTests.PositionOf(file, needle);
        return "keygov.json(" + line + "," + column + ")";
    }
}
