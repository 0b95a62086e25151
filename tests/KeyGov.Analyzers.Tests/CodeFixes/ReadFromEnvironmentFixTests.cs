using KeyGov.Analyzers.Tests.Usage;
using LiteralFix = KeyGov.Analyzers.Tests.CodeFixes.FixVerifier<KeyGov.Analyzers.LiteralCredentialAnalyzer, KeyGov.CodeFixes.ReadFromEnvironmentFix>;
using KeyFix = KeyGov.Analyzers.Tests.CodeFixes.FixVerifier<KeyGov.Analyzers.HardcodedProviderKeyAnalyzer, KeyGov.CodeFixes.ReadFromEnvironmentFix>;

namespace KeyGov.Analyzers.Tests.CodeFixes;

public class ReadFromEnvironmentFixTests
{
    private static readonly string Token = FakeKeys.Chars(new Random(20261128), FakeKeys.Alnum, 40);

    [Fact]
    public Task KG1003_literal_becomes_the_providers_variable() => LiteralFix.Create(
        Snippets.Usings + "var client = new OpenAIClient({|KG1003:\"" + Token + "\"|});",
        Snippets.Usings + "var client = new OpenAIClient(Environment.GetEnvironmentVariable(\"OPENAI_API_KEY\") ?? throw new InvalidOperationException(\"Set the OPENAI_API_KEY environment variable.\"));",
        manifest: null, fixedManifest: null).RunAsync();

    [Fact]
    public Task KG1003_in_a_wrapped_Azure_credential() => LiteralFix.Create(
        Snippets.Usings + "var client = new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new AzureKeyCredential({|KG1003:\"" + Token + "\"|}));",
        Snippets.Usings + "var client = new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new AzureKeyCredential(Environment.GetEnvironmentVariable(\"AZURE_OPENAI_API_KEY\") ?? throw new InvalidOperationException(\"Set the AZURE_OPENAI_API_KEY environment variable.\")));",
        manifest: null, fixedManifest: null).RunAsync();

    [Fact]
    public Task KG1003_bearer_header_keeps_its_scheme() => LiteralFix.Create(
        Snippets.Usings + "var http = new HttpClient();\nhttp.DefaultRequestHeaders.Add(\"Authorization\", {|KG1003:\"Bearer " + Token + "\"|});",
        Snippets.Usings + "var http = new HttpClient();\nhttp.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer \" + (Environment.GetEnvironmentVariable(\"API_KEY\") ?? throw new InvalidOperationException(\"Set the API_KEY environment variable.\")));",
        manifest: null, fixedManifest: null).RunAsync();

    [Fact]
    public Task KG1003_in_a_local_initializer() => LiteralFix.Create(
        Snippets.Usings + "var key = {|KG1003:\"" + Token + "\"|};\nvar chat = new ChatClient(\"gpt-4o\", key);",
        Snippets.Usings + "var key = Environment.GetEnvironmentVariable(\"OPENAI_API_KEY\") ?? throw new InvalidOperationException(\"Set the OPENAI_API_KEY environment variable.\");\nvar chat = new ChatClient(\"gpt-4o\", key);",
        manifest: null, fixedManifest: null).RunAsync();

    [Fact]
    public Task KG1001_key_at_a_sink_becomes_the_providers_variable()
    {
        string key = FakeKeys.AnthropicApi(11);
        return KeyFix.Create(
            Snippets.Usings + "var client = new Anthropic.AnthropicClient { ApiKey = \"{|KG1001:" + key + "|}\" };",
            Snippets.Usings + "var client = new Anthropic.AnthropicClient { ApiKey = Environment.GetEnvironmentVariable(\"ANTHROPIC_API_KEY\") ?? throw new InvalidOperationException(\"Set the ANTHROPIC_API_KEY environment variable.\") };",
            manifest: null, fixedManifest: null).RunAsync();
    }

    [Fact]
    public Task KG1001_away_from_a_sink_or_in_a_constant_gets_no_such_fix()
    {
        string key = FakeKeys.OpenAIProject(12);
        string source = Snippets.Usings + "const string Key = \"{|KG1001:" + key + "|}\";\nvar client = new OpenAIClient(Key);\nConsole.WriteLine(\"{|KG1001:" + key + "|}\");";
        return KeyFix.Create(source, source, manifest: null, fixedManifest: null).RunAsync();
    }
}
