using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;

namespace KeyGov.Benchmarks.Corpus;

/// <summary><c>corpus</c> mode: what the benchmarks read, so a change of generator shows in numbers before any timing.</summary>
internal static class CorpusReport
{
    public static void Print()
    {
        string noKeys = TextCorpus.WithoutKeys();
        var (withKeys, keys) = TextCorpus.WithKeys(noKeys);
        Console.WriteLine($"Scanner text: {noKeys.Length:N0} chars in {noKeys.Split('\n').Length:N0} lines, {KeyScanner.Scan(noKeys).Count} finding(s); with keys: {withKeys.Length:N0} chars, " +
                          $"{keys} keys inserted, {KeyScanner.Scan(withKeys).Count} found");

        string manifest = ManifestCorpus.Generate();
        var findings = ManifestValidator.Validate(manifest, new ManifestCheckOptions(ManifestCorpus.EvaluationDate, TimeCheckMode.Error));
        Console.WriteLine($"Manifest: {manifest.Length:N0} chars, {ManifestReader.Read(manifest).Manifest?.Credentials.Count ?? 0} credentials; findings: " +
                          string.Join(", ", findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));

        var code = CSharpCorpus.Generate(200);
        Console.WriteLine($"C# corpus: {code.Sources.Count} files, {code.SourceLines:N0} lines, {code.SourceChars:N0} chars, {code.Passwords.Count} password-like literals; planted keys: " +
                          string.Join(", ", code.Planted.GroupBy(p => p.Form).Select(g => $"{g.Key} {g.Count()}")));
    }
}
