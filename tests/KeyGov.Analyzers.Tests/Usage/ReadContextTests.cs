using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.CredentialUseAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// Credential reads that real apps make and a reviewer sees (issue "Read context the way a reviewer does"), paraphrased
/// from public code: SDKs that read a key themselves, options bound in one class and used in another, JSON blobs with a
/// key inside, classes that do not compile, and the messages that name what was read.
/// </summary>
public class ReadContextTests
{
    private static readonly string[] Stubs = [.. SdkStubs.All, ExtraStubs.Community, ExtraStubs.Json];

    private static Task Found(string snippet) =>
        Verify.VerifyAsync(Snippets.Expecting("KG2001", snippet), Manifests.Empty, timeChecks: null, Stubs);

    private static Task Silent(string snippet) =>
        Verify.VerifyAsync(Snippets.Silent(snippet), Manifests.Empty, timeChecks: null, Stubs);

    private static Task Message(string snippet, string message) =>
        Verify.VerifyAsync(Snippets.Usings + snippet, Manifests.Empty, timeChecks: null, Stubs,
            new DiagnosticResult("KG2001", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(message));

    private static string Suggest(string id, string provider, string field, string name) =>
        "add an entry such as { \"id\": \"" + id + "\", \"provider\": \"" + provider + "\", \"consumers\": [\"TestProject\"], " +
        "\"sources\": { \"" + field + "\": [\"" + name + "\"] } } and fill in its owner, purpose and expiry";

    // SDKs that read the key themselves

    [Fact]
    public Task Community_Anthropic_SDK_client_without_a_key() => Found("""
        var client = [|new Anthropic.SDK.AnthropicClient()|];
        """);

    [Fact]
    public Task Community_Anthropic_SDK_client_given_a_key_reads_nothing_itself() => Found("""
        var client = new Anthropic.SDK.AnthropicClient(new Anthropic.SDK.APIAuthentication([|Environment.GetEnvironmentVariable("CLAUDE_KEY")|]));
        """);

    [Fact]
    public Task Community_Anthropic_SDK_on_Vertex_without_credentials() => Found("""
        var client = [|new Anthropic.SDK.VertexAIClient()|];
        """);

    [Fact]
    public Task OpenAI_responses_client_settings_section() => Found("""
        using OpenAI.Responses;
        var builder = Host.CreateApplicationBuilder(args);
        [|builder.AddResponsesClient("Clients:Responses")|];
        """);

    [Fact]
    public Task Implicit_read_of_the_responses_client_names_its_key() => Message("""
        using OpenAI.Responses;
        var builder = Host.CreateApplicationBuilder(args);
        {|#0:builder.AddResponsesClient("Clients:Responses")|};
        """,
        "Configuration key 'Clients:Responses:Credential:Key' is read as a credential (OpenAI) but no keygov.json entry lists it in sources; " +
        Suggest("openai-clients-responses-credential-key", "openai", "config", "Clients:Responses:Credential:Key"));

    // Options bound in one class, used in another

    [Fact]
    public Task Options_token_bound_in_startup_and_used_by_another_class() => Found("""
        var configuration = new ConfigurationBuilder().Build();
        var settings = new HuggingFaceSettings();
        [|configuration.GetSection("Inference").Bind(settings)|];
        var service = new Summarizer(settings);

        public sealed class HuggingFaceSettings
        {
            public string Model { get; set; } = "";
            public string Token { get; set; } = "";
        }

        public sealed class Summarizer(HuggingFaceSettings settings)
        {
            public Kernel Kernel { get; } = Kernel.CreateBuilder().AddHuggingFaceChatCompletion(settings.Model, apiKey: settings.Token).Build();
        }
        """);

    [Fact]
    public Task Bound_options_read_names_the_property() => Message("""
        var configuration = new ConfigurationBuilder().Build();
        var settings = {|#0:configuration.GetSection("OpenAI").Get<AssistantSettings>()|};

        public sealed class AssistantSettings
        {
            public string Token { get; set; } = "";
        }
        """,
        "Configuration key 'OpenAI:Token' (AssistantSettings.Token) is read as a credential (OpenAI) but no keygov.json entry lists it in sources; " +
        Suggest("openai-token", "openai", "config", "OpenAI:Token"));

    [Fact]
    public Task Generic_options_secret_away_from_sinks_stays_silent() => Silent("""
        var configuration = new ConfigurationBuilder().Build();
        var settings = configuration.GetSection("Jwt").Get<JwtSettings>();

        public sealed class JwtSettings
        {
            public string Secret { get; set; } = "";
            public string Issuer { get; set; } = "";
        }
        """);

    [Fact]
    public Task Other_keys_under_a_providers_section_stay_silent() => Silent("""
        var configuration = new ConfigurationBuilder().Build();
        var settings = configuration.GetSection("OpenAI").Get<OpenAICacheSettings>();
        var blob = System.Text.Json.JsonSerializer.Deserialize<OpenAICacheSettings>(Environment.GetEnvironmentVariable("OPENAI_CACHE")!);

        public sealed class OpenAICacheSettings
        {
            public string CacheKey { get; set; } = "";
            public string PartitionKey { get; set; } = "";
        }
        """);

    // JSON blobs

    [Fact]
    public Task Environment_variable_holding_JSON_settings() => Message("""
        var settings = System.Text.Json.JsonSerializer.Deserialize<AgentSettings>({|#0:Environment.GetEnvironmentVariable("AGENT_SETTINGS")|}!);

        public sealed class AgentSettings
        {
            public string Model { get; set; } = "";
            public string HuggingFaceToken { get; set; } = "";
        }
        """,
        "Environment variable 'AGENT_SETTINGS' (JSON, AgentSettings.HuggingFaceToken) is read as a credential (Hugging Face) but no keygov.json entry lists it in sources; " +
        Suggest("huggingface-agent-settings", "huggingface", "env", "AGENT_SETTINGS"));

    [Fact]
    public Task Newtonsoft_blob_from_configuration() => Found("""
        IConfiguration config = new ConfigurationBuilder().Build();
        string json = [|config["Deployment"]|]!;
        var deployment = Newtonsoft.Json.JsonConvert.DeserializeObject<DeploymentSettings>(json);

        public sealed class DeploymentSettings
        {
            public string Endpoint { get; set; } = "";
            public string AzureOpenAIApiKey { get; set; } = "";
        }
        """);

    [Fact]
    public Task Nested_credential_in_a_blob() => Found("""
        var settings = System.Text.Json.JsonSerializer.Deserialize<AppSettings>([|Environment.GetEnvironmentVariable("APP_CONFIG")|]!);

        public sealed class AppSettings { public ProviderSettings OpenAI { get; set; } = new(); }
        public sealed class ProviderSettings { public string ApiKey { get; set; } = ""; }
        """);

    [Fact]
    public Task The_apps_own_config_file_deserialised() => Message("""
        var config = {|#0:System.Text.Json.JsonSerializer.Deserialize<AppConfig>(System.IO.File.ReadAllText("appsettings.json"))|};

        public sealed class AppConfig { public GeminiSettings Gemini { get; set; } = new(); }
        public sealed class GeminiSettings { public string ApiKey { get; set; } = ""; public string Model { get; set; } = ""; }
        """,
        "Configuration key 'Gemini:ApiKey' (JSON, AppConfig.Gemini.ApiKey) is read as a credential (Google Gemini) but no keygov.json entry lists it in sources; " +
        Suggest("google-gemini-gemini-apikey", "google-gemini", "config", "Gemini:ApiKey"));

    [Fact]
    public Task A_blob_without_credential_properties_stays_silent() => Silent("""
        var settings = System.Text.Json.JsonSerializer.Deserialize<UiSettings>(Environment.GetEnvironmentVariable("UI_SETTINGS")!);
        var file = System.Text.Json.JsonSerializer.Deserialize<UiSettings>(System.IO.File.ReadAllText("appsettings.json"));

        public sealed class UiSettings { public string Theme { get; set; } = ""; public string Secret { get; set; } = ""; }
        """);

    // Classes that do not compile

    [Fact]
    public Task Reads_in_a_class_with_a_missing_SDK_type() => Found("""
        public static class Clients
        {
            public static object Chat() => new {|CS0246:OldChatClient|}("gpt-4o", [|Environment.GetEnvironmentVariable("OPENAI_API_KEY")|]);

            public static object Embeddings(IConfiguration config) => new {|CS0246:OldEmbeddingClient|}(config["Embeddings:Model"], [|config["OpenAI:ApiKey"]|]);

            public static object Claude() => new Anthropic.AnthropicClient { ApiKey = [|Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY")|], {|CS0117:MaxRetries|} = 3 };

            public static void Search(IConfiguration config) => {|CS0103:SearchFactory|}.Create(config["Search:Endpoint"], [|config["AzureSearch:ApiKey"]|]);
        }
        """);

    [Fact]
    public Task Reads_beside_a_member_that_calls_a_removed_method() => Found("""
        public sealed class Assistant(IConfiguration config)
        {
            private readonly ChatClient _chat = new("gpt-4o", [|config["OpenAI:ApiKey"]|]!);

            public void Ask(string question) => _chat.{|CS1061:CompleteChatStreamingAsyncV2|}(question);
        }
        """);

    [Fact]
    public Task Generic_names_reach_the_sink_of_a_call_that_no_longer_binds()
    {
        // The SDK moved under the code (package drift): no overload takes these arguments any more, but each candidate's
        // credential parameter still says where the values go. Compiler errors are not the point here.
        var test = Verify.Create(Snippets.Expecting("KG2001", """
            public sealed class Drifted(IConfiguration config)
            {
                public object Chat() => new ChatClient("gpt-4o", [|config["Assistant:Secret"]|], retries: 3);

                public object Client() => new OpenAIClient([|Environment.GetEnvironmentVariable("LLM_TOKEN")|], new Uri("https://llm.contoso.test"), 3);

                public object Kernel() => Microsoft.SemanticKernel.Kernel.CreateBuilder()
                    .AddOpenAIChatCompletion("gpt-4o", [|config["Kernel:Secret"]|], endpoint: new Uri("https://llm.contoso.test")).Build();

                public object Gemini() => new Google.GenAI.Client(apiKey: [|config["Llm:Password"]|], timeout: 30);
            }
            """), Manifests.Empty, stubs: Stubs);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }

    // Provider by the sink that consumes the value

    [Fact]
    public Task Google_key_given_to_Claude_on_Vertex_is_a_Vertex_key() => Message("""
        var auth = new Anthropic.SDK.VertexAIAuthentication("my-project", "us-east5", apiKey: {|#0:Environment.GetEnvironmentVariable("GOOGLE_API_KEY")|});
        var client = new Anthropic.SDK.VertexAIClient(auth);
        """,
        "Environment variable 'GOOGLE_API_KEY' is read as a credential (Google Vertex AI) but no keygov.json entry lists it in sources; " +
        Suggest("google-vertex-google-api-key", "google-vertex", "env", "GOOGLE_API_KEY"));

    [Fact]
    public Task OpenAI_compatible_client_keeps_the_provider_its_name_says() => Message("""
        var options = new OpenAIClientOptions { Endpoint = new Uri("https://api.groq.com/openai/v1") };
        var client = new OpenAIClient(new ApiKeyCredential({|#0:Environment.GetEnvironmentVariable("GROQ_API_KEY")|}!), options);
        """,
        "Environment variable 'GROQ_API_KEY' is read as a credential (Groq) but no keygov.json entry lists it in sources; " +
        Suggest("groq-api-key", "groq", "env", "GROQ_API_KEY"));
}

/// <summary>Stubs of the community SDKs and JSON libraries these tests need.</summary>
internal static class ExtraStubs
{
    public const string Community = """
        namespace Anthropic.SDK
        {
            public class APIAuthentication
            {
                public APIAuthentication(string apiKey) { }
                public string? ApiKey { get; set; }
                public static APIAuthentication? LoadFromEnv() => null;
                public static implicit operator APIAuthentication(string key) => new APIAuthentication(key);
            }

            public class AnthropicClient
            {
                public AnthropicClient(APIAuthentication? apiKeys = null, System.Net.Http.HttpClient? client = null) { }
                public APIAuthentication? Auth { get; set; }
            }

            public class VertexAIAuthentication
            {
                public VertexAIAuthentication(string projectId, string region, string? apiKey = null, string? accessToken = null) { }
            }

            public class VertexAIClient
            {
                public VertexAIClient(VertexAIAuthentication? auth = null, System.Net.Http.HttpClient? client = null) { }
            }
        }

        namespace OpenAI.Responses
        {
            public static class OpenAIResponsesHostBuilderExtensions
            {
                public static void AddResponsesClient(this Microsoft.Extensions.Hosting.IHostApplicationBuilder builder, string sectionName) { }
                public static void AddKeyedResponsesClient(this Microsoft.Extensions.Hosting.IHostApplicationBuilder builder, string serviceKey, string sectionName) { }
            }
        }
        """;

    public const string Json = """
        namespace Newtonsoft.Json
        {
            public static class JsonConvert
            {
                public static T? DeserializeObject<T>(string value) => default;
                public static object? DeserializeObject(string value, System.Type type) => null;
            }
        }
        """;
}
