using KeyGov.Analyzers.Tests.Usage;
using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Register = KeyGov.Analyzers.Tests.CodeFixes.FixVerifier<KeyGov.Analyzers.CredentialUseAnalyzer, KeyGov.CodeFixes.RegisterCredentialFix>;

namespace KeyGov.Analyzers.Tests.CodeFixes;

/// <summary>
/// Fix All for the fixes that edit keygov.json: the testing package applies it in document, project and solution scope
/// and holds each result to the one fixing every diagnostic in turn gives. Onboarding a solution that reads many
/// credentials is one run (the IDE's Fix All, or dotnet format analyzers).
/// </summary>
public class FixAllTests
{
    // Five credentials an app reads, one of them twice: env vars and configuration keys, a provider known or not.
    private static readonly (CredentialSource Source, string? Provider)[] FiveReads =
    {
        (CredentialSource.Environment("OPENAI_API_KEY"), "openai"),
        (CredentialSource.Environment("MISTRAL_API_KEY"), "mistral"),
        (CredentialSource.Configuration("Gateway:ApiKey"), null),
        (CredentialSource.Environment("ANTHROPIC_API_KEY"), "anthropic"),
        (CredentialSource.Configuration("Search:ApiKey"), null),
    };

    private const string FiveReadsCode = """
        IConfiguration config = new ConfigurationBuilder().Build();
        var a = [|Environment.GetEnvironmentVariable("OPENAI_API_KEY")|];
        var b = [|Environment.GetEnvironmentVariable("MISTRAL_API_KEY")|];
        var c = [|config["Gateway:ApiKey"]|];
        var d = [|Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY")|];
        var e = [|config["Search:ApiKey"]|];
        var again = [|Environment.GetEnvironmentVariable("OPENAI_API_KEY")|];
        """;

    [Fact]
    public async Task Registers_every_read_of_a_document_in_one_fix()
    {
        string expected = RegisteredInTurn(Manifests.Empty, FiveReads);
        var test = Register.Create(Snippets.Expecting("KG2001", FiveReadsCode), Snippets.Silent(FiveReadsCode), Manifests.Empty, expected);
        test.NumberOfIncrementalIterations = 5; // one by one: the second read of OPENAI_API_KEY is registered with the first
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();

        // What a person then sees: five entries, each with its source and this project, owner/purpose/expiry left empty.
        var manifest = ManifestReader.Read(expected).Manifest!;
        Assert.Equal(5, manifest.Credentials.Count);
        Assert.All(manifest.Credentials, entry => Assert.Equal("TestProject", Assert.Single(entry.Consumers).Value));
        Assert.Equal(new[] { "OPENAI_API_KEY", "MISTRAL_API_KEY", "ANTHROPIC_API_KEY" }, manifest.Credentials.SelectMany(e => e.Sources.Env).Select(v => v.Value));
        Assert.Equal(new[] { "Gateway:ApiKey", "Search:ApiKey" }, manifest.Credentials.SelectMany(e => e.Sources.Config).Select(v => v.Value));
    }

    [Fact]
    public async Task Without_a_manifest_creates_one_with_every_read()
    {
        string code = """
            var a = [|new Anthropic.AnthropicClient()|];
            var b = [|Environment.GetEnvironmentVariable("OPENAI_API_KEY")|];
            """;
        string expected = RegisteredInTurn(null, new (CredentialSource, string?)[]
        {
            (CredentialSource.Environment("ANTHROPIC_API_KEY"), "anthropic"),
            (CredentialSource.Environment("OPENAI_API_KEY"), "openai"),
        });
        var test = Register.Create(Snippets.Expecting("KG2004", code), Snippets.Silent(code), manifest: null, expected, fixedManifestName: "keygov.json");
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Registers_the_reads_of_every_document_of_the_project()
    {
        const string first = """
            class First { string Key() => [|System.Environment.GetEnvironmentVariable("OPENAI_API_KEY")|]; }
            """;
        const string second = """
            class Second
            {
                string Key() => [|System.Environment.GetEnvironmentVariable("MISTRAL_API_KEY")|];
                string Same() => [|System.Environment.GetEnvironmentVariable("OPENAI_API_KEY")|];
            }
            """;
        string expected = RegisteredInTurn(Manifests.Empty, new (CredentialSource, string?)[]
        {
            // Source order: by file path, then position.
            (CredentialSource.Environment("OPENAI_API_KEY"), "openai"),
            (CredentialSource.Environment("MISTRAL_API_KEY"), "mistral"),
        });
        var test = Register.Create(Snippets.Silent("Console.WriteLine();"), Snippets.Silent("Console.WriteLine();"), Manifests.Empty, expected);
        test.TestState.Sources.Add(("/First.cs", Mark(first)));
        test.TestState.Sources.Add(("/Second.cs", Mark(second)));
        test.FixedState.Sources.Add(("/First.cs", Unmark(first)));
        test.FixedState.Sources.Add(("/Second.cs", Unmark(second)));
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllInDocumentIterations = 2; // one document at a time
        test.NumberOfFixAllIterations = 1;           // the project or the solution at once
        await test.RunAsync();
    }

    [Fact]
    public async Task Allows_every_value_of_a_document_in_one_fix()
    {
        string[] keys = { FakeKeys.OpenAIProject(61), FakeKeys.Groq(62), FakeKeys.HuggingFaceUser(63) };
        string code = "class Samples\n{\n" +
            "    // Published samples from the providers' documentation.\n" +
            "    const string A = \"{|KG1001:" + keys[0] + "|}\";\n" +
            "    const string B = \"{|KG1001:" + keys[1] + "|}\";\n" +
            "    const string C = \"{|KG1001:" + keys[2] + "|}\";\n" +
            "}\n";
        string manifest = Manifests.Empty;
        foreach (var key in keys)
        {
            manifest = ManifestEditor.AddAllowedFingerprint(manifest, Fingerprint.Of(key))!;
        }

        var test = new CSharpCodeFixTest<HardcodedProviderKeyAnalyzer, KeyGov.CodeFixes.AllowInManifestFix, DefaultVerifier>
        {
            TestCode = code,
            FixedCode = code.Replace("{|KG1001:", string.Empty).Replace("|}", string.Empty),
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            NumberOfIncrementalIterations = 3,
            NumberOfFixAllIterations = 1,
        };
        test.TestState.AdditionalFiles.Add(("/keygov.json", Manifests.Empty));
        test.FixedState.AdditionalFiles.Add(("/keygov.json", manifest));
        await test.RunAsync();

        foreach (var key in keys)
        {
            Assert.DoesNotContain(key, manifest, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Registers_every_read_of_a_solution_in_one_run_as_dotnet_format_does()
    {
        // Two projects under one keygov.json: five reads in Api, and in Worker one of the same and one of its own.
        var manifests = await FixAllRunner.RunAsync(new CredentialUseAnalyzer(), new KeyGov.CodeFixes.RegisterCredentialFix(), new Dictionary<string, string>
        {
            ["Api"] = Snippets.Silent(FiveReadsCode),
            ["Worker"] = Snippets.Silent("""
                var same = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
                var own = Environment.GetEnvironmentVariable("DEEPSEEK_API_KEY");
                """),
        }, Manifests.Empty);

        Assert.Equal(manifests["Api"], manifests["Worker"]); // one file, one text
        var read = ManifestReader.Read(manifests["Api"]);
        Assert.Empty(read.Findings);
        var entries = read.Manifest!.Credentials;
        Assert.Equal(6, entries.Count);
        var openai = Assert.Single(entries, e => e.Sources.Env.Any(v => v.Value == "OPENAI_API_KEY"));
        Assert.Equal(new[] { "Api", "Worker" }, openai.Consumers.Select(c => c.Value));
        var deepseek = Assert.Single(entries, e => e.Sources.Env.Any(v => v.Value == "DEEPSEEK_API_KEY"));
        Assert.Equal("Worker", Assert.Single(deepseek.Consumers).Value);
        Assert.All(entries.Where(e => e != openai && e != deepseek), e => Assert.Equal("Api", Assert.Single(e.Consumers).Value));
    }

    [Fact]
    public void Each_manifest_fix_offers_fix_all_in_document_project_and_solution()
    {
        foreach (var fix in new Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider[] { new KeyGov.CodeFixes.RegisterCredentialFix(), new KeyGov.CodeFixes.AllowInManifestFix() })
        {
            var provider = fix.GetFixAllProvider();
            Assert.NotNull(provider);
            Assert.Equal(
                new[] { Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document, Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Project, Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Solution },
                provider!.GetSupportedFixAllScopes());
        }
    }

    /// <summary>The manifest after registering each source in turn, as the single fix does.</summary>
    private static string RegisteredInTurn(string? manifest, (CredentialSource Source, string? Provider)[] reads)
    {
        foreach (var (source, provider) in reads)
        {
            var current = manifest == null ? null : ManifestReader.Read(manifest).Manifest;
            var template = ManifestEntryTemplate.For(source, provider, "TestProject", current, DateTime.Parse(UsageVerifier<CredentialUseAnalyzer>.EvaluationDate));
            manifest = ManifestEditor.AddCredential(manifest, template.ToLines)!;
        }

        return manifest!;
    }

    private static string Mark(string code) => code.Replace("[|", "{|KG2001:").Replace("|]", "|}");

    private static string Unmark(string code) => code.Replace("[|", string.Empty).Replace("|]", string.Empty);
}
