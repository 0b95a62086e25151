using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.CredentialUseAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// Issue #16: a key planted in keygov.json (plain, or written with <c>\u</c> escapes, which the analyzers see decoded)
/// in an id, owner, revocation reason, consumer or provider never reaches a KG2002, KG2003 or KG2005 message: each
/// such text goes through the task's redaction (ManifestText), and the message names what it hides.
/// </summary>
public class KeyEchoTests
{
    private const string Env = CredentialStatusTests.Env;
    private const string Hidden = "(a value that looks like a key, not shown)";
    private const string Owner = "@contoso/ai-platform";

    private static readonly string Key = FakeKeys.OpenAIProject(1602);

    private static string Source => CredentialStatusTests.Source;

    /// <summary>The key as the manifest's text holds it: plain, or with every fourth character a <c>\u</c> escape.</summary>
    private static string Planted(bool escaped) => escaped ? FakeKeys.JsonEscaped(Key, every: 4) : Key;

    /// <summary>An entry for the read, whose id, owner and extra fields are given.</summary>
    private static string Manifest(string id, string owner, string extra, string consumers = "\"" + Verify.Consumer + "\"", string provider = "openai") =>
        Manifests.With(Manifests.Entry(id, Env, consumers: consumers, provider: provider, extra: extra).Replace(Owner, owner, StringComparison.Ordinal));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task KG2002_revoked_hides_a_key_in_the_id_the_owner_and_the_reason(bool escaped) => Verify.VerifyAsync(Source,
        Manifest(Planted(escaped), "ops+" + Planted(escaped) + "@contoso.com",
            ", \"status\": \"revoked\", \"revoked\": { \"on\": \"2026-09-01\", \"reason\": \"leaked as " + Planted(escaped) + "\" }"),
        new DiagnosticResult("KG2002", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but its keygov.json entry credentials[0] " +
            "was revoked on 2026-09-01 (" + Hidden + ") (owner " + Hidden + "); remove this use, or register the credential that replaces it"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task KG2002_expired_hides_a_key_in_the_id_and_names_the_entry_by_its_index(bool escaped) => Verify.VerifyAsync(Source,
        Manifests.With(Manifests.Entry(Planted(escaped), Env, expires: "2026-06-30")),
        new DiagnosticResult("KG2002", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but its keygov.json entry credentials[0] " +
            "expired on 2026-06-30 (owner " + Owner + "); rotate the key and renew the entry's expiry, or retire it"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task KG2003_hides_a_key_among_the_consumers_and_in_the_provider(bool escaped) => Verify.VerifyAsync(Source,
        Manifest("openai-eval", Owner, string.Empty, consumers: "\"Eval.Runner\", \"" + Planted(escaped) + "\"", provider: "x-" + Planted(escaped)),
        new DiagnosticResult("KG2003", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (" + Hidden + ") but project 'TestProject' is not a consumer of its " +
            "keygov.json entry 'openai-eval' (owner " + Owner + "; consumers: Eval.Runner, " + Hidden + "); add the project to its " +
            "consumers or register a credential of its own"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task KG2005_hides_a_key_in_the_id_and_the_owner(bool escaped) => Verify.VerifyAsync(Source,
        Manifest(Planted(escaped), Planted(escaped), ", \"status\": \"suspended\""),
        new DiagnosticResult("KG2005", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but its keygov.json entry credentials[0] is suspended " +
            "(no owner); move to its replacement"));

    [Fact]
    public Task Ordinary_texts_are_still_shown_in_full() => Verify.VerifyAsync(Source,
        Manifest("openai-labs", "ops@contoso.com", ", \"status\": \"revoked\", \"revoked\": { \"on\": \"2026-09-01\", \"reason\": \"Replaced by the EU key\" }"),
        new DiagnosticResult("KG2002", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
            "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but its keygov.json entry 'openai-labs' " +
            "was revoked on 2026-09-01 (Replaced by the EU key) (owner ops@contoso.com); remove this use, or register the credential that replaces it"));
}
