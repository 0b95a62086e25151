using System.Collections.Immutable;
using System.Text;
using KeyGov.Core.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers.Tests;

/// <summary>
/// Every analyzer of the assembly over a generated project that holds every catalog key kind in every form KeyGov
/// claims to read (nothing committed: the keys come from the seeded generator). No analyzer may throw, and every
/// self-identifying key must be found in every form except those with a run-time piece, which are out of scope.
/// </summary>
public class AllAnalyzersRobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(HardcodedProviderKeyAnalyzer).Assembly
        .GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The forms, each a member declaration that holds the key; {0} is the key, {1} and {2} its halves.</summary>
    private static readonly (string Form, string Template, bool Found)[] Forms =
    [
        ("regular", "string F{3} = \"{0}\";", true),
        ("verbatim", "string F{3} = @\"{0}\";", true),
        ("raw", "string F{3} = \"\"\"{0}\"\"\";", true),
        ("raw-multiline", "string F{3} = \"\"\"\n    x {0}\n    \"\"\";", true),
        ("utf8", "System.ReadOnlySpan<byte> F{3}() => \"{0}\"u8;", true),
        ("interpolated", "string F{3}(int n) => $\"{{n}} {0}\";", true),
        ("const-concat", "const string F{3} = \"{1}\" + \"{2}\";", true),
        ("attribute", "[System.Obsolete(\"{0}\")] void F{3}() { }", true),
        ("line-comment", "// {0}\nint F{3};", true),
        ("block-comment", "/* {0} */ int F{3};", true),
        ("xml-doc", "/// <summary>{0}</summary>\nint F{3};", true),
        ("disabled", "#if NEVER_DEFINED\nstring F{3}x = \"{0}\";\n#endif\nint F{3};", true),
        ("char-array", "string F{3} = new string(new[] { {4} });", true),
        ("string-concat", "string F{3} = string.Concat(\"{1}\", \"{2}\");", true),
        ("string-join-runtime-piece", "string F{3} = string.Join(\"\", \"{1}\", \"{2}\".ToString());", false),
    ];

    [Fact]
    public async Task No_analyzer_throws_and_every_self_identifying_key_is_found_in_every_compile_time_form()
    {
        var keys = FakeKeys.All(4242);
        var source = new StringBuilder("class Planted\n{\n");
        var expected = new List<(int Line, string Kind, string Form)>();
        int member = 0;
        foreach (var (kindId, key) in keys)
        {
            if (key.IndexOfAny(['"', '\\', '\n']) >= 0)
            {
                continue; // a whole JSON document (Vertex service-account key) cannot be spelled inside these templates unescaped
            }

            foreach (var (form, template, found) in Forms)
            {
                int half = key.Length / 2;
                string chars = string.Join(", ", key.Select(c => "'" + c + "'"));
                string text = template
                    .Replace("{0}", key).Replace("{1}", key[..half]).Replace("{2}", key[half..])
                    .Replace("{3}", (member++).ToString(System.Globalization.CultureInfo.InvariantCulture)).Replace("{4}", chars);
                int firstLine = source.ToString().Count(c => c == '\n') + 1;
                int keyLine = firstLine + text[..Math.Max(0, text.IndexOf(key[..Math.Min(8, key.Length)], StringComparison.Ordinal))].Count(c => c == '\n');
                source.Append(text).Append('\n');
                if (found)
                {
                    expected.Add((form is "const-concat" or "string-concat" ? firstLine : keyLine, kindId, form));
                }
            }
        }

        source.Append("}\n");
        var exceptions = new List<string>();
        var diagnostics = await RunAsync(source.ToString(), exceptions);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var kg1001Lines = diagnostics.Where(d => d.Id == "KG1001").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).ToHashSet();
        var selfIdentifying = ProviderCatalog.Kinds.Where(k => k.SelfIdentifying).Select(k => k.Id).ToHashSet();
        Assert.True(expected.Count(e => selfIdentifying.Contains(e.Kind)) >= keys.Count - 1, "the test planted nothing it could check");
        var missed = expected.Where(e => selfIdentifying.Contains(e.Kind) && !kg1001Lines.Contains(e.Line)).ToList();
        Assert.True(missed.Count == 0, "not found: " + string.Join(", ", missed.Select(m => m.Kind + " as " + m.Form)));
        foreach (var diagnostic in diagnostics)
        {
            string message = diagnostic.GetMessage();
            Assert.DoesNotContain(keys, k => message.Contains(k.Key, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Huge_and_hostile_literals_do_not_throw()
    {
        string huge = new string('a', 2_000_000);
        string anchors = string.Concat(Enumerable.Repeat("sk-proj-T3BlbkFJ", 50_000));
        string manyChars = string.Join(",", Enumerable.Repeat("'k'", 100_000));
        string manyPieces = string.Join(",", Enumerable.Repeat("\"sk-proj-\"", 20_000));
        string source = "class C\n{\n    string A = \"" + huge + "\";\n    string B = \"" + anchors + "\";\n    // " + anchors + "\n    string D = \"\\u0000\\uD800\";\n"
            + "    string E = new string(new[] { " + manyChars + " });\n    string F = string.Concat(" + manyPieces + ");\n}\n";
        var exceptions = new List<string>();

        var diagnostics = await RunAsync(source, exceptions);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    /// <summary>
    /// The IDE runs the analyzers on code as it is typed: cut short, with a piece deleted, with a stray quote, brace or
    /// directive. Every such state of a file that exercises all analyzers (keys in each form, SDK sinks, env reads, a
    /// manifest and a config file) is analyzed; none may throw.
    /// </summary>
    [Fact]
    public async Task No_analyzer_throws_on_code_being_typed()
    {
        string key = FakeKeys.OpenAIProject(77), hex = FakeKeys.AzureOpenAILegacy(78);
        string source = $$"""
            using System;
            namespace OpenAI { public sealed class OpenAIClient { public OpenAIClient(string apiKey) { } } }
            namespace Azure { public sealed class AzureKeyCredential { public AzureKeyCredential(string key) { } } }
            namespace App
            {
                [Obsolete("{{key}}")]
                public sealed class Service
                {
                    private const string Head = "{{key[..10]}}";
                    private const string Whole = Head + "{{key[10..]}}";
                    private static readonly string Joined = string.Concat("{{key[..12]}}", "{{key[12..]}}");
                    private static readonly string Chars = new string(new[] { {{HardcodedProviderKeyAnalyzerTests.Characters(key)}} });
                    private static readonly string AzureOpenAIKey = "{{hex}}";
                    /// <summary>Tested with {{key}}.</summary>
                    public object Client() => new OpenAI.OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "sk-test-literal-1234567890");
                    public object Azure() => new Azure.AzureKeyCredential($"{Environment.GetEnvironmentVariable("LABS_OPENAI_API_KEY")}");
                    public string Anthropic() => Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY") ?? "";
            #if NEVER
                    private const string AwsSecretAccessKey = "{{FakeKeys.AwsSecretAccessKey(79)}}";
            #endif
                    // old key: {{key}}
                }
            }
            """;
        string manifest = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "EndToEnd", "Projects", "CredentialUse", "keygov.json"))
            .Replace("\"CredentialUse\"", "\"Planted\"", StringComparison.Ordinal); // the consumer is this compilation
        var files = new[] { ("/src/keygov.json", manifest), ("/src/appsettings.json", "{ \"OpenAI\": { \"ApiKey\": \"" + key + "\" } }") };

        var rng = new Random(2026);
        var variants = new List<string>();
        for (int i = 1; i <= 30; i++)
        {
            variants.Add(source[..(source.Length * i / 30)]); // typed up to here
        }

        string[] strays = ["\"", "'", "{", "}", "(", "#if X\n", "/*", "$\"", "\"\"\"", "[", "\\", "@"];
        for (int i = 0; i < 30; i++)
        {
            int at = rng.Next(source.Length);
            variants.Add(i % 2 == 0
                ? source.Remove(at, Math.Min(rng.Next(1, 40), source.Length - at))
                : source.Insert(at, strays[rng.Next(strays.Length)]));
        }

        // Directives cut at their edges: the disabled-code scan reads the text around each '#' (issue #14).
        int directive = source.IndexOf("#if NEVER", StringComparison.Ordinal);
        variants.AddRange([source[..(directive + 1)], source[..(directive + 3)], source + "\n#", source + "\n#endif", "#if X\n\"" + key + "\"\n#", "#\n"]);

        var exceptions = new List<string>();
        var whole = await RunAsync(source, exceptions, files);
        Assert.Superset(new HashSet<string> { "KG1001", "KG1002", "KG1004", "KG2001", "KG2002" }, whole.Select(d => d.Id).ToHashSet()); // every analyzer has work here
        foreach (var variant in variants)
        {
            var diagnostics = await RunAsync(variant, exceptions, files);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }

        Assert.Empty(exceptions);
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, List<string> exceptions, (string Path, string Text)[]? additionalFiles = null)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Planted",
            [CSharpSyntaxTree.ParseText(SourceText.From(source), new CSharpParseOptions(LanguageVersion.Latest), path: "/src/Planted.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([.. (additionalFiles ?? []).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))]),
            onAnalyzerException: (ex, analyzer, _) => { lock (exceptions) { exceptions.Add(analyzer.GetType().Name + ": " + ex); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        return await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
    }
}

/// <summary>An AdditionalFile held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
