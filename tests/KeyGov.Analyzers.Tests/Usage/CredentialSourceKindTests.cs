using Verify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.CredentialUseAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// Every way code reads a credential: each row is found as unregistered (KG2001, at the marked read) against a
/// manifest without it, and is silent when the manifest registers it under the given source.
/// </summary>
public class CredentialSourceKindTests
{
    private const string OptionsType = """

        public sealed class OpenAIOptions
        {
            public const string SectionName = "OpenAI";
            public string? ApiKey { get; set; }
            public string? Endpoint { get; set; }
        }
        """;

    public static TheoryData<string, string, string, string> Rows => new()
    {
        { "environment variable", """var key = [|Environment.GetEnvironmentVariable("OPENAI_API_KEY")|];""", "env", "OPENAI_API_KEY" },
        { "IConfiguration indexer", """IConfiguration config = new ConfigurationBuilder().Build(); var key = [|config["OpenAI:ApiKey"]|];""", "config", "OpenAI:ApiKey" },
        { "ConfigurationManager indexer", """var builder = Host.CreateApplicationBuilder(args); var key = [|builder.Configuration["Anthropic:ApiKey"]|];""", "config", "Anthropic:ApiKey" },
        { "GetValue<T>", """IConfiguration config = new ConfigurationBuilder().Build(); var key = [|config.GetValue<string>("MistralAI:ApiKey")|];""", "config", "MistralAI:ApiKey" },
        { "GetValue<T> with a default", """IConfiguration config = new ConfigurationBuilder().Build(); var key = [|config.GetValue("Groq:ApiKey", "")|];""", "config", "Groq:ApiKey" },
        { "GetSection()[]", """IConfiguration config = new ConfigurationBuilder().Build(); var key = [|config.GetSection("OpenAI")["ApiKey"]|];""", "config", "OpenAI:ApiKey" },
        { "GetSection().Value", """IConfiguration config = new ConfigurationBuilder().Build(); var key = [|config.GetSection("OpenAI:ApiKey").Value|];""", "config", "OpenAI:ApiKey" },
        { "nested GetSection", """IConfiguration config = new ConfigurationBuilder().Build(); var key = [|config.GetSection("AI").GetSection("OpenAI")["ApiKey"]|];""", "config", "AI:OpenAI:ApiKey" },
        { "section kept in a local", """IConfiguration config = new ConfigurationBuilder().Build(); var section = config.GetSection("Anthropic"); var key = [|section.GetValue<string>("ApiKey")|];""", "config", "Anthropic:ApiKey" },
        { "GetRequiredSection", """IConfiguration config = new ConfigurationBuilder().Build(); var key = [|config.GetRequiredSection("OpenAI")["ApiKey"]|];""", "config", "OpenAI:ApiKey" },
        { "GetConnectionString at a sink", """IConfiguration config = new ConfigurationBuilder().Build(); var client = new OpenAIClient([|config.GetConnectionString("openai")|]!);""", "config", "ConnectionStrings:openai" },
        { "Configure<T>(GetSection)", """var builder = Host.CreateApplicationBuilder(args); [|builder.Services.Configure<OpenAIOptions>(builder.Configuration.GetSection("OpenAI"))|];""" + OptionsType, "config", "OpenAI:ApiKey" },
        { "BindConfiguration(SectionName)", """var builder = Host.CreateApplicationBuilder(args); [|builder.Services.AddOptions<OpenAIOptions>().BindConfiguration(OpenAIOptions.SectionName)|];""" + OptionsType, "config", "OpenAI:ApiKey" },
        { "OptionsBuilder.Bind", """var builder = Host.CreateApplicationBuilder(args); [|builder.Services.AddOptions<OpenAIOptions>().Bind(builder.Configuration.GetSection(OpenAIOptions.SectionName))|];""" + OptionsType, "config", "OpenAI:ApiKey" },
        { "Bind(instance)", """IConfiguration config = new ConfigurationBuilder().Build(); var options = new OpenAIOptions(); [|config.GetSection("OpenAI").Bind(options)|];""" + OptionsType, "config", "OpenAI:ApiKey" },
        { "Get<T>", """IConfiguration config = new ConfigurationBuilder().Build(); var options = [|config.GetSection("OpenAI").Get<OpenAIOptions>()|];""" + OptionsType, "config", "OpenAI:ApiKey" },
        { "[ConfigurationKeyName]", """IConfiguration config = new ConfigurationBuilder().Build(); var options = [|config.GetSection("Gemini").Get<GeminiOptions>()|]; public sealed class GeminiOptions { [ConfigurationKeyName("api_key")] public string? Key { get; set; } }""", "config", "Gemini:api_key" },
        { "System.ClientModel client settings", """var builder = Host.CreateApplicationBuilder(args); [|builder.AddChatClient("Clients:Chat")|];""", "config", "Clients:Chat:Credential:Key" },
        { "Aspire connection string", """var builder = Host.CreateApplicationBuilder(args); [|builder.AddOpenAIClient("openai")|];""", "config", "ConnectionStrings:openai" },
        { "Aspire Azure OpenAI connection string", """var builder = Host.CreateApplicationBuilder(args); [|builder.AddAzureOpenAIClient("chat")|];""", "config", "ConnectionStrings:chat" },
        { "implicit ANTHROPIC_API_KEY", """var client = [|new Anthropic.AnthropicClient()|];""", "env", "ANTHROPIC_API_KEY" },
        { "implicit GOOGLE_API_KEY", """var client = [|new Google.GenAI.Client()|];""", "env", "GOOGLE_API_KEY" },
        { "Semantic Kernel TestConfiguration", """var key = [|TestConfiguration.OpenAI.ApiKey|];""" + TestConfigurationType, "config", "OpenAI:ApiKey" },
        { "__ in a variable is a configuration key", """var key = [|Environment.GetEnvironmentVariable("OpenAI__ApiKey")|];""", "config", "OpenAI:ApiKey" },
        { "flat key read through configuration", """IConfiguration config = new ConfigurationBuilder().Build(); var key = [|config["AZURE_OPENAI_KEY"]|];""", "env", "AZURE_OPENAI_KEY" },
        { "configuration keys ignore case", """IConfiguration config = new ConfigurationBuilder().Build(); var key = [|config["openai:apikey"]|];""", "config", "OpenAI:ApiKey" },
        { "Key Vault secret name", """IConfiguration config = new ConfigurationBuilder().Build(); var key = [|config["OpenAI:ApiKey"]|];""", "config", "OpenAI--ApiKey" },
    };

    public const string TestConfigurationType = """

        public sealed class TestConfiguration
        {
            private static IConfigurationRoot s_root = null!;
            public static OpenAIConfig OpenAI => LoadSection<OpenAIConfig>();
            public static OpenAIConfig AzureOpenAI => LoadSection<OpenAIConfig>();
            public static OpenAIConfig MistralAI => LoadSection<OpenAIConfig>();
            public static OpenAIConfig GoogleAI => LoadSection<OpenAIConfig>();
            private static T LoadSection<T>([System.Runtime.CompilerServices.CallerMemberName] string? caller = null) =>
                s_root.GetSection(caller!).Get<T>()!;

            public sealed class OpenAIConfig
            {
                public string ModelId { get; set; } = "";
                public string ChatModelId { get; set; } = "";
                public string Endpoint { get; set; } = "";
                public string ApiKey { get; set; } = "";
            }
        }
        """;

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Unregistered_read_is_found(string kind, string snippet, string field, string name)
    {
        _ = (kind, field, name);
        return Verify.VerifyOnceAsync(Snippets.Expecting("KG2001", snippet), Manifests.Empty);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Registered_read_is_silent(string kind, string snippet, string field, string name)
    {
        _ = kind;
        return Verify.VerifyOnceAsync(Snippets.Silent(snippet), Manifests.With(Manifests.Entry("registered", "\"" + field + "\": [\"" + name + "\"]")));
    }
}
