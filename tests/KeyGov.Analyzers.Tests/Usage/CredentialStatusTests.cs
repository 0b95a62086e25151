using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.CredentialUseAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>What the manifest says about a read: revoked, expired, suspended, deprecated, another consumer's, no manifest.</summary>
public class CredentialStatusTests
{
    internal const string Read = """var key = {|#0:Environment.GetEnvironmentVariable("OPENAI_API_KEY")|};""";
    internal const string Env = "\"env\": [\"OPENAI_API_KEY\"]";
    private const string Revoked = ", \"status\": \"revoked\", \"revoked\": { \"on\": \"2026-09-01\", \"reason\": \"project-sunset\" }";

    internal static string Source => Snippets.Usings + Read;

    [Fact]
    public Task Unregistered_message_names_the_variable_and_suggests_the_entry() => Verify.VerifyAsync(Source, Manifests.Empty,
        new DiagnosticResult("KG2001", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but no keygov.json entry lists it in sources; " +
            "add an entry such as { \"id\": \"openai-api-key\", \"provider\": \"openai\", \"consumers\": [\"TestProject\"], " +
            "\"sources\": { \"env\": [\"OPENAI_API_KEY\"] } } and fill in its owner, purpose and expiry"));

    [Fact]
    public Task Revoked_is_an_error_with_date_reason_and_owner() => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry("openai-labs", Env, extra: Revoked)),
        new DiagnosticResult("KG2002", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but its keygov.json entry 'openai-labs' " +
            "was revoked on 2026-09-01 (project-sunset) (owner @contoso/ai-platform); remove this use, or register the credential that replaces it"));

    [Fact]
    public Task A_revoked_entry_replaced_by_a_live_one_is_silent() => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry("openai-old", Env, extra: Revoked), Manifests.Entry("openai-new", Env)));

    [Fact]
    public Task Expired_is_a_warning_on_a_developer_machine() => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry("openai-support", Env, expires: "2026-06-30")),
        new DiagnosticResult("KG2002", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but its keygov.json entry 'openai-support' " +
            "expired on 2026-06-30 (owner @contoso/ai-platform); rotate the key and renew the entry's expiry, or retire it"));

    [Fact]
    public Task Expired_is_an_error_when_time_checks_are_errors() => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry("openai-support", Env, expires: "2026-06-30")), "error", SdkStubs.All,
        new DiagnosticResult("KG2002", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task Expired_is_silent_when_time_checks_are_off() => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry("openai-support", Env, expires: "2026-06-30")), "off", SdkStubs.All);

    [Fact]
    public Task Expiring_on_the_evaluation_date_is_not_expired() => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry("openai-support", Env, expires: UsageVerifier<CredentialUseAnalyzer>.EvaluationDate)));

    [Fact]
    public Task Suspended_is_KG2005() => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry("openai-support", Env, extra: ", \"status\": \"suspended\"")),
        new DiagnosticResult("KG2005", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but its keygov.json entry 'openai-support' is suspended " +
            "(owner @contoso/ai-platform); move to its replacement"));

    [Fact]
    public Task Deprecated_is_KG2005_with_its_sunset() => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry("openai-support", Env, extra: ", \"status\": \"deprecated\", \"sunset\": \"2027-01-15\"")),
        new DiagnosticResult("KG2005", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "Environment variable 'OPENAI_API_KEY'", "OpenAI", "'openai-support'", "deprecated (sunset 2027-01-15)", "owner @contoso/ai-platform"));

    [Fact]
    public Task Another_projects_credential_is_KG2003() => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry("openai-eval", Env, consumers: "\"Eval.Runner\", \"Eval.Ingest\"")),
        new DiagnosticResult("KG2003", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but project 'TestProject' is not a consumer of its " +
            "keygov.json entry 'openai-eval' (owner @contoso/ai-platform; consumers: Eval.Runner, Eval.Ingest); add the project to its " +
            "consumers or register a credential of its own"));

    [Fact]
    public Task A_revoked_entry_of_another_consumer_does_not_revoke_ours() => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry("openai-eval", Env, consumers: "\"Eval.Runner\"", extra: Revoked), Manifests.Entry("openai-ours", Env)));

    [Fact]
    public Task Without_a_manifest_each_read_is_KG2004_and_nothing_else() => Verify.VerifyAsync(
        Snippets.Usings + """
            var key = {|#0:Environment.GetEnvironmentVariable("OPENAI_API_KEY")|};
            IConfiguration config = new ConfigurationBuilder().Build();
            var other = {|#1:config["Anthropic:ApiKey"]|};
            var generic = config["Jwt:Secret"];
            """,
        manifest: null,
        new DiagnosticResult("KG2004", DiagnosticSeverity.Info).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but the project has no keygov.json; add a manifest to inventory its AI credentials"),
        new DiagnosticResult("KG2004", DiagnosticSeverity.Info).WithLocation(1));

    [Fact]
    public Task An_unreadable_manifest_leaves_the_judgement_to_the_task() => Verify.VerifyAsync(Source, "{ \"version\": 1, \"credentials\": [ ");

    [Fact]
    public Task The_manifest_named_by_KeyGovManifest_is_the_one_read()
    {
        var test = Verify.Create(Source, manifest: null);
        test.TestState.AdditionalFiles.Add(("/config/inventory.json", Manifests.RegisteringEnv("OPENAI_API_KEY")));
        test.TestState.AdditionalFiles.Add(("/other/keygov.json", Manifests.Empty));
        test.TestState.AnalyzerConfigFiles.Clear();
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.KeyGovManifest = /config/inventory.json\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Implicit_read_of_a_revoked_credential_is_KG2002() => Verify.VerifyAsync(
        Snippets.Usings + "var client = {|#0:new Anthropic.AnthropicClient()|};",
        Manifests.With(Manifests.Entry("anthropic-old", "\"env\": [\"ANTHROPIC_API_KEY\"]", provider: "anthropic", extra: Revoked)),
        new DiagnosticResult("KG2002", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "Environment variable 'ANTHROPIC_API_KEY'", "Anthropic", "'anthropic-old'", "was revoked on 2026-09-01 (project-sunset)", "owner @contoso/ai-platform",
            "remove this use, or register the credential that replaces it"));
}
