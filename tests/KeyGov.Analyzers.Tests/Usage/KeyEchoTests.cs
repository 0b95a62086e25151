using System.Collections.Immutable;
using System.Globalization;
using KeyGov.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Verify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.CredentialUseAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// Issue #16: a key planted in keygov.json (plain, or written with <c>\u</c> escapes, which the analyzers see decoded)
/// in an id, owner, revocation reason, consumer or provider never reaches a KG2002, KG2003 or KG2005 message: each
/// such text goes through the task's redaction (ManifestText), and the message names what it hides. Names read from
/// code go the same way: a key used as an environment-variable or configuration-key name is in no KG2xxx message, in no
/// diagnostic property (they reach the compiler's SARIF log), and the register fix is not offered for it.
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

    private static readonly string[] KeysReadAsNames = [FakeKeys.OpenAIProject(2002), FakeKeys.AnthropicApi(2002)];

    /// <summary>
    /// A read whose name is the key (or holds it), reaching an SDK sink (a key-shaped name is no credential name of its
    /// own): its source field and name, and the statement.
    /// </summary>
    private static (string Field, string Name, string Read) KeyNamedRead(string key, string kind) => kind switch
    {
        "GetEnvironmentVariable" => ("env", key, "var client = new OpenAI.OpenAIClient(Environment.GetEnvironmentVariable(\"" + key + "\")!);"),
        "indexer" => ("config", key, "IConfiguration config = new ConfigurationBuilder().Build(); var client = new OpenAI.OpenAIClient(config[\"" + key + "\"]!);"),
        _ => ("config", "Llm:" + key, "IConfiguration config = new ConfigurationBuilder().Build(); var client = new OpenAI.OpenAIClient(config.GetValue<string>(\"Llm:" + key + "\")!);"),
    };

    /// <summary>The cases by key index (not the key: test names are printed), read and manifest status.</summary>
    public static IEnumerable<object[]> KeyNameCases()
    {
        for (int key = 0; key < KeysReadAsNames.Length; key++)
        {
            foreach (string read in new[] { "GetEnvironmentVariable", "indexer", "GetValue" })
            {
                foreach (string status in new[] { "unregistered", "no manifest", "revoked", "suspended", "other consumer" })
                {
                    yield return [key, read, status];
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(KeyNameCases))]
    public async Task A_key_read_as_a_name_is_in_no_message_and_no_property(int keyIndex, string kind, string status)
    {
        string key = KeysReadAsNames[keyIndex];
        var (field, name, read) = KeyNamedRead(key, kind);
        string sources = "\"" + field + "\": [\"" + name + "\"]";
        (string? manifest, string expectedId) = status switch
        {
            "unregistered" => (Manifests.Empty, "KG2001"),
            "no manifest" => ((string?)null, "KG2004"),
            "revoked" => (Manifests.With(Manifests.Entry("openai-old", sources, extra: ", \"status\": \"revoked\"")), "KG2002"),
            "suspended" => (Manifests.With(Manifests.Entry("openai-old", sources, extra: ", \"status\": \"suspended\"")), "KG2005"),
            _ => (Manifests.With(Manifests.Entry("openai-old", sources, consumers: "\"Eval.Runner\"")), "KG2003"),
        };

        var (diagnostics, fixes) = await AnalyzeAsync(Snippets.Usings + read, manifest);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(expectedId, diagnostic.Id);
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(Hidden, message, StringComparison.Ordinal);
        AssertHoldsNoPartOf(key, message);
        foreach (var property in diagnostic.Properties)
        {
            AssertHoldsNoPartOf(key, property.Key + "=" + property.Value);
        }

        if (expectedId is "KG2001" or "KG2004")
        {
            Assert.Empty(diagnostic.Properties);
            Assert.Empty(fixes);
        }

        if (expectedId == "KG2001")
        {
            Assert.Contains("add an entry such as (not shown: it holds a value that looks like a key) and fill in", message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("var client = new OpenAI.OpenAIClient(Environment.GetEnvironmentVariable(\"LLM_GATEWAY_TOKEN\")!);", "env", "LLM_GATEWAY_TOKEN", "Environment variable 'LLM_GATEWAY_TOKEN'")]
    [InlineData("IConfiguration config = new ConfigurationBuilder().Build(); var client = new OpenAI.OpenAIClient(config.GetValue<string>(\"Llm:Gateway:Token\")!);", "config", "Llm:Gateway:Token", "Configuration key 'Llm:Gateway:Token'")]
    public async Task An_ordinary_name_is_still_shown_suggested_and_offered(string read, string field, string name, string shown)
    {
        var (diagnostics, fixes) = await AnalyzeAsync(Snippets.Usings + read, Manifests.Empty);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("KG2001", diagnostic.Id);
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith(shown + " is read as a credential", message, StringComparison.Ordinal);
        Assert.Contains("\"sources\": { \"" + field + "\": [\"" + name + "\"] }", message, StringComparison.Ordinal);
        Assert.Equal(name, diagnostic.Properties["source"]);
        Assert.Equal(field, diagnostic.Properties["sourceKind"]);
        Assert.Single(fixes);
    }

    /// <summary>No run of 10 chars of the key, in any case (ids and x- providers are lower-cased slugs of the name).</summary>
    private static void AssertHoldsNoPartOf(string key, string text)
    {
        for (int i = 0; i + 10 <= key.Length; i++)
        {
            Assert.DoesNotContain(key.Substring(i, 10), text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>CredentialUseAnalyzer's diagnostics for a program, and the register fixes offered for them.</summary>
    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, List<CodeAction> Fixes)> AnalyzeAsync(string source, string? manifest)
    {
        using var workspace = new AdhocWorkspace();
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, Verify.Consumer, Verify.Consumer, LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication),
            metadataReferences: references));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Program.cs", SourceText.From(source), filePath: "/src/Program.cs");
        int n = 0;
        foreach (var stub in SdkStubs.All)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Stub" + n + ".cs", SourceText.From(stub), filePath: "/src/Stub" + n++ + ".cs");
        }

        if (manifest != null)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), "keygov.json", SourceText.From(manifest), filePath: "/src/keygov.json");
        }

        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation.WithAnalyzers([new CredentialUseAnalyzer()], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();

        var fixes = new List<CodeAction>();
        var fix = new RegisterCredentialFix();
        foreach (var diagnostic in diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)))
        {
            await fix.RegisterCodeFixesAsync(new CodeFixContext(project.GetDocument(documentId)!, diagnostic, (action, _) => fixes.Add(action), CancellationToken.None));
        }

        return (diagnostics, fixes);
    }
}
