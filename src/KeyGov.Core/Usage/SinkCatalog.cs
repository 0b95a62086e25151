using System;
using System.Collections.Generic;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// The SDK credential parameters and properties KeyGov knows (docs/providers.md, each provider's sink table),
    /// as data: one row per type, member and parameter. A row whose type the compilation does not reference costs
    /// nothing: the analyzers resolve the types once per compilation and keep only those that exist.
    /// </summary>
    public static class SinkCatalog
    {
        private const string Ctor = CredentialSink.Constructor;
        private const string AnyMethod = CredentialSink.AnyMethod;

        /// <summary>HTTP headers that carry a key, each with the provider it implies (null: any).</summary>
        private static readonly Dictionary<string, string?> CredentialHeaders = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Authorization"] = null,
            ["api-key"] = "azure-ai-services",
            ["Ocp-Apim-Subscription-Key"] = "azure-ai-services",
            ["x-api-key"] = null,
            ["xi-api-key"] = "elevenlabs",
            ["x-goog-api-key"] = "google-gemini",
        };

        private static readonly Dictionary<string, string?> BearerScheme = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Bearer"] = null,
        };

        private static readonly CredentialSink[] Sinks = Build();

        /// <summary>Every sink, in table order.</summary>
        public static IReadOnlyList<CredentialSink> All => Sinks;

        /// <summary>
        /// The provider a credential read is attributed to when both its name and the sink that consumes it say one: the
        /// sink's (a Google key given to a Vertex client is a Vertex key), except for the clients that serve other providers'
        /// compatible endpoints (OpenAI's clients for Groq or GitHub Models, Azure's for serverless models), where the name
        /// tells more.
        /// </summary>
        public static string? AttributeProvider(string? nameProviderId, string? sinkProviderId)
        {
            if (sinkProviderId == null || (nameProviderId != null && IsMultiProviderClient(sinkProviderId)))
            {
                return nameProviderId ?? sinkProviderId;
            }

            return sinkProviderId;
        }

        private static bool IsMultiProviderClient(string providerId) =>
            string.Equals(providerId, "openai", StringComparison.Ordinal) || string.Equals(providerId, "azure-ai-services", StringComparison.Ordinal);

        /// <summary>The scheme words an Authorization value starts with (<c>Bearer </c>), which are not part of the key.</summary>
        public static string StripScheme(string value)
        {
            foreach (var scheme in new[] { "Bearer ", "Basic ", "Token " })
            {
                if (value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
                {
                    return value.Substring(scheme.Length).Trim();
                }
            }

            return value;
        }

        private static CredentialSink[] Build()
        {
            var list = new List<CredentialSink>();

            // OpenAI .NET: every client takes `string apiKey` or `ApiKeyCredential credential`.
            foreach (var type in new[]
            {
                "OpenAI.OpenAIClient", "OpenAI.Chat.ChatClient", "OpenAI.Embeddings.EmbeddingClient", "OpenAI.Images.ImageClient",
                "OpenAI.Audio.AudioClient", "OpenAI.Moderations.ModerationClient", "OpenAI.Responses.ResponsesClient",
                "OpenAI.Responses.OpenAIResponseClient", "OpenAI.Realtime.RealtimeClient", "OpenAI.Assistants.AssistantClient",
                "OpenAI.Batch.BatchClient", "OpenAI.Files.OpenAIFileClient", "OpenAI.Models.OpenAIModelClient",
                "OpenAI.VectorStores.VectorStoreClient", "OpenAI.FineTuning.FineTuningClient", "OpenAI.Containers.ContainerClient",
                "OpenAI.Conversations.ConversationClient", "OpenAI.Evals.EvaluationClient", "OpenAI.Graders.GraderClient",
                "OpenAI.Videos.VideoClient",
            })
            {
                Parameters(list, "openai", type, Ctor, "apiKey", "credential");
            }

            Wrapper(list, "System.ClientModel.ApiKeyCredential");
            // The System.ClientModel host-builder registrations (AddChatClient, AddResponsesClient, their Keyed forms) read
            // the key from the client settings section themselves.
            foreach (var type in new[] { "OpenAI.OpenAIHostBuilderExtensions", "OpenAI.Responses.OpenAIResponsesHostBuilderExtensions" })
            {
                list.Add(new CredentialSink(type, AnyMethod, "sectionName", "openai", CredentialSinkKind.ConfigurationSection, keyFormat: "{0}:Credential:Key"));
            }
            Parameters(list, "openai", "Microsoft.Extensions.AI.OpenAIRealtimeClient", Ctor, "apiKey");
            SemanticKernel(list, "openai", "OpenAI", "apiKey",
                "OpenAIChatCompletionService", "OpenAITextEmbeddingGenerationService", "OpenAITextToImageService",
                "OpenAIAudioToTextService", "OpenAITextToAudioService", "OpenAIFileService");
            Properties(list, "openai", "Betalgo.Ranul.OpenAI.OpenAIOptions", "ApiKey");

            // Aspire client integrations read the connection string "ConnectionStrings:<name>" (Endpoint=…;Key=…).
            foreach (var method in new[] { "AddOpenAIClient", "AddKeyedOpenAIClient" })
            {
                ConnectionName(list, "openai", "Microsoft.Extensions.Hosting.AspireOpenAIExtensions", method);
            }

            foreach (var method in new[] { "AddAzureOpenAIClient", "AddKeyedAzureOpenAIClient" })
            {
                ConnectionName(list, "azure-ai-services", "Microsoft.Extensions.Hosting.AspireAzureOpenAIExtensions", method);
            }

            // Anthropic. The official SDK and tryAGI's share the name Anthropic.AnthropicClient and are told apart by
            // shape: the official one has an init-only ApiKey and, without it, reads ANTHROPIC_API_KEY; tryAGI's takes
            // `string apiKey` in its constructor.
            Properties(list, "anthropic", "Anthropic.AnthropicClient", "ApiKey", "AuthToken");
            Parameters(list, "anthropic", "Anthropic.AnthropicClient", Ctor, "apiKey");
            list.Add(new CredentialSink("Anthropic.AnthropicClient", Ctor, string.Empty, "anthropic", CredentialSinkKind.ImplicitEnvironmentVariable,
                implicitVariable: "ANTHROPIC_API_KEY", explicitCredentials: new[] { "ApiKey", "AuthToken", "options", "apiKey" }));
            Properties(list, "anthropic", "Anthropic.Core.ClientOptions", "ApiKey", "AuthToken");
            Parameters(list, "anthropic", "Anthropic.Credentials.StaticTokenCredentials", Ctor, "token");
            Parameters(list, "azure-ai-services", "Anthropic.Foundry.AnthropicFoundryApiKeyCredentials", Ctor, "apiKey");
            Properties(list, "aws-bedrock", "Anthropic.Bedrock.AnthropicBedrockApiTokenCredentials", "BearerToken");
            Properties(list, "aws-bedrock", "Anthropic.Bedrock.AnthropicBedrockPrivateKeyCredentials", "ApiAccessKey", "ApiSecret");
            Parameters(list, "anthropic", "Anthropic.SDK.APIAuthentication", Ctor, "apiKey");

            // tghamm's community Anthropic.SDK: given no APIAuthentication, AnthropicClient reads ANTHROPIC_API_KEY, and its
            // Claude-on-Vertex client reads GOOGLE_API_KEY (a Vertex key there, whatever its name says).
            Parameters(list, "anthropic", "Anthropic.SDK.AnthropicClient", Ctor, "apiKeys");
            list.Add(new CredentialSink("Anthropic.SDK.AnthropicClient", Ctor, string.Empty, "anthropic", CredentialSinkKind.ImplicitEnvironmentVariable,
                implicitVariable: "ANTHROPIC_API_KEY", explicitCredentials: new[] { "apiKeys" }));
            Parameters(list, "google-vertex", "Anthropic.SDK.VertexAIAuthentication", Ctor, "apiKey", "accessToken");
            list.Add(new CredentialSink("Anthropic.SDK.VertexAIClient", Ctor, string.Empty, "google-vertex", CredentialSinkKind.ImplicitEnvironmentVariable,
                implicitVariable: "GOOGLE_API_KEY", explicitCredentials: new[] { "auth" }));

            // Azure OpenAI, Azure AI Inference, Azure AI Search. AzureKeyCredential is Azure's provider-neutral wrapper.
            Parameters(list, "azure-ai-services", "Azure.AI.OpenAI.AzureOpenAIClient", Ctor, "credential", "keyCredential");
            Parameters(list, "azure-ai-services", "Azure.AI.OpenAI.OpenAIClient", Ctor, "keyCredential", "credential");

            // Azure.AI.OpenAI 1.x also served OpenAI itself: OpenAIClient(string openAIApiKey) (dotnet/ai-samples, the
            // azure-search-openai demo).
            Parameters(list, "openai", "Azure.AI.OpenAI.OpenAIClient", Ctor, "openAIApiKey");
            Wrapper(list, "Azure.AzureKeyCredential");
            foreach (var type in new[] { "Azure.AI.Inference.ChatCompletionsClient", "Azure.AI.Inference.EmbeddingsClient", "Azure.AI.Inference.ImageEmbeddingsClient" })
            {
                Parameters(list, "azure-ai-services", type, Ctor, "credential");
            }

            Parameters(list, "azure-ai-services", "Microsoft.Extensions.Azure.AIInferenceClientBuilderExtensions", AnyMethod, "credential");
            SemanticKernel(list, "azure-ai-services", "AzureOpenAI", "apiKey",
                "AzureOpenAIChatCompletionService", "AzureOpenAITextEmbeddingGenerationService", "AzureOpenAITextToImageService",
                "AzureOpenAITextToAudioService", "AzureOpenAIAudioToTextService");
            SemanticKernel(list, "azure-ai-services", "AzureAIInference", "apiKey", "AzureAIInferenceChatCompletionService");
            Parameters(list, "azure-ai-search", "Azure.AI.OpenAI.Chat.DataSourceAuthentication", "FromApiKey", "apiKey");
            Parameters(list, "azure-ai-search", "Azure.AI.OpenAI.Chat.DataSourceAuthentication", "FromKeyAndKeyId", "key");
            Parameters(list, "azure-ai-search", "Azure.AI.OpenAI.Chat.DataSourceAuthentication", "FromEncodedApiKey", "encodedApiKey");
            Parameters(list, "azure-ai-search", "Azure.AI.OpenAI.Chat.DataSourceAuthentication", "FromAccessToken", "accessToken");
            foreach (var type in new[] { "Azure.Search.Documents.SearchClient", "Azure.Search.Documents.Indexes.SearchIndexClient", "Azure.Search.Documents.Indexes.SearchIndexerClient" })
            {
                Parameters(list, "azure-ai-search", type, Ctor, "credential");
            }

            Parameters(list, "azure-ai-search", "Microsoft.Extensions.Azure.SearchClientBuilderExtensions", AnyMethod, "credential");
            Parameters(list, "azure-ai-services", "Azure.Search.Documents.Indexes.Models.CognitiveServicesAccountKey", Ctor, "key");
            Properties(list, "azure-ai-services", "Azure.Search.Documents.Indexes.Models.CognitiveServicesAccountKey", "Key");

            // Google: the official Google.GenAI client reads GOOGLE_API_KEY when given no key.
            Parameters(list, "google-gemini", "Google.GenAI.Client", Ctor, "apiKey");
            list.Add(new CredentialSink("Google.GenAI.Client", Ctor, "apiKey", "google-gemini", CredentialSinkKind.ImplicitEnvironmentVariable,
                implicitVariable: "GOOGLE_API_KEY", explicitCredentials: new[] { "apiKey", "credential", "vertexAI" }));
            Parameters(list, "google-gemini", "Mscc.GenerativeAI.GoogleAI", Ctor, "apiKey", "accessToken");
            Parameters(list, "google-vertex", "Mscc.GenerativeAI.VertexAI", Ctor, "apiKey");
            SemanticKernel(list, "google-gemini", "GoogleAI", "apiKey",
                "Google.GoogleAIGeminiChatCompletionService", "Google.GoogleAITextEmbeddingGenerationService", "Google.GoogleAIEmbeddingGenerator");
            SemanticKernel(list, "google-vertex", "VertexAI", "bearerKey");
            Parameters(list, "google-vertex", "Google.Apis.Auth.OAuth2.GoogleCredential", "FromJson", "json");

            // AWS: IAM keys for Bedrock.
            Parameters(list, "aws-bedrock", "Amazon.Runtime.BasicAWSCredentials", Ctor, "accessKey", "secretKey");
            Parameters(list, "aws-bedrock", "Amazon.Runtime.SessionAWSCredentials", Ctor, "awsAccessKeyId", "awsSecretAccessKey", "token");
            Parameters(list, "aws-bedrock", "Amazon.Runtime.ImmutableCredentials", Ctor, "awsAccessKeyId", "awsSecretAccessKey", "token");
            Properties(list, "aws-bedrock", "Amazon.Runtime.CredentialManagement.CredentialProfileOptions", "AccessKey", "SecretKey", "Token");
            foreach (var type in new[] { "Amazon.BedrockRuntime.AmazonBedrockRuntimeClient", "Amazon.Bedrock.AmazonBedrockClient", "Amazon.BedrockAgentRuntime.AmazonBedrockAgentRuntimeClient" })
            {
                Parameters(list, "aws-bedrock", type, Ctor, "awsAccessKeyId", "awsSecretAccessKey", "awsSessionToken");
            }

            // Hugging Face and Mistral through Semantic Kernel; Mistral.SDK (community).
            SemanticKernel(list, "huggingface", "HuggingFace", "apiKey",
                "HuggingFace.HuggingFaceChatCompletionService", "HuggingFace.HuggingFaceTextGenerationService",
                "HuggingFace.HuggingFaceTextEmbeddingGenerationService", "HuggingFace.HuggingFaceEmbeddingGenerator",
                "HuggingFace.HuggingFaceImageToTextService");
            SemanticKernel(list, "mistral", "MistralAI", "apiKey",
                "MistralAI.MistralAIChatCompletionService", "MistralAI.MistralAITextEmbeddingGenerationService", "MistralAI.MistralAIEmbeddingGenerator");
            Parameters(list, "mistral", "Mistral.SDK.APIAuthentication", Ctor, "apiKey");

            // Other providers with a .NET SDK.
            Parameters(list, "pinecone", "Pinecone.PineconeClient", Ctor, "apiKey");
            Parameters(list, "assemblyai", "AssemblyAI.AssemblyAIClient", Ctor, "apiKey");
            Parameters(list, "elevenlabs", "ElevenLabs.ElevenLabsAuthentication", Ctor, "apiKey");
            Parameters(list, "deepgram", "Deepgram.ClientFactory", AnyMethod, "apiKey");

            // Raw HTTP: a key in an auth header (Authorization: Bearer, api-key, x-api-key, xi-api-key, …).
            foreach (var method in new[] { "Add", "TryAddWithoutValidation" })
            {
                foreach (var parameter in new[] { "value", "values" })
                {
                    list.Add(new CredentialSink("System.Net.Http.Headers.HttpHeaders", method, parameter, null, CredentialSinkKind.Parameter,
                        conditionParameter: "name", conditionValues: CredentialHeaders));
                }
            }

            list.Add(new CredentialSink("System.Net.Http.Headers.AuthenticationHeaderValue", Ctor, "parameter", null, CredentialSinkKind.Parameter,
                conditionParameter: "scheme", conditionValues: BearerScheme));

            return list.ToArray();
        }

        /// <summary>
        /// A Semantic Kernel connector: its builder and service-collection extensions (every method with the credential
        /// parameter) and its service classes' constructors. <paramref name="services"/> are relative to
        /// <c>Microsoft.SemanticKernel.Connectors.&lt;connector&gt;</c> unless they name a sub-namespace.
        /// </summary>
        private static void SemanticKernel(List<CredentialSink> list, string provider, string connector, string parameter, params string[] services)
        {
            foreach (var extensions in new[]
            {
                "Microsoft.SemanticKernel." + connector + "KernelBuilderExtensions",
                "Microsoft.SemanticKernel." + connector + "ServiceCollectionExtensions",
                "Microsoft.Extensions.DependencyInjection." + connector + "ServiceCollectionExtensions",
            })
            {
                Parameters(list, provider, extensions, AnyMethod, parameter);
            }

            foreach (var service in services)
            {
                string type = service.IndexOf('.') >= 0
                    ? "Microsoft.SemanticKernel.Connectors." + service
                    : "Microsoft.SemanticKernel.Connectors." + connector + "." + service;
                Parameters(list, provider, type, Ctor, parameter);
            }
        }

        private static void Parameters(List<CredentialSink> list, string provider, string type, string member, params string[] parameters)
        {
            foreach (var parameter in parameters)
            {
                list.Add(new CredentialSink(type, member, parameter, provider, CredentialSinkKind.Parameter));
            }
        }

        private static void Properties(List<CredentialSink> list, string provider, string type, params string[] properties)
        {
            foreach (var property in properties)
            {
                list.Add(new CredentialSink(type, property, property, provider, CredentialSinkKind.Property));
            }
        }

        private static void Wrapper(List<CredentialSink> list, string type)
        {
            list.Add(new CredentialSink(type, Ctor, "key", null, CredentialSinkKind.Parameter, isWrapper: true));
            list.Add(new CredentialSink(type, "Update", "key", null, CredentialSinkKind.Parameter, isWrapper: true));
        }

        private static void ConnectionName(List<CredentialSink> list, string provider, string type, string method)
        {
            foreach (var parameter in new[] { "connectionName", "name" })
            {
                list.Add(new CredentialSink(type, method, parameter, provider, CredentialSinkKind.ConfigurationSection,
                    keyFormat: ConfigurationKey.ConnectionStringsSection + ":{0}"));
            }
        }
    }
}
