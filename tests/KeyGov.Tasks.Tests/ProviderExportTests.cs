using Microsoft.Build.Utilities;
using static KeyGov.ProviderExports;

namespace KeyGov.Tasks.Tests;

/// <summary>
/// KG3019–KG3024: keygov.json against saved provider exports (docs/provider-exports.md). Each rule fires at the entry in
/// keygov.json, or at the key in its export, and is silent when the fact is fine. The evaluation date is 2026-11-28.
/// </summary>
public sealed class ProviderExportTests : IDisposable
{
    public const string Project = "proj_support";
    public const string Org = "org-contoso";
    public const string Workspace = "wrkspc_01Team";

    /// <summary>The rules whose every case is here (RuleFindingTests covers the manifest-only ones).</summary>
    public static readonly string[] Rules = ["KG3019", "KG3020", "KG3021", "KG3022", "KG3023"];

    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    /// <summary>A manifest of these entries (JSON objects without braces), inventorying the three test scopes in full.</summary>
    public static string Manifest(params string[] entries) => Manifest(true, entries);

    public static string Manifest(bool scopes, params string[] entries) =>
        "{\n  \"version\": 1,\n  \"credentials\": [\n" + string.Join(",\n", entries.Select(e => "    {\n" + e + "\n    }")) + "\n  ]" +
        (scopes ? ",\n  \"providerScopes\": [\n    { \"provider\": \"openai\", \"scope\": \"" + Project + "\" },\n    { \"provider\": \"openai\", \"scope\": \"" + Org +
                  "\" },\n    { \"provider\": \"anthropic\", \"scope\": \"" + Workspace + "\" }\n  ]" : string.Empty) + "\n}\n";

    /// <summary>An entry's fields: a valid, monitored, high-risk entry plus <paramref name="more"/> (which may override nothing but add).</summary>
    public static string Entry(string id, string more, string provider = "openai", bool monitored = true, string expires = "2027-01-15") =>
        "      \"id\": \"" + id + "\",\n      \"provider\": \"" + provider + "\",\n      \"owner\": \"@contoso/support\",\n" +
        "      \"purpose\": \"Drafts answers to support tickets in SupportBot.Api\",\n" +
        (expires.Length > 0 ? "      \"expires\": \"" + expires + "\",\n" : string.Empty) +
        (monitored ? "      \"monitoring\": { \"alerts\": \"#ai-alerts\", \"limit\": \"USD 200 / month\" },\n" : string.Empty) +
        "      " + more;

    private string Write(string name, string text)
    {
        string path = Path.Combine(_runner.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static TaskItem Item(string path, string? scope = null)
    {
        var item = new TaskItem(path);
        if (scope != null)
        {
            item.SetMetadata("Scope", scope);
        }

        return item;
    }

    /// <summary>Runs the task on the manifest and the exports; returns the KG events.</summary>
    private IReadOnlyList<Logged> Run(string manifest, string timeChecks, params TaskItem[] exports)
    {
        var task = _runner.Task(manifest, timeChecks, t =>
        {
            t.ProviderExports = exports;
            t.InventoryOutput = Path.Combine(_runner.Folder, "inventory");
            t.SarifOutput = Path.Combine(_runner.Folder, "keygov.sarif");
        });
        task.Execute();
        return _runner.Logged();
    }

    private (int Line, int Column) InManifest(string marker) => PositionOf(File.ReadAllText(_runner.ManifestPath), marker);

    private static Logged Only(IReadOnlyList<Logged> logged, string rule) => Assert.Single(logged, l => l.Code == rule);

    // ---- KG3019: shadow keys ----

    [Fact]
    public void KG3019_a_live_key_no_entry_inventories_is_a_warning_at_the_key_in_its_export()
    {
        string export = OpenAIPage(
            new OpenAIKey("key_known", OpenAIHint("Q7xZ"), "2026-10-01", LastUsed: "2026-11-27"),
            new OpenAIKey("key_shadow", OpenAIHint("W9aa"), "2026-10-02", LastUsed: "2026-11-20"));
        string path = Write("openai-project.json", export);
        var logged = Run(Manifest(Entry("openai-support", "\"providerKeyId\": \"key_known\"")), "error", Item(path, Project));

        var shadow = Only(logged, "KG3019");
        Assert.Equal(("warning", path), (shadow.Kind, shadow.File));
        Assert.Equal(PositionOfKey(export, "key_shadow"), (shadow.Line, shadow.Column));
        Assert.Contains("'key_shadow'", shadow.Message, StringComparison.Ordinal);
        Assert.Contains(OpenAIHint("W9aa"), shadow.Message, StringComparison.Ordinal);
        Assert.Contains("project 'proj_support'", shadow.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logged, l => l.Code != "KG3019");
    }

    [Fact]
    public void KG3019_is_silent_outside_providerScopes_without_a_scope_and_for_keys_that_no_longer_work()
    {
        string path = Write("openai-project.json", OpenAIPage(new OpenAIKey("key_shadow", OpenAIHint("W9aa"), "2026-10-02", LastUsed: "2026-11-20")));
        string anthropic = Write("anthropic.json", AnthropicPage(
            new AnthropicKey("apikey_archived", AnthropicHint("igAA"), "2026-10-01", Status: "archived"),
            new AnthropicKey("apikey_other_ws", AnthropicHint("igAB"), "2026-10-01", Workspace: "wrkspc_01Other")));
        string manifest = Manifest(Entry("openai-support", "\"providerKeyId\": \"key_other\""));

        Assert.Empty(Run(manifest, "error", Item(path, "proj_elsewhere"), Item(anthropic)));
        _runner.Engine = new FakeBuildEngine();
        Assert.Empty(Run(manifest, "error", Item(path)));
        Assert.Contains(_runner.Engine.Messages, m => m.Message!.Contains("has no Scope metadata", StringComparison.Ordinal));
    }

    [Fact]
    public void KG3019_an_Anthropic_key_in_a_declared_workspace_and_its_entry_by_hint()
    {
        string export = Write("anthropic.json", AnthropicPage(
            new AnthropicKey("apikey_01Known", AnthropicHint("igAA"), "2026-10-01"),
            new AnthropicKey("apikey_01Shadow", AnthropicHint("xyZZ"), "2026-10-01")));
        var logged = Run(Manifest(Entry("anthropic-eval", "\"hint\": \"" + "sk-" + "ant-api03-\u2026igAA" + "\"", provider: "anthropic")), "error", Item(export));

        var shadow = Only(logged, "KG3019");
        Assert.Equal(PositionOfKey(File.ReadAllText(export), "apikey_01Shadow"), (shadow.Line, shadow.Column));
        Assert.Contains("workspace 'wrkspc_01Team'", shadow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KG3019_a_hint_that_matches_two_keys_is_reported_at_the_hint_and_never_guessed()
    {
        string path = Write("openai-project.json", OpenAIPage(
            new OpenAIKey("key_a", "sk-" + "proj-abc...Q7xZ", "2026-10-01", LastUsed: "2026-11-27"),
            new OpenAIKey("key_b", "sk-" + "proj-def...Q7xZ", "2026-10-01", LastUsed: "2026-11-27")));
        var logged = Run(Manifest(Entry("openai-support", "\"hint\": \"" + OpenAIHint("Q7xZ") + "\"")), "error", Item(path, Project));

        var ambiguous = Only(logged, "KG3019");
        Assert.Equal((_runner.ManifestPath, InManifest("\"sk-" + "proj-\u2026Q7xZ\"")), (ambiguous.File, (ambiguous.Line, ambiguous.Column)));
        Assert.Contains("matches 2 keys the provider lists ('key_a', 'key_b')", ambiguous.Message, StringComparison.Ordinal);
        Assert.Contains("does not guess", ambiguous.Message, StringComparison.Ordinal);
    }

    // ---- KG3020: revoked but live ----

    private const string Revoked = "\"status\": \"revoked\", \"revoked\": { \"on\": \"2026-09-01\", \"reason\": \"project-sunset\" }, \"providerKeyId\": \"key_old\"";

    [Fact]
    public void KG3020_a_revoked_entry_whose_key_is_still_listed_is_an_error_at_its_status()
    {
        string path = Write("openai-project.json", OpenAIPage(new OpenAIKey("key_old", OpenAIHint("Old1"), "2026-06-01", LastUsed: "2026-11-27")));
        var logged = Run(Manifest(Entry("openai-labs", Revoked)), "warning", Item(path, Project));

        var live = Only(logged, "KG3020");
        Assert.Equal(("error", _runner.ManifestPath), (live.Kind, live.File));
        Assert.Equal(InManifest("\"revoked\", \"revoked\""), (live.Line, live.Column));
        Assert.Contains("the revocation never happened", live.Message, StringComparison.Ordinal);
        Assert.Single(logged);
    }

    [Fact]
    public void KG3020_is_silent_when_the_key_is_gone_or_disabled_at_the_provider()
    {
        string gone = Write("openai-project.json", OpenAIPage(new OpenAIKey("key_new", OpenAIHint("New1"), "2026-10-01", LastUsed: "2026-11-27")));
        string manifest = Manifest(Entry("openai-labs", Revoked), Entry("openai-new", "\"providerKeyId\": \"key_new\""));
        Assert.Empty(Run(manifest, "error", Item(gone, Project)));

        _runner.Engine = new FakeBuildEngine();
        string inactive = Write("anthropic.json", AnthropicPage(new AnthropicKey("apikey_old", AnthropicHint("igAA"), "2026-06-01", Status: "inactive")));
        Assert.Empty(Run(Manifest(Entry("anthropic-old", Revoked.Replace("key_old", "apikey_old", StringComparison.Ordinal), provider: "anthropic")), "error", Item(inactive)));
    }

    [Fact]
    public void KG3020_an_expired_entry_whose_key_is_live_follows_the_time_checks()
    {
        string path = Write("openai-project.json", OpenAIPage(new OpenAIKey("key_x", OpenAIHint("Exp1"), "2026-06-01", LastUsed: "2026-11-27")));
        string manifest = Manifest(Entry("openai-expired", "\"providerKeyId\": \"key_x\"", expires: "2026-11-01"));

        Assert.Equal("error", Only(Run(manifest, "error", Item(path, Project)), "KG3020").Kind);
        _runner.Engine = new FakeBuildEngine();
        var warned = Only(Run(manifest, "warning", Item(path, Project)), "KG3020");
        Assert.Equal(("warning", InManifest("\"2026-11-01\"")), (warned.Kind, (warned.Line, warned.Column)));
        _runner.Engine = new FakeBuildEngine();
        Assert.DoesNotContain(Run(manifest, "off", Item(path, Project)), l => l.Code == "KG3020");
    }

    // ---- KG3021: idle ----

    [Theory]
    [InlineData("2026-08-01", "high", true)]       // 119 days idle, high allows 60
    [InlineData("2026-10-15", "high", false)]      // 44 days
    [InlineData("2026-10-15", "critical", true)]   // critical allows 30
    [InlineData("2026-06-01", "low", false)]       // low allows 180
    public void KG3021_last_used_longer_ago_than_the_tier_allows(string lastUsed, string risk, bool reported)
    {
        string path = Write("openai-project.json", OpenAIPage(new OpenAIKey("key_x", OpenAIHint("Idl1"), "2026-01-01", LastUsed: lastUsed)));
        var logged = Run(Manifest(Entry("openai-support", "\"risk\": \"" + risk + "\", \"providerKeyId\": \"key_x\"")), "error", Item(path, Project));

        if (!reported)
        {
            Assert.Empty(logged);
            return;
        }

        var idle = Only(logged, "KG3021");
        Assert.Equal(("error", InManifest("\"openai-support\"")), (idle.Kind, (idle.Line, idle.Column)));
        Assert.Contains("was last used on " + lastUsed, idle.Message, StringComparison.Ordinal);
        Assert.Contains("policy.tiers." + risk + ".maxIdleDays", idle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KG3021_never_used_past_the_grace_period_and_a_tier_of_its_own()
    {
        string path = Write("openai-project.json", OpenAIPage(
            new OpenAIKey("key_old", OpenAIHint("Nvr1"), "2026-10-01"),
            new OpenAIKey("key_young", OpenAIHint("Nvr2"), "2026-11-10")));
        var logged = Run(Manifest(Entry("openai-old", "\"providerKeyId\": \"key_old\""), Entry("openai-young", "\"providerKeyId\": \"key_young\"")), "warning", Item(path, Project));
        var idle = Only(logged, "KG3021");
        Assert.Equal(("warning", InManifest("\"openai-old\"")), (idle.Kind, (idle.Line, idle.Column)));
        Assert.Contains("never been used since it was created on 2026-10-01", idle.Message, StringComparison.Ordinal);

        _runner.Engine = new FakeBuildEngine();
        string custom = Manifest(Entry("openai-support", "\"providerKeyId\": \"key_x\"")).Replace("\"version\": 1,", "\"version\": 1,\n  \"policy\": { \"tiers\": { \"high\": { \"maxIdleDays\": 200 } } },", StringComparison.Ordinal);
        Write("openai-project.json", OpenAIPage(new OpenAIKey("key_x", OpenAIHint("Idl1"), "2026-01-01", LastUsed: "2026-08-01")));
        Assert.Empty(Run(custom, "error", Item(path, Project)));
        _runner.Engine = new FakeBuildEngine();
        Assert.Empty(Run(Manifest(Entry("openai-old", "\"providerKeyId\": \"key_old\"")), "off", Item(Write("openai-project.json", OpenAIPage(new OpenAIKey("key_old", OpenAIHint("Nvr1"), "2026-10-01"))), Project)));
    }

    // ---- KG3022: owner lost access ----

    [Fact]
    public void KG3022_the_owner_no_longer_has_project_access()
    {
        string path = Write("openai-project.json", OpenAIPage(
            new OpenAIKey("key_gone", OpenAIHint("Own1"), "2026-10-01", LastUsed: "2026-11-27", Access: "inactive"),
            new OpenAIKey("key_fine", OpenAIHint("Own2"), "2026-10-01", LastUsed: "2026-11-27", OwnerType: "service_account")));
        var logged = Run(Manifest(Entry("openai-gone", "\"providerKeyId\": \"key_gone\""), Entry("openai-fine", "\"providerKeyId\": \"key_fine\"")), "error", Item(path, Project));

        var moved = Assert.Single(logged);
        Assert.Equal(("KG3022", "warning", InManifest("\"openai-gone\"")), (moved.Code, moved.Kind, (moved.Line, moved.Column)));
        Assert.Contains("owner_project_access: inactive", moved.Message, StringComparison.Ordinal);
    }

    // ---- KG3023: admin keys ----

    [Fact]
    public void KG3023_an_admin_key_no_entry_inventories_and_an_admin_entry_without_expiry()
    {
        string export = AdminPage(
            new AdminKey("key_admin_shadow", AdminHint("Adm1"), "2026-10-01", LastUsed: "2026-11-27", ExpiresAt: "2027-01-01"),
            new AdminKey("key_admin_known", AdminHint("Adm2"), "2026-10-01", LastUsed: "2026-11-27"),
            new AdminKey("key_admin_fine", AdminHint("Adm3"), "2026-10-01", LastUsed: "2026-11-27"));
        string path = Write("openai-admin.json", export);
        var logged = Run(Manifest(
            Entry("openai-admin", "\"keyType\": \"admin\", \"providerKeyId\": \"key_admin_known\"", expires: ""),
            Entry("openai-admin-fine", "\"keyType\": \"admin\", \"providerKeyId\": \"key_admin_fine\"")), "error", Item(path, Org));

        var admin = logged.Where(l => l.Code == "KG3023").ToList();
        Assert.Equal(2, admin.Count);
        var shadow = Assert.Single(admin, a => a.File == path);
        Assert.Equal(("error", PositionOfKey(export, "key_admin_shadow")), (shadow.Kind, (shadow.Line, shadow.Column)));
        Assert.Contains("organization 'org-contoso'", shadow.Message, StringComparison.Ordinal);
        var entry = Assert.Single(admin, a => a.File == _runner.ManifestPath);
        Assert.Equal(InManifest("\"openai-admin\""), (entry.Line, entry.Column));
        Assert.Contains("without an expiry", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logged, l => l.Code == "KG3019");
    }

    // ---- KG3024: monitoring ----

    [Fact]
    public void KG3024_high_and_critical_credentials_without_monitoring()
    {
        string path = Write("openai-project.json", OpenAIPage());
        var logged = Run(Manifest(
            Entry("openai-high", "\"risk\": \"high\"", monitored: false),
            Entry("openai-moderate", "\"risk\": \"moderate\"", monitored: false),
            Entry("openai-critical", "\"risk\": \"critical\", \"monitoring\": { \"alerts\": \"#ai-alerts\" }", monitored: false),
            Entry("openai-watched", "\"risk\": \"critical\"")), "error", Item(path, Project));

        var unmonitored = logged.Where(l => l.Code == "KG3024").ToList();
        Assert.Equal(2, unmonitored.Count);
        Assert.Equal(("warning", InManifest("\"openai-high\"")), (unmonitored[0].Kind, (unmonitored[0].Line, unmonitored[0].Column)));
        Assert.Equal(InManifest("{ \"alerts\": \"#ai-alerts\" }"), (unmonitored[1].Line, unmonitored[1].Column));
        Assert.Contains("lacks \"limit\"", unmonitored[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KG3024_is_silent_for_a_manifest_that_takes_no_part_in_reconciliation()
    {
        Assert.Empty(Run(Manifest(false, Entry("openai-high", "\"risk\": \"high\"", monitored: false)), "error"));
    }

    // ---- pages, object types ----

    [Fact]
    public void Paginated_pages_merge_and_a_missing_last_page_is_reported_at_has_more()
    {
        string page1 = Page([OpenAIProjectKey(new OpenAIKey("key_p1", OpenAIHint("Pg01"), "2026-10-01", LastUsed: "2026-11-27"))], hasMore: true);
        string page2 = Page([OpenAIProjectKey(new OpenAIKey("key_p2", OpenAIHint("Pg02"), "2026-10-01", LastUsed: "2026-11-27")),
            OpenAIProjectKey(new OpenAIKey("key_p1", OpenAIHint("Pg01"), "2026-10-01", LastUsed: "2026-11-27"))]);
        string both = Write("openai-pages.json", "[\n" + page1 + ",\n" + page2 + "]\n");
        string manifest = Manifest(Entry("openai-one", "\"providerKeyId\": \"key_p1\""), Entry("openai-two", "\"hint\": \"" + OpenAIHint("Pg02") + "\""));
        Assert.Empty(Run(manifest, "error", Item(both, Project)));

        // The pages as two files merge the same way; the first page alone is incomplete.
        _runner.Engine = new FakeBuildEngine();
        Assert.Empty(Run(manifest, "error", Item(Write("page1.json", page1), Project), Item(Write("page2.json", page2), Project)));
        _runner.Engine = new FakeBuildEngine();
        var logged = Run(manifest, "error", Item(Write("page1.json", page1), Project));
        var incomplete = Only(logged, "KG3001");
        Assert.Equal((Path.Combine(_runner.Folder, "page1.json"), PositionOf(page1, "true")), (incomplete.File, (incomplete.Line, incomplete.Column)));
        Assert.Contains("has_more", incomplete.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_object_type_is_KG3001_at_its_type_and_the_object_is_left_out()
    {
        string export = Page([
            "{ \"object\": \"organization.project.service_account\", \"id\": \"svc_1\", \"name\": \"bot\" }",
            "{ \"id\": \"thing_1\", \"name\": \"no type\" }",
        ]);
        string path = Write("openai-project.json", export);
        var logged = Run(Manifest(Entry("openai-support", "\"providerKeyId\": \"key_x\"")), "error", Item(path, Project));

        Assert.Equal(2, logged.Count);
        Assert.All(logged, l => Assert.Equal(("KG3001", path), (l.Code, l.File)));
        Assert.Equal(PositionOf(export, "\"organization.project.service_account\""), (logged[0].Line, logged[0].Column));
        Assert.Contains("does not guess", logged[0].Message, StringComparison.Ordinal);
        Assert.Equal(PositionOfKey(export, "thing_1"), (logged[1].Line, logged[1].Column));
        Assert.DoesNotContain(logged, l => l.Code == "KG3019");
    }

    // ---- evidence ----

    [Fact]
    public void The_inventory_shows_what_the_provider_says_and_shadow_keys_by_hint()
    {
        string path = Write("openai-project.json", OpenAIPage(
            new OpenAIKey("key_known", OpenAIHint("Q7xZ"), "2026-10-01", LastUsed: "2026-11-27", Access: "inactive"),
            new OpenAIKey("key_shadow", OpenAIHint("W9aa"), "2026-10-02")));
        Run(Manifest(Entry("openai-support", "\"providerKeyId\": \"key_known\""), Entry("openai-missing", "\"providerKeyId\": \"key_gone\"")), "error", Item(path, Project));

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_runner.Folder, "inventory.json")));
        var rows = json.RootElement.GetProperty("credentials");
        var known = rows[0].GetProperty("atProvider");
        Assert.Equal(("key_known", "active", "2026-11-27", "inactive", "providerKeyId"),
            (known.GetProperty("keyId").GetString(), known.GetProperty("status").GetString(), known.GetProperty("lastUsed").GetString(),
             known.GetProperty("ownerAccess").GetString(), known.GetProperty("matchedBy").GetString()));
        Assert.False(rows[1].GetProperty("atProvider").GetProperty("listed").GetBoolean());
        var shadow = Assert.Single(json.RootElement.GetProperty("shadowKeys").EnumerateArray());
        Assert.Equal((OpenAIHint("W9aa"), true), (shadow.GetProperty("hint").GetString(), shadow.GetProperty("neverUsed").GetBoolean()));

        string md = File.ReadAllText(Path.Combine(_runner.Folder, "inventory.md"));
        Assert.Contains("## What the providers say", md, StringComparison.Ordinal);
        Assert.Contains("| openai-support | key_known | `" + OpenAIHint("Q7xZ") + "` | active | 2026-11-27 | inactive | providerKeyId | openai-project.json |", md, StringComparison.Ordinal);
        Assert.Contains("| openai-missing | — | — | not listed in the exports |", md, StringComparison.Ordinal);
        Assert.Contains("| openai | project-key | proj_support | key_shadow | `" + OpenAIHint("W9aa") + "` | active | never |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_exports_the_inventory_is_as_before()
    {
        Run(Manifest(false, Entry("openai-support", "\"risk\": \"low\"")), "error");
        string text = File.ReadAllText(Path.Combine(_runner.Folder, "inventory.json"));
        Assert.DoesNotContain("atProvider", text, StringComparison.Ordinal);
        Assert.DoesNotContain("shadowKeys", text, StringComparison.Ordinal);
    }
}
