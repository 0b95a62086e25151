using KeyGov.Analyzers.Tests.Usage;
using KeyGov.CodeFixes;
using Verify = KeyGov.Analyzers.Tests.CodeFixes.FixVerifier<KeyGov.Analyzers.CredentialUseAnalyzer, KeyGov.CodeFixes.RegisterCredentialFix>;

namespace KeyGov.Analyzers.Tests.CodeFixes;

public class RegisterCredentialFixTests
{
    private const string Read = """var key = {|KG2001:Environment.GetEnvironmentVariable("OPENAI_API_KEY")|};""";
    private const string Fixed = """var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");""";

    [Fact]
    public Task Adds_the_entry_to_the_manifest_for_a_person_to_complete()
    {
        const string manifest = """
            {
              // The AI credentials of this app.
              "version": 1,
              "credentials": [
                { "id": "anthropic-testproject", "provider": "anthropic", "owner": "@contoso/ai", "purpose": "Ranks tickets in the test project",
                  "consumers": ["Ticketing.Worker"], "sources": { "env": ["ANTHROPIC_API_KEY"] }, "expires": "2027-01-31" }
              ]
            }
            """;
        const string expected = """
            {
              // The AI credentials of this app.
              "version": 1,
              "credentials": [
                { "id": "anthropic-testproject", "provider": "anthropic", "owner": "@contoso/ai", "purpose": "Ranks tickets in the test project",
                  "consumers": ["Ticketing.Worker"], "sources": { "env": ["ANTHROPIC_API_KEY"] }, "expires": "2027-01-31" },
                {
                  "id": "openai-api-key",
                  "provider": "openai",
                  "owner": "",
                  "purpose": "",
                  "consumers": ["TestProject"],
                  "sources": { "env": ["OPENAI_API_KEY"] },
                  "created": "2026-11-28",
                  "expires": ""
                }
              ]
            }
            """;
        return Verify.Create(Snippets.Usings + Read, Snippets.Usings + Fixed, manifest, expected).RunAsync();
    }

    [Fact]
    public Task Registers_a_configuration_key_under_config_with_a_free_id()
    {
        const string manifest = """
            {
                "version": 1,
                "credentials": [
                    { "id": "x-gateway-apikey", "provider": "x-gateway", "owner": "@contoso/ai", "purpose": "Another gateway key for the tests", "sources": { "env": ["OTHER_API_KEY"] }, "expires": "2027-01-31" }
                ]
            }
            """;
        const string expected = """
            {
                "version": 1,
                "credentials": [
                    { "id": "x-gateway-apikey", "provider": "x-gateway", "owner": "@contoso/ai", "purpose": "Another gateway key for the tests", "sources": { "env": ["OTHER_API_KEY"] }, "expires": "2027-01-31" },
                    {
                        "id": "x-gateway-apikey-2",
                        "provider": "x-gateway",
                        "owner": "",
                        "purpose": "",
                        "consumers": ["TestProject"],
                        "sources": { "config": ["Gateway:ApiKey"] },
                        "created": "2026-11-28",
                        "expires": ""
                    }
                ]
            }
            """;
        return Verify.Create(
            Snippets.Usings + """IConfiguration config = new ConfigurationBuilder().Build(); var key = {|KG2001:config["Gateway:ApiKey"]|};""",
            Snippets.Usings + """IConfiguration config = new ConfigurationBuilder().Build(); var key = config["Gateway:ApiKey"];""",
            manifest, expected).RunAsync();
    }

    [Fact]
    public Task Without_a_manifest_creates_one_from_KG2004() => Verify.Create(
        Snippets.Usings + """var client = {|KG2004:new Anthropic.AnthropicClient()|};""",
        Snippets.Usings + """var client = new Anthropic.AnthropicClient();""",
        manifest: null,
        fixedManifest: """
            {
              "$schema": "https://raw.githubusercontent.com/keygov/KeyGov.Analyzers/main/docs/keygov.schema.json",
              "version": 1,
              "credentials": [
                {
                  "id": "anthropic-api-key",
                  "provider": "anthropic",
                  "owner": "",
                  "purpose": "",
                  "consumers": ["TestProject"],
                  "sources": { "env": ["ANTHROPIC_API_KEY"] },
                  "created": "2026-11-28",
                  "expires": ""
                }
              ]
            }

            """,
        fixedManifestName: "keygov.json").RunAsync();

    [Fact]
    public async Task Offers_one_titled_action_per_read()
    {
        var test = Verify.Create(
            Snippets.Usings + """var a = {|KG2001:Environment.GetEnvironmentVariable("OPENAI_API_KEY")|}; var b = {|KG2001:Environment.GetEnvironmentVariable("MISTRAL_API_KEY")|};""",
            Snippets.Usings + """var a = Environment.GetEnvironmentVariable("OPENAI_API_KEY"); var b = Environment.GetEnvironmentVariable("MISTRAL_API_KEY");""",
            Manifests.Empty,
            """
            { "version": 1, "credentials": [
              {
                "id": "openai-api-key",
                "provider": "openai",
                "owner": "",
                "purpose": "",
                "consumers": ["TestProject"],
                "sources": { "env": ["OPENAI_API_KEY"] },
                "created": "2026-11-28",
                "expires": ""
              },
              {
                "id": "mistral-api-key",
                "provider": "mistral",
                "owner": "",
                "purpose": "",
                "consumers": ["TestProject"],
                "sources": { "env": ["MISTRAL_API_KEY"] },
                "created": "2026-11-28",
                "expires": ""
              }
            ] }
            """);
        test.CodeActionEquivalenceKey = null;
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 0;
        test.CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllCheck;
        Assert.Equal("Register in keygov.json", RegisterCredentialFix.Title);
        await test.RunAsync();
    }
}
