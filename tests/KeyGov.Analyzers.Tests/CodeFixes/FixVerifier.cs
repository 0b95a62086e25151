using KeyGov.Analyzers.Tests.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KeyGov.Analyzers.Tests.CodeFixes;

/// <summary>A code fix test over the SDK stubs, with keygov.json before and after the fix.</summary>
public static class FixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <param name="stubs">The SDK stubs to compile against; <see cref="SdkStubs.All"/> by default.</param>
    /// <param name="fixedManifestName">The document name after the fix: a manifest the fix creates is named as a workspace names it, without a folder.</param>
    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string fixedSource, string? manifest, string? fixedManifest, string fixedManifestName = "/keygov.json", string[]? stubs = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.FixedState.OutputKind = OutputKind.ConsoleApplication;
        int n = 0;
        foreach (var stub in stubs ?? SdkStubs.All)
        {
            string name = "/Stubs" + n++ + ".cs";
            test.TestState.Sources.Add((name, stub));
            test.FixedState.Sources.Add((name, stub));
        }

        if (manifest != null)
        {
            test.TestState.AdditionalFiles.Add(("/keygov.json", manifest));
        }

        if (fixedManifest != null)
        {
            test.FixedState.AdditionalFiles.Add((fixedManifestName, fixedManifest));
        }

        const string config = "is_global = true\nbuild_property.KeyGovEvaluationDate = " + UsageVerifier<CredentialUseAnalyzer>.EvaluationDate + "\n";
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        return test;
    }
}
