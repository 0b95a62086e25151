using KeyGov.Core.Detection;
using KeyGov.Core.Usage;

namespace KeyGov.Core.Tests.Usage;

public class SinkCatalogTests
{
    [Fact]
    public void Every_sink_names_a_catalog_provider_or_none()
    {
        foreach (var sink in SinkCatalog.All)
        {
            Assert.True(sink.ProviderId == null || ProviderCatalog.IsKnownProvider(sink.ProviderId), sink.Describe());
            Assert.False(string.IsNullOrWhiteSpace(sink.TypeName));
        }
    }

    [Theory]
    [InlineData("OpenAI.OpenAIClient", ".ctor", "apiKey")]
    [InlineData("OpenAI.Chat.ChatClient", ".ctor", "credential")]
    [InlineData("System.ClientModel.ApiKeyCredential", ".ctor", "key")]
    [InlineData("Azure.AzureKeyCredential", ".ctor", "key")]
    [InlineData("Azure.AI.OpenAI.AzureOpenAIClient", ".ctor", "keyCredential")]
    [InlineData("Azure.AI.Inference.ChatCompletionsClient", ".ctor", "credential")]
    [InlineData("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "AddOpenAIChatCompletion", "apiKey")]
    [InlineData("Microsoft.SemanticKernel.MistralAIKernelBuilderExtensions", "AddMistralChatCompletion", "apiKey")]
    [InlineData("Microsoft.SemanticKernel.HuggingFaceKernelBuilderExtensions", "AddHuggingFaceChatCompletion", "apiKey")]
    [InlineData("Microsoft.SemanticKernel.GoogleAIKernelBuilderExtensions", "AddGoogleAIGeminiChatCompletion", "apiKey")]
    [InlineData("Microsoft.Extensions.AI.OpenAIRealtimeClient", ".ctor", "apiKey")]
    [InlineData("Google.GenAI.Client", ".ctor", "apiKey")]
    [InlineData("Amazon.Runtime.BasicAWSCredentials", ".ctor", "secretKey")]
    [InlineData("Amazon.BedrockRuntime.AmazonBedrockRuntimeClient", ".ctor", "awsSecretAccessKey")]
    [InlineData("Anthropic.AnthropicClient", ".ctor", "apiKey")]
    public void Known_parameter_sinks(string type, string member, string parameter) =>
        Assert.Contains(SinkCatalog.All, s => s.TypeName == type && s.AppliesTo(member) && s.Parameter == parameter && s.Kind == CredentialSinkKind.Parameter);

    [Fact]
    public void Anthropic_official_sdk_reads_its_variable_when_given_no_key()
    {
        var sink = Assert.Single(SinkCatalog.All, s => s.TypeName == "Anthropic.AnthropicClient" && s.Kind == CredentialSinkKind.ImplicitEnvironmentVariable);
        Assert.Equal("ANTHROPIC_API_KEY", sink.ImplicitEnvironmentVariable);
        Assert.Contains("ApiKey", sink.ExplicitCredentials);
        Assert.Contains(SinkCatalog.All, s => s.TypeName == "Anthropic.AnthropicClient" && s.Kind == CredentialSinkKind.Property && s.Member == "ApiKey");
    }

    [Fact]
    public void Any_method_entries_do_not_apply_to_constructors()
    {
        var sink = SinkCatalog.All.First(s => s.Member == CredentialSink.AnyMethod);
        Assert.True(sink.AppliesTo("AddSomething"));
        Assert.False(sink.AppliesTo(CredentialSink.Constructor));
    }

    [Theory]
    [InlineData("Authorization", true, null)]
    [InlineData("authorization", true, null)]
    [InlineData("api-key", true, "azure-ai-services")]
    [InlineData("x-api-key", true, null)]
    [InlineData("xi-api-key", true, "elevenlabs")]
    [InlineData("User-Agent", false, null)]
    [InlineData(null, false, null)]
    public void Http_headers_carry_a_credential_only_under_credential_names(string? header, bool matches, string? provider)
    {
        var sink = SinkCatalog.All.First(s => s.TypeName == "System.Net.Http.Headers.HttpHeaders");
        Assert.Equal(matches, sink.TryMatchCondition(header, out var found));
        if (matches)
        {
            Assert.Equal(provider, found);
        }
    }

    [Fact]
    public void Descriptions_name_parameter_type_and_method()
    {
        var sink = SinkCatalog.All.First(s => s.TypeName == "Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions");
        Assert.Equal("'apiKey' of Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion", sink.Describe("AddOpenAIChatCompletion"));
        var client = SinkCatalog.All.First(s => s.TypeName == "OpenAI.OpenAIClient");
        Assert.Equal("'apiKey' of OpenAI.OpenAIClient", client.Describe());
    }

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer  abc ", "abc")]
    [InlineData("abc", "abc")]
    public void Auth_schemes_are_not_part_of_the_key(string value, string key) => Assert.Equal(key, SinkCatalog.StripScheme(value));
}
