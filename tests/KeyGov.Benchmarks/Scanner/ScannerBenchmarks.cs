using BenchmarkDotNet.Attributes;
using KeyGov.Benchmarks.Corpus;
using KeyGov.Core.Detection;

namespace KeyGov.Benchmarks.Scanner;

/// <summary>
/// <see cref="KeyScanner.Scan"/> over ~1 MB of C#, JSON and Markdown: as one string (what a config file or a huge
/// literal costs), and line by line (closer to the analyzer, which scans one literal at a time).
/// The MB/s column divides each case's characters (<see cref="CharsPerOp"/>) by its mean time.
/// </summary>
[MemoryDiagnoser]
public class ScannerBenchmarks
{
    private string _noKeys = string.Empty;
    private string _withKeys = string.Empty;
    private string[] _lines = [];

    /// <summary>The characters one call of <paramref name="benchmark"/> reads (the corpora are deterministic, so the host knows them too).</summary>
    public static long CharsPerOp(string benchmark) => benchmark switch
    {
        nameof(NoKeys) or nameof(NoKeysLineByLine) => Corpora.Value.NoKeys.Length,
        nameof(OneKeyPer10KB) => Corpora.Value.WithKeys.Length,
        _ => 0,
    };

    private static readonly Lazy<(string NoKeys, string WithKeys, int Keys)> Corpora = new(() =>
    {
        string noKeys = TextCorpus.WithoutKeys();
        var (withKeys, keys) = TextCorpus.WithKeys(noKeys);
        return (noKeys, withKeys, keys);
    });

    [GlobalSetup]
    public void Setup()
    {
        var corpora = Corpora.Value;
        _noKeys = corpora.NoKeys;
        _withKeys = corpora.WithKeys;
        _lines = _noKeys.Split('\n');

        // Measure what the names say: no finding in the clean text, every inserted key found in the other.
        int clean = KeyScanner.Scan(_noKeys).Count;
        int found = KeyScanner.Scan(_withKeys).Count;
        if (clean != 0 || found != corpora.Keys)
        {
            throw new InvalidOperationException($"Corpus check failed: {clean} finding(s) in the clean text, {found} of {corpora.Keys} inserted keys found.");
        }
    }

    [Benchmark(Baseline = true)]
    public int NoKeys() => KeyScanner.Scan(_noKeys).Count;

    [Benchmark]
    public int OneKeyPer10KB() => KeyScanner.Scan(_withKeys).Count;

    [Benchmark]
    public int NoKeysLineByLine()
    {
        int findings = 0;
        foreach (var line in _lines)
        {
            findings += KeyScanner.Scan(line).Count;
        }

        return findings;
    }
}
