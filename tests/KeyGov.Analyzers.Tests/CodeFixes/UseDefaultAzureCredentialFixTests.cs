using KeyGov.Analyzers.Tests.Usage;
using Fix = KeyGov.Analyzers.Tests.CodeFixes.FixVerifier<KeyGov.Analyzers.CredentialScopeAnalyzer, KeyGov.CodeFixes.UseDefaultAzureCredentialFix>;

namespace KeyGov.Analyzers.Tests.CodeFixes;

/// <summary>
/// The KG2006 fix: the key credential given to an Azure client becomes <c>new DefaultAzureCredential()</c>. The testing
/// package compiles the fixed code (no error allowed) and runs Fix All in document, project and solution scope.
/// </summary>
public class UseDefaultAzureCredentialFixTests
{
    private const string Usings = """
        using System;
        using System.ClientModel;
        using Azure;
        using Azure.AI.OpenAI;
        using Azure.Identity;

        """;

    [Fact]
    public void The_title_says_what_it_writes_and_which_package_it_needs() =>
        Assert.Equal("Use DefaultAzureCredential (Azure.Identity) instead of the key", KeyGov.CodeFixes.UseDefaultAzureCredentialFix.Title);

    [Fact]
    public Task An_ApiKeyCredential_becomes_DefaultAzureCredential() => Fix.Create(
        Usings + """
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), {|KG2006:new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!)|});
        """,
        Usings + """
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new DefaultAzureCredential());
        """,
        manifest: null, fixedManifest: null, stubs: ScopeStubs.All).RunAsync();

    [Fact]
    public Task Without_a_using_the_type_is_written_in_full() => Fix.Create(
        "using System;\n" + """
        var search = new Azure.Search.Documents.SearchClient(new Uri("https://contoso.search.windows.net"), "hotels",
            {|KG2006:new Azure.AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_SEARCH_KEY")!)|});
        """,
        "using System;\n" + """
        var search = new Azure.Search.Documents.SearchClient(new Uri("https://contoso.search.windows.net"), "hotels",
            new global::Azure.Identity.DefaultAzureCredential());
        """,
        manifest: null, fixedManifest: null, stubs: ScopeStubs.All).RunAsync();

    [Fact]
    public async Task Fix_all_replaces_every_key_credential_of_the_document()
    {
        string code = """
            var chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), [|new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!)|]);
            var inference = new Azure.AI.Inference.ChatCompletionsClient(new Uri("https://contoso.services.ai.azure.com/models"), [|new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_INFERENCE_CREDENTIAL")!)|]);
            """;
        var test = Fix.Create(
            Usings + code.Replace("[|", "{|KG2006:").Replace("|]", "|}"),
            Usings + """
            var chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new DefaultAzureCredential());
            var inference = new Azure.AI.Inference.ChatCompletionsClient(new Uri("https://contoso.services.ai.azure.com/models"), new DefaultAzureCredential());
            """,
            manifest: null, fixedManifest: null, stubs: ScopeStubs.All);
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public Task Not_offered_without_Azure_Identity() => Fix.Create(
        "using System;\nusing System.ClientModel;\nusing Azure;\nusing Azure.AI.OpenAI;\n" + """
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), {|KG2006:new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!)|});
        """,
        "using System;\nusing System.ClientModel;\nusing Azure;\nusing Azure.AI.OpenAI;\n" + """
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), {|KG2006:new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!)|});
        """,
        manifest: null, fixedManifest: null, stubs: ScopeStubs.WithoutAzureIdentity).RunAsync();

    [Fact]
    public Task Not_offered_for_a_credential_built_elsewhere() => Fix.Create(
        Usings + """
        var credential = new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!);
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), {|KG2006:credential|});
        """,
        Usings + """
        var credential = new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!);
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), {|KG2006:credential|});
        """,
        manifest: null, fixedManifest: null, stubs: ScopeStubs.All).RunAsync();
}
