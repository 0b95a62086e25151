using System.Globalization;
using System.Text.RegularExpressions;

namespace KeyGov.Benchmarks.RealCode;

/// <summary>One analyzer's line of the compiler's <c>/reportanalyzer</c> table: its assembly, type, rule IDs, seconds.</summary>
internal sealed record AnalyzerTime(string Assembly, string Analyzer, string Ids, double Seconds);

/// <summary>
/// What one build log says about the compile: the Csc task's time (MSBuild's task performance summary) and the
/// compiler's per-analyzer table (<c>-p:ReportAnalyzer=true</c>, shown at <c>-v:d</c>), summed over every Csc call of
/// the build (one per target framework). The table reads:
/// <code>
/// Total analyzer execution time: 8.900 seconds.
///
/// Time (s)    %   Analyzer
///    5.453   61   ILLink.RoslynAnalyzer, Version=8.0.14.42015, Culture=neutral, PublicKeyToken=…
///    4.182   46      ILLink.RoslynAnalyzer.DynamicallyAccessedMembersAnalyzer (IL2026, IL2032, …)
///   &lt;0.001   &lt;1      Microsoft.NetCore.Analyzers.Security.DoNotHardCodeCertificate (CA5403)
/// </code>
/// An assembly line names the assembly (", Version=" in it); the analyzer lines under it name a type and its IDs.
/// The generator table that follows ("Total generator execution time") is not analyzer time and is skipped.
/// </summary>
internal sealed partial class AnalyzerReport
{
    public double CscSeconds { get; private init; }

    public int CscCalls { get; private init; }

    /// <summary>Sum of the compiler's "Total analyzer execution time" lines.</summary>
    public double TotalAnalyzerSeconds { get; private init; }

    /// <summary>Seconds per analyzer assembly (simple name, e.g. KeyGov.Analyzers).</summary>
    public IReadOnlyDictionary<string, double> Assemblies { get; private init; } = new Dictionary<string, double>();

    public IReadOnlyList<AnalyzerTime> Analyzers { get; private init; } = [];

    /// <summary>Seconds of the assemblies whose simple name starts with <paramref name="prefix"/> (0 when absent).</summary>
    public double AssemblySeconds(string prefix) =>
        Assemblies.Where(a => a.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(a => a.Value);

    /// <summary>Seconds of the analyzers (of an assembly starting with <paramref name="prefix"/>) that report <paramref name="ruleId"/>.</summary>
    public double RuleSeconds(string prefix, string ruleId) =>
        Analyzers.Where(a => a.Assembly.StartsWith(prefix, StringComparison.Ordinal) && HasId(a.Ids, ruleId)).Sum(a => a.Seconds);

    public static AnalyzerReport Parse(string log)
    {
        double csc = 0, total = 0;
        int calls = 0;
        var assemblies = new Dictionary<string, double>(StringComparer.Ordinal);
        var analyzers = new Dictionary<(string Assembly, string Analyzer), AnalyzerTime>();
        bool inTable = false;
        string assembly = "";
        foreach (string raw in log.Split('\n'))
        {
            string line = NodePrefix().Replace(raw.TrimEnd('\r'), "");
            var match = TotalLine().Match(line);
            if (match.Success)
            {
                total += Seconds(match.Groups[1].Value);
                inTable = true;
                assembly = "";
                continue;
            }

            match = CscSummaryLine().Match(line);
            if (match.Success)
            {
                csc += double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) / 1000;
                calls += int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                continue;
            }

            if (!inTable)
            {
                continue;
            }

            if (line.Contains("Total generator execution time", StringComparison.Ordinal) || line.Contains("Done executing task", StringComparison.Ordinal))
            {
                inTable = false;
                continue;
            }

            match = RowLine().Match(line);
            if (!match.Success)
            {
                continue; // the header, blank lines, NOTEs, assembly-load messages interleaved by MSBuild
            }

            double seconds = Seconds(match.Groups[1].Value);
            string name = match.Groups[2].Value.Trim();
            int version = name.IndexOf(", Version=", StringComparison.Ordinal);
            if (version >= 0)
            {
                assembly = name[..version];
                assemblies[assembly] = assemblies.GetValueOrDefault(assembly) + seconds;
                continue;
            }

            int paren = name.IndexOf(" (", StringComparison.Ordinal);
            string type = paren >= 0 ? name[..paren] : name;
            string ids = paren >= 0 ? name[(paren + 2)..].TrimEnd(')') : "";
            var key = (assembly, type);
            analyzers[key] = analyzers.TryGetValue(key, out var seen)
                ? seen with { Seconds = seen.Seconds + seconds }
                : new AnalyzerTime(assembly, type, ids, seconds);
        }

        return new AnalyzerReport
        {
            CscSeconds = csc,
            CscCalls = calls,
            TotalAnalyzerSeconds = total,
            Assemblies = assemblies,
            Analyzers = analyzers.Values.ToList(),
        };
    }

    private static bool HasId(string ids, string ruleId) =>
        ids.Split(',', StringSplitOptions.TrimEntries).Contains(ruleId, StringComparer.Ordinal);

    /// <summary>"&lt;0.001" counts as 0.</summary>
    private static double Seconds(string text) =>
        text.StartsWith('<') ? 0 : double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>MSBuild's "12>" or "1:7>" project/node prefix of a line, when it writes one.</summary>
    [GeneratedRegex(@"^\s*\d+(?::\d+)?>")]
    private static partial Regex NodePrefix();

    [GeneratedRegex(@"Total analyzer execution time:\s*([\d.]+) seconds")]
    private static partial Regex TotalLine();

    /// <summary>A line of MSBuild's "Task Performance Summary" (-clp:PerformanceSummary): "  8123 ms  Csc   1 calls".</summary>
    [GeneratedRegex(@"^\s*(\d+) ms\s+Csc\s+(\d+) calls")]
    private static partial Regex CscSummaryLine();

    [GeneratedRegex(@"^\s*(<?[\d.]+)\s+<?\d+\s+(\S.*)$")]
    private static partial Regex RowLine();
}
