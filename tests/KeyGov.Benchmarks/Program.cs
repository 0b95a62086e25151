using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using KeyGov.Benchmarks.Corpus;
using KeyGov.Benchmarks.Scanner;

// Modes (docs/benchmarks.md):
//   corpus                                            sizes and sanity figures of the generated inputs
//   anything else                                     BenchmarkDotNet (e.g. --filter '*'): scanner and manifest
if (args.Length > 0 && args[0] == "corpus")
{
    CorpusReport.Print();
    return 0;
}

var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(ScannerBenchmarks).Assembly).Run(args, config);
return 0;
