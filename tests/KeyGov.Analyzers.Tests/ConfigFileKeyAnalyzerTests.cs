using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace KeyGov.Analyzers.Tests;

public class ConfigFileKeyAnalyzerTests
{
    private static readonly string OpenAIKey = FakeKeys.OpenAIProject(11);
    private static readonly string AnthropicKey = FakeKeys.AnthropicApi(12);

    private const string Code = "class C { }";

    private static Task VerifyAsync(string path, string content, params DiagnosticResult[] expected)
    {
        var test = Verifier<ConfigFileKeyAnalyzer>.Create(Code);
        test.TestState.AdditionalFiles.Add((path, content));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task Appsettings_json_value_is_an_error_at_the_key() => VerifyAsync(
        "/app/appsettings.json",
        "{\n  \"OpenAI\": {\n    \"ApiKey\": \"{|KG1002:" + OpenAIKey + "|}\"\n  }\n}\n");

    [Fact]
    public Task Environment_specific_appsettings() => VerifyAsync(
        "/app/appsettings.Development.json",
        "{ \"Anthropic\": { \"ApiKey\": \"{|KG1002:" + AnthropicKey + "|}\" } }");

    [Fact]
    public Task Launch_settings_environment_variable() => VerifyAsync(
        "/app/Properties/launchSettings.json",
        "{\n  \"profiles\": {\n    \"App\": {\n      \"environmentVariables\": { \"OPENAI_API_KEY\": \"{|KG1002:" + OpenAIKey + "|}\" }\n    }\n  }\n}\n");

    [Fact]
    public Task App_config_app_setting() => VerifyAsync(
        "/app/App.config",
        "<configuration>\n  <appSettings>\n    <add key=\"OpenAIKey\" value=\"{|KG1002:" + OpenAIKey + "|}\" />\n  </appSettings>\n</configuration>\n");

    [Fact]
    public Task Web_config_and_settings_json() => VerifyAsync(
        "/app/secrets.settings.json",
        "{ \"key\": \"{|KG1002:" + AnthropicKey + "|}\" }");

    [Fact]
    public Task Dotenv_file_is_a_warning()
    {
        var expected = new DiagnosticResult(Descriptors.KG1002_KeyInConfigFile).WithSeverity(DiagnosticSeverity.Warning).WithLocation(0);
        return VerifyAsync("/app/.env", "# local only\nOPENAI_API_KEY={|#0:" + OpenAIKey + "|}\n", expected.WithArguments("OpenAI", "project key", "sk-proj-\u2026" + OpenAIKey[^4..], KeyGov.Core.Detection.Fingerprint.Short(KeyGov.Core.Detection.Fingerprint.Of(OpenAIKey))));
    }

    [Fact]
    public Task Dotenv_variant_file_is_a_warning()
    {
        var expected = new DiagnosticResult(Descriptors.KG1002_KeyInConfigFile).WithSeverity(DiagnosticSeverity.Warning).WithLocation(0);
        return VerifyAsync("/app/.env.local", "ANTHROPIC_API_KEY=\"{|#0:" + AnthropicKey + "|}\"\n", expected.WithArguments("Anthropic", "API key", "sk-ant-api03-\u2026" + AnthropicKey[^4..], KeyGov.Core.Detection.Fingerprint.Short(KeyGov.Core.Detection.Fingerprint.Of(AnthropicKey))));
    }

    [Fact]
    public Task Key_in_a_json_comment_is_found_too() => VerifyAsync(
        "/app/appsettings.json",
        "{\n  // old: {|KG1002:" + OpenAIKey + "|}\n  \"OpenAI\": {}\n}\n");

    [Fact]
    public Task Files_that_are_not_config_files_are_not_read() => VerifyAsync(
        "/app/notes.txt", "key " + OpenAIKey);

    [Theory]
    [InlineData("{ \"OpenAI\": { \"ApiKey\": \"sk-proj-...\" } }")]
    [InlineData("{ \"OpenAI\": { \"ApiKey\": \"<your-api-key>\" } }")]
    [InlineData("{ \"OpenAI\": { \"ApiKey\": \"${OPENAI_API_KEY}\" } }")]
    [InlineData("{ \"OpenAI\": { \"ApiKey\": \"@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/openai/)\" } }")]
    public Task Placeholders_and_references_are_not_reported(string json) => VerifyAsync("/app/appsettings.json", json);

    [Fact]
    public async Task Allowed_fingerprint_is_not_reported()
    {
        var test = Verifier<ConfigFileKeyAnalyzer>.Create(Code);
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", "{ \"Docs\": \"" + OpenAIKey + "\" }"));
        test.TestState.AdditionalFiles.Add(("/app/keygov.json",
            "{ \"version\": 1, \"credentials\": [], \"allow\": [ { \"fingerprint\": \"" + KeyGov.Core.Detection.Fingerprint.Of(OpenAIKey) +
            "\", \"reason\": \"Published documentation sample\", \"owner\": \"@contoso/docs\" } ] }"));
        await test.RunAsync();
    }

    [Fact]
    public Task Prefix_less_key_under_a_provider_key_path_is_KG1004() => VerifyAsync(
        "/app/appsettings.json",
        "{\n  \"AzureOpenAI\": {\n    \"Endpoint\": \"https://contoso.openai.azure.com/\",\n    \"ApiKey\": \"{|KG1004:" + FakeKeys.AzureOpenAILegacy(41) + "|}\"\n  }\n}\n");

    [Fact]
    public Task Prefix_less_key_in_a_dotenv_variable_is_KG1004() => VerifyAsync(
        "/app/.env", "COHERE_API_KEY={|KG1004:" + FakeKeys.Cohere(42) + "|}\n");

    [Fact]
    public Task Google_api_key_under_a_Gemini_key_is_KG1002() => VerifyAsync(
        "/app/appsettings.json", "{ \"Gemini\": { \"ApiKey\": \"{|KG1002:" + FakeKeys.GoogleApiKey(43) + "|}\" } }");

    [Fact]
    public Task Setting_named_for_the_provider_with_a_neutral_suffix_in_appsettings() => VerifyAsync(
        "/app/appsettings.json", "{\n  \"Mistral3\": {\n    \"Setting\": \"{|KG1004:" + FakeKeys.Mistral(45) + "|}\"\n  },\n  \"DeepSeek:Value\": \"{|KG1004:" + FakeKeys.DeepSeek(46) + "|}\"\n}\n");

    [Fact]
    public Task Setting_named_for_the_provider_with_a_neutral_suffix_in_app_config() => VerifyAsync(
        "/app/App.config",
        "<configuration>\n  <appSettings>\n    <add key=\"AzureOpenAI5:Config\" value=\"{|KG1004:" + FakeKeys.AzureOpenAILegacy(47) + "|}\" />\n  </appSettings>\n</configuration>\n");

    [Fact]
    public Task Hashes_and_ids_under_provider_names_are_silent()
    {
        string md5 = HexDigests.Md5("deployment");
        string sha1 = HexDigests.Sha1("thumbprint").ToUpperInvariant();
        return VerifyAsync("/app/appsettings.json",
            "{ \"AzureOpenAI\": { \"Deployment\": \"" + md5 + "\", \"ContentMd5\": \"" + md5 + "\", \"TraceId\": \"" + FakeKeys.AzureOpenAILegacy(48) + "\" },\n" +
            "  \"Cohere\": { \"ModelId\": \"" + FakeKeys.Cohere(49) + "\", \"CertThumbprint\": \"" + sha1 + "\" },\n" +
            "  \"Deepgram\": { \"BaselineCommit\": \"" + sha1.ToLowerInvariant() + "\" } }");
    }

    [Fact]
    public Task Same_shape_under_a_neutral_name_is_silent() => VerifyAsync(
        "/app/appsettings.json", "{ \"Build\": { \"Commit\": \"" + FakeKeys.AzureOpenAILegacy(44) + "\", \"ApiKey\": \"" + Guid.NewGuid().ToString("N") + "\" } }");
}

/// <summary>Every catalog kind that <c>KeyScanner</c> returns, as a value of appsettings.json and of a .env file.</summary>
public class ConfigFileEveryKindTests
{
    /// <summary>Kind id and the index of its form in <c>FakeKeys.All</c>: a kind with two forms (long and short) runs twice.</summary>
    public static TheoryData<string, int> Kinds()
    {
        var data = new TheoryData<string, int>();
        var all = FakeKeys.All(9090);
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i].Key.IndexOfAny(['"', '\\', '\n']) < 0)
            {
                data.Add(all[i].KindId, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Found_in_appsettings_and_dotenv(string kindId, int form)
    {
        string key = FakeKeys.All(9090)[form].Key;
        var kind = KeyGov.Core.Detection.ProviderCatalog.Kinds.First(k => k.Id == kindId);
        // Ambiguous prefixes (AIza…, AKIA…) under a neutral name are KG1004; everything else KG1002.
        string rule = kind.SelfIdentifying ? "KG1002" : "KG1004";
        foreach (var (path, content) in new[]
        {
            ("/app/appsettings.json", "{ \"Section\": { \"Value\": \"{|" + rule + ":" + key + "|}\" } }"),
            ("/app/.env", "SOME_VALUE={|#0:" + key + "|}\n"),
        })
        {
            var test = Verifier<ConfigFileKeyAnalyzer>.Create("class C { }");
            test.TestState.AdditionalFiles.Add((path, content));
            if (path.EndsWith(".env", StringComparison.Ordinal))
            {
                var descriptor = kind.SelfIdentifying ? Descriptors.KG1002_KeyInConfigFile : Descriptors.KG1004_ContextualProviderKey;
                test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(descriptor)
                    .WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithMessage(null));
            }

            await test.RunAsync();
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_key_glued_to_a_preceding_letter_is_not_found(int seed)
    {
        foreach (var (kindId, key) in FakeKeys.All(seed))
        {
            if (key.IndexOfAny(['"', '\\', '\n']) >= 0)
            {
                continue;
            }

            var test = Verifier<ConfigFileKeyAnalyzer>.Create("class C { }");
            test.TestState.AdditionalFiles.Add(("/app/appsettings.json", "{ \"Section\": { \"Value\": \"Q" + key + "\" } }"));
            try
            {
                await test.RunAsync();
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException(kindId + " glued to a letter was reported: " + ex.Message);
            }
        }
    }
}
