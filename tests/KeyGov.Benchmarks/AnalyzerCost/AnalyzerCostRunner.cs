using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using KeyGov.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Benchmarks.AnalyzerCost;

/// <summary>
/// <c>analyzers</c> mode: KeyGov's analyzers and the peers' hard-coded-credential analyzers run together, in one
/// <see cref="CompilationWithAnalyzers"/>, over one large generated compilation; Roslyn's own per-analyzer execution
/// time (<c>logAnalyzerExecutionTime</c>) gives each tool's cost, the planted keys each tool's recall. One warm-up run,
/// then <c>--runs</c> measured runs, each on a fresh compilation of the same syntax trees; medians are reported.
/// </summary>
internal static class AnalyzerCostRunner
{
    /// <summary>
    /// SonarLint.xml as SonarLint and the Scanner for .NET write it. Sonar's security hotspot rules (S2068 is one) run
    /// only when listed here; the parameter is S2068's default word list, spelled out.
    /// </summary>
    internal const string SonarLintXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <AnalysisInput>
          <Settings>
            <Setting><Key>sonar.cs.analyzeGeneratedCode</Key><Value>false</Value></Setting>
          </Settings>
          <Rules>
            <Rule>
              <Key>S2068</Key>
              <Parameters>
                <Parameter><Key>credentialWords</Key><Value>password, passwd, pwd, passphrase</Value></Parameter>
              </Parameters>
            </Rule>
          </Rules>
          <Files>
          </Files>
        </AnalysisInput>
        """;

    /// <summary>The bench project's manifest: one active, one revoked credential (so KG2xxx have work), no key material.</summary>
    internal const string KeyGovJson = """
        {
          "version": 1,
          "credentials": [
            {
              "id": "openai-bench", "provider": "openai", "owner": "@contoso/bench",
              "purpose": "Summaries and rankings in the Contoso bench services",
              "consumers": ["Contoso.Bench"], "sources": { "env": ["OPENAI_API_KEY"], "config": ["OpenAI:ApiKey"] },
              "created": "2026-10-01", "expires": "2026-12-29", "apis": ["chat", "embeddings"]
            },
            {
              "id": "anthropic-bench-old", "provider": "anthropic", "owner": "@contoso/bench",
              "purpose": "Evaluation runs of the Contoso bench assistant",
              "consumers": ["Contoso.Bench"], "sources": { "env": ["ANTHROPIC_API_KEY"] },
              "expires": "2026-09-30", "status": "revoked", "revoked": { "on": "2026-09-01", "reason": "rotated" }
            }
          ]
        }
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        int files = IntOption(args, "--files", 200);
        int runs = IntOption(args, "--runs", 5);
        int warmups = IntOption(args, "--warmups", 2);
        bool concurrent = args.Contains("--concurrent");
        bool isolated = args.Contains("--isolated");
        bool verbose = args.Contains("--verbose");
        bool sonarLintXml = !args.Contains("--without-sonarlint-xml"); // shows that S2068 is silent without it

        Console.WriteLine($"# Analyzer cost: {files} generated files, {warmups} warm-up + {runs} measured runs, concurrentAnalysis={concurrent.ToString().ToLowerInvariant()}");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, " +
                          $"Roslyn {typeof(Compilation).Assembly.GetName().Version}; {LoadAverage()}");

        var corpus = CSharpCorpus.Generate(files);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        var trees = corpus.Sources
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parseOptions, f.Path))
            .ToImmutableArray();
        var references = PlatformReferences();
        var compilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
            {
                ["S2068"] = ReportDiagnostic.Warn,
                ["SCS0015"] = ReportDiagnostic.Warn,
            });
        CSharpCompilation NewCompilation() => CSharpCompilation.Create("Contoso.Bench", trees, references, compilationOptions);

        var errors = NewCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Console.WriteLine($"Corpus: {corpus.Sources.Count} files, {corpus.SourceLines:N0} lines, {corpus.SourceChars / 1e6:F1} MB of C#; " +
                          $"{corpus.PlantedInCode.Count()} keys planted in code, {corpus.PlantedInConfig.Count()} in config files; " +
                          $"{references.Length} platform references; {errors.Count} compiler errors");
        if (errors.Count > 0)
        {
            foreach (var error in errors.Take(10))
            {
                Console.WriteLine("  " + error);
            }

            Console.WriteLine("The generated corpus must compile cleanly: fix the templates.");
            return 1;
        }

        var loader = new AnalyzerLoader();
        var tools = new[] { AnalyzerTools.KeyGov(loader), AnalyzerTools.Sonar(loader), AnalyzerTools.SecurityCodeScan(loader) };
        if (loader.Failures.Count > 0)
        {
            // Analyzers of the peers' assemblies that we do not measure may fail to load; show a few, for the record.
            Console.WriteLine($"{loader.Failures.Count} analyzer type(s) failed to load, e.g. " + string.Join("; ", loader.Failures.Take(3)));
        }

        foreach (var tool in tools)
        {
            Console.WriteLine($"{tool.Name}: {string.Join(", ", tool.Analyzers.Select(a => $"{a.GetType().FullName} [{string.Join(' ', AnalyzerTools.SupportedIds(a))}]"))}");
        }

        var all = tools.SelectMany(t => t.Analyzers).ToImmutableArray();
        var additionalFiles = corpus.ConfigFiles
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
            .Append(new InMemoryAdditionalText(CSharpCorpus.Root + "keygov.json", KeyGovJson))
            .Concat(sonarLintXml ? [new InMemoryAdditionalText(CSharpCorpus.Root + "SonarLint.xml", SonarLintXml)] : Array.Empty<AdditionalText>())
            .ToImmutableArray();
        var buildProperties = new GlobalOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.KeyGovManifest"] = CSharpCorpus.Root + "keygov.json",
            ["build_property.KeyGovEvaluationDate"] = "2026-12-01",
            ["build_property.KeyGovTimeChecks"] = "warning",
            ["build_property.KeyGovScanConfigFiles"] = "true",
            ["build_property.MSBuildProjectDirectory"] = CSharpCorpus.Root.TrimEnd('/'),
        });
        var analyzerOptions = new AnalyzerOptions(additionalFiles, buildProperties);

        var crashes = new List<string>();
        async Task<Measurement> Measure(ImmutableArray<DiagnosticAnalyzer> analyzers, string label)
        {
            var measurement = new Measurement(analyzers);
            for (int run = 1 - warmups; run <= runs; run++)
            {
                // Each timed section starts from a collected heap, so that one run's garbage is not charged to the next.
                FullCollect();
                var clock = Stopwatch.StartNew();
                NewCompilation().GetDiagnostics();
                double compiler = clock.Elapsed.TotalMilliseconds;

                var withAnalyzers = NewCompilation().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                    analyzerOptions,
                    onAnalyzerException: (ex, analyzer, _) =>
                    {
                        lock (crashes)
                        {
                            crashes.Add($"{analyzer.GetType().Name}: {ex.GetType().Name}: {ex.Message}");
                        }
                    },
                    concurrentAnalysis: concurrent,
                    logAnalyzerExecutionTime: true,
                    reportSuppressedDiagnostics: false));
                FullCollect();
                clock.Restart();
                var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
                double wall = clock.Elapsed.TotalMilliseconds;

                var times = new Dictionary<DiagnosticAnalyzer, double>();
                foreach (var analyzer in analyzers)
                {
                    times[analyzer] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
                }

                var line = new StringBuilder($"{label} run {(run <= 0 ? "warm-up" : run.ToString(CultureInfo.InvariantCulture))}: compiler alone {compiler:F0} ms, with analyzers {wall:F0} ms;");
                foreach (var tool in tools.Where(t => t.Analyzers.Any(analyzers.Contains)))
                {
                    line.Append($" {tool.Name} {tool.Analyzers.Sum(a => times[a]):F1} ms;");
                }

                Console.WriteLine(line.ToString());
                if (run > 0)
                {
                    measurement.Add(times, compiler, wall, diagnostics);
                }
            }

            return measurement;
        }

        var together = await Measure(all, "together");
        var alone = new Dictionary<AnalyzerTool, Measurement>();
        if (isolated)
        {
            foreach (var tool in tools)
            {
                alone[tool] = await Measure(tool.Analyzers, "alone");
            }
        }

        Report(tools, together, alone, corpus, crashes);
        Console.WriteLine($"At the end: {LoadAverage()}");
        if (verbose)
        {
            PrintOtherFindings(tools, together.LastDiagnostics, corpus);
        }

        return 0;
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux): how busy the machine was, to judge the figures' noise.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average unknown";

    private static void FullCollect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary><c>--verbose</c>: the first findings of each tool that are neither on a planted key nor on a password-like literal.</summary>
    private static void PrintOtherFindings(AnalyzerTool[] tools, ImmutableArray<Diagnostic> diagnostics, CSharpCorpus corpus)
    {
        var texts = corpus.Sources.Concat(corpus.ConfigFiles).ToDictionary(f => f.Path, f => f.Text.Split('\n'));
        foreach (var tool in tools)
        {
            var others = diagnostics
                .Where(d => tool.IsSecretRule(d.Id))
                .Where(d => IsOther(d, corpus))
                .Take(10);
            foreach (var d in others)
            {
                var span = d.Location.GetLineSpan();
                string text = texts.TryGetValue(span.Path, out var lines) ? lines[span.StartLinePosition.Line].Trim() : "?";
                Console.WriteLine($"{tool.Name} other: {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1}): {d.Id}: {text}");
            }
        }
    }

    private static void Report(AnalyzerTool[] tools, Measurement together, Dictionary<AnalyzerTool, Measurement> alone, CSharpCorpus corpus, List<string> crashes)
    {
        var diagnostics = together.LastDiagnostics;
        var code = corpus.PlantedInCode.ToList();
        var config = corpus.PlantedInConfig.ToList();

        Console.WriteLine();
        Console.WriteLine($"Compiler alone (GetDiagnostics, no analyzer): median {Median(together.CompilerMs):F0} ms; " +
                          $"compilation with all analyzers: median {Median(together.WallMs):F0} ms.");
        Console.WriteLine();
        Console.WriteLine("× KeyGov = median of the per-run ratios (the tools ran in the same compilation), with their range; " +
                          "× KeyGov (fastest) = ratio of the tools' fastest runs.");
        Console.WriteLine("| Tool | Rules counted | Analyzer time (median) | × KeyGov (range) | Fastest run | × KeyGov (fastest) | Planted keys in C# found | In config files | Password-like literals found | Elsewhere |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var tool in tools)
        {
            var secret = diagnostics.Where(d => tool.IsSecretRule(d.Id)).ToList();
            int foundCode = code.Count(p => secret.Exists(d => IsOn(d, p.Path, p.Line, p.LastLine)));
            int foundConfig = config.Count(p => secret.Exists(d => IsOn(d, p.Path, p.Line, p.LastLine)));
            int foundPasswords = corpus.Passwords.Count(p => secret.Exists(d => IsOn(d, p.Path, p.Line)));
            int other = secret.Count(d => IsOther(d, corpus));
            double ms = together.ToolMedian(tool);
            var ratios = together.RatiosTo(tool, tools[0]);
            double fastest = together.ToolMin(tool);
            Console.WriteLine($"| {tool.Name} | {tool.SecretRules} | {ms:F1} ms | {Median(ratios):F2} ({ratios.Min():F1}–{ratios.Max():F1}) | {fastest:F1} ms | " +
                              $"{fastest / together.ToolMin(tools[0]):F2} | {foundCode}/{code.Count} | {foundConfig}/{config.Count} | " +
                              $"{foundPasswords}/{corpus.Passwords.Count} | {other} |");
        }

        if (alone.Count > 0)
        {
            double keyGovAlone = alone[tools[0]].ToolMedian(tools[0]);
            Console.WriteLine();
            Console.WriteLine("Each tool alone (its own CompilationWithAnalyzers), as a check on the attribution of shared work:");
            Console.WriteLine("| Tool | Analyzer time (median) | × KeyGov (ratio of medians) | Compilation with it (median) | Compiler alone (median) |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var tool in tools)
            {
                var m = alone[tool];
                double ms = m.ToolMedian(tool);
                Console.WriteLine($"| {tool.Name} | {ms:F1} ms | {ms / keyGovAlone:F2} | {Median(m.WallMs):F0} ms | {Median(m.CompilerMs):F0} ms |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| Analyzer | Tool | Median | Min | Max |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        foreach (var tool in tools)
        {
            foreach (var analyzer in tool.Analyzers)
            {
                var t = together.Times[analyzer];
                Console.WriteLine($"| {analyzer.GetType().Name} | {tool.Name} | {Median(t):F1} ms | {t.Min():F1} ms | {t.Max():F1} ms |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("Planted keys found, by form (found / planted):");
        Console.WriteLine("| Form | " + string.Join(" | ", tools.Select(t => t.Name)) + " |");
        Console.WriteLine("|---|" + string.Concat(tools.Select(_ => "---:|")));
        foreach (var form in corpus.Planted.GroupBy(p => p.Form))
        {
            var cells = tools.Select(tool =>
            {
                int found = form.Count(p => diagnostics.Any(d => tool.IsSecretRule(d.Id) && IsOn(d, p.Path, p.Line, p.LastLine)));
                return $"{found}/{form.Count()}";
            });
            Console.WriteLine($"| {form.Key} | {string.Join(" | ", cells)} |");
        }

        Console.WriteLine();
        Console.WriteLine("All analyzer diagnostics of the last run, by ID: " +
                          string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var crash in crashes.Distinct())
        {
            Console.WriteLine("Analyzer exception: " + crash);
        }
    }

    /// <summary>A finding on neither a planted key nor a password-like literal's member: most likely a false positive.</summary>
    private static bool IsOther(Diagnostic diagnostic, CSharpCorpus corpus)
    {
        if (corpus.Planted.Any(p => IsOn(diagnostic, p.Path, p.Line, p.LastLine)))
        {
            return false;
        }

        var span = diagnostic.Location.GetLineSpan();
        return !corpus.Passwords.Any(p => string.Equals(span.Path, p.Path, StringComparison.Ordinal)
            && span.StartLinePosition.Line >= p.MemberFirstLine && span.StartLinePosition.Line <= p.MemberLastLine);
    }

    /// <summary>A diagnostic is on a line when its location (start to end line) covers that line of that file.</summary>
    /// <summary>The diagnostic's lines overlap <paramref name="line"/>..<paramref name="lastLine"/> of the file.</summary>
    private static bool IsOn(Diagnostic diagnostic, string path, int line, int lastLine = -1)
    {
        var span = diagnostic.Location.GetLineSpan();
        return span.IsValid
            && string.Equals(span.Path, path, StringComparison.Ordinal)
            && span.StartLinePosition.Line <= Math.Max(line, lastLine)
            && line <= span.EndLinePosition.Line;
    }

    /// <summary>
    /// The running runtime's own assemblies (System.*, netstandard, mscorlib): what the corpus needs, found without
    /// downloading reference packages.
    /// </summary>
    internal static ImmutableArray<MetadataReference> PlatformReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path =>
            {
                string name = Path.GetFileName(path);
                return name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll";
            })
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : fallback;
    }
}
