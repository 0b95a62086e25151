using Verify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.CredentialUseAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// Every SDK credential sink: a read with a generic name (LLM_GATEWAY_TOKEN, not a credential name by itself) counts
/// when it reaches the sink, and is silent when registered.
/// </summary>
public class CredentialSinkKindTests
{
    private const string Read = """var token = [|Environment.GetEnvironmentVariable("LLM_GATEWAY_TOKEN")|]!;""" + "\n";
    private const string Http = "var http = new HttpClient();\n";

    public static TheoryData<string, string> Rows => new()
    {
        { "OpenAIClient(string apiKey)", "new OpenAIClient(token);" },
        { "OpenAIClient(ApiKeyCredential)", "new OpenAIClient(new ApiKeyCredential(token));" },
        { "OpenAIClient with options", """new OpenAIClient(new ApiKeyCredential(token), new OpenAIClientOptions { Endpoint = new Uri("https://api.groq.com/openai/v1") });""" },
        { "ChatClient(model, apiKey)", """new ChatClient("gpt-4o-mini", token);""" },
        { "ChatClient(model, credential)", """new ChatClient(model: "gpt-4o-mini", credential: new ApiKeyCredential(token));""" },
        { "EmbeddingClient", """new OpenAI.Embeddings.EmbeddingClient("text-embedding-3-small", token);""" },
        { "ApiKeyCredential.Update", """var credential = new ApiKeyCredential("<placeholder>"); credential.Update(token);""" },
        { "AzureOpenAIClient + ApiKeyCredential", """new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential(token));""" },
        { "AzureOpenAIClient + AzureKeyCredential", """new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential(token));""" },
        { "AzureKeyCredential", "var credential = new AzureKeyCredential(token);" },
        { "Azure.AI.Inference", """new Azure.AI.Inference.ChatCompletionsClient(new Uri("https://models.inference.ai.azure.com"), new AzureKeyCredential(token));""" },
        { "Azure AI Search", """new Azure.Search.Documents.SearchClient(new Uri("https://contoso.search.windows.net"), "docs", new AzureKeyCredential(token));""" },
        { "Anthropic ApiKey init", "new Anthropic.AnthropicClient { ApiKey = token };" },
        { "Anthropic ClientOptions.ApiKey", "var options = new Anthropic.Core.ClientOptions(); options.ApiKey = token;" },
        { "Semantic Kernel OpenAI", """Kernel.CreateBuilder().AddOpenAIChatCompletion("gpt-4o", token);""" },
        { "Semantic Kernel Azure OpenAI", """Kernel.CreateBuilder().AddAzureOpenAIChatCompletion("chat", "https://contoso.openai.azure.com/", token);""" },
        { "Semantic Kernel Mistral", """Kernel.CreateBuilder().AddMistralChatCompletion("mistral-large-latest", token);""" },
        { "Semantic Kernel Hugging Face", """Kernel.CreateBuilder().AddHuggingFaceChatCompletion("phi-3", apiKey: token);""" },
        { "Semantic Kernel Google AI", """Kernel.CreateBuilder().AddGoogleAIGeminiChatCompletion("gemini-2.0-flash", token);""" },
        { "Semantic Kernel service class", """new Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService("gpt-4o", token);""" },
        { "Microsoft.Extensions.AI realtime", """new Microsoft.Extensions.AI.OpenAIRealtimeClient(token, "gpt-4o-realtime");""" },
        { "Google GenAI", "new Google.GenAI.Client(apiKey: token);" },
        { "AWS credentials", """new Amazon.Runtime.BasicAWSCredentials("AKIA-from-elsewhere", token);""" },
        { "Bedrock client", """new Amazon.BedrockRuntime.AmazonBedrockRuntimeClient("AKIA-from-elsewhere", token);""" },
        { "Authorization: Bearer (interpolated)", Http + """http.DefaultRequestHeaders.Add("Authorization", $"Bearer {token}");""" },
        { "Authorization: Bearer (concatenated)", Http + """http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);""" },
        { "AuthenticationHeaderValue Bearer", Http + """http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);""" },
        { "api-key header", Http + """http.DefaultRequestHeaders.Add("api-key", token);""" },
        { "x-api-key header", Http + """var request = new HttpRequestMessage(HttpMethod.Post, "https://api.anthropic.com/v1/messages"); request.Headers.Add("x-api-key", token);""" },
        { "xi-api-key header", Http + """http.DefaultRequestHeaders.Add("xi-api-key", token);""" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Generic_name_reaching_the_sink_is_found(string sink, string use)
    {
        _ = sink;
        return Verify.VerifyOnceAsync(Snippets.Expecting("KG2001", Read + use), Manifests.Empty);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Registered_read_at_the_sink_is_silent(string sink, string use)
    {
        _ = sink;
        return Verify.VerifyOnceAsync(Snippets.Silent(Read + use), Manifests.RegisteringEnv("LLM_GATEWAY_TOKEN"));
    }

    [Fact]
    public Task Community_Anthropic_client_takes_the_key_in_its_constructor() => Verify.VerifyAsync(
        Snippets.Expecting("KG2001", Read + "var client = new Anthropic.AnthropicClient(token);"),
        Manifests.Empty,
        timeChecks: null,
        stubs: [SdkStubs.Configuration, SdkStubs.OpenAI, SdkStubs.Azure, SdkStubs.SemanticKernel, SdkStubs.AnthropicCommunity],
        expected: []);

    [Fact]
    public Task Community_Anthropic_client_registered_is_silent() => Verify.VerifyAsync(
        Snippets.Silent(Read + "var client = new Anthropic.AnthropicClient(token);"),
        Manifests.RegisteringEnv("LLM_GATEWAY_TOKEN"),
        timeChecks: null,
        stubs: [SdkStubs.Configuration, SdkStubs.OpenAI, SdkStubs.Azure, SdkStubs.SemanticKernel, SdkStubs.AnthropicCommunity],
        expected: []);

    [Fact]
    public Task Community_Anthropic_client_reads_no_variable_by_itself() => Verify.VerifyAsync(
        Snippets.Silent("var client = new Anthropic.AnthropicClient();"),
        Manifests.Empty,
        timeChecks: null,
        stubs: [SdkStubs.Configuration, SdkStubs.OpenAI, SdkStubs.Azure, SdkStubs.SemanticKernel, SdkStubs.AnthropicCommunity],
        expected: []);

    [Fact]
    public Task Official_Anthropic_client_given_a_key_reads_no_variable() => Verify.VerifyAsync(
        Snippets.Silent("""var client = new Anthropic.AnthropicClient { ApiKey = "<set at deploy time>" };"""),
        Manifests.Empty);

    [Theory]
    [InlineData("""var http = new HttpClient(); http.DefaultRequestHeaders.Add("User-Agent", token);""")]
    [InlineData("""Console.WriteLine(token.Length);""")]
    [InlineData("""new ChatClient(token, "<model name, not a key>");""")]
    public Task Generic_name_away_from_any_sink_is_silent(string use) =>
        Verify.VerifyAsync(Snippets.Silent(Read + use), Manifests.Empty);
}
