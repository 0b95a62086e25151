namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// Just enough of the SDKs for the analyzers to see their symbols: namespaces, types, members and parameter names as
/// in docs/providers.md. Bodies do nothing; the test compilations never run.
/// </summary>
public static class SdkStubs
{
    public const string Configuration = """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration
            {
                string? this[string key] { get; set; }
                IConfigurationSection GetSection(string key);
            }

            public interface IConfigurationSection : IConfiguration
            {
                string Key { get; }
                string? Value { get; set; }
            }

            public interface IConfigurationRoot : IConfiguration { }

            public interface IConfigurationBuilder
            {
                IConfigurationRoot Build();
            }

            public sealed class ConfigurationBuilder : IConfigurationBuilder
            {
                public IConfigurationRoot Build() => null!;
            }

            public sealed class ConfigurationManager : IConfigurationRoot
            {
                public string? this[string key] { get => null; set { } }
                public IConfigurationSection GetSection(string key) => null!;
            }

            public static class EnvironmentVariablesExtensions
            {
                public static IConfigurationBuilder AddEnvironmentVariables(this IConfigurationBuilder builder) => builder;
            }

            public static class UserSecretsConfigurationExtensions
            {
                public static IConfigurationBuilder AddUserSecrets<T>(this IConfigurationBuilder builder) => builder;
            }

            public static class ConfigurationBinder
            {
                public static T? GetValue<T>(this IConfiguration configuration, string key) => default;
                public static T? GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
                public static T? Get<T>(this IConfiguration configuration) => default;
                public static void Bind(this IConfiguration configuration, object? instance) { }
                public static void Bind(this IConfiguration configuration, string key, object? instance) { }
            }

            public static class ConfigurationExtensions
            {
                public static string? GetConnectionString(this IConfiguration configuration, string name) => null;
                public static IConfigurationSection GetRequiredSection(this IConfiguration configuration, string key) => null!;
            }

            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class ConfigurationKeyNameAttribute : System.Attribute
            {
                public ConfigurationKeyNameAttribute(string name) { }
            }
        }

        namespace Microsoft.Extensions.Options
        {
            public interface IOptions<out TOptions> where TOptions : class
            {
                TOptions Value { get; }
            }

            public class OptionsBuilder<TOptions> where TOptions : class { }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Options;

            public interface IServiceCollection { }

            public static class OptionsServiceCollectionExtensions
            {
                public static OptionsBuilder<TOptions> AddOptions<TOptions>(this IServiceCollection services) where TOptions : class => null!;
            }

            public static class OptionsConfigurationServiceCollectionExtensions
            {
                public static IServiceCollection Configure<TOptions>(this IServiceCollection services, IConfiguration config) where TOptions : class => services;
            }

            public static class OptionsBuilderConfigurationExtensions
            {
                public static OptionsBuilder<TOptions> Bind<TOptions>(this OptionsBuilder<TOptions> optionsBuilder, IConfiguration config) where TOptions : class => optionsBuilder;
                public static OptionsBuilder<TOptions> BindConfiguration<TOptions>(this OptionsBuilder<TOptions> optionsBuilder, string configSectionPath) where TOptions : class => optionsBuilder;
            }

            public static class ServiceCollectionServiceExtensions
            {
                public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, System.Func<System.IServiceProvider, TService> factory) where TService : class => services;
            }
        }

        namespace Microsoft.Extensions.Hosting
        {
            public interface IHostApplicationBuilder
            {
                Microsoft.Extensions.Configuration.ConfigurationManager Configuration { get; }
                Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; }
            }

            public static class Host
            {
                public static IHostApplicationBuilder CreateApplicationBuilder(string[]? args = null) => null!;
            }

            public static class AspireOpenAIExtensions
            {
                public static void AddOpenAIClient(this IHostApplicationBuilder builder, string connectionName) { }
                public static void AddKeyedOpenAIClient(this IHostApplicationBuilder builder, string name) { }
            }

            public static class AspireAzureOpenAIExtensions
            {
                public static void AddAzureOpenAIClient(this IHostApplicationBuilder builder, string connectionName) { }
            }
        }
        """;

    public const string OpenAI = """
        namespace System.ClientModel
        {
            public class ApiKeyCredential
            {
                public ApiKeyCredential(string key) { }
                public void Update(string key) { }
            }
        }

        namespace OpenAI
        {
            using System.ClientModel;

            public class OpenAIClientOptions
            {
                public System.Uri? Endpoint { get; set; }
            }

            public class OpenAIClient
            {
                public OpenAIClient(string apiKey) { }
                public OpenAIClient(ApiKeyCredential credential) { }
                public OpenAIClient(ApiKeyCredential credential, OpenAIClientOptions options) { }
                public Chat.ChatClient GetChatClient(string model) => null!;
            }

            public static class OpenAIHostBuilderExtensions
            {
                public static void AddChatClient(this Microsoft.Extensions.Hosting.IHostApplicationBuilder builder, string sectionName) { }
            }
        }

        namespace OpenAI.Chat
        {
            using System.ClientModel;

            public class ChatClient
            {
                public ChatClient(string model, string apiKey) { }
                public ChatClient(string model, ApiKeyCredential credential) { }
                public ChatClient(string model, ApiKeyCredential credential, OpenAIClientOptions options) { }
            }
        }

        namespace OpenAI.Embeddings
        {
            public class EmbeddingClient
            {
                public EmbeddingClient(string model, string apiKey) { }
            }
        }

        namespace Microsoft.Extensions.AI
        {
            public class OpenAIRealtimeClient
            {
                public OpenAIRealtimeClient(string apiKey, string model) { }
            }
        }
        """;

    public const string Azure = """
        namespace Azure
        {
            public class AzureKeyCredential
            {
                public AzureKeyCredential(string key) { }
                public void Update(string key) { }
            }
        }

        namespace Azure.AI.OpenAI
        {
            public class AzureOpenAIClient : global::OpenAI.OpenAIClient
            {
                public AzureOpenAIClient(System.Uri endpoint, System.ClientModel.ApiKeyCredential credential) : base(credential) { }
                public AzureOpenAIClient(System.Uri endpoint, Azure.AzureKeyCredential keyCredential) : base("") { }
            }
        }

        namespace Azure.AI.Inference
        {
            public class ChatCompletionsClient
            {
                public ChatCompletionsClient(System.Uri endpoint, Azure.AzureKeyCredential credential) { }
            }
        }

        namespace Azure.Search.Documents
        {
            public class SearchClient
            {
                public SearchClient(System.Uri endpoint, string indexName, Azure.AzureKeyCredential credential) { }
            }
        }
        """;

    /// <summary>The official SDK's shape: init-only ApiKey; without it the client reads ANTHROPIC_API_KEY.</summary>
    public const string AnthropicOfficial = """
        namespace Anthropic
        {
            public class AnthropicClient
            {
                public AnthropicClient() { }
                public AnthropicClient(Core.ClientOptions options) { }
                public string? ApiKey { get; init; }
                public string? AuthToken { get; init; }
            }
        }

        namespace Anthropic.Core
        {
            public class ClientOptions
            {
                public string? ApiKey { get; set; }
            }
        }
        """;

    /// <summary>tryAGI's community SDK: the same type name, a constructor that takes the key.</summary>
    public const string AnthropicCommunity = """
        namespace Anthropic
        {
            public class AnthropicClient
            {
                public AnthropicClient(System.Net.Http.HttpClient? httpClient = null) { }
                public AnthropicClient(string apiKey, System.Net.Http.HttpClient? httpClient = null) { }
            }
        }
        """;

    public const string SemanticKernel = """
        namespace Microsoft.SemanticKernel
        {
            public interface IKernelBuilder { Kernel Build(); }

            public class Kernel
            {
                public static IKernelBuilder CreateBuilder() => null!;
            }

            public static class OpenAIKernelBuilderExtensions
            {
                public static IKernelBuilder AddOpenAIChatCompletion(this IKernelBuilder builder, string modelId, string apiKey, string? orgId = null, string? serviceId = null) => builder;
            }

            public static class AzureOpenAIKernelBuilderExtensions
            {
                public static IKernelBuilder AddAzureOpenAIChatCompletion(this IKernelBuilder builder, string deploymentName, string endpoint, string apiKey, string? serviceId = null) => builder;
            }

            public static class MistralAIKernelBuilderExtensions
            {
                public static IKernelBuilder AddMistralChatCompletion(this IKernelBuilder builder, string modelId, string apiKey, System.Uri? endpoint = null) => builder;
            }

            public static class HuggingFaceKernelBuilderExtensions
            {
                public static IKernelBuilder AddHuggingFaceChatCompletion(this IKernelBuilder builder, string model, System.Uri? endpoint = null, string? apiKey = null) => builder;
            }

            public static class GoogleAIKernelBuilderExtensions
            {
                public static IKernelBuilder AddGoogleAIGeminiChatCompletion(this IKernelBuilder builder, string modelId, string apiKey) => builder;
            }
        }

        namespace Microsoft.SemanticKernel.Connectors.OpenAI
        {
            public class OpenAIChatCompletionService
            {
                public OpenAIChatCompletionService(string modelId, string apiKey, string? organization = null) { }
            }
        }
        """;

    public const string Others = """
        namespace Google.GenAI
        {
            public class Client
            {
                public Client(bool? vertexAI = null, string? apiKey = null, object? credential = null, string? project = null, string? location = null) { }
            }
        }

        namespace Amazon.Runtime
        {
            public abstract class AWSCredentials { }

            public class BasicAWSCredentials : AWSCredentials
            {
                public BasicAWSCredentials(string accessKey, string secretKey) { }
            }
        }

        namespace Amazon.BedrockRuntime
        {
            public class AmazonBedrockRuntimeClient
            {
                public AmazonBedrockRuntimeClient(Amazon.Runtime.AWSCredentials credentials) { }
                public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey) { }
            }
        }
        """;

    /// <summary>Every stub, with the official Anthropic SDK.</summary>
    public static readonly string[] All = [Configuration, OpenAI, Azure, AnthropicOfficial, SemanticKernel, Others];
}
