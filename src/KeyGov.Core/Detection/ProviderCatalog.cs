using System;
using System.Collections.Generic;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// What KeyGov knows about providers and their key formats, as data: the provider table and one
    /// <see cref="KeyFormat"/> row per key shape (reference/providers.md). Adding a format is adding a row.
    /// </summary>
    public static class ProviderCatalog
    {
        // The provider ids of reference/providers.json, the values keygov.json's `provider` field accepts.
        private static readonly string[][] Providers =
        {
            new[] { "openai", "OpenAI" },
            new[] { "anthropic", "Anthropic" },
            new[] { "azure-ai-services", "Azure AI services" },
            new[] { "azure-ai-search", "Azure AI Search" },
            new[] { "google-gemini", "Google Gemini" },
            new[] { "google-vertex", "Google Vertex AI" },
            new[] { "aws-bedrock", "AWS Bedrock" },
            new[] { "huggingface", "Hugging Face" },
            new[] { "cohere", "Cohere" },
            new[] { "mistral", "Mistral AI" },
            new[] { "groq", "Groq" },
            new[] { "replicate", "Replicate" },
            new[] { "perplexity", "Perplexity" },
            new[] { "xai", "xAI" },
            new[] { "openrouter", "OpenRouter" },
            new[] { "deepseek", "DeepSeek" },
            new[] { "together", "Together AI" },
            new[] { "fireworks", "Fireworks AI" },
            new[] { "langsmith", "LangSmith" },
            new[] { "pinecone", "Pinecone" },
            new[] { "elevenlabs", "ElevenLabs" },
            new[] { "voyage", "Voyage AI" },
            new[] { "stability", "Stability AI" },
            new[] { "nvidia", "NVIDIA" },
            new[] { "github", "GitHub" },
            new[] { "cerebras", "Cerebras" },
            new[] { "deepgram", "Deepgram" },
            new[] { "assemblyai", "AssemblyAI" },
            new[] { "wandb", "Weights & Biases" },
        };

        /// <summary>base64("OpenAI"): the signature inside every OpenAI key.</summary>
        internal const string OpenAISignature = "T3BlbkFJ";

        internal static readonly KeyKind OpenAIProjectKey = Kind("openai", "project-key", "project key", "sk-proj-");
        internal static readonly KeyKind OpenAIServiceAccountKey = Kind("openai", "service-account-key", "service account key", "sk-svcacct-");
        internal static readonly KeyKind OpenAIAdminKey = Kind("openai", "admin-key", "admin key", "sk-admin-");
        internal static readonly KeyKind OpenAIUserKey = Kind("openai", "user-key", "legacy user key", "sk-");
        internal static readonly KeyKind OpenAIApiKey = Kind("openai", "api-key", "API key", "sk-");
        internal static readonly KeyKind AnthropicApiKey = Kind("anthropic", "api-key", "API key", "sk-ant-api03-");
        internal static readonly KeyKind AnthropicAdminKey = Kind("anthropic", "admin-key", "admin API key", "sk-ant-admin01-");
        internal static readonly KeyKind AnthropicOAuthAccessToken = Kind("anthropic", "oauth-access-token", "OAuth access token", "sk-ant-oat01-");
        internal static readonly KeyKind AnthropicOAuthRefreshToken = Kind("anthropic", "oauth-refresh-token", "OAuth refresh token", "sk-ant-ort01-");

        private static readonly CharClass UrlSafe = CharClass.UrlSafe;
        private static readonly CharClass Alnum = CharClass.Alnum;

        /// <summary>Every key shape KeyGov recognises. Order does not matter: overlaps are settled by specificity.</summary>
        internal static readonly KeyFormat[] Formats =
        {
            // OpenAI scoped keys: prefix + 74 (or 58) url-safe + signature + the same count again.
            OpenAIScoped(OpenAIProjectKey, 74),
            OpenAIScoped(OpenAIProjectKey, 58),
            OpenAIScoped(OpenAIServiceAccountKey, 74),
            OpenAIScoped(OpenAIServiceAccountKey, 58),
            OpenAIScoped(OpenAIAdminKey, 74),
            OpenAIScoped(OpenAIAdminKey, 58),
            new KeyFormat(OpenAIUserKey, "sk-", new[] { Lit("sk-"), Run(Alnum, 20), Lit(OpenAISignature), Run(Alnum, 20) }),

            // Any other sk- token around the signature (sk-None-, sk-service-, future variants). A token that claims
            // a documented prefix but fails that prefix's shape is a near-miss, not an unknown variant.
            new KeyFormat(
                OpenAIApiKey,
                "sk-",
                new[] { Lit("sk-"), Run(UrlSafe, 20, 200), Lit(OpenAISignature), Run(UrlSafe, 20, 200) },
                specificity: 0,
                excludedPrefixes: new[] { "sk-proj-", "sk-svcacct-", "sk-admin-", "sk-ant-" }),

            // Anthropic: prefix + 93 url-safe + a constant "AA" (not a checksum).
            new KeyFormat(AnthropicApiKey, "sk-ant-api03-", new[] { Lit("sk-ant-api03-"), Run(UrlSafe, 93), Lit("AA") }),
            new KeyFormat(AnthropicAdminKey, "sk-ant-admin01-", new[] { Lit("sk-ant-admin01-"), Run(UrlSafe, 93), Lit("AA") }),

            // OAuth tokens: length undocumented, so the reference's 40-200 range.
            new KeyFormat(AnthropicOAuthAccessToken, "sk-ant-oat01-", new[] { Lit("sk-ant-oat01-"), Run(UrlSafe, 40, 200) }),
            new KeyFormat(AnthropicOAuthRefreshToken, "sk-ant-ort01-", new[] { Lit("sk-ant-ort01-"), Run(UrlSafe, 40, 200) }),
        };

        /// <summary>Formats grouped by anchor, so that each distinct anchor costs one <c>IndexOf</c> pass.</summary>
        internal static readonly AnchorGroup[] AnchorGroups = GroupByAnchor(Formats);

        /// <summary>The most segments of any format: the size of the scanner's segment-end buffer.</summary>
        internal static readonly int MaxSegments = CountMaxSegments(Formats);

        private static readonly KeyKind[] KindList = DistinctKinds(Formats);

        private static readonly string[] IdList = ProviderIdList();

        /// <summary>The provider ids of the catalog, in catalog order.</summary>
        public static IReadOnlyList<string> ProviderIds => IdList;

        /// <summary>Every key kind with a format, in catalog order.</summary>
        public static IReadOnlyList<KeyKind> Kinds => KindList;

        /// <summary>True for a catalog provider id (<c>openai</c>, <c>azure-ai-search</c>, …); ordinal, as ids are lowercase.</summary>
        public static bool IsKnownProvider(string? id) => GetProviderName(id) != null;

        /// <summary>The display name of a catalog provider, or null.</summary>
        public static string? GetProviderName(string? id)
        {
            foreach (var provider in Providers)
            {
                if (string.Equals(provider[0], id, StringComparison.Ordinal))
                {
                    return provider[1];
                }
            }

            return null;
        }

        /// <summary>The kind with this id (<c>openai</c>, <c>project-key</c>), or null.</summary>
        public static KeyKind? FindKind(string? providerId, string? kindId)
        {
            foreach (var kind in KindList)
            {
                if (string.Equals(kind.ProviderId, providerId, StringComparison.Ordinal) && string.Equals(kind.KindId, kindId, StringComparison.Ordinal))
                {
                    return kind;
                }
            }

            return null;
        }

        private static KeyFormat OpenAIScoped(KeyKind kind, int half) =>
            new KeyFormat(kind, kind.DisplayPrefix, new[] { Lit(kind.DisplayPrefix), Run(UrlSafe, half), Lit(OpenAISignature), Run(UrlSafe, half) });

        private static KeySegment Lit(string literal) => KeySegment.Lit(literal);

        private static KeySegment Run(CharClass chars, int count) => KeySegment.Run(chars, count);

        private static KeySegment Run(CharClass chars, int min, int max) => KeySegment.Run(chars, min, max);

        private static KeyKind Kind(string providerId, string kindId, string kindName, string displayPrefix, bool selfIdentifying = true) =>
            new KeyKind(
                providerId,
                GetProviderName(providerId) ?? throw new ArgumentException("Unknown provider " + providerId, nameof(providerId)),
                kindId,
                kindName,
                displayPrefix,
                selfIdentifying);

        private static AnchorGroup[] GroupByAnchor(KeyFormat[] formats)
        {
            var anchors = new List<string>();
            foreach (var format in formats)
            {
                if (!anchors.Contains(format.Anchor))
                {
                    anchors.Add(format.Anchor);
                }
            }

            var groups = new AnchorGroup[anchors.Count];
            for (int i = 0; i < groups.Length; i++)
            {
                var members = new List<KeyFormat>();
                foreach (var format in formats)
                {
                    if (string.Equals(format.Anchor, anchors[i], StringComparison.Ordinal))
                    {
                        members.Add(format);
                    }
                }

                groups[i] = new AnchorGroup(anchors[i], members.ToArray());
            }

            return groups;
        }

        private static int CountMaxSegments(KeyFormat[] formats)
        {
            int max = 0;
            foreach (var format in formats)
            {
                max = Math.Max(max, format.Segments.Length);
            }

            return max;
        }

        private static KeyKind[] DistinctKinds(KeyFormat[] formats)
        {
            var kinds = new List<KeyKind>();
            foreach (var format in formats)
            {
                if (!kinds.Contains(format.Kind))
                {
                    kinds.Add(format.Kind);
                }
            }

            return kinds.ToArray();
        }

        private static string[] ProviderIdList()
        {
            var ids = new string[Providers.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = Providers[i][0];
            }

            return ids;
        }
    }

    /// <summary>The formats that share one anchor literal.</summary>
    internal sealed class AnchorGroup
    {
        public AnchorGroup(string anchor, KeyFormat[] formats)
        {
            Anchor = anchor;
            Formats = formats;
        }

        public string Anchor { get; }

        public KeyFormat[] Formats { get; }
    }
}
