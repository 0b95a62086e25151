using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeyGov.Benchmarks.AnalyzerCost;

/// <summary>
/// Loads analyzer assemblies from a package folder the way the compiler does: by <see cref="AnalyzerFileReference"/>,
/// with a loader that resolves an analyzer's own dependencies (Google.Protobuf, YamlDotNet, …) from its folder.
/// Everything goes to the default load context, so every analyzer binds to the one Roslyn this process runs
/// (a peer built against an older Roslyn gets the newer one, as it would inside a newer SDK).
/// </summary>
internal sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
{
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

    public AnalyzerLoader()
    {
        AssemblyLoadContext.Default.Resolving += Resolve;
    }

    /// <summary>Messages of analyzers that failed to load, by assembly: printed, so a broken peer is not silently absent.</summary>
    public List<string> Failures { get; } = [];

    public void AddDependencyLocation(string fullPath) => _folders.Add(Path.GetDirectoryName(fullPath)!);

    public Assembly LoadFromPath(string fullPath)
    {
        AddDependencyLocation(fullPath);
        string? name = AssemblyName.GetAssemblyName(fullPath).Name;
        foreach (var loaded in AssemblyLoadContext.Default.Assemblies)
        {
            if (string.Equals(loaded.GetName().Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return loaded; // already here (KeyGov.Analyzers comes with this app): never load a second copy
            }
        }

        return AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }

    /// <summary>The C# analyzers of one assembly, as the compiler would instantiate them.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers(string assemblyPath)
    {
        var reference = new AnalyzerFileReference(assemblyPath, this);
        reference.AnalyzerLoadFailed += (_, e) => Failures.Add($"{Path.GetFileName(assemblyPath)}: {e.TypeName} {e.ErrorCode} {e.Message}");
        return reference.GetAnalyzers(LanguageNames.CSharp);
    }

    private Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        foreach (var folder in _folders)
        {
            string candidate = Path.Combine(folder, name.Name + ".dll");
            if (File.Exists(candidate))
            {
                return context.LoadFromAssemblyPath(candidate);
            }
        }

        return null;
    }
}
