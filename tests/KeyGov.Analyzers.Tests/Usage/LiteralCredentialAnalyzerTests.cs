using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.LiteralCredentialAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

public class LiteralCredentialAnalyzerTests
{
    /// <summary>A gateway token: random, of no format KeyGov knows.</summary>
    private static readonly string Token = FakeKeys.Chars(new Random(1003), FakeKeys.Alnum, 40);

    private static Task Found(string snippet) => Verify.VerifyAsync(Snippets.Expecting("KG1003", snippet.Replace("TOKEN", Token)), manifest: null);

    private static Task Silent(string snippet) => Verify.VerifyAsync(Snippets.Silent(snippet.Replace("TOKEN", Token)), manifest: null);

    [Fact]
    public Task Literal_credential_message_shows_only_the_length() => Verify.VerifyAsync(
        Snippets.Usings + "var credential = new ApiKeyCredential({|#0:\"" + Token + "\"|});",
        manifest: null,
        new DiagnosticResult("KG1003", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "SDK credential 'key' of System.ClientModel.ApiKeyCredential is given a 40-character literal; read it at run time from the environment, configuration or a secret store"));

    [Fact]
    public Task At_an_OpenAI_client() => Found("""var client = new OpenAIClient([|"TOKEN"|]);""");

    [Fact]
    public Task Wrapped_credential_names_the_client_provider() => Verify.VerifyAsync(
        Snippets.Usings + "var client = new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new AzureKeyCredential({|#0:\"" + Token + "\"|}));",
        manifest: null,
        new DiagnosticResult("KG1003", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Azure OpenAI / AI services", "'key' of Azure.AzureKeyCredential", 40));

    [Fact]
    public Task At_a_Semantic_Kernel_builder() => Found("""Kernel.CreateBuilder().AddOpenAIChatCompletion("gpt-4o", [|"TOKEN"|]);""");

    [Fact]
    public Task At_an_Anthropic_init_property() => Found("""var client = new Anthropic.AnthropicClient { ApiKey = [|"TOKEN"|] };""");

    [Fact]
    public Task In_a_bearer_header() => Found("""var http = new HttpClient(); http.DefaultRequestHeaders.Add("Authorization", [|"Bearer TOKEN"|]);""");

    [Fact]
    public Task Through_a_local_and_a_readonly_field() => Found("""
        var local = [|"TOKEN"|];
        var chat = new ChatClient("gpt-4o", local);

        public sealed class Client
        {
            private static readonly string Key = [|"TOKEN"|];
            public OpenAIClient Create() => new(new ApiKeyCredential(Key));
        }
        """);

    [Fact]
    public Task A_constant_is_reported_where_it_is_passed() => Found("""
        var chat = new ChatClient("gpt-4o", [|Secrets.Gateway|]);
        public static class Secrets { public const string Gateway = "TOKEN"; }
        """);

    [Theory]
    [InlineData("""new OpenAIClient("<your-api-key>");""")]
    [InlineData("""new OpenAIClient("sk-...");""")]
    [InlineData("""new OpenAIClient("OPENAI_API_KEY");""")]
    [InlineData("""new OpenAIClient("");""")]
    [InlineData("""new OpenAIClient("test");""")]
    [InlineData("""new ApiKeyCredential("fake-key-for-tests");""")]
    [InlineData("""new ChatClient("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);""")]
    [InlineData("""new ChatClient("TOKEN", "<key>");""")]
    [InlineData("""var http = new HttpClient(); http.DefaultRequestHeaders.Add("User-Agent", "TOKEN");""")]
    public Task Placeholders_runtime_values_and_non_credential_parameters_are_silent(string snippet) => Silent(snippet);

    [Fact]
    public Task A_recognised_key_is_left_to_KG1001() =>
        Verify.VerifyAsync(Snippets.Silent("var client = new OpenAIClient(\"" + FakeKeys.OpenAIProject(7) + "\");"), manifest: null);
}
