using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using KeyGov.Analyzers;
using KeyGov.Benchmarks.AnalyzerCost;
using KeyGov.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Benchmarks.AsYouType;

/// <summary>
/// What the IDE does per keystroke (issue #14, "as you type"): one document of about 2,000 lines in a compilation of
/// the generated corpus (200 files, ~40,000 lines) is edited (one character in a comment inside a method), the
/// compilation gets the new tree, and KeyGov's analyzers (every [DiagnosticAnalyzer] of KeyGov.Analyzers, with the
/// corpus's keygov.json and build properties) analyse that one document: its syntax diagnostics, then its semantic
/// diagnostics (<c>GetAnalyzerSyntaxDiagnosticsAsync</c>, <c>GetAnalyzerSemanticDiagnosticsAsync</c>), as the IDE's
/// document analysis asks. <see cref="CompilerOnly"/> is the compiler's own diagnostics of the same document on the
/// same edit: what any keystroke costs without analyzers, for scale. The edited document holds no planted key.
/// </summary>
[MemoryDiagnoser]
public class AsYouTypeBenchmarks
{
    private const int DocumentLines = 2000;

    private CSharpCompilation _compilation = null!;
    private SyntaxTree[] _edits = null!;
    private SyntaxTree _current = null!;
    private int _next;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private AnalyzerOptions _options = null!;

    /// <summary>The edited document's line count, printed by the setup for the record.</summary>
    public int Lines { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CSharpCorpus.Generate(200);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);

        // The edited document: consecutive generated files without a planted key, joined (block namespaces) until
        // it has DocumentLines lines; the files it is made of leave the compilation.
        var plantedFiles = corpus.PlantedInCode.Select(p => p.Path).ToHashSet();
        var joined = new List<GeneratedFile>();
        var document = new StringBuilder();
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var bodies = new StringBuilder();
        int lines = 0;
        foreach (var file in corpus.Sources.Skip(1))
        {
            if (lines >= DocumentLines)
            {
                break;
            }

            if (plantedFiles.Contains(file.Path))
            {
                continue;
            }

            joined.Add(file);
            bool opened = false; // a file without a file-scoped namespace (the global namespace) opens no block to close
            foreach (var line in file.Text.Split('\n'))
            {
                if (line.StartsWith("using ", StringComparison.Ordinal))
                {
                    usings.Add(line);
                }
                else if (line.StartsWith("namespace ", StringComparison.Ordinal) && line.EndsWith(';'))
                {
                    bodies.Append(line.TrimEnd(';')).Append("\n{\n");
                    opened = true;
                }
                else
                {
                    bodies.Append(line).Append('\n');
                    lines++;
                }
            }

            if (opened)
            {
                bodies.Append("}\n");
                lines++;
            }
        }

        foreach (var line in usings)
        {
            document.Append(line).Append('\n');
        }

        document.Append(bodies);
        string text = document.ToString();
        Lines = text.Count(c => c == '\n');

        // Two edits of one character in a comment of a method in the middle, used in turn: every keystroke a new tree.
        int at = text.IndexOf("        //", text.Length / 2, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("The edited document has no comment in a method to edit.");
        }

        var original = CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), parseOptions, CSharpCorpus.Root + "Edited/EditedDocument.cs");
        _edits = new[] { "x", "y" }
            .Select(c => original.WithChangedText(original.GetText().WithChanges(new TextChange(new TextSpan(at + 10, 0), c))))
            .ToArray();

        var joinedPaths = joined.Select(f => f.Path).ToHashSet();
        var trees = corpus.Sources
            .Where(f => !joinedPaths.Contains(f.Path))
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parseOptions, f.Path))
            .Append(original);
        _current = original;
        _compilation = CSharpCompilation.Create(
            "Contoso.Bench", trees, AnalyzerCostRunner.PlatformReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count != 0)
        {
            throw new InvalidOperationException("The as-you-type compilation must compile: " + string.Join("; ", errors));
        }

        _analyzers = typeof(HardcodedProviderKeyAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var additionalFiles = corpus.ConfigFiles
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
            .Append(new InMemoryAdditionalText(CSharpCorpus.Root + "keygov.json", AnalyzerCostRunner.KeyGovJson))
            .ToImmutableArray();
        _options = new AnalyzerOptions(additionalFiles, new GlobalOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.KeyGovManifest"] = CSharpCorpus.Root + "keygov.json",
            ["build_property.KeyGovEvaluationDate"] = "2026-12-01",
            ["build_property.KeyGovTimeChecks"] = "warning",
            ["build_property.KeyGovScanConfigFiles"] = "true",
            ["build_property.MSBuildProjectDirectory"] = CSharpCorpus.Root.TrimEnd('/'),
        }));
        Console.WriteLine($"// As you type: edited document {Lines:N0} lines ({joined.Count} generated files), compilation of {_compilation.SyntaxTrees.Count()} trees; " +
                          $"analyzers: {string.Join(", ", _analyzers.Select(a => a.GetType().Name))}");
    }

    /// <summary>The compiler's own diagnostics of the edited document: the cost of a keystroke without any analyzer.</summary>
    [Benchmark(Baseline = true)]
    public int CompilerOnly()
    {
        var (compilation, tree) = Edit();
        return compilation.GetSemanticModel(tree).GetDiagnostics().Length;
    }

    /// <summary>KeyGov's analyzers on the edited document: syntax, then semantic diagnostics, as the IDE asks.</summary>
    [Benchmark]
    public async Task<int> KeyGovAnalyzers()
    {
        var (compilation, tree) = Edit();
        var withAnalyzers = compilation.WithAnalyzers(_analyzers, new CompilationWithAnalyzersOptions(
            _options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None);
        var model = withAnalyzers.Compilation.GetSemanticModel(tree);
        var semantic = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
        return syntax.Length + semantic.Length;
    }

    /// <summary>The next keystroke: the compilation with the edited document's next version.</summary>
    private (CSharpCompilation Compilation, SyntaxTree Tree) Edit()
    {
        var next = _edits[_next++ % _edits.Length];
        _compilation = _compilation.ReplaceSyntaxTree(_current, next);
        _current = next;
        return (_compilation, next);
    }
}
