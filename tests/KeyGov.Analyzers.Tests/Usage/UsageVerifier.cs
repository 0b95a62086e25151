using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// Runs a credential analyzer over one program (top-level statements allowed) beside the SDK stubs, with keygov.json
/// as an additional file and the build properties the targets would pass. The test project's assembly is
/// <see cref="Consumer"/>.
/// </summary>
public static class UsageVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public const string Consumer = "TestProject";

    public const string EvaluationDate = "2026-11-28";

    public static Task VerifyAsync(string source, string? manifest, params DiagnosticResult[] expected) =>
        VerifyAsync(source, manifest, timeChecks: null, stubs: SdkStubs.All, expected);

    public static Task VerifyAsync(string source, string? manifest, string? timeChecks, string[] stubs, params DiagnosticResult[] expected)
    {
        var test = Create(source, manifest, timeChecks, stubs);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// For the large tables of source and sink kinds: one run only, without the testing package's extra runs under
    /// <c>#pragma</c> suppression and as generated code, which the other tests make for the same analyzer.
    /// </summary>
    public static Task VerifyOnceAsync(string source, string? manifest, params DiagnosticResult[] expected)
    {
        var test = Create(source, manifest);
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck | TestBehaviors.SkipGeneratedCodeCheck;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source, string? manifest, string? timeChecks = null, string[]? stubs = null)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        if (HasTopLevelStatements(source))
        {
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
        }

        int n = 0;
        foreach (var stub in stubs ?? SdkStubs.All)
        {
            test.TestState.Sources.Add(("/Stubs" + n++ + ".cs", stub));
        }

        if (manifest != null)
        {
            test.TestState.AdditionalFiles.Add(("/keygov.json", manifest));
        }

        string config = "is_global = true\nbuild_property.KeyGovEvaluationDate = " + EvaluationDate + "\n";
        if (timeChecks != null)
        {
            config += "build_property.KeyGovTimeChecks = " + timeChecks + "\n";
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        return test;
    }

    /// <summary>True when the first line after the usings is a statement, not a declaration.</summary>
    private static bool HasTopLevelStatements(string source)
    {
        string[] declarations = ["namespace", "class", "static", "public", "internal", "sealed", "record", "interface", "abstract", "partial", "[", "//"];
        foreach (var raw in source.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("using ", StringComparison.Ordinal) && line.EndsWith(';') && !line.Contains('='))
            {
                continue;
            }

            return !declarations.Any(d => line.StartsWith(d, StringComparison.Ordinal));
        }

        return false;
    }
}

/// <summary>keygov.json texts for the tests: valid entries with every required field, so that only the fact under test differs.</summary>
public static class Manifests
{
    /// <summary>A manifest with no credential: everything read is unregistered.</summary>
    public const string Empty = """{ "version": 1, "credentials": [] }""";

    /// <summary>A manifest with these entries (each made by <see cref="Entry"/>).</summary>
    public static string With(params string[] entries) =>
        "{\n  \"version\": 1,\n  \"credentials\": [\n" + string.Join(",\n", entries) + "\n  ]\n}\n";

    /// <summary>An entry; <paramref name="sources"/> is the inside of "sources", e.g. <c>"env": ["OPENAI_API_KEY"]</c>.</summary>
    public static string Entry(
        string id,
        string sources,
        string consumers = "\"" + UsageVerifier<CredentialUseAnalyzer>.Consumer + "\"",
        string provider = "openai",
        string expires = "2027-03-31",
        string extra = "") =>
        "    { \"id\": \"" + id + "\", \"provider\": \"" + provider + "\", \"owner\": \"@contoso/ai-platform\", " +
        "\"purpose\": \"Answers support questions in the test project\", \"consumers\": [" + consumers + "], " +
        "\"sources\": { " + sources + " }, \"created\": \"2026-10-01\", \"expires\": \"" + expires + "\"" + extra + " }";

    /// <summary>One entry listing one environment variable.</summary>
    public static string RegisteringEnv(string name) => With(Entry("registered", "\"env\": [\"" + name + "\"]"));

    /// <summary>One entry listing one configuration key.</summary>
    public static string RegisteringConfig(string key) => With(Entry("registered", "\"config\": [\"" + key + "\"]"));
}
