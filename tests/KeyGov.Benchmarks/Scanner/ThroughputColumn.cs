using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KeyGov.Benchmarks.Scanner;

/// <summary>
/// MB/s (10^6 characters of ASCII text per second) of the benchmarks that say how much text one call reads, from the
/// median time: on a shared 2-core machine the mean drifts with other processes' load, the median much less.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: characters read per call (ASCII: one byte each) / median time, in 10^6 per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        long chars = CharsPerOp(benchmarkCase);
        if (statistics == null || chars == 0)
        {
            return "-";
        }

        double seconds = statistics.Median / 1e9;
        return (chars / seconds / 1e6).ToString("N0", style.CultureInfo);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static long CharsPerOp(BenchmarkCase benchmarkCase)
    {
        var method = benchmarkCase.Descriptor.Type.GetMethod("CharsPerOp", [typeof(string)]);
        return method?.Invoke(null, [benchmarkCase.Descriptor.WorkloadMethod.Name]) is long chars ? chars : 0;
    }
}
