using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.CredentialUseAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// KG3017, judged by the analyzer at the compilation's end: an entry that names this project among its consumers while
/// no read of the code names any of its sources, reported at that consumer in keygov.json; no usage facts, no log.
/// </summary>
public class StaleConsumerTests
{
    private const string ReadsOpenAi = """var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");""";
    private const string ReadsNothing = """Console.WriteLine("This project calls no AI provider");""";
    private const string Mistral = "\"env\": [\"MISTRAL_API_KEY\"], \"config\": [\"Mistral:ApiKey\"]";

    private static string Source(string statements) => Snippets.Usings + statements;

    [Fact]
    public Task An_entry_whose_sources_no_read_names_is_reported_at_this_project_among_its_consumers()
    {
        string manifest = Manifests.With(
            Manifests.Entry("openai-app", "\"env\": [\"OPENAI_API_KEY\"]"),
            Manifests.Entry("mistral-shared", Mistral, consumers: "\"Worker\", \"TestProject\"", provider: "mistral"));
        var (line, column) = ProviderExports.PositionOf(manifest, "\"TestProject\"", after: "mistral-shared");
        return Verify.VerifyAsync(Source(ReadsOpenAi), manifest,
            new DiagnosticResult("KG3017", DiagnosticSeverity.Warning)
                .WithSpan("/keygov.json", line, column, line, column + "\"TestProject\"".Length)
                .WithMessage("Credential 'mistral-shared' (owner @contoso/ai-platform) lists 'TestProject' among its consumers, but 'TestProject' no longer reads it " +
                    "(sources: MISTRAL_API_KEY, Mistral:ApiKey): remove 'TestProject' from its consumers, or revoke the credential if its purpose has ended"));
    }

    [Theory]
    [InlineData("""var key = Environment.GetEnvironmentVariable("MISTRAL_API_KEY");""")]
    [InlineData("""IConfiguration config = new ConfigurationBuilder().Build(); var key = config["mistral:apikey"];""")] // configuration keys ignore case
    [InlineData("""IConfiguration config = new ConfigurationBuilder().Build(); var key = config["Mistral__ApiKey"];""")] // and '__' is ':'
    public Task A_read_of_any_source_keeps_the_consumer(string statements) => Verify.VerifyOnceAsync(Source(statements),
        Manifests.With(Manifests.Entry("mistral-app", Mistral, provider: "mistral")));

    [Fact]
    public Task An_sdk_own_read_keeps_the_consumer() => Verify.VerifyOnceAsync(Source("var client = new Anthropic.AnthropicClient();"),
        Manifests.With(Manifests.Entry("anthropic-app", "\"env\": [\"ANTHROPIC_API_KEY\"]", provider: "anthropic")));

    [Theory]
    [InlineData(", \"status\": \"revoked\", \"revoked\": { \"on\": \"2026-11-01\", \"reason\": \"project-sunset\" }", "\"env\": [\"MISTRAL_API_KEY\"]", "\"TestProject\"")]
    [InlineData("", "", "\"TestProject\"")] // no sources: KeyGov cannot tell how it is read
    [InlineData("", "\"env\": [\"MISTRAL_API_KEY\"]", "\"Worker\"")] // another project's
    public Task Revoked_entries_entries_without_sources_and_other_projects_entries_are_not_judged(string extra, string sources, string consumers) =>
        Verify.VerifyOnceAsync(Source(ReadsOpenAi), Manifests.With(
            Manifests.Entry("openai-app", "\"env\": [\"OPENAI_API_KEY\"]"),
            Manifests.Entry("mistral-app", sources, consumers: consumers, provider: "mistral", extra: extra)));

    [Fact]
    public Task A_project_listed_twice_is_one_finding_and_the_name_compares_without_case()
    {
        string manifest = Manifests.With(Manifests.Entry("mistral-app", Mistral, consumers: "\"testproject\", \"TestProject\"", provider: "mistral"));
        var (line, column) = ProviderExports.PositionOf(manifest, "\"testproject\"", after: "mistral-app");
        return Verify.VerifyOnceAsync(Source(ReadsNothing), manifest,
            new DiagnosticResult("KG3017", DiagnosticSeverity.Warning).WithSpan("/keygov.json", line, column, line, column + "\"testproject\"".Length)
                .WithArguments("Credential 'mistral-app' (owner @contoso/ai-platform)", "'TestProject'", "sources: MISTRAL_API_KEY, Mistral:ApiKey"));
    }

    [Fact]
    public Task A_generic_name_read_without_a_sink_does_not_count_as_a_read_of_the_entry()
    {
        // What KG3017 counts is what the usage facts record, and the merge's KG3018 counts: reads of AI credentials.
        string manifest = Manifests.With(Manifests.Entry("jwt", "\"config\": [\"Jwt:Secret\"]"));
        var (line, column) = ProviderExports.PositionOf(manifest, "\"TestProject\"", after: "jwt");
        return Verify.VerifyOnceAsync(Source("""IConfiguration config = new ConfigurationBuilder().Build(); var secret = config["Jwt:Secret"];"""), manifest,
            new DiagnosticResult("KG3017", DiagnosticSeverity.Warning).WithSpan("/keygov.json", line, column, line, column + "\"TestProject\"".Length)
                .WithArguments("Credential 'jwt' (owner @contoso/ai-platform)", "'TestProject'", "sources: Jwt:Secret"));
    }

    [Fact]
    public Task NoWarn_turns_it_off()
    {
        var test = Verify.Create(Source(ReadsNothing), Manifests.With(Manifests.Entry("mistral-app", Mistral, provider: "mistral")));
        test.SolutionTransforms.Add((solution, project) =>
        {
            var options = solution.GetProject(project)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(project, options.WithSpecificDiagnosticOptions(
                options.SpecificDiagnosticOptions.SetItem("KG3017", ReportDiagnostic.Suppress)));
        });
        return test.RunAsync();
    }

    [Fact]
    public Task An_id_and_an_owner_that_hold_a_key_are_not_echoed()
    {
        string key = FakeKeys.OpenAIProject(1702);
        string manifest = Manifests.With(Manifests.Entry(key, Mistral, provider: "mistral").Replace("@contoso/ai-platform", key));
        var (line, column) = ProviderExports.PositionOf(manifest, "\"TestProject\"", after: "mistral");
        return Verify.VerifyOnceAsync(Source(ReadsNothing), manifest,
            new DiagnosticResult("KG3017", DiagnosticSeverity.Warning).WithSpan("/keygov.json", line, column, line, column + "\"TestProject\"".Length)
                .WithArguments("Credential credentials[0] (no owner)", "'TestProject'", "sources: MISTRAL_API_KEY, Mistral:ApiKey"));
    }
}
