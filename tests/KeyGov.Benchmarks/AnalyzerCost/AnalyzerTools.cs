using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeyGov.Benchmarks.AnalyzerCost;

/// <summary>One tool measured: its analyzers and which of its rule IDs report a hard-coded secret.</summary>
internal sealed record AnalyzerTool(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers, Func<string, bool> IsSecretRule, string SecretRules)
{
    public bool Owns(DiagnosticAnalyzer analyzer) => Analyzers.Contains(analyzer);
}

/// <summary>Finds the analyzers of KeyGov and of the peers.</summary>
internal static class AnalyzerTools
{
    /// <summary>Where the csproj copies the peers' analyzer folders (from their NuGet packages).</summary>
    public static readonly string PeersFolder = Path.Combine(AppContext.BaseDirectory, "peers");

    /// <summary>
    /// Every C# analyzer of the KeyGov.Analyzers assembly, found as the compiler finds them ([DiagnosticAnalyzer]
    /// types), so analyzers added on other branches are measured without touching this harness.
    /// </summary>
    public static AnalyzerTool KeyGov(AnalyzerLoader loader)
    {
        var assembly = Assembly.Load(new AssemblyName("KeyGov.Analyzers"));
        var analyzers = loader.Analyzers(assembly.Location);
        return new AnalyzerTool("KeyGov", analyzers, id => id.StartsWith("KG1", StringComparison.Ordinal), "KG1xxx");
    }

    /// <summary>SonarAnalyzer.CSharp's analyzer(s) of S2068 "Credentials should not be hard-coded".</summary>
    public static AnalyzerTool Sonar(AnalyzerLoader loader) =>
        Peer(loader, "Sonar S2068", Path.Combine(PeersFolder, "sonar", "SonarAnalyzer.CSharp.dll"), "S2068");

    /// <summary>SecurityCodeScan's analyzer(s) of SCS0015 "Hardcoded password".</summary>
    public static AnalyzerTool SecurityCodeScan(AnalyzerLoader loader) =>
        Peer(loader, "SecurityCodeScan SCS0015", Path.Combine(PeersFolder, "scs", "SecurityCodeScan.VS2019.dll"), "SCS0015");

    private static AnalyzerTool Peer(AnalyzerLoader loader, string name, string path, string ruleId)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{name}: {path} is missing; build the benchmarks project (it copies the peers' analyzers).", path);
        }

        var analyzers = loader.Analyzers(path)
            .Where(a => SupportedIds(a).Contains(ruleId))
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException($"{name}: no analyzer in {Path.GetFileName(path)} supports {ruleId}.");
        }

        return new AnalyzerTool(name, analyzers, id => id == ruleId, ruleId);
    }

    public static IEnumerable<string> SupportedIds(DiagnosticAnalyzer analyzer)
    {
        try
        {
            return analyzer.SupportedDiagnostics.Select(d => d.Id).ToArray();
        }
        catch (Exception)
        {
            return []; // an analyzer that cannot even describe itself is not one we measure
        }
    }
}
