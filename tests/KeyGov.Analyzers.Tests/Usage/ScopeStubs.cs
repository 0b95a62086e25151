namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// The SDK surface KG2006–KG2008 need, with the member names of the real packages (OpenAI 2.15, Azure.AI.OpenAI 2.1,
/// Azure.Identity 1.21, Anthropic 13.15, Microsoft.SemanticKernel.Connectors.* 1.82, Microsoft.Extensions.AI.OpenAI
/// 11.0, AWSSDK.BedrockRuntime, Google.GenAI): the clients each OpenAIClient.Get…Client method returns, the keyless
/// overloads (TokenCredential, ICredential, a key-free Bedrock constructor), Anthropic's services. Bodies do nothing.
/// </summary>
public static class ScopeStubs
{
    public const string OpenAI = """
        namespace System.ClientModel
        {
            public class ApiKeyCredential
            {
                public ApiKeyCredential(string key) { }
            }
        }

        namespace OpenAI
        {
            using System.ClientModel;

            public class OpenAIClient
            {
                protected OpenAIClient() { }
                public OpenAIClient(string apiKey) { }
                public OpenAIClient(ApiKeyCredential credential) { }
                public virtual Chat.ChatClient GetChatClient(string model) => null!;
                public virtual Embeddings.EmbeddingClient GetEmbeddingClient(string model) => null!;
                public virtual Images.ImageClient GetImageClient(string model) => null!;
                public virtual Audio.AudioClient GetAudioClient(string model) => null!;
                public virtual FineTuning.FineTuningClient GetFineTuningClient() => null!;
                public virtual Files.OpenAIFileClient GetOpenAIFileClient() => null!;
                public virtual Responses.ResponsesClient GetResponsesClient() => null!;
            }
        }

        namespace OpenAI.Chat
        {
            public class ChatClient
            {
                public ChatClient(string model, string apiKey) { }
                public ChatClient(string model, System.ClientModel.ApiKeyCredential credential) { }
                public virtual object CompleteChat(params string[] messages) => null!;
            }
        }

        namespace OpenAI.Embeddings
        {
            public class EmbeddingClient
            {
                public EmbeddingClient(string model, string apiKey) { }
                public virtual object GenerateEmbedding(string input) => null!;
            }
        }

        namespace OpenAI.Images
        {
            public class ImageClient
            {
                public ImageClient(string model, string apiKey) { }
                public virtual object GenerateImage(string prompt) => null!;
            }
        }

        namespace OpenAI.Audio { public class AudioClient { public AudioClient(string model, string apiKey) { } } }
        namespace OpenAI.FineTuning { public class FineTuningClient { public FineTuningClient(string apiKey) { } public virtual object CreateFineTuningJob(string model, string file) => null!; } }
        namespace OpenAI.Files { public class OpenAIFileClient { public OpenAIFileClient(string apiKey) { } } }
        namespace OpenAI.Responses { public class ResponsesClient { public ResponsesClient(string apiKey) { } } }

        namespace Microsoft.Extensions.AI
        {
            public interface IChatClient
            {
                System.Threading.Tasks.Task<object> GetResponseAsync(string message);
            }

            public interface IEmbeddingGenerator<TInput, TEmbedding>
            {
                System.Threading.Tasks.Task<object> GenerateAsync(TInput value);
            }

            public static class OpenAIClientExtensions
            {
                public static IChatClient AsIChatClient(this global::OpenAI.Chat.ChatClient chatClient) => null!;
                public static IEmbeddingGenerator<string, float[]> AsIEmbeddingGenerator(this global::OpenAI.Embeddings.EmbeddingClient embeddingClient) => null!;
            }
        }
        """;

    public const string Azure = """
        namespace Azure
        {
            public class AzureKeyCredential
            {
                public AzureKeyCredential(string key) { }
            }
        }

        namespace Azure.Core
        {
            public abstract class TokenCredential { }
        }

        namespace Azure.Identity
        {
            public class DefaultAzureCredential : Azure.Core.TokenCredential
            {
                public DefaultAzureCredential() { }
            }
        }

        namespace Azure.AI.OpenAI
        {
            public class AzureOpenAIClient : global::OpenAI.OpenAIClient
            {
                public AzureOpenAIClient(System.Uri endpoint, System.ClientModel.ApiKeyCredential credential) { }
                public AzureOpenAIClient(System.Uri endpoint, Azure.Core.TokenCredential credential) { }
                public override global::OpenAI.Chat.ChatClient GetChatClient(string deploymentName) => null!;
                public override global::OpenAI.Embeddings.EmbeddingClient GetEmbeddingClient(string deploymentName) => null!;
            }
        }

        namespace Azure.AI.Inference
        {
            public class ChatCompletionsClient
            {
                public ChatCompletionsClient(System.Uri endpoint, Azure.AzureKeyCredential credential) { }
                public ChatCompletionsClient(System.Uri endpoint, Azure.Core.TokenCredential credential) { }
            }
        }

        namespace Azure.Search.Documents
        {
            public class SearchClient
            {
                public SearchClient(System.Uri endpoint, string indexName, Azure.AzureKeyCredential credential) { }
                public SearchClient(System.Uri endpoint, string indexName, Azure.Core.TokenCredential tokenCredential) { }
            }
        }
        """;

    public const string Anthropic = """
        namespace Anthropic
        {
            public interface IAnthropicClient
            {
                Services.IMessageService Messages { get; }
                Services.IModelService Models { get; }
                Services.IOrganizationService Organization { get; }
            }

            public class AnthropicClient : IAnthropicClient
            {
                public AnthropicClient() { }
                public string? ApiKey { get; init; }
                public Services.IMessageService Messages => null!;
                public Services.IModelService Models => null!;
                public Services.IOrganizationService Organization => null!;
            }
        }

        namespace Anthropic.Services
        {
            public interface IMessageService
            {
                System.Threading.Tasks.Task<object> Create(object parameters);
                Messages.IBatchService Batches { get; }
            }

            public interface IModelService { System.Threading.Tasks.Task<object> List(); }

            public interface IOrganizationService { System.Threading.Tasks.Task<object> Retrieve(); }
        }

        namespace Anthropic.Services.Messages
        {
            public interface IBatchService { System.Threading.Tasks.Task<object> Create(object parameters); }
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
                public static IKernelBuilder AddOpenAITextToImage(this IKernelBuilder builder, string apiKey, string? orgId = null, string? modelId = null, string? serviceId = null) => builder;
                public static IKernelBuilder AddOpenAIEmbeddingGenerator(this IKernelBuilder builder, string modelId, string apiKey, string? orgId = null) => builder;
            }

            public static class AzureOpenAIKernelBuilderExtensions
            {
                public static IKernelBuilder AddAzureOpenAIChatCompletion(this IKernelBuilder builder, string deploymentName, string endpoint, string apiKey, string? serviceId = null) => builder;
                public static IKernelBuilder AddAzureOpenAIChatCompletion(this IKernelBuilder builder, string deploymentName, string endpoint, Azure.Core.TokenCredential credentials, string? serviceId = null) => builder;
            }
        }
        """;

    public const string AwsAndGoogle = """
        namespace Amazon
        {
            public sealed class RegionEndpoint
            {
                public static readonly RegionEndpoint USEast1 = new RegionEndpoint();
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
                public AmazonBedrockRuntimeClient() { }
                public AmazonBedrockRuntimeClient(Amazon.RegionEndpoint region) { }
                public AmazonBedrockRuntimeClient(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) { }
                public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey, Amazon.RegionEndpoint region) { }
            }
        }

        namespace Google.Apis.Auth.OAuth2
        {
            public interface ICredential { }
        }

        namespace Google.GenAI
        {
            public class Client
            {
                public Client(bool? vertexAI = null, string? apiKey = null, Google.Apis.Auth.OAuth2.ICredential? credential = null, string? project = null, string? location = null) { }
            }
        }
        """;

    /// <summary>Azure.AI.OpenAI 1.x, before it built on the OpenAI library: its own OpenAIClient took an AzureKeyCredential or a TokenCredential.</summary>
    public const string AzureOpenAIV1 = """
        namespace Azure.AI.OpenAI
        {
            public class OpenAIClient
            {
                public OpenAIClient(string openAIApiKey) { }
                public OpenAIClient(System.Uri endpoint, Azure.AzureKeyCredential keyCredential) { }
                public OpenAIClient(System.Uri endpoint, Azure.Core.TokenCredential tokenCredential) { }
                public object GetChatCompletions(object options) => null!;
                public System.Threading.Tasks.Task<object> GetImageGenerationsAsync(object options) => null!;
            }
        }
        """;

    /// <summary>Every stub KG2006–KG2008 tests compile against.</summary>
    public static readonly string[] All = [SdkStubs.Configuration, OpenAI, Azure, Anthropic, SemanticKernel, AwsAndGoogle];

    /// <summary>The same, without Azure.Identity: the KG2006 fix has no DefaultAzureCredential to write.</summary>
    public static readonly string[] WithoutAzureIdentity =
        [SdkStubs.Configuration, OpenAI, Azure.Replace("namespace Azure.Identity", "namespace Azure.Elsewhere"), Anthropic, SemanticKernel, AwsAndGoogle];
}
