using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;

namespace KeyGov.Core.Tests.Usage;

public class CredentialResolverTests
{
    private const string App = "SupportBot.Api";
    private static readonly DateTime Today = new(2026, 11, 28);
    private static readonly CredentialSource OpenAIKey = CredentialSource.Environment("OPENAI_API_KEY");

    [Fact]
    public void A_source_no_entry_lists_is_unregistered()
    {
        var result = Resolve(Manifest(Entry("other", env: "OTHER_API_KEY")));
        Assert.Equal(CredentialUseStatus.Unregistered, result.Status);
        Assert.Null(result.Entry);
    }

    [Fact]
    public void A_live_entry_for_this_consumer_registers_it()
    {
        var result = Resolve(Manifest(Entry("openai-support")));
        Assert.Equal(CredentialUseStatus.Registered, result.Status);
        Assert.Equal("openai-support", result.Entry!.Id!.Value);
    }

    [Fact]
    public void Consumers_are_assembly_names_and_ignore_case() =>
        Assert.Equal(CredentialUseStatus.Registered, Resolve(Manifest(Entry("e", consumers: ["supportbot.api"]))).Status);

    [Fact]
    public void An_entry_for_other_consumers_only_is_not_ours()
    {
        var result = Resolve(Manifest(Entry("eval", consumers: ["Eval.Runner", "Eval.Ingest"])));
        Assert.Equal(CredentialUseStatus.NotAConsumer, result.Status);
        Assert.Equal("eval", result.Entry!.Id!.Value);
    }

    [Fact]
    public void An_entry_without_consumers_serves_every_consumer() =>
        Assert.Equal(CredentialUseStatus.Registered, Resolve(Manifest(Entry("e", consumers: []))).Status);

    [Fact]
    public void Two_apps_hold_their_own_keys_under_one_variable()
    {
        var manifest = Manifest(Entry("eval", consumers: ["Eval.Runner"]), Entry("support", consumers: [App]));
        Assert.Equal("support", Resolve(manifest).Entry!.Id!.Value);
    }

    [Fact]
    public void Revoked_only_when_every_entry_for_the_consumer_is_revoked()
    {
        var replaced = Manifest(Entry("old", status: "revoked", revokedOn: "2026-09-01"), Entry("new"));
        Assert.Equal(CredentialUseStatus.Registered, Resolve(replaced).Status);
        Assert.Equal("new", Resolve(replaced).Entry!.Id!.Value);

        var retired = Manifest(Entry("old", status: "revoked", revokedOn: "2026-08-01"), Entry("older", status: "revoked", revokedOn: "2026-09-01"));
        var result = Resolve(retired);
        Assert.Equal(CredentialUseStatus.Revoked, result.Status);
        Assert.Equal("older", result.Entry!.Id!.Value); // the latest revocation
    }

    [Fact]
    public void Expired_when_expires_has_passed_on_the_evaluation_date()
    {
        Assert.Equal(CredentialUseStatus.Expired, Resolve(Manifest(Entry("e", expires: "2026-11-27"))).Status);
        Assert.Equal(CredentialUseStatus.Registered, Resolve(Manifest(Entry("e", expires: "2026-11-28"))).Status);
    }

    [Fact]
    public void Expiry_is_not_judged_when_time_checks_are_off_or_the_date_is_unknown()
    {
        var manifest = Manifest(Entry("e", expires: "2026-01-01"));
        Assert.Equal(CredentialUseStatus.Registered, CredentialResolver.Resolve(manifest, OpenAIKey, App, Today, checkExpiry: false).Status);
        Assert.Equal(CredentialUseStatus.Registered, CredentialResolver.Resolve(manifest, OpenAIKey, App, DateTime.MinValue, checkExpiry: true).Status);
    }

    [Fact]
    public void A_live_entry_wins_over_an_expired_one() =>
        Assert.Equal(CredentialUseStatus.Registered, Resolve(Manifest(Entry("old", expires: "2026-01-01"), Entry("new"))).Status);

    [Theory]
    [InlineData("deprecated", CredentialUseStatus.Deprecated)]
    [InlineData("suspended", CredentialUseStatus.Suspended)]
    [InlineData("rotating", CredentialUseStatus.Registered)]
    [InlineData("active", CredentialUseStatus.Registered)]
    public void Status_of_the_live_entry(string status, CredentialUseStatus expected) =>
        Assert.Equal(expected, Resolve(Manifest(Entry("e", status: status))).Status);

    [Fact]
    public void Configuration_reads_resolve_through_canonical_keys()
    {
        var manifest = Manifest(Entry("e", env: null, config: "OpenAI:ApiKey"));
        Assert.Equal(CredentialUseStatus.Registered, CredentialResolver.Resolve(manifest, CredentialSource.Configuration("openai:apikey"), App, Today, true).Status);
        Assert.Equal(CredentialUseStatus.Registered, CredentialResolver.Resolve(manifest, CredentialSource.Environment("OpenAI__ApiKey"), App, Today, true).Status);
    }

    private static CredentialResolution Resolve(KeyManifest manifest) => CredentialResolver.Resolve(manifest, OpenAIKey, App, Today, checkExpiry: true);

    private static KeyManifest Manifest(params string[] entries)
    {
        var read = ManifestReader.Read("{ \"version\": 1, \"credentials\": [" + string.Join(",", entries) + "] }");
        Assert.NotNull(read.Manifest);
        return read.Manifest!;
    }

    private static string Entry(string id, string? env = "OPENAI_API_KEY", string? config = null, string[]? consumers = null,
        string status = "active", string expires = "2027-01-31", string? revokedOn = null)
    {
        var sources = new List<string>();
        if (env != null)
        {
            sources.Add("\"env\": [\"" + env + "\"]");
        }

        if (config != null)
        {
            sources.Add("\"config\": [\"" + config + "\"]");
        }

        string consumerList = string.Join(", ", (consumers ?? [App]).Select(c => "\"" + c + "\""));
        string revoked = revokedOn == null ? "" : ", \"revoked\": { \"on\": \"" + revokedOn + "\", \"reason\": \"rotation\" }";
        return "{ \"id\": \"" + id + "\", \"provider\": \"openai\", \"owner\": \"@contoso/x\", \"purpose\": \"Purpose of at least twenty chars\", " +
            "\"consumers\": [" + consumerList + "], \"sources\": { " + string.Join(", ", sources) + " }, \"status\": \"" + status + "\", " +
            "\"expires\": \"" + expires + "\"" + revoked + " }";
    }
}
