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
}
