using Verify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.CredentialUseAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// How far a read is followed to a sink. A generic name (not a credential name by itself) is reported only when the
/// flow reaches the sink, so each test shows that one path is, or is not, followed.
/// </summary>
public class CredentialFlowTests
{
    private static Task Found(string snippet) => Verify.VerifyAsync(Snippets.Expecting("KG2001", snippet), Manifests.Empty);

    private static Task Silent(string snippet) => Verify.VerifyAsync(Snippets.Silent(snippet), Manifests.Empty);

    [Fact]
    public Task Through_a_field_initializer() => Found("""
        public sealed class Summarizer
        {
            private readonly string _token = [|Environment.GetEnvironmentVariable("LLM_GATEWAY_TOKEN")|] ?? "";
            public ChatClient Create() => new("gpt-4o-mini", _token);
        }
        """);

    [Fact]
    public Task Through_a_field_set_in_the_constructor() => Found("""
        public sealed class Summarizer
        {
            private readonly string _token;
            public Summarizer(IConfiguration configuration) => _token = [|configuration["Gateway:Token"]|]!;
            public OpenAIClient Create() => new(new ApiKeyCredential(_token));
        }
        """);

    [Fact]
    public Task Through_an_auto_property() => Found("""
        public sealed class Summarizer
        {
            public Summarizer(IConfiguration configuration) { Token = [|configuration.GetValue<string>("Gateway:Token")|]!; }
            private string Token { get; }
            public OpenAIClient Create() => new(Token);
        }
        """);

    [Fact]
    public Task Through_a_computed_property() => Found("""
        public sealed class Summarizer(IConfiguration configuration)
        {
            private string Token => [|configuration["Gateway:Token"]|] ?? throw new InvalidOperationException("Gateway:Token is not set");
            public OpenAIClient Create() => new(Token);
        }
        """);

    [Fact]
    public Task Through_both_sides_of_a_coalesce() => Found("""
        IConfiguration config = new ConfigurationBuilder().Build();
        var token = [|config["Gateway:Token"]|] ?? [|Environment.GetEnvironmentVariable("LLM_GATEWAY_TOKEN")|];
        var client = new OpenAIClient(token!);
        """);

    [Fact]
    public Task Through_a_conditional() => Found("""
        bool staging = args.Length > 0;
        var token = staging ? [|Environment.GetEnvironmentVariable("STAGING_TOKEN")|] : [|Environment.GetEnvironmentVariable("PROD_TOKEN")|];
        var client = new ChatClient("gpt-4o", token!);
        """);

    [Fact]
    public Task Through_a_reassigned_local_and_trim() => Found("""
        string token = "";
        token = [|Environment.GetEnvironmentVariable("LLM_GATEWAY_TOKEN")|]!.Trim();
        var client = new OpenAIClient(token.Trim());
        """);

    [Fact]
    public Task Through_a_helper_method_of_the_type() => Found("""
        public static class Clients
        {
            public static ChatClient Chat() => new("gpt-4o", Token());
            private static string Token() => [|Environment.GetEnvironmentVariable("LLM_GATEWAY_TOKEN")|] ?? throw new InvalidOperationException();
        }
        """);

    [Fact]
    public Task A_helper_that_takes_the_name_is_reported_at_each_call_that_reaches_a_sink() => Found("""
        var client = new OpenAIClient([|Require("LLM_GATEWAY_TOKEN")|]);
        var region = Require("APP_REGION");
        Console.WriteLine(region);

        static string Require(string name) =>
            Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException(name + " is not set");
        """);

    [Fact]
    public Task A_helper_name_that_is_a_credential_name_counts_without_a_sink() => Found("""
        public static class Settings
        {
            public static string OpenAIKey => [|Read("OpenAI:ApiKey")|];
            public static string Region => Read("App:Region");
            private static IConfiguration Configuration { get; } = new ConfigurationBuilder().Build();
            private static string Read(string key) => Configuration[key] ?? throw new InvalidOperationException(key);
        }
        """);

    [Fact]
    public Task A_helper_that_builds_the_client_from_its_parameter() => Found("""
        var chat = Create([|Environment.GetEnvironmentVariable("LLM_GATEWAY_TOKEN")|]!);
        static ChatClient Create(string key) => new("gpt-4o", new ApiKeyCredential(key));
        """);

    [Fact]
    public Task Inside_a_lambda() => Found("""
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddSingleton<ChatClient>(_ => new ChatClient("gpt-4o", [|builder.Configuration["Gateway:Token"]|]!));
        """);

    [Fact]
    public Task Reads_in_a_nested_type_are_reported_once() => Found("""
        public static class Outer
        {
            public static class Inner
            {
                public static OpenAIClient Create() => new([|Environment.GetEnvironmentVariable("LLM_GATEWAY_TOKEN")|]!);
            }
        }
        """);

    [Fact]
    public Task Not_followed_into_another_type() => Silent("""
        var token = Environment.GetEnvironmentVariable("LLM_GATEWAY_TOKEN")!;
        var client = ClientFactory.Create(token);

        public static class ClientFactory
        {
            public static OpenAIClient Create(string key) => new(key);
        }
        """);

    [Fact]
    public Task Not_followed_through_a_collection() => Silent("""
        var keys = new System.Collections.Generic.Dictionary<string, string> { ["chat"] = Environment.GetEnvironmentVariable("LLM_GATEWAY_TOKEN")! };
        var client = new OpenAIClient(keys["chat"]);
        """);

    [Fact]
    public Task A_name_built_at_run_time_is_not_followed() => Silent("""
        string prefix = args[0];
        var client = new OpenAIClient(Environment.GetEnvironmentVariable(prefix + "_TOKEN")!);
        """);

    [Fact]
    public Task Generated_code_is_skipped()
    {
        var test = Verify.Create(Snippets.Silent("var unused = 0;"), Manifests.Empty);
        test.TestState.Sources.Add(("/Settings.Designer.g.cs", """
            // <auto-generated/>
            public static class GeneratedSettings
            {
                public static string? Key() => System.Environment.GetEnvironmentVariable("OPENAI_API_KEY");
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_section_passed_in_as_a_parameter_has_no_known_path() => Silent("""
        public static class Reader
        {
            public static string? Key(IConfigurationSection section) => section["ApiKey"];
        }
        """);

    [Fact]
    public Task Writing_configuration_is_not_a_read() => Silent("""
        IConfiguration config = new ConfigurationBuilder().Build();
        config["OpenAI:ApiKey"] = "<set by the test>";
        """);
}
