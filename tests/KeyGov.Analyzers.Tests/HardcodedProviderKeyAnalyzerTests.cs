using KeyGov.Core.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = KeyGov.Analyzers.Tests.Verifier<KeyGov.Analyzers.HardcodedProviderKeyAnalyzer>;

namespace KeyGov.Analyzers.Tests;

public class HardcodedProviderKeyAnalyzerTests
{
    private static readonly string OpenAIKey = FakeKeys.OpenAIProject(1);
    private static readonly string AnthropicKey = FakeKeys.AnthropicApi(2);

    private static string Marked(string key) => "{|KG1001:" + key + "|}";

    [Fact]
    public Task Regular_literal() => Verify.VerifyAsync(
        "class C { string K = \"" + Marked(OpenAIKey) + "\"; }");

    [Fact]
    public Task Verbatim_literal() => Verify.VerifyAsync(
        "class C { string K = @\"" + Marked(AnthropicKey) + "\"; }");

    [Fact]
    public Task Raw_single_line_literal() => Verify.VerifyAsync(
        "class C { string K = \"\"\"" + Marked(OpenAIKey) + "\"\"\"; }");

    [Fact]
    public Task Raw_multi_line_literal() => Verify.VerifyAsync(
        "class C\n{\n    string K = \"\"\"\n        Authorization: Bearer " + Marked(OpenAIKey) + "\n        \"\"\";\n}\n");

    [Fact]
    public Task Utf8_literal() => Verify.VerifyAsync(
        "class C { System.ReadOnlySpan<byte> K() => \"" + Marked(AnthropicKey) + "\"u8; }");

    [Fact]
    public Task Interpolated_text_part() => Verify.VerifyAsync(
        "class C { string H(string user) => $\"user={user}; key=" + Marked(OpenAIKey) + "\"; }");

    [Fact]
    public Task Raw_interpolated_text_part() => Verify.VerifyAsync(
        "class C { string H(int n) => $\"\"\"{n}:" + Marked(AnthropicKey) + "\"\"\"; }");

    [Fact]
    public Task Constant_concatenation_is_reported_once_at_the_outermost_expression()
    {
        var (head, rest) = Split(OpenAIKey);
        return Verify.VerifyAsync(
            "class C\n{\n    const string Rest = \"" + rest + "\";\n    const string K = {|KG1001:\"" + head + "\" + Rest|};\n}\n");
    }

    [Fact]
    public Task Concatenation_of_three_literals_in_parentheses()
    {
        var (a, bc) = Split(AnthropicKey);
        var (b, c) = Split(bc);
        return Verify.VerifyAsync(
            "class C { string K = {|KG1001:(\"" + a + "\" + \"" + b + "\") + \"" + c + "\"|}; }");
    }

    [Fact]
    public Task Constant_part_of_a_runtime_concatenation()
    {
        var (head, rest) = Split(OpenAIKey);
        return Verify.VerifyAsync(
            "class C { string H(string s) => {|KG1001:\"" + head + "\" + \"" + rest + "\"|} + s; }");
    }

    [Fact]
    public Task A_const_local_completes_a_key_also_inside_a_lambda()
    {
        // ConstantShape answers "not a constant" from syntax for parameters and locals that are not const; a const local
        // (here one an enclosing block declares) must still be left to the compiler, which folds it.
        var (head, rest) = Split(OpenAIKey);
        return Verify.VerifyAsync(
            "using System;\nclass C\n{\n    void M()\n    {\n        const string Rest = \"" + rest + "\";\n" +
            "        Func<string> f = () => {|KG1001:\"" + head + "\" + Rest|};\n    }\n}\n");
    }

    [Fact]
    public Task A_parameter_that_hides_a_const_field_is_no_constant()
    {
        // The parameter is the nearest declaration of Rest: "head" + Rest is a runtime value, as the compiler says too.
        var (head, rest) = Split(OpenAIKey);
        return Verify.VerifyAsync(
            "class C\n{\n    const string Rest = \"" + rest + "\";\n    string H(string Rest) => \"" + head + "\" + Rest;\n" +
            "    string I(C other) => \"" + head + "\" + other.ToString();\n}\n");
    }

    [Fact]
    public Task Literal_beside_a_runtime_value_in_a_concatenation() => Verify.VerifyAsync(
        "class C { string H(string s) => s + \"" + Marked(OpenAIKey) + "\"; }");

    [Fact]
    public Task Constant_interpolated_string()
    {
        var (head, rest) = Split(AnthropicKey);
        return Verify.VerifyAsync(
            "class C\n{\n    const string A = \"" + head + "\";\n    const string B = \"" + rest + "\";\n    const string K = {|KG1001:$\"{A}{B}\"|};\n}\n");
    }

    [Fact]
    public Task String_concat_of_literal_pieces_is_read_whole_and_reported_once()
    {
        var (head, rest) = Split(OpenAIKey);
        return Verify.VerifyAsync(
            "class C { static readonly string K = {|KG1001:string.Concat(\"" + head + "\", \"" + rest + "\")|}; }");
    }

    [Fact]
    public Task String_join_with_an_empty_separator_and_many_pieces()
    {
        return Verify.VerifyAsync(
            "class C { static readonly string K = {|KG1001:string.Join(\"\", " + Pieces(AnthropicKey, 7) + ")|}; }");
    }

    [Fact]
    public Task String_concat_of_a_sized_array_is_read_from_its_first_piece_not_its_size()
    {
        string pieces = Pieces(OpenAIKey, 9);
        int size = pieces.Split(", ").Length;
        return Verify.VerifyAsync(
            "class C { static readonly string K = {|KG1001:string.Concat(new string[" + size + "] { " + pieces + " })|}; }");
    }

    [Fact]
    public Task String_join_of_a_written_out_array() => Verify.VerifyAsync(
        "class C { static readonly string K = {|KG1001:System.String.Join(string.Empty, new[] { " + Pieces(OpenAIKey, 9) + " })|}; }");

    [Fact]
    public Task A_whole_key_in_one_piece_of_a_folded_call_is_reported_once_at_the_call() => Verify.VerifyAsync(
        "class C { static readonly string K = {|KG1001:string.Concat(\"" + OpenAIKey + "\", \"\\n\")|}; }");

    [Fact]
    public Task A_call_with_a_runtime_piece_is_read_literal_by_literal() => Verify.VerifyAsync(
        "class C { string H(string s) => string.Concat(s, \"" + Marked(OpenAIKey) + "\"); }");

    [Fact]
    public Task Character_array_passed_to_new_string() => Verify.VerifyAsync(
        "class C { static readonly string K = {|KG1001:new string(new[] { " + Characters(AnthropicKey) + " })|}; }");

    [Fact]
    public Task Character_array_field() => Verify.VerifyAsync(
        "class C { static readonly char[] K = {|KG1001:{ " + Characters(OpenAIKey) + " }|}; }");

    [Fact]
    public Task Character_collection_expression() => Verify.VerifyAsync(
        "class C { static readonly char[] K = {|KG1001:[" + Characters(OpenAIKey) + "]|}; }");

    [Fact]
    public Task Folded_text_that_is_no_key_is_silent() => Verify.VerifyAsync(
        "class C\n{\n    static readonly string A = string.Concat(\"sk-proj-\", \"not-a-key-at-all\");\n    static readonly string B = new string(new[] { "
        + Characters("abcdefghijklmnopqrstuvwxyz") + " });\n    static readonly string D = string.Join(\", \", \"alpha\", \"beta\", \"gamma\", \"delta\");\n}\n");

    [Fact]
    public Task Attribute_argument() => Verify.VerifyAsync(
        "[System.Obsolete(\"" + Marked(OpenAIKey) + "\")]\nclass C { }");

    [Fact]
    public Task Escaped_key_is_reported_on_the_whole_literal()
    {
        // \u0073 is 's': the source does not spell the key as its value does, so the literal is the location.
        string escaped = "\\u0073" + OpenAIKey.Substring(1);
        return Verify.VerifyAsync("class C { string K = {|KG1001:\"" + escaped + "\"|}; }");
    }

    [Fact]
    public Task Two_keys_in_one_literal_are_two_findings() => Verify.VerifyAsync(
        "class C { string K = \"" + Marked(OpenAIKey) + " " + Marked(AnthropicKey) + "\"; }");

    [Fact]
    public Task Generated_code_is_analyzed_too() => Verify.VerifyAsync(
        "// <auto-generated/>\nclass Settings { string K = \"" + Marked(OpenAIKey) + "\"; }");

    [Fact]
    public Task Single_line_comment() => Verify.VerifyAsync(
        "class C\n{\n    // temporary: " + Marked(OpenAIKey) + "\n    int X;\n}\n");

    [Fact]
    public Task Multi_line_comment() => Verify.VerifyAsync(
        "class C\n{\n    /* the old key,\n       " + Marked(AnthropicKey) + " */\n    int X;\n}\n");

    [Fact]
    public Task Xml_doc_comment() => Verify.VerifyAsync(
        "class C\n{\n    /// <summary>Call with <c>" + Marked(OpenAIKey) + "</c>.</summary>\n    public int X;\n}\n");

    [Fact]
    public Task Disabled_code() => Verify.VerifyAsync(
        "class C\n{\n#if NEVER\n    string K = \"" + Marked(AnthropicKey) + "\";\n#endif\n}\n");

    [Fact]
    public Task Directive_text() => Verify.VerifyAsync(
        "class C\n{\n#region " + Marked(OpenAIKey) + "\n#endregion\n}\n");

    [Fact]
    public Task A_key_in_code_is_reported_once_not_again_as_trivia() => Verify.VerifyAsync(
        "class C\n{\n    string K = \"" + Marked(OpenAIKey) + "\"; // and nothing here\n}\n");

    [Fact]
    public async Task Fingerprint_under_allow_in_the_manifest_is_not_reported()
    {
        var test = Verifier<HardcodedProviderKeyAnalyzer>.Create(
            "class C\n{\n    string Allowed = \"" + OpenAIKey + "\";\n    // " + AnthropicKey + "\n    string Other = \"" + Marked(FakeKeys.OpenAIProject(3)) + "\";\n}\n");
        test.TestState.AdditionalFiles.Add(("/keygov.json", $$"""
            {
              "version": 1,
              "credentials": [],
              "allow": [
                { "fingerprint": "{{Fingerprint.Of(OpenAIKey)}}", "reason": "Published documentation sample", "owner": "@contoso/docs" },
                { "fingerprint": "{{Fingerprint.Of(AnthropicKey)}}", "reason": "Revoked test key kept in a comment", "owner": "@contoso/docs" }
              ]
            }
            """));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("sk-proj-...")]
    [InlineData("sk-ant-api03-REDACTED")]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("<your-api-key>")]
    public Task Placeholders_are_not_reported(string placeholder) => Verify.VerifyAsync(
        "class C { string K = \"" + placeholder + "\"; }");

    [Fact]
    public Task Placeholder_with_key_shape_is_not_reported() => Verify.VerifyAsync(
        "class C { string K = \"sk-proj-" + new string('x', 74) + "T3BlbkFJ" + new string('x', 74) + "\"; }");

    [Fact]
    public Task Runtime_concatenation_of_pieces_is_not_a_constant() => Verify.VerifyAsync(
        "class C { string H(string p) => p + \"" + OpenAIKey.Substring(8, 30) + "\"; }");

    [Fact]
    public async Task Message_shows_provider_kind_and_redacted_key_never_the_key()
    {
        var diagnostics = await AnalyzeAsync("class C { string K = \"" + OpenAIKey + "\"; }");

        var diagnostic = Assert.Single(diagnostics);
        string message = diagnostic.GetMessage();
        Assert.Equal("KG1001", diagnostic.Id);
        Assert.Contains("OpenAI project key", message, StringComparison.Ordinal);
        Assert.Contains("'sk-proj-\u2026" + OpenAIKey[^4..] + "'", message, StringComparison.Ordinal);
        Assert.DoesNotContain(OpenAIKey, message, StringComparison.Ordinal);
        Assert.DoesNotContain(OpenAIKey.Substring(8, 20), message, StringComparison.Ordinal);
        Assert.Equal("openai", diagnostic.Properties["provider"]);
        Assert.Equal(Fingerprint.Of(OpenAIKey), diagnostic.Properties["fingerprint"]);
        Assert.Equal("https://github.com/keygov/KeyGov.Analyzers/blob/main/docs/rules/KG1001.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Contains("external/cwe/cwe-798", diagnostic.Descriptor.CustomTags);
    }

    [Fact]
    public async Task Pragma_suppresses_the_finding()
    {
        var diagnostics = await AnalyzeAsync(
            "class C\n{\n#pragma warning disable KG1001 // published documentation sample\n    string K = \"" + OpenAIKey + "\";\n#pragma warning restore KG1001\n}\n");
        Assert.Empty(diagnostics);
    }

    /// <summary>The key as <paramref name="count"/> string literals, comma-separated.</summary>
    internal static string Pieces(string key, int count)
    {
        int size = (key.Length + count - 1) / count;
        return string.Join(", ", Enumerable.Range(0, count).Where(i => i * size < key.Length)
            .Select(i => "\"" + key.Substring(i * size, Math.Min(size, key.Length - i * size)) + "\""));
    }

    /// <summary>The key as character literals, comma-separated.</summary>
    internal static string Characters(string key) => string.Join(", ", key.Select(c => "'" + c + "'"));

    private static (string Head, string Tail) Split(string key) => (key[..(key.Length / 2)], key[(key.Length / 2)..]);

    private static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(string source)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Sample",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var withAnalyzers = compilation.WithAnalyzers([new HardcodedProviderKeyAnalyzer()]);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }
}
