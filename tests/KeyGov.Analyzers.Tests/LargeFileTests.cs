using System.Text;
using KeyGov.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Verify = KeyGov.Analyzers.Tests.Verifier<KeyGov.Analyzers.HardcodedProviderKeyAnalyzer>;

namespace KeyGov.Analyzers.Tests;

/// <summary>
/// Files over 40,000 characters, which <see cref="TreeTexts"/> reads in windows instead of one string on the
/// large-object heap: every key in a comment, a block comment across a window's end or disabled code is still found,
/// once, at its place; the credential-flow name filter still sees a name far down a large type.
/// </summary>
public class LargeFileTests
{
    private static readonly string OpenAIKey = FakeKeys.OpenAIProject(61);
    private static readonly string CohereKey = FakeKeys.Cohere(62);
    private static readonly string MistralKey = FakeKeys.Mistral(63);

    /// <summary>About <paramref name="characters"/> characters of methods with comments, strings and '+'.</summary>
    private static string Filler(int characters, string name)
    {
        var text = new StringBuilder();
        for (int i = 0; text.Length < characters; i++)
        {
            text.Append("    /// <summary>Returns the label of item ").Append(i).Append(" for the report.</summary>\n");
            text.Append("    public string ").Append(name).Append(i).Append("(string value) => \"item \" + value + \" of ").Append(i).Append("\";\n");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(20000)]
    [InlineData(29990)]
    [InlineData(30000)]
    [InlineData(30010)]
    [InlineData(45000)]
    [InlineData(61000)]
    public Task Keys_in_comments_of_a_large_file_are_found_once_wherever_the_windows_end(int before) => Verify.VerifyAsync(
        "class C\n{\n" + Filler(before, "A") +
        "    // The old Cohere key was rotated last week: {|KG1004:" + CohereKey + "|}\n" +
        "    // legacy: {|KG1001:" + OpenAIKey + "|}\n" +
        "    /*\n" + Filler(3000, "// B") + "     * old Mistral API key (rotated 2025-06): {|KG1004:" + MistralKey + "|}\n     */\n" +
        Filler(40000, "C") + "}\n");

    [Fact]
    public Task A_block_comment_longer_than_a_window_is_read_whole() => Verify.VerifyAsync(
        "class C\n{\n" + Filler(25000, "A") + "    /*\n" + Filler(40000, "// B") +
        "     * old Mistral API key (rotated 2025-06): {|KG1004:" + MistralKey + "|}\n     */\n" + Filler(20000, "C") + "}\n");

    [Fact]
    public Task Disabled_code_of_a_large_file_is_read_once() => Verify.VerifyAsync(
        "class C\n{\n" + Filler(29900, "A") + "#if LEGACY_KEYS\n    private const string AwsSecretAccessKey = {|KG1004:\"" + FakeKeys.AwsSecretAccessKey(64) + "\"|};\n" +
        Filler(2000, "// B") + "#endif\n" + Filler(30000, "C") + "}\n");

    [Fact]
    public void Windows_cover_the_text_once_in_order_and_never_end_inside_a_block_comment()
    {
        string source = "class C\n{\n" + Filler(25000, "A") + "    /*\n" + Filler(20000, "// B") + "    */\n" + Filler(90000, "C") + "}\n";
        var tree = CSharpSyntaxTree.ParseText(source);

        var windows = TreeTexts.Split(tree, CancellationToken.None);

        Assert.True(windows.Length >= 4);
        Assert.Equal(0, windows[0].From);
        Assert.Equal(source.Length, windows[^1].To);
        var root = tree.GetRoot();
        for (int i = 0; i < windows.Length; i++)
        {
            var window = windows[i];
            Assert.Equal(source.Substring(window.Offset, window.Text.Length), window.Text);
            Assert.True(window.Offset <= window.From && window.From < window.To && window.To <= window.Offset + window.Text.Length);
            Assert.True(window.Text.Length * 2 < 85000, "a window stays off the large-object heap");
            if (i > 0)
            {
                Assert.Equal(windows[i - 1].To, window.From);
                Assert.True(window.From == 0 || source[window.From - 1] == '\n', "a window starts a line");
                var trivia = root.FindTrivia(window.From);
                Assert.False(trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) && trivia.SpanStart < window.From);
            }
        }
    }

    [Fact]
    public async Task The_flow_filter_sees_a_read_far_down_a_large_type()
    {
        string source = "using System;\nclass Big\n{\n" + Filler(70000, "A") +
            "    string? Key() => Environment.GetEnvironmentVariable(\"OPENAI_API_KEY\");\n" + Filler(5000, "B") + "}\n" +
            "class Small { }\n";
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create("Large", [CSharpSyntaxTree.ParseText(source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var names = CredentialApis.Create(compilation).Names;

        Assert.True(names.MayMatter(compilation.GetTypeByMetadataName("Big")!, CancellationToken.None));
        Assert.False(names.MayMatter(compilation.GetTypeByMetadataName("Small")!, CancellationToken.None));
    }
}
