using KeyGov.CodeFixes;
using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;

namespace KeyGov.Analyzers.Tests.CodeFixes;

public class AllowInManifestFixTests
{
    private static readonly string Key = FakeKeys.OpenAIProject(31);

    private static string Source => "System.Console.WriteLine(\"" + Key + "\"); // the sample from the provider's documentation\n";

    [Fact]
    public async Task Adds_the_fingerprint_with_reason_and_owner_left_to_a_person()
    {
        const string manifest = """
            {
              "version": 1,
              "credentials": []
            }
            """;
        var (title, edited, _) = await ManifestFixRunner.ApplyAsync(new HardcodedProviderKeyAnalyzer(), new AllowInManifestFix(), Source, manifest);

        Assert.Equal(AllowInManifestFix.Title, title);
        Assert.Equal("""
            {
              "version": 1,
              "credentials": [],
              "allow": [
                { "fingerprint": "FINGERPRINT", "reason": "", "owner": "" }
              ]
            }
            """.Replace("FINGERPRINT", Fingerprint.Of(Key)), edited);
        Assert.DoesNotContain(Key, edited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_manifest_creates_one_beside_the_project()
    {
        var (_, created, path) = await ManifestFixRunner.ApplyAsync(new HardcodedProviderKeyAnalyzer(), new AllowInManifestFix(), Source, manifest: null);

        var allow = Assert.Single(ManifestReader.Read(created).Manifest!.Allow);
        Assert.Equal(Fingerprint.Of(Key), allow.Fingerprint!.Value);
        Assert.Equal("/keygov.json", path);
    }

    [Fact]
    public async Task Is_offered_for_a_contextual_key_and_adds_its_fingerprint()
    {
        string hex = FakeKeys.AzureOpenAILegacy(32);
        string source = "class C { const string AzureOpenAIApiKey = \"" + hex + "\"; } // a hash, not a key\n";
        var (title, created, _) = await ManifestFixRunner.ApplyAsync(new HardcodedProviderKeyAnalyzer(), new AllowInManifestFix(), source, manifest: null);

        Assert.Equal(AllowInManifestFix.Title, title);
        var allow = Assert.Single(ManifestReader.Read(created).Manifest!.Allow);
        Assert.Equal(Fingerprint.Of(hex), allow.Fingerprint!.Value);
        Assert.DoesNotContain(hex, created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_allowed_contextual_key_is_not_reported()
    {
        string hex = FakeKeys.AzureOpenAILegacy(33);
        var test = Verifier<HardcodedProviderKeyAnalyzer>.Create("class C { const string AzureOpenAIApiKey = \"" + hex + "\"; }");
        test.TestState.AdditionalFiles.Add(("/keygov.json",
            "{ \"version\": 1, \"credentials\": [], \"allow\": [ { \"fingerprint\": \"" + Fingerprint.Of(hex) +
            "\", \"reason\": \"A hash in a test, not a key\", \"owner\": \"@contoso/docs\" } ] }"));
        await test.RunAsync();
    }
}
