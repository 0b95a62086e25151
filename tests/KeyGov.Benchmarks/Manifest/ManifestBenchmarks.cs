using BenchmarkDotNet.Attributes;
using KeyGov.Benchmarks.Corpus;
using KeyGov.Core.Manifest;

namespace KeyGov.Benchmarks.Manifest;

/// <summary>
/// A 1,000-credential keygov.json: reading alone (what each compilation pays, once, for the analyzers) and reading plus
/// every policy check (what the ValidateKeyManifest task runs). Target: under 20 ms and 10 MB allocated.
/// </summary>
[MemoryDiagnoser]
public class ManifestBenchmarks
{
    private string _manifest = string.Empty;
    private ManifestCheckOptions _options = null!;

    [Params(1000)]
    public int Credentials { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _manifest = ManifestCorpus.Generate(Credentials);
        _options = new ManifestCheckOptions(ManifestCorpus.EvaluationDate, TimeCheckMode.Error);
        var read = ManifestReader.Read(_manifest);
        if (read.Manifest == null || read.Manifest.Credentials.Count != Credentials)
        {
            throw new InvalidOperationException("The generated manifest did not read: " + string.Join("; ", read.Findings.Select(f => f.Message)));
        }
    }

    [Benchmark]
    public object Read() => ManifestReader.Read(_manifest);

    [Benchmark]
    public int Validate() => ManifestValidator.Validate(_manifest, _options).Count;
}
