using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeyGov.Benchmarks.AnalyzerCost;

/// <summary>The measured runs (warm-up excluded) of one set of analyzers: Roslyn's execution time per analyzer, wall times.</summary>
internal sealed class Measurement(ImmutableArray<DiagnosticAnalyzer> analyzers)
{
    public Dictionary<DiagnosticAnalyzer, List<double>> Times { get; } = analyzers.ToDictionary(a => a, _ => new List<double>());

    public List<double> CompilerMs { get; } = [];

    public List<double> WallMs { get; } = [];

    public ImmutableArray<Diagnostic> LastDiagnostics { get; private set; } = [];

    public void Add(Dictionary<DiagnosticAnalyzer, double> times, double compilerMs, double wallMs, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var (analyzer, ms) in times)
        {
            Times[analyzer].Add(ms);
        }

        CompilerMs.Add(compilerMs);
        WallMs.Add(wallMs);
        LastDiagnostics = diagnostics;
    }

    /// <summary>Median over runs of the tool's summed analyzer time (sum per run first: its analyzers ran together).</summary>
    public double ToolMedian(AnalyzerTool tool) => AnalyzerCostRunner.Median(ToolTimes(tool));

    /// <summary>
    /// The tool's time over <paramref name="baseline"/>'s, run by run: both ran in the same compilation, under the
    /// same machine load, so the ratio of one run is steadier than a ratio of medians taken from different runs.
    /// </summary>
    public IReadOnlyList<double> RatiosTo(AnalyzerTool tool, AnalyzerTool baseline) =>
        ToolTimes(tool).Zip(ToolTimes(baseline), (t, b) => t / b).ToArray();

    /// <summary>The tool's fastest run: load only ever adds time, so the minimum is the figure least disturbed by it.</summary>
    public double ToolMin(AnalyzerTool tool) => ToolTimes(tool).Min();

    private IEnumerable<double> ToolTimes(AnalyzerTool tool) =>
        Enumerable.Range(0, WallMs.Count).Select(r => tool.Analyzers.Sum(a => Times[a][r]));
}
