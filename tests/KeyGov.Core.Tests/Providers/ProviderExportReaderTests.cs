using KeyGov.Core.Providers;
using static KeyGov.ProviderExports;

namespace KeyGov.Core.Tests.Providers;

/// <summary>What Core reads of a saved key listing, and when two redacted hints are the same key.</summary>
public class ProviderExportReaderTests
{
    [Theory]
    [InlineData("sk-proj-\u2026Q7xZ", "sk-proj-", "Q7xZ")]
    [InlineData("sk-ant-api03-R2D...igAA", "sk-ant-api03-R2D", "igAA")]
    [InlineData("sk-admin-****abc", "sk-admin-", "abc")]
    [InlineData(" sk-\u2026Q7xZ ", "sk-", "Q7xZ")]
    public void A_hint_is_a_visible_start_a_gap_and_a_visible_end(string text, string start, string end)
    {
        Assert.True(KeyHint.TryParse(text, out var hint));
        Assert.Equal((start, end), (hint.Start, hint.End));
        Assert.Equal(start + "\u2026" + end, hint.ToString());
    }

    [Theory]
    [InlineData("Q7xZ")]                              // no gap
    [InlineData("sk-proj-\u2026Q7")]                  // too little shown at the end
    [InlineData("sk-\u2026ab\u2026cdef")]             // two gaps
    [InlineData("sk-proj-abcdefghijklmnopqrstuvwxyz...Q7xZ")] // too much shown: it may be the key
    [InlineData("sk-proj-\u2026Q7xZ123456")]
    [InlineData("sk proj-\u2026Q7xZ")]
    [InlineData("\u2026Q7xZ")]
    public void Anything_else_is_no_hint(string text) => Assert.False(KeyHint.TryParse(text, out _));

    [Theory]
    [InlineData("sk-proj-\u2026Q7xZ", "sk-proj-abc...Q7xZ", true)]
    [InlineData("sk-\u2026Q7xZ", "sk-proj-abc...xQ7xZ", true)]
    [InlineData("sk-proj-\u2026Q7xZ", "sk-svcacct-...Q7xZ", false)]
    [InlineData("sk-proj-\u2026Q7xZ", "sk-proj-...Q7xY", false)]
    [InlineData("sk-proj-abc\u2026Q7xZ", "sk-proj-abd...Q7xZ", false)]
    public void Hints_match_when_one_start_begins_the_other_and_the_shorter_end_closes_the_longer(string a, string b, bool same)
    {
        Assert.True(KeyHint.TryParse(a, out var first));
        Assert.True(KeyHint.TryParse(b, out var second));
        Assert.Equal(same, first.Matches(second));
        Assert.Equal(same, second.Matches(first));
    }

    [Fact]
    public void OpenAI_project_keys_carry_the_export_scope_use_and_owner_access()
    {
        var export = ProviderExportReader.Read(OpenAIPage(
            new OpenAIKey("key_a", OpenAIHint("Q7xZ"), "2026-10-01", LastUsed: "2026-11-27", Access: "inactive", OwnerType: "service_account"),
            new OpenAIKey("key_b", OpenAIHint("W9aa"), "2026-10-02")), "p.json", " proj_x ");

        Assert.Empty(export.Findings);
        Assert.Equal(2, export.Keys.Count);
        var a = export.Keys[0];
        Assert.Equal(("openai", ProviderKeyKind.OpenAIProjectKey, "key_a", "proj_x", "inactive", "service_account"), (a.Provider, a.Kind, a.Id, a.Scope, a.OwnerAccess, a.OwnerType));
        Assert.Equal((new DateTime(2026, 10, 1), new DateTime(2026, 11, 27), true), (a.CreatedAt, a.LastUsedAt, a.TracksUse));
        Assert.Equal((null, true), (export.Keys[1].LastUsedAt, export.Keys[1].TracksUse));
        Assert.False(export.Pages[0].HasMore);
    }

    [Fact]
    public void Anthropic_keys_carry_their_workspace_status_and_RFC3339_times_and_no_use()
    {
        var export = ProviderExportReader.Read(AnthropicPage(
            new AnthropicKey("apikey_1", AnthropicHint("igAA"), "2026-10-01", Status: "archived"),
            new AnthropicKey("apikey_2", AnthropicHint("igAB"), "2026-10-02", Workspace: null)), "a.json", null);

        Assert.Empty(export.Findings);
        var (archived, inDefault) = (export.Keys[0], export.Keys[1]);
        Assert.Equal(("anthropic", "wrkspc_01Team", "archived", new DateTime(2026, 10, 1), false), (archived.Provider, archived.Scope, archived.Status, archived.CreatedAt, archived.TracksUse));
        Assert.False(archived.IsUsable(new DateTime(2026, 11, 28)));
        Assert.Equal(ProviderExportReader.AnthropicDefaultWorkspace, inDefault.Scope);
        Assert.True(inDefault.IsUsable(new DateTime(2026, 11, 28)));
    }

    [Fact]
    public void An_OpenAI_key_whose_expires_at_has_passed_is_not_usable()
    {
        var key = ProviderExportReader.Read(OpenAIPage(new OpenAIKey("key_a", OpenAIHint("Q7xZ"), "2026-01-01", ExpiresAt: "2026-11-27")), "p.json", "proj_x").Keys[0];
        Assert.False(key.IsUsable(new DateTime(2026, 11, 28)));
        Assert.True(key.IsUsable(new DateTime(2026, 11, 27)));
    }

    [Theory]
    [InlineData("42", "A provider export is a list response")]
    [InlineData("{ \"object\": \"list\" }", "This is not a key-listing response")]
    [InlineData("{ \"object\": \"page\", \"data\": [] }", "'object' is 'page'; a list response says \"list\"")]
    [InlineData("{ \"data\": {} }", "'data' must be an array, not an object")]
    [InlineData("{ \"data\": [ 7 ] }", "'data[0]' must be a key object, not a number")]
    [InlineData("{ \"data\": [], \"has_more\": \"no\" }", "'has_more' must be a boolean")]
    [InlineData("{ \"data\": [ { \"object\": \"organization.admin_api_key\" } ] }", "'data[0]' has no \"id\"")]
    [InlineData("{ \"data\": [ { \"type\": \"api_key\", \"id\": \"k\", \"created_at\": \"yesterday\" } ] }", "'data[0].created_at' is not a time")]
    [InlineData("[ 1 ]", "'[0]' must be a list page or a key object, not a number")]
    public void Malformed_exports_are_KG3001_at_what_is_wrong(string text, string message)
    {
        var finding = Assert.Single(ProviderExportReader.Read(text, "x.json", null).Findings);
        Assert.Equal("KG3001", finding.RuleId);
        Assert.StartsWith(message, finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Line >= 1 && finding.Column >= 1);
    }

    [Fact]
    public void A_single_retrieve_response_and_an_array_of_key_objects_are_read_as_keys()
    {
        string one = OpenAIAdminKey(new AdminKey("key_admin", AdminHint("Adm1"), "2026-10-01"));
        Assert.Equal(ProviderKeyKind.OpenAIAdminKey, Assert.Single(ProviderExportReader.Read(one, "x.json", "org-x").Keys).Kind);
        Assert.Equal(2, ProviderExportReader.Read("[" + one + "," + one.Replace("key_admin", "key_other", StringComparison.Ordinal) + "]", "x.json", "org-x").Keys.Count);
    }
}
