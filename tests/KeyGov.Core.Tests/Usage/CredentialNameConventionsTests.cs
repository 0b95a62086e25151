using KeyGov.Core.Usage;

namespace KeyGov.Core.Tests.Usage;

public class CredentialNameConventionsTests
{
    [Theory]
    [InlineData("OPENAI_API_KEY", "openai")]
    [InlineData("ANTHROPIC_API_KEY", "anthropic")]
    [InlineData("AZURE_OPENAI_KEY", "azure-ai-services")]
    [InlineData("HF_TOKEN", "huggingface")]
    [InlineData("AWS_SECRET_ACCESS_KEY", "aws-bedrock")]
    [InlineData("GEMINI_API_KEY", "google-gemini")]
    [InlineData("EVAL_SAMPLE_OPENAI_API_KEY", "openai")] // a prefix of the app's own (dotnet/ai-samples): the last words say whose
    [InlineData("SAMPLE_GROQ_API_KEY", "groq")]
    [InlineData("MY_AZURE_OPENAI_API_KEY", "azure-ai-services")] // the longest run of last words wins over OPENAI alone
    public void Conventional_environment_variables_are_credentials_of_their_provider(string name, string provider)
    {
        var info = CredentialNameConventions.Classify(CredentialSource.Environment(name));
        Assert.True(info.IsCredentialName);
        Assert.Equal(provider, info.ProviderId);
    }

    [Theory]
    [InlineData("OpenAI:ApiKey", "openai")]
    [InlineData("openai:key", "openai")]
    [InlineData("OpenAIKey", "openai")]
    [InlineData("AzureOpenAI:ApiKey", "azure-ai-services")]
    [InlineData("AZURE_OPENAI_KEY", "azure-ai-services")]
    [InlineData("MistralAI:ApiKey", "mistral")]
    [InlineData("OpenAI:ChatApiKey", "openai")]
    public void Conventional_and_api_key_shaped_configuration_keys_are_credentials(string key, string provider)
    {
        var info = CredentialNameConventions.Classify(CredentialSource.Configuration(key));
        Assert.True(info.IsCredentialName);
        Assert.Equal(provider, info.ProviderId);
    }

    [Theory]
    [InlineData("WEATHER_API_KEY")]
    [InlineData("Gateway__ApiKey")]
    [InlineData("MY_APIKEY")]
    [InlineData("NOTOPENAI_API_KEY")] // whole words only
    public void Api_key_shaped_environment_variables_count_without_a_provider(string name)
    {
        var info = CredentialNameConventions.Classify(CredentialSource.Environment(name));
        Assert.True(info.IsCredentialName);
        Assert.Null(info.ProviderId);
    }

    [Theory]
    [InlineData("Gateway:ApiKey")]
    [InlineData("Clients:Chat:Credential:Key")]
    [InlineData("api_key")]
    public void Api_key_shaped_configuration_keys_count(string key) =>
        Assert.True(CredentialNameConventions.Classify(CredentialSource.Configuration(key)).IsCredentialName);

    [Theory]
    [InlineData("GITHUB_TOKEN")]
    [InlineData("GH_TOKEN")]
    [InlineData("SERVICE_TOKEN")]
    [InlineData("DB_PASSWORD")]
    [InlineData("CLIENT_SECRET")]
    public void Generic_environment_variables_count_only_at_a_sink(string name) =>
        Assert.False(CredentialNameConventions.Classify(CredentialSource.Environment(name)).IsCredentialName);

    [Theory]
    [InlineData("Jwt:Secret")]
    [InlineData("ConnectionStrings:Default")]
    [InlineData("OpenAI:Endpoint")]
    [InlineData("Logging:LogLevel:Default")]
    public void Generic_configuration_keys_count_only_at_a_sink(string key) =>
        Assert.False(CredentialNameConventions.Classify(CredentialSource.Configuration(key)).IsCredentialName);

    [Fact]
    public void GitHub_tokens_still_name_their_provider() =>
        Assert.Equal("github", CredentialNameConventions.Classify(CredentialSource.Environment("GH_TOKEN")).ProviderId);

    [Theory]
    [InlineData("openai", "OPENAI_API_KEY")]
    [InlineData("anthropic", "ANTHROPIC_API_KEY")]
    [InlineData("azure-ai-services", "AZURE_OPENAI_API_KEY")]
    [InlineData("mistral", "MISTRAL_API_KEY")]
    public void Each_provider_has_a_conventional_variable_for_fixes(string provider, string variable) =>
        Assert.Equal(variable, CredentialNameConventions.ConventionalEnvironmentVariable(provider));

    [Fact]
    public void Every_catalog_provider_has_a_conventional_variable()
    {
        foreach (var provider in KeyGov.Core.Detection.ProviderCatalog.ProviderIds)
        {
            Assert.NotNull(CredentialNameConventions.ConventionalEnvironmentVariable(provider));
        }
    }

    [Theory]
    [InlineData("ApiKey", true)]
    [InlineData("Key", true)]
    [InlineData("ClaudeApiKey", true)]
    [InlineData("AccessToken", true)]
    [InlineData("ClientSecret", true)]
    [InlineData("Password", true)]
    [InlineData("Endpoint", false)]
    [InlineData("Model", false)]
    [InlineData("DeploymentName", false)]
    public void Options_properties_that_may_hold_a_credential(string name, bool expected) =>
        Assert.Equal(expected, CredentialNameConventions.IsCredentialPropertyName(name));
}
