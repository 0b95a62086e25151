using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using KeyGov.Benchmarks.AnalyzerCost;
using KeyGov.Benchmarks.Corpus;
using KeyGov.Benchmarks.RealCode;
using KeyGov.Benchmarks.Scanner;

// Modes (docs/benchmarks.md):
//   analyzers [--files N] [--runs N] [--warmups N] [--isolated] [--verbose] [--concurrent] [--without-sonarlint-xml]
//                                                     analyzer cost and planted-key recall of KeyGov vs. the peers
//   corpus                                            sizes and sanity figures of the generated inputs
//   realcode --source <checkout> --project <relative .csproj or .sln> [--runs N] [--properties "-p:A=B;..."] [--against "-p:A=B ..."] [--keep]
//                                                     KeyGov's compiler-measured cost building a real codebase, with vs. without
//                                                     (or, with --against, vs. KeyGov with those properties: one feature's cost)
//   anything else                                     BenchmarkDotNet (e.g. --filter '*'): scanner and manifest
if (args.Length > 0 && args[0] == "analyzers")
{
    return await AnalyzerCostRunner.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "realcode")
{
    return RealCodeRunner.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "corpus")
{
    CorpusReport.Print();
    return 0;
}

// Median and Min beside the Mean: the machine is shared, and the median (MB/s uses it) resists other processes' load.
var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median, StatisticColumn.Min, new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(ScannerBenchmarks).Assembly).Run(args, config);
return 0;
