using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// Usage facts (KG0001): one per credential read, whatever its verdict, with the names the build tasks need and never
/// a key; only when the targets switch them on; always suppressed by <see cref="UsageFactSuppressor"/>.
/// </summary>
public class UsageFactTests
{
    private const string Registered = """{ "version": 1, "credentials": [ { "id": "openai-support", "provider": "openai", "owner": "@contoso/ai", "purpose": "Answers support questions in the test project", "consumers": ["TestProject"], "sources": { "env": ["OPENAI_API_KEY"] }, "expires": "2027-03-31" } ] }""";

    [Fact]
    public async Task A_registered_read_is_one_fact_naming_its_source_entry_provider_and_status()
    {
        var diagnostics = await RunAsync("""var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");""", Registered, facts: true);

        var fact = Assert.Single(diagnostics);
        Assert.Equal(("KG0001", DiagnosticSeverity.Info), (fact.Id, fact.Severity));
        Assert.Equal("Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI)", fact.GetMessage());
        Assert.Equal(
            new Dictionary<string, string?> { ["sourceKind"] = "env", ["source"] = "OPENAI_API_KEY", ["consumer"] = "TestProject", ["status"] = "registered", ["provider"] = "openai", ["credentialId"] = "openai-support" },
            fact.Properties);
        Assert.Equal(new LinePosition(Snippets.Usings.Split('\n').Length - 1, "var key = ".Length), fact.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public async Task Unregistered_and_manifest_less_reads_are_facts_beside_their_findings()
    {
        var unregistered = await RunAsync("""var key = Environment.GetEnvironmentVariable("MISTRAL_API_KEY");""", """{ "version": 1, "credentials": [] }""", facts: true);
        Assert.Equal(["KG0001", "KG2001"], unregistered.Select(d => d.Id).Order());
        Assert.Equal("unregistered", unregistered.Single(d => d.Id == "KG0001").Properties["status"]);
        Assert.Equal("mistral", unregistered.Single(d => d.Id == "KG0001").Properties["provider"]);

        var noManifest = await RunAsync("""var key = Environment.GetEnvironmentVariable("MISTRAL_API_KEY");""", null, facts: true);
        Assert.Equal(["KG0001", "KG2004"], noManifest.Select(d => d.Id).Order());
        Assert.Equal("no-manifest", noManifest.Single(d => d.Id == "KG0001").Properties["status"]);
    }

    [Fact]
    public async Task A_read_that_reaches_an_sdk_names_the_sink_and_an_sdk_own_read_names_its_client()
    {
        var sink = await RunAsync("""var client = new OpenAI.OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);""", Registered, facts: true);
        Assert.Equal("'apiKey' of OpenAI.OpenAIClient", Assert.Single(sink).Properties["sink"]);

        var implicitRead = await RunAsync("""var client = new Anthropic.AnthropicClient();""", """{ "version": 1, "credentials": [] }""", facts: true);
        var fact = implicitRead.Single(d => d.Id == "KG0001");
        Assert.Equal(("ANTHROPIC_API_KEY", "Anthropic.AnthropicClient"), (fact.Properties["source"], fact.Properties["sink"]));
    }

    [Fact]
    public async Task A_read_names_the_api_surfaces_its_credential_is_used_for()
    {
        var diagnostics = await RunAsync("""
            var client = new OpenAI.OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
            var chat = client.GetChatClient("gpt-4o");
            """, Registered, facts: true);
        Assert.Equal("chat", Assert.Single(diagnostics).Properties["apis"]);
    }

    [Fact]
    public async Task Facts_are_off_unless_the_targets_switch_them_on()
    {
        Assert.Empty(await RunAsync("""var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");""", Registered, facts: false));
    }

    [Fact]
    public async Task A_key_read_as_a_name_is_no_fact()
    {
        string key = FakeKeys.OpenAIProject(1950);
        var diagnostics = await RunAsync("var value = Environment.GetEnvironmentVariable(\"" + key + "\");", """{ "version": 1, "credentials": [] }""", facts: true);
        Assert.DoesNotContain(diagnostics, d => d.Id == "KG0001");
    }

    [Fact]
    public async Task The_suppressor_suppresses_every_fact_and_nothing_else()
    {
        var diagnostics = await RunAsync("""var key = Environment.GetEnvironmentVariable("MISTRAL_API_KEY");""", """{ "version": 1, "credentials": [] }""", facts: true, suppress: true);
        Assert.True(diagnostics.Single(d => d.Id == "KG0001").IsSuppressed);
        Assert.False(diagnostics.Single(d => d.Id == "KG2001").IsSuppressed);
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string statement, string? manifest, bool facts, bool suppress = false)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Snippets.Usings + statement, path: "/src/Program.cs") };
        trees.AddRange(SdkStubs.All.Select((stub, n) => CSharpSyntaxTree.ParseText(stub, path: "/src/Stub" + n + ".cs")));
        var compilation = CSharpCompilation.Create(UsageVerifier<CredentialUseAnalyzer>.Consumer, trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var global = new Dictionary<string, string> { ["build_property.KeyGovEvaluationDate"] = UsageVerifier<CredentialUseAnalyzer>.EvaluationDate };
        if (facts)
        {
            global["build_property.KeyGovUsageFacts"] = "true";
        }

        var files = manifest == null ? ImmutableArray<AdditionalText>.Empty : [new InMemoryAdditionalText("/src/keygov.json", manifest)];
        var options = new AnalyzerOptions(files, new GlobalOptionsProvider(global));
        ImmutableArray<DiagnosticAnalyzer> analyzers = suppress ? [new CredentialUseAnalyzer(), new UsageFactSuppressor()] : [new CredentialUseAnalyzer()];
        var run = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        return await run.GetAnalyzerDiagnosticsAsync();
    }

    private sealed class GlobalOptionsProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
