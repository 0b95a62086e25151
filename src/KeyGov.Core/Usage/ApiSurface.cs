using System;
using System.Collections.Generic;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// The API surfaces a credential can be approved for (<c>apis</c> in keygov.json, KG2007), and which SDK member
    /// reaches which surface: one table, by the containing type's metadata name and the member's name, that the
    /// analyzers resolve once per compilation (only the SDKs a compilation references cost anything). A member reaches
    /// a surface when calling it (or reading it, for a property, or constructing its type, for <c>.ctor</c>) starts
    /// using that API: <c>OpenAIClient.GetImageClient</c> is images, <c>new ChatClient(…)</c> is chat,
    /// <c>AnthropicClient.Models</c> is models. The vocabulary is documented in docs/manifest.md.
    /// </summary>
    public static class ApiSurface
    {
        public const string Chat = "chat";
        public const string Responses = "responses";
        public const string Embeddings = "embeddings";
        public const string Images = "images";
        public const string Audio = "audio";
        public const string Moderation = "moderation";
        public const string Files = "files";
        public const string FineTuning = "fine-tuning";
        public const string Batch = "batch";
        public const string Assistants = "assistants";
        public const string Realtime = "realtime";
        public const string VectorStores = "vector-stores";
        public const string Models = "models";
        public const string Admin = "admin";
        public const string Containers = "containers";
        public const string Conversations = "conversations";
        public const string Evals = "evals";
        public const string Videos = "videos";

        /// <summary>The member name that stands for every constructor of the type.</summary>
        public const string Constructor = CredentialSink.Constructor;

        /// <summary>The member name that stands for every member of the type (an interface whose every call is one API).</summary>
        public const string AnyMember = CredentialSink.AnyMethod;

        /// <summary>Every value <c>apis</c> accepts, in documentation order.</summary>
        public static IReadOnlyList<string> Vocabulary { get; } = new[]
        {
            Chat, Responses, Embeddings, Images, Audio, Moderation, Files, FineTuning, Batch, Assistants, Realtime,
            VectorStores, Models, Admin, Containers, Conversations, Evals, Videos,
        };

        private static readonly Dictionary<string, Dictionary<string, string>> Table = Build();

        /// <summary>The metadata names of the types that have a row: what an analyzer resolves once per compilation.</summary>
        public static IEnumerable<string> TypeNames => Table.Keys;

        /// <summary>True when <paramref name="value"/> is a surface of the vocabulary (exact, lowercase).</summary>
        public static bool IsKnown(string? value)
        {
            foreach (var surface in Vocabulary)
            {
                if (string.Equals(surface, value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The surface that <paramref name="member"/> of the type <paramref name="typeMetadataName"/> reaches (a method or
        /// property name, or <see cref="Constructor"/>), or null when it reaches none (or several, like <c>new OpenAIClient</c>).
        /// </summary>
        public static string? Of(string typeMetadataName, string member)
        {
            if (!Table.TryGetValue(typeMetadataName, out var members))
            {
                return null;
            }

            if (members.TryGetValue(member, out var surface))
            {
                return surface;
            }

            return member != Constructor && members.TryGetValue(AnyMember, out surface) ? surface : null;
        }

        /// <summary>The members of one type that have a row (member name → surface), for resolving once per compilation.</summary>
        public static IReadOnlyDictionary<string, string> MembersOf(string typeMetadataName) =>
            Table.TryGetValue(typeMetadataName, out var members) ? members : new Dictionary<string, string>();

        private static Dictionary<string, Dictionary<string, string>> Build()
        {
            var table = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);

            // OpenAI .NET: the shared OpenAIClient hands out one client per API (Azure.AI.OpenAI's AzureOpenAIClient
            // overrides the same methods); each client can also be constructed directly with a key.
            var getters = new[]
            {
                ("GetChatClient", Chat), ("GetResponsesClient", Responses), ("GetOpenAIResponseClient", Responses),
                ("GetEmbeddingClient", Embeddings), ("GetImageClient", Images), ("GetAudioClient", Audio),
                ("GetModerationClient", Moderation), ("GetOpenAIFileClient", Files), ("GetFineTuningClient", FineTuning),
                ("GetBatchClient", Batch), ("GetAssistantClient", Assistants), ("GetRealtimeClient", Realtime),
                ("GetVectorStoreClient", VectorStores), ("GetOpenAIModelClient", Models), ("GetContainerClient", Containers),
                ("GetConversationClient", Conversations), ("GetEvaluationClient", Evals), ("GetGraderClient", Evals),
                ("GetVideoClient", Videos),
            };
            foreach (var type in new[] { "OpenAI.OpenAIClient", "Azure.AI.OpenAI.AzureOpenAIClient" })
            {
                foreach (var (method, surface) in getters)
                {
                    Add(table, type, method, surface);
                }
            }

            foreach (var (type, surface) in new[]
            {
                ("OpenAI.Chat.ChatClient", Chat), ("OpenAI.Responses.ResponsesClient", Responses), ("OpenAI.Responses.OpenAIResponseClient", Responses),
                ("OpenAI.Embeddings.EmbeddingClient", Embeddings), ("OpenAI.Images.ImageClient", Images), ("OpenAI.Audio.AudioClient", Audio),
                ("OpenAI.Moderations.ModerationClient", Moderation), ("OpenAI.Files.OpenAIFileClient", Files), ("OpenAI.FineTuning.FineTuningClient", FineTuning),
                ("OpenAI.Batch.BatchClient", Batch), ("OpenAI.Assistants.AssistantClient", Assistants), ("OpenAI.Realtime.RealtimeClient", Realtime),
                ("OpenAI.VectorStores.VectorStoreClient", VectorStores), ("OpenAI.Models.OpenAIModelClient", Models), ("OpenAI.Containers.ContainerClient", Containers),
                ("OpenAI.Conversations.ConversationClient", Conversations), ("OpenAI.Evals.EvaluationClient", Evals), ("OpenAI.Graders.GraderClient", Evals),
                ("OpenAI.Videos.VideoClient", Videos), ("Microsoft.Extensions.AI.OpenAIRealtimeClient", Realtime),
            })
            {
                Add(table, type, Constructor, surface);
            }

            // Azure.AI.OpenAI 1.x: one OpenAIClient whose methods are the APIs (GetCompletions, the legacy completions API,
            // has no surface of its own in the vocabulary and is left out).
            foreach (var (method, surface) in new[]
            {
                ("GetChatCompletions", Chat), ("GetChatCompletionsStreaming", Chat), ("GetEmbeddings", Embeddings), ("GetImageGenerations", Images),
                ("GetAudioTranscription", Audio), ("GetAudioTranslation", Audio), ("GenerateSpeechFromText", Audio),
            })
            {
                Add(table, "Azure.AI.OpenAI.OpenAIClient", method, surface);
                Add(table, "Azure.AI.OpenAI.OpenAIClient", method + "Async", surface);
            }

            // Microsoft.Extensions.AI: the adapters from an OpenAI client (current AsI… and earlier As… names), and the
            // abstractions themselves, whose every call is one API.
            foreach (var (method, surface) in new[]
            {
                ("AsIChatClient", Chat), ("AsChatClient", Chat), ("AsIEmbeddingGenerator", Embeddings), ("AsEmbeddingGenerator", Embeddings),
                ("AsIImageGenerator", Images), ("AsISpeechToTextClient", Audio), ("AsITextToSpeechClient", Audio),
            })
            {
                Add(table, "Microsoft.Extensions.AI.OpenAIClientExtensions", method, surface);
            }

            Add(table, "Microsoft.Extensions.AI.IChatClient", AnyMember, Chat);
            Add(table, "Microsoft.Extensions.AI.ChatClientExtensions", AnyMember, Chat);
            Add(table, "Microsoft.Extensions.AI.IEmbeddingGenerator`2", AnyMember, Embeddings);
            Add(table, "Microsoft.Extensions.AI.EmbeddingGeneratorExtensions", AnyMember, Embeddings);

            // Semantic Kernel: each registration is one API, for the kernel builder and the service collection alike.
            foreach (var connector in new[] { "OpenAI", "AzureOpenAI" })
            {
                foreach (var type in new[]
                {
                    "Microsoft.SemanticKernel." + connector + "KernelBuilderExtensions",
                    "Microsoft.SemanticKernel." + connector + "ServiceCollectionExtensions",
                    "Microsoft.Extensions.DependencyInjection." + connector + "ServiceCollectionExtensions",
                })
                {
                    foreach (var (suffix, surface) in new[]
                    {
                        ("ChatCompletion", Chat), ("ChatClient", Chat), ("TextEmbeddingGeneration", Embeddings), ("EmbeddingGenerator", Embeddings),
                        ("TextToImage", Images), ("AudioToText", Audio), ("TextToAudio", Audio), ("Files", Files),
                    })
                    {
                        Add(table, type, "Add" + connector + suffix, surface);
                    }
                }

                foreach (var (service, surface) in new[]
                {
                    ("ChatCompletionService", Chat), ("TextEmbeddingGenerationService", Embeddings), ("TextToImageService", Images),
                    ("AudioToTextService", Audio), ("TextToAudioService", Audio), ("FileService", Files),
                })
                {
                    Add(table, "Microsoft.SemanticKernel.Connectors." + connector + "." + connector + service, Constructor, surface);
                }
            }

            // Anthropic (official SDK): services hang off the client (and its beta namespace). Messages leads to chat
            // and to message batches, so it is decided by what is called on it; the other services are one API each.
            foreach (var type in new[] { "Anthropic.AnthropicClient", "Anthropic.IAnthropicClient", "Anthropic.Services.IBetaService" })
            {
                Add(table, type, "Models", Models);
                Add(table, type, "Files", Files);
                Add(table, type, "Organization", Admin);
            }

            foreach (var type in new[] { "Anthropic.Services.IMessageService", "Anthropic.Services.Beta.IMessageService" })
            {
                Add(table, type, "Create", Chat);
                Add(table, type, "CreateStreaming", Chat);
                Add(table, type, "CountTokens", Chat);
                Add(table, type, "Batches", Batch);
            }

            return table;
        }

        private static void Add(Dictionary<string, Dictionary<string, string>> table, string type, string member, string surface)
        {
            if (!table.TryGetValue(type, out var members))
            {
                table.Add(type, members = new Dictionary<string, string>(StringComparer.Ordinal));
            }

            members[member] = surface;
        }
    }
}
