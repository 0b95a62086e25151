using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// KG2006–KG2008 on code paraphrased from public samples: the Azure OpenAI, AI Search and AI Inference quickstarts
/// (key and Entra ID variants), AWS Bedrock samples (static keys and the default chain), the Google Gen AI SDK
/// quickstart, the openai-dotnet README (one OpenAIClient, a client per API), Semantic Kernel's kernel builder samples,
/// Microsoft.Extensions.AI quickstarts, the Anthropic SDK README, and admin-key scripts that ended up in a web API.
/// Marks are <c>{|KG200n:…|}</c>.
/// </summary>
public class CredentialScopeTests
{
    private const string Usings = """
        using System;
        using System.ClientModel;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel;
        using OpenAI;
        using OpenAI.Chat;
        using OpenAI.Images;
        using Azure;
        using Azure.AI.OpenAI;
        using Azure.Identity;
        using Anthropic;

        """;

    private static Task Verify(string snippet, string? manifest, string? timeChecks = null) =>
        UsageVerifier<CredentialScopeAnalyzer>.VerifyAsync(Usings + snippet, manifest, timeChecks, ScopeStubs.All);

    private static string Entry(string sources, string extra, string provider = "openai") =>
        Manifests.With(Manifests.Entry("support-bot", sources, provider: provider, extra: extra));

    private const string ChatOnly = ", \"apis\": [\"chat\"]";

    // ---- KG2006: a static key where keyless auth is available ----

    [Fact]
    public Task Azure_OpenAI_with_an_ApiKeyCredential_from_the_environment() => Verify("""
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"),
            {|KG2006:new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!)|});
        """, null);

    [Fact]
    public Task Azure_OpenAI_1x_with_an_AzureKeyCredential() => UsageVerifier<CredentialScopeAnalyzer>.VerifyAsync(
        "using System;\nusing Azure;\n" + """
        var client = new Azure.AI.OpenAI.OpenAIClient(new Uri("https://contoso.openai.azure.com/"),
            {|KG2006:new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!)|});
        """, null, null, [.. ScopeStubs.All, ScopeStubs.AzureOpenAIV1]);

    [Fact]
    public Task Azure_OpenAI_1x_serving_OpenAI_with_a_chat_only_key_used_for_images() => UsageVerifier<CredentialScopeAnalyzer>.VerifyAsync(
        "using System;\nusing System.Threading.Tasks;\n" + """
        var client = new Azure.AI.OpenAI.OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
        var answer = client.GetChatCompletions(new object());
        var picture = await client.{|KG2007:GetImageGenerationsAsync(new object())|};
        """, Entry("\"env\": [\"OPENAI_API_KEY\"]", ChatOnly), null, [.. ScopeStubs.All, ScopeStubs.AzureOpenAIV1]);

    [Fact]
    public Task Azure_OpenAI_with_DefaultAzureCredential_is_silent() => Verify("""
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new DefaultAzureCredential());
        var chat = client.GetChatClient("gpt-4o");
        """, null);

    [Fact]
    public Task Azure_OpenAI_with_an_ApiKeyCredential_from_configuration() => Verify("""
        IConfiguration config = new ConfigurationBuilder().Build();
        var client = new AzureOpenAIClient(new Uri(config["AzureOpenAI:Endpoint"]!), {|KG2006:new ApiKeyCredential(config["AzureOpenAI:ApiKey"]!)|});
        """, null);

    [Fact]
    public Task Azure_AI_Search_with_a_credential_built_first() => Verify("""
        IConfiguration config = new ConfigurationBuilder().Build();
        var credential = new AzureKeyCredential(config["AzureSearch:QueryKey"]!);
        var search = new Azure.Search.Documents.SearchClient(new Uri("https://contoso.search.windows.net"), "hotels", {|KG2006:credential|});
        """, null);

    [Fact]
    public Task Azure_AI_Inference_chat_client_with_a_key() => Verify("""
        var client = new Azure.AI.Inference.ChatCompletionsClient(new Uri("https://contoso.services.ai.azure.com/models"),
            {|KG2006:new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_INFERENCE_CREDENTIAL")!)|});
        """, null);

    [Fact]
    public Task GitHub_Models_through_the_Azure_AI_Inference_client_is_silent() => Verify("""
        var client = new Azure.AI.Inference.ChatCompletionsClient(new Uri("https://models.inference.ai.azure.com"),
            new AzureKeyCredential(Environment.GetEnvironmentVariable("GH_TOKEN")!)); // GitHub Models (dotnet/ai-samples): no Entra ID there
        """, null);

    [Fact]
    public Task Semantic_Kernel_Azure_OpenAI_with_an_api_key_overload() => Verify("""
        var kernel = Kernel.CreateBuilder()
            .AddAzureOpenAIChatCompletion("gpt-4o", "https://contoso.openai.azure.com/", {|KG2006:Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")|}!)
            .Build();
        """, null);

    [Fact]
    public Task Bedrock_with_static_access_keys() => Verify("""
        var credentials = {|KG2006:new Amazon.Runtime.BasicAWSCredentials(Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID")!, Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY")!)|};
        var bedrock = new Amazon.BedrockRuntime.AmazonBedrockRuntimeClient(credentials, Amazon.RegionEndpoint.USEast1);
        """, null);

    [Fact]
    public Task Bedrock_with_the_default_credential_chain_is_silent() => Verify("""
        var bedrock = new Amazon.BedrockRuntime.AmazonBedrockRuntimeClient(Amazon.RegionEndpoint.USEast1);
        """, null);

    [Fact]
    public Task Gemini_with_an_api_key_where_the_client_takes_Google_credentials() => Verify("""
        var client = new Google.GenAI.Client(apiKey: {|KG2006:Environment.GetEnvironmentVariable("GOOGLE_API_KEY")|});
        """, null);

    [Fact]
    public Task OpenAI_has_no_keyless_auth_so_it_is_silent() => Verify("""
        var client = new OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
        """, null);

    [Fact]
    public Task A_literal_key_is_not_KG2006_s_KG1003_reports_it() => Verify("""
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("not-a-read-value"));
        """, null);

    [Fact]
    public Task Keyless_not_possible_in_the_entry_silences_it() => Verify("""
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!));
        """, Entry("\"env\": [\"AZURE_OPENAI_API_KEY\"]", ", \"keyless\": { \"status\": \"not-possible\", \"reason\": \"The vendor gateway in front of it only takes keys\" }", "azure-ai-services"));

    [Fact]
    public Task Keyless_planned_by_a_date_not_yet_passed_silences_it() => Verify("""
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!));
        """, Entry("\"env\": [\"AZURE_OPENAI_API_KEY\"]", ", \"keyless\": { \"status\": \"planned\", \"by\": \"2027-03-31\" }", "azure-ai-services"));

    [Theory]
    [InlineData(null, DiagnosticSeverity.Warning)]
    [InlineData("error", DiagnosticSeverity.Error)]
    public Task A_passed_plan_date_is_a_time_driven_finding(string? timeChecks, DiagnosticSeverity severity) =>
        UsageVerifier<CredentialScopeAnalyzer>.VerifyAsync(Usings + """
            var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), {|#0:new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!)|});
            """,
            Entry("\"env\": [\"AZURE_OPENAI_API_KEY\"]", ", \"keyless\": { \"status\": \"planned\", \"by\": \"2026-10-31\" }", "azure-ai-services"),
            timeChecks, ScopeStubs.All,
            new DiagnosticResult("KG2006", severity).WithLocation(0).WithArguments(
                "Environment variable 'AZURE_OPENAI_API_KEY'", "Azure OpenAI / AI services", "'credential' of Azure.AI.OpenAI.AzureOpenAIClient",
                Core.Usage.KeylessAuth.AlternativeFor("azure-ai-services")!,
                "its keygov.json entry planned the move by 2026-10-31, which has passed; switch now, or record a new date in keyless.by"));

    [Fact]
    public Task A_passed_plan_date_is_silent_when_time_checks_are_off() => Verify("""
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!));
        """, Entry("\"env\": [\"AZURE_OPENAI_API_KEY\"]", ", \"keyless\": { \"status\": \"planned\", \"by\": \"2026-10-31\" }", "azure-ai-services"), "off");

    // ---- KG2007: an API outside the approved list ----

    [Fact]
    public Task A_chat_only_credential_reaching_GetImageClient() => Verify("""
        var client = new OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
        ChatClient chat = client.GetChatClient("gpt-4o-mini");
        ImageClient images = client.{|KG2007:GetImageClient("dall-e-3")|};
        """, Entry("\"env\": [\"OPENAI_API_KEY\"]", ChatOnly));

    [Fact]
    public Task A_chat_only_credential_reaching_GetFineTuningClient() => Verify("""
        IConfiguration config = new ConfigurationBuilder().Build();
        OpenAIClient client = new(new ApiKeyCredential(config["OpenAI:ApiKey"]!));
        var job = client.{|KG2007:GetFineTuningClient()|}.CreateFineTuningJob("gpt-4o-mini", "file-abc");
        """, Entry("\"config\": [\"OpenAI:ApiKey\"]", ChatOnly));

    [Fact]
    public Task The_message_names_the_credential_the_api_and_the_approved_list() =>
        UsageVerifier<CredentialScopeAnalyzer>.VerifyAsync(Usings + """
            var client = new OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
            var files = client.{|#0:GetOpenAIFileClient()|};
            """,
            Entry("\"env\": [\"OPENAI_API_KEY\"]", ", \"apis\": [\"chat\", \"embeddings\"]"), null, ScopeStubs.All,
            new DiagnosticResult("KG2007", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "Environment variable 'OPENAI_API_KEY'", "'support-bot'", "files", "OpenAIClient.GetOpenAIFileClient", "chat, embeddings", "owner @contoso/ai-platform"));

    [Fact]
    public Task Approved_apis_are_silent() => Verify("""
        var client = new OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
        var chat = client.GetChatClient("gpt-4o").CompleteChat("Hello");
        var embeddings = client.GetEmbeddingClient("text-embedding-3-small");
        """, Entry("\"env\": [\"OPENAI_API_KEY\"]", ", \"apis\": [\"chat\", \"embeddings\"]"));

    [Fact]
    public Task Without_an_apis_field_any_api_is_allowed() => Verify("""
        var client = new OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
        var images = client.GetImageClient("dall-e-3");
        var tuning = client.GetFineTuningClient();
        """, Entry("\"env\": [\"OPENAI_API_KEY\"]", ""));

    [Fact]
    public Task An_unregistered_credential_has_no_approved_list() => Verify("""
        var client = new OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
        var images = client.GetImageClient("dall-e-3");
        """, Manifests.Empty);

    [Fact]
    public Task A_directly_constructed_client_is_the_api_it_serves() => Verify("""
        var images = {|KG2007:new ImageClient("dall-e-3", Environment.GetEnvironmentVariable("OPENAI_API_KEY")!)|};
        var chat = new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
        """, Entry("\"env\": [\"OPENAI_API_KEY\"]", ChatOnly));

    [Fact]
    public Task Semantic_Kernel_builder_registering_chat_and_images_with_one_key() => Verify("""
        string apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY")!;
        var kernel = Kernel.CreateBuilder()
            .AddOpenAIChatCompletion("gpt-4o", apiKey)
            .{|KG2007:AddOpenAITextToImage(apiKey)|}
            .Build();
        """, Entry("\"env\": [\"OPENAI_API_KEY\"]", ChatOnly));

    [Fact]
    public Task Semantic_Kernel_embeddings_with_a_chat_only_key() => Verify("""
        IConfiguration config = new ConfigurationBuilder().Build();
        var kernel = Kernel.CreateBuilder()
            .{|KG2007:AddOpenAIEmbeddingGenerator("text-embedding-3-small", config["OpenAI:ApiKey"]!)|}
            .Build();
        """, Entry("\"config\": [\"OpenAI:ApiKey\"]", ChatOnly));

    [Fact]
    public Task A_client_kept_in_a_field_and_used_in_another_method() => Verify("""
        public sealed class ProductImages
        {
            private readonly OpenAIClient _client;

            public ProductImages(IConfiguration configuration) => _client = new OpenAIClient(configuration["OpenAI:ApiKey"]!);

            public object Render(string prompt) => _client.{|KG2007:GetImageClient("gpt-image-1")|}.GenerateImage(prompt);
        }
        """, Entry("\"config\": [\"OpenAI:ApiKey\"]", ChatOnly));

    [Fact]
    public Task Azure_OpenAI_client_used_for_embeddings_with_a_chat_only_key() => Verify("""
        var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), {|KG2006:new ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!)|});
        var chat = client.GetChatClient("gpt-4o");
        var embeddings = client.{|KG2007:GetEmbeddingClient("text-embedding-3-large")|};
        """, Entry("\"env\": [\"AZURE_OPENAI_API_KEY\"]", ChatOnly, "azure-ai-services"));

    [Fact]
    public Task Microsoft_Extensions_AI_reports_the_first_api_of_a_chain_once() => Verify("""
        var client = new OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
        IChatClient chat = client.GetChatClient("gpt-4o").AsIChatClient();
        var generator = client.{|KG2007:GetEmbeddingClient("text-embedding-3-small")|}.AsIEmbeddingGenerator();
        var answer = chat.GetResponseAsync("Hello");
        """, Entry("\"env\": [\"OPENAI_API_KEY\"]", ChatOnly));

    [Fact]
    public Task Anthropic_messages_approved_models_and_batches_not() => Verify("""
        var client = new AnthropicClient { ApiKey = Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY") };
        var message = client.Messages.Create(new object());
        var batch = client.Messages.{|KG2007:Batches|}.Create(new object());
        var models = client.{|KG2007:Models|}.List();
        """, Entry("\"env\": [\"ANTHROPIC_API_KEY\"]", ChatOnly, "anthropic"));

    [Fact]
    public Task An_api_used_with_a_literal_key_is_KG1003_s_not_KG2007() => Verify("""
        var client = new OpenAIClient("not-a-read-value");
        var images = client.GetImageClient("dall-e-3");
        """, Entry("\"env\": [\"OPENAI_API_KEY\"]", ChatOnly));

    // ---- KG2008: an administrative key in application code ----

    private const string WebApi = """
        public sealed class UsageController
        {
            private readonly OpenAIClient _client = new OpenAIClient({|KG2008:Environment.GetEnvironmentVariable("OPENAI_ADMIN_KEY")|}!);

            public object Models() => _client.GetChatClient("gpt-4o");
        }
        """;

    [Fact]
    public Task An_admin_key_read_into_an_OpenAIClient_in_a_web_api() => Verify(WebApi, null);

    [Fact]
    public async Task The_same_in_a_project_declared_administrative_is_silent()
    {
        var test = UsageVerifier<CredentialScopeAnalyzer>.Create(Usings + WebApi.Replace("{|KG2008:", "").Replace("|}", ""), null, stubs: ScopeStubs.All);
        test.TestState.AnalyzerConfigFiles.Add(("/admin.globalconfig", "is_global = true\nbuild_property.KeyGovAdminTool = true\n"));
        await test.RunAsync();
    }

    [Fact]
    public Task An_entry_of_keyType_admin_is_an_admin_key_whatever_its_name() => Verify("""
        IConfiguration config = new ConfigurationBuilder().Build();
        var client = new OpenAIClient({|KG2008:config["OpenAI:UsageReportKey"]|}!);
        """, Entry("\"config\": [\"OpenAI:UsageReportKey\"]", ", \"keyType\": \"admin\""));

    [Fact]
    public Task An_Anthropic_admin_key_given_to_the_client() => Verify("""
        var client = new AnthropicClient { ApiKey = {|KG2008:Environment.GetEnvironmentVariable("ANTHROPIC_ADMIN_KEY")|} };
        var org = client.Organization.Retrieve();
        """, null);

    [Fact]
    public Task An_admin_name_that_reaches_no_client_is_silent() => Verify("""
        string? adminKey = Environment.GetEnvironmentVariable("OPENAI_ADMIN_KEY");
        Console.WriteLine(adminKey is null ? "missing" : "set");
        """, null);

    [Fact]
    public Task A_hard_coded_key_in_the_admin_format() => Verify("""
        var client = new OpenAIClient({|KG2008:"{{KEY}}"|});
        """.Replace("{{KEY}}", FakeKeys.OpenAIAdmin(2008)), null);

    [Fact]
    public async Task An_Azure_AI_Search_admin_key_is_told_to_use_query_keys_or_Entra_ID()
    {
        // azure-search-dotnet-samples (tutorial-ai-enrichment): the admin key creates indexes; a query key or RBAC is the way out.
        var test = UsageVerifier<CredentialScopeAnalyzer>.Create(Usings + """
            var search = new Azure.Search.Documents.SearchClient(new Uri("https://contoso.search.windows.net"), "hotels",
                {|KG2006:new AzureKeyCredential({|#0:Environment.GetEnvironmentVariable("AZURE_SEARCH_ADMIN_KEY")|}!)|});
            """, null, stubs: ScopeStubs.All);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KG2008", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
            "Environment variable 'AZURE_SEARCH_ADMIN_KEY' is an administrative key (Azure AI Search; its name says so) and reaches 'credential' of Azure.Search.Documents.SearchClient " +
            "in a project that is not an administrative tool; search with a query key or Entra ID (Search Index Data Reader), manage indexes with Entra ID roles, " +
            "or set <KeyGovAdminTool>true</KeyGovAdminTool> in a dedicated index-setup tool"));
        await test.RunAsync();
    }
}
