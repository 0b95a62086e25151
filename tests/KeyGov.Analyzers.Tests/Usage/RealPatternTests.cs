using Verify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.CredentialUseAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// How real .NET AI code obtains keys, paraphrased from public samples (openai-dotnet README and ASP.NET example,
/// Semantic Kernel samples, dotnet/ai-samples quickstarts, Aspire integrations, Azure SDK samples). Each marked read
/// is unregistered against a manifest without it.
/// </summary>
public class RealPatternTests
{
    private static Task Found(string snippet) => Verify.VerifyAsync(Snippets.Expecting("KG2001", snippet), Manifests.Empty);

    private static Task Silent(string snippet) => Verify.VerifyAsync(Snippets.Silent(snippet), Manifests.Empty);

    // openai-dotnet README

    [Fact]
    public Task OpenAI_readme_chat_client_with_named_arguments() => Found("""
        ChatClient client = new(model: "gpt-4o", apiKey: [|Environment.GetEnvironmentVariable("OPENAI_API_KEY")|]);
        """);

    [Fact]
    public Task OpenAI_readme_shared_client() => Found("""
        OpenAIClient client = new([|Environment.GetEnvironmentVariable("OPENAI_API_KEY")|]);
        ChatClient chat = client.GetChatClient("gpt-4o-mini");
        """);

    [Fact]
    public Task OpenAI_readme_credential_and_custom_endpoint() => Found("""
        var options = new OpenAIClientOptions { Endpoint = new Uri("https://api.groq.com/openai/v1") };
        var client = new OpenAIClient(new ApiKeyCredential([|Environment.GetEnvironmentVariable("GROQ_API_KEY")|]!), options);
        """);

    [Fact]
    public Task OpenAI_aspnet_example_registers_a_client_from_configuration() => Found("""
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddSingleton<ChatClient>(_ => new ChatClient(builder.Configuration["OpenAI:Model"]!, [|builder.Configuration["OpenAI:ApiKey"]|]!));
        """);

    [Fact]
    public Task OpenAI_client_settings_section_of_the_host_builder() => Found("""
        var builder = Host.CreateApplicationBuilder(args);
        [|builder.AddChatClient("Clients:ChatClient")|];
        """);

    [Fact]
    public Task Missing_key_throws_with_a_hint() => Found("""
        string apiKey = [|Environment.GetEnvironmentVariable("OPENAI_API_KEY")|]
            ?? throw new InvalidOperationException("Set OPENAI_API_KEY to run this sample.");
        var chat = new ChatClient("gpt-4o", apiKey);
        """);

    // Semantic Kernel samples

    [Fact]
    public Task Semantic_Kernel_test_configuration_OpenAI() => Found("""
        var kernel = Kernel.CreateBuilder()
            .AddOpenAIChatCompletion(modelId: TestConfiguration.OpenAI.ChatModelId, apiKey: [|TestConfiguration.OpenAI.ApiKey|])
            .Build();
        """ + CredentialSourceKindTests.TestConfigurationType);

    [Fact]
    public Task Semantic_Kernel_test_configuration_Azure_OpenAI() => Found("""
        var kernel = Kernel.CreateBuilder()
            .AddAzureOpenAIChatCompletion(TestConfiguration.AzureOpenAI.ModelId, TestConfiguration.AzureOpenAI.Endpoint, [|TestConfiguration.AzureOpenAI.ApiKey|])
            .Build();
        """ + CredentialSourceKindTests.TestConfigurationType);

    [Fact]
    public Task Semantic_Kernel_test_configuration_Mistral() => Found("""
        var kernel = Kernel.CreateBuilder().AddMistralChatCompletion(TestConfiguration.MistralAI.ModelId, [|TestConfiguration.MistralAI.ApiKey|]).Build();
        """ + CredentialSourceKindTests.TestConfigurationType);

    [Fact]
    public Task Semantic_Kernel_test_configuration_Gemini() => Found("""
        var kernel = Kernel.CreateBuilder().AddGoogleAIGeminiChatCompletion(TestConfiguration.GoogleAI.ModelId, [|TestConfiguration.GoogleAI.ApiKey|]).Build();
        """ + CredentialSourceKindTests.TestConfigurationType);

    [Fact]
    public Task Semantic_Kernel_getting_started_from_the_environment() => Found("""
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion("gpt-4o", [|Environment.GetEnvironmentVariable("OPENAI_API_KEY")|]!);
        Kernel kernel = builder.Build();
        """);

    [Fact]
    public Task Semantic_Kernel_unit_test_settings_property() => Found("""
        internal static class TestConfig
        {
            public static IConfiguration Configuration { get; } = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            public static string OpenAIApiKey => [|Configuration.GetValue<string>("OpenAIApiKey")|] ?? throw new InvalidOperationException("Missing OpenAI key.");
        }
        """);

    [Fact]
    public Task Semantic_Kernel_Hugging_Face_connector() => Found("""
        var kernel = Kernel.CreateBuilder().AddHuggingFaceChatCompletion("microsoft/Phi-3-mini-4k-instruct", apiKey: [|Environment.GetEnvironmentVariable("HF_TOKEN")|]).Build();
        """);

    // dotnet/ai-samples quickstarts

    [Fact]
    public Task Quickstart_user_secrets_flat_key() => Found("""
        var config = new ConfigurationBuilder().AddUserSecrets<Program>().Build();
        string model = config["ModelName"]!;
        string key = [|config["OpenAIKey"]|]!;
        var chat = new OpenAIClient(key).GetChatClient(model);
        """);

    [Fact]
    public Task Quickstart_Azure_OpenAI_endpoint_and_key() => Found("""
        var config = new ConfigurationBuilder().AddUserSecrets<Program>().Build();
        string endpoint = config["AZURE_OPENAI_ENDPOINT"]!;
        string deployment = config["AZURE_OPENAI_GPT_NAME"]!;
        string key = [|config["AZURE_OPENAI_KEY"]|]!;
        var chat = new AzureOpenAIClient(new Uri(endpoint), new ApiKeyCredential(key)).GetChatClient(deployment);
        """);

    [Fact]
    public Task Quickstart_GitHub_Models_token() => Found("""
        var client = new Azure.AI.Inference.ChatCompletionsClient(
            new Uri("https://models.inference.ai.azure.com"),
            new AzureKeyCredential([|Environment.GetEnvironmentVariable("GH_TOKEN")|]!));
        """);

    [Fact]
    public Task GitHub_Models_through_the_OpenAI_SDK() => Found("""
        var client = new OpenAIClient(
            new ApiKeyCredential([|Environment.GetEnvironmentVariable("GITHUB_TOKEN")|]!),
            new OpenAIClientOptions { Endpoint = new Uri("https://models.github.ai/inference") });
        """);

    // Aspire

    [Fact]
    public Task Aspire_OpenAI_client_integration() => Found("""
        var builder = Host.CreateApplicationBuilder(args);
        [|builder.AddOpenAIClient("openai")|];
        """);

    [Fact]
    public Task Aspire_Azure_OpenAI_client_integration() => Found("""
        var builder = Host.CreateApplicationBuilder(args);
        [|builder.AddAzureOpenAIClient("chat")|];
        """);

    [Fact]
    public Task Aspire_connection_string_read_by_hand() => Found("""
        var builder = Host.CreateApplicationBuilder(args);
        string connection = [|builder.Configuration.GetConnectionString("openai")|]!;
        var client = new OpenAIClient(new ApiKeyCredential(connection));
        """);

    // Azure SDK samples

    [Fact]
    public Task Azure_OpenAI_with_AzureKeyCredential() => Found("""
        string endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT")!;
        var client = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential([|Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")|]!));
        """);

    [Fact]
    public Task Azure_AI_Search_key_from_configuration() => Found("""
        var builder = Host.CreateApplicationBuilder(args);
        var search = new Azure.Search.Documents.SearchClient(
            new Uri(builder.Configuration["AzureSearch:Endpoint"]!), "hotels", new AzureKeyCredential([|builder.Configuration["AzureSearch:ApiKey"]|]!));
        """);

    [Fact]
    public Task Azure_AI_Inference_key() => Found("""
        var endpoint = new Uri(Environment.GetEnvironmentVariable("AZURE_AI_CHAT_ENDPOINT")!);
        var client = new Azure.AI.Inference.ChatCompletionsClient(endpoint, new AzureKeyCredential([|Environment.GetEnvironmentVariable("AZURE_AI_CHAT_KEY")|]!));
        """);

    // Anthropic

    [Fact]
    public Task Anthropic_official_client_from_the_environment() => Found("""
        Anthropic.AnthropicClient client = [|new()|];
        """);

    [Fact]
    public Task Anthropic_official_client_from_configuration() => Found("""
        var builder = Host.CreateApplicationBuilder(args);
        var client = new Anthropic.AnthropicClient { ApiKey = [|builder.Configuration["Claude:ApiKey"]|] };
        """);

    // Options pattern

    [Fact]
    public Task Options_bound_in_startup_and_read_in_a_service() => Found("""
        var builder = Host.CreateApplicationBuilder(args);
        [|builder.Services.Configure<OpenAISettings>(builder.Configuration.GetSection("OpenAI"))|];

        public sealed class OpenAISettings
        {
            public string ApiKey { get; set; } = "";
            public string Model { get; set; } = "gpt-4o";
        }

        public sealed class ChatService(IOptions<OpenAISettings> options)
        {
            public ChatClient Client { get; } = new(options.Value.Model, options.Value.ApiKey);
        }
        """);

    [Fact]
    public Task Options_bound_to_an_instance_named_after_its_type() => Found("""
        var configuration = new ConfigurationBuilder().AddUserSecrets<Program>().Build();
        var settings = new OpenAiApiSettings();
        [|configuration.GetSection(nameof(OpenAiApiSettings)).Bind(settings)|];
        var client = new ChatClient("gpt-4o-mini", settings.ApiKey);

        public sealed class OpenAiApiSettings { public string ApiKey { get; set; } = ""; }
        """);

    [Fact]
    public Task Generic_options_property_counts_when_it_reaches_a_sink() => Found("""
        var configuration = new ConfigurationBuilder().Build();
        var gateway = [|configuration.GetRequiredSection("Gateway").Get<GatewaySettings>()|]!;
        var client = new OpenAIClient(new ApiKeyCredential(gateway.Token), new OpenAIClientOptions { Endpoint = new Uri(gateway.Url) });

        public sealed class GatewaySettings
        {
            public string Url { get; set; } = "";
            public string Token { get; set; } = "";
        }
        """);

    [Fact]
    public Task Options_with_a_section_name_constant() => Found("""
        var builder = Host.CreateApplicationBuilder(args);
        [|builder.Services.AddOptions<GeminiOptions>().BindConfiguration(GeminiOptions.SectionName)|];

        public sealed class GeminiOptions
        {
            public const string SectionName = "Gemini";
            public string ApiKey { get; set; } = "";
        }
        """);

    // Raw HTTP

    [Fact]
    public Task ElevenLabs_over_raw_HTTP() => Found("""
        var http = new HttpClient { BaseAddress = new Uri("https://api.elevenlabs.io/") };
        http.DefaultRequestHeaders.Add("xi-api-key", [|Environment.GetEnvironmentVariable("ELEVENLABS_API_KEY")|]);
        """);

    [Fact]
    public Task Voyage_bearer_token_from_configuration() => Found("""
        IConfiguration config = new ConfigurationBuilder().Build();
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", [|config["Voyage:ApiKey"]|]);
        """);

    [Fact]
    public Task Anthropic_messages_API_with_a_private_name() => Found("""
        var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.anthropic.com/v1/messages");
        request.Headers.Add("x-api-key", [|Environment.GetEnvironmentVariable("CLAUDE_KEY")|]);
        request.Headers.Add("anthropic-version", "2023-06-01");
        """);

    // AWS Bedrock

    [Fact]
    public Task Bedrock_with_IAM_keys_from_configuration() => Found("""
        IConfiguration config = new ConfigurationBuilder().Build();
        var credentials = new Amazon.Runtime.BasicAWSCredentials([|config["AWS:AccessKey"]|]!, [|config["AWS:SecretKey"]|]!);
        var bedrock = new Amazon.BedrockRuntime.AmazonBedrockRuntimeClient(credentials);
        """);

    // What is not a credential read

    [Fact]
    public Task Endpoints_models_and_org_ids_are_not_credentials() => Silent("""
        var builder = Host.CreateApplicationBuilder(args);
        string endpoint = builder.Configuration["OpenAI:Endpoint"]!;
        string model = builder.Configuration.GetValue<string>("OpenAI:Model")!;
        string? org = Environment.GetEnvironmentVariable("OPENAI_ORG_ID");
        Console.WriteLine(endpoint + model + org);
        """);

    [Fact]
    public Task Generic_secrets_away_from_AI_sinks_are_not_credentials() => Silent("""
        var builder = Host.CreateApplicationBuilder(args);
        byte[] signingKey = System.Text.Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Secret"]!);
        string? github = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
        string? database = builder.Configuration.GetConnectionString("Default");
        Console.WriteLine(signingKey.Length + github + database);
        """);
}
