using System;
using System.Collections.Generic;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// What KeyGov knows about providers and their key formats, as data: the provider table and one
    /// <see cref="KeyFormat"/> row per key shape (docs/providers.md). Adding a format is adding a row.
    /// </summary>
    public static class ProviderCatalog
    {
        // The provider ids of docs/providers.md, the values keygov.json's `provider` field accepts.
        private static readonly string[][] Providers =
        {
            new[] { "openai", "OpenAI" },
            new[] { "anthropic", "Anthropic" },
            new[] { "azure-ai-services", "Azure OpenAI / AI services" },
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

        /// <summary>The first line of a PKCS#8 PEM private key, as in a Google service-account JSON.</summary>
        internal const string PemBegin = "-----BEGIN PRIVATE KEY-----";

        internal const string PemEnd = "-----END PRIVATE KEY-----";

        internal static readonly KeyKind OpenAIProjectKey = Kind("openai", "project-key", "project key", "sk-proj-");
        internal static readonly KeyKind OpenAIServiceAccountKey = Kind("openai", "service-account-key", "service account key", "sk-svcacct-");
        internal static readonly KeyKind OpenAIAdminKey = Kind("openai", "admin-key", "admin key", "sk-admin-");
        internal static readonly KeyKind OpenAIUserKey = Kind("openai", "user-key", "legacy user key", "sk-");
        internal static readonly KeyKind OpenAIApiKey = Kind("openai", "api-key", "API key", "sk-");
        internal static readonly KeyKind AnthropicApiKey = Kind("anthropic", "api-key", "API key", "sk-ant-api03-");
        internal static readonly KeyKind AnthropicAdminKey = Kind("anthropic", "admin-key", "admin API key", "sk-ant-admin01-");
        internal static readonly KeyKind AnthropicOAuthAccessToken = Kind("anthropic", "oauth-access-token", "OAuth access token", "sk-ant-oat01-");
        internal static readonly KeyKind AnthropicOAuthRefreshToken = Kind("anthropic", "oauth-refresh-token", "OAuth refresh token", "sk-ant-ort01-");
        internal static readonly KeyKind AzureOpenAIIdentifiableKey = Kind("azure-ai-services", "openai-identifiable-key", "Azure OpenAI identifiable key", string.Empty);
        internal static readonly KeyKind AzureAIServicesIdentifiableKey = Kind("azure-ai-services", "identifiable-key", "identifiable key", string.Empty);
        internal static readonly KeyKind AzureAIServicesApiKey = Kind("azure-ai-services", "api-key", "API key (32 hex)", string.Empty, KeyKindClass.PrefixLess);
        internal static readonly KeyKind AzureSearchQueryKey = Kind("azure-ai-search", "query-key", "identifiable query key", string.Empty);
        internal static readonly KeyKind AzureSearchAdminKey = Kind("azure-ai-search", "admin-key", "identifiable admin key", string.Empty);
        internal static readonly KeyKind AzureSearchApiKey = Kind("azure-ai-search", "api-key", "API key (32 hex)", string.Empty, KeyKindClass.PrefixLess);
        internal static readonly KeyKind GoogleApiKey = Kind("google-gemini", "api-key", "Google API key", "AIza", KeyKindClass.AmbiguousPrefix);
        internal static readonly KeyKind GeminiAuthKey = Kind("google-gemini", "auth-key", "authorization key", "AQ.Ab8RN6");
        internal static readonly KeyKind VertexServiceAccountKey = HideTail(Kind("google-vertex", "service-account-key", "service-account private key", PemBegin));
        internal static readonly KeyKind AwsAccessKeyId = Kind("aws-bedrock", "access-key-id", "access key id", "AKIA", KeyKindClass.AmbiguousPrefix);
        internal static readonly KeyKind AwsTemporaryAccessKeyId = Kind("aws-bedrock", "temporary-access-key-id", "temporary access key id", "ASIA", KeyKindClass.AmbiguousPrefix);
        internal static readonly KeyKind AwsBearerTokenKeyId = Kind("aws-bedrock", "bearer-token-key-id", "STS bearer token key id", "ABIA", KeyKindClass.AmbiguousPrefix);
        internal static readonly KeyKind AwsContextCredentialKeyId = Kind("aws-bedrock", "context-credential-key-id", "context-specific credential key id", "ACCA", KeyKindClass.AmbiguousPrefix);
        internal static readonly KeyKind AwsSecretAccessKey = Kind("aws-bedrock", "secret-access-key", "secret access key", string.Empty, KeyKindClass.PrefixLess);
        internal static readonly KeyKind BedrockLongTermKey = Kind("aws-bedrock", "long-term-api-key", "Bedrock API key (long-term)", "ABSK");
        internal static readonly KeyKind BedrockShortTermKey = Kind("aws-bedrock", "short-term-api-key", "Bedrock API key (short-term)", "bedrock-api-key-");
        internal static readonly KeyKind HuggingFaceUserToken = Kind("huggingface", "user-token", "user access token", "hf_");
        internal static readonly KeyKind HuggingFaceOrgToken = Kind("huggingface", "org-token", "organization API token", "api_org_");
        internal static readonly KeyKind CohereApiKey = Kind("cohere", "api-key", "API key", string.Empty, KeyKindClass.PrefixLess);
        internal static readonly KeyKind MistralApiKey = Kind("mistral", "api-key", "API key", string.Empty, KeyKindClass.PrefixLess);
        internal static readonly KeyKind GroqApiKey = Kind("groq", "api-key", "API key", "gsk_");
        internal static readonly KeyKind ReplicateApiToken = Kind("replicate", "api-token", "API token", "r8_");
        internal static readonly KeyKind PerplexityApiKey = Kind("perplexity", "api-key", "API key", "pplx-");
        internal static readonly KeyKind XaiApiKey = Kind("xai", "api-key", "API key", "xai-");
        internal static readonly KeyKind OpenRouterApiKey = Kind("openrouter", "api-key", "API key", "sk-or-v1-");
        internal static readonly KeyKind DeepSeekApiKey = Kind("deepseek", "api-key", "API key", "sk-", KeyKindClass.PrefixLess);
        internal static readonly KeyKind TogetherApiKey = Kind("together", "api-key", "API key", "tgp_v1_");
        internal static readonly KeyKind TogetherLegacyKey = Kind("together", "legacy-key", "legacy API key (64 hex)", string.Empty, KeyKindClass.PrefixLess);
        internal static readonly KeyKind FireworksApiKey = Kind("fireworks", "api-key", "API key", "fw_");
        internal static readonly KeyKind LangSmithPersonalToken = Kind("langsmith", "personal-access-token", "personal access token", "lsv2_pt_");
        internal static readonly KeyKind LangSmithServiceKey = Kind("langsmith", "service-key", "service key", "lsv2_sk_");
        internal static readonly KeyKind PineconeApiKey = Kind("pinecone", "api-key", "API key", "pcsk_");
        internal static readonly KeyKind ElevenLabsApiKey = Kind("elevenlabs", "api-key", "API key", "sk_", KeyKindClass.PrefixLess);
        internal static readonly KeyKind ElevenLabsLegacyKey = Kind("elevenlabs", "legacy-key", "legacy API key (32 hex)", string.Empty, KeyKindClass.PrefixLess);
        internal static readonly KeyKind VoyageApiKey = Kind("voyage", "api-key", "API key", "pa-", KeyKindClass.PrefixLess);
        internal static readonly KeyKind StabilityApiKey = Kind("stability", "api-key", "API key", "sk-", KeyKindClass.PrefixLess);
        internal static readonly KeyKind NvidiaApiKey = Kind("nvidia", "api-key", "API key", "nvapi-");
        internal static readonly KeyKind GitHubPersonalAccessToken = Kind("github", "personal-access-token", "personal access token", "ghp_");
        internal static readonly KeyKind GitHubOAuthToken = Kind("github", "oauth-token", "OAuth access token", "gho_");
        internal static readonly KeyKind GitHubUserToServerToken = Kind("github", "user-to-server-token", "user-to-server token", "ghu_");
        internal static readonly KeyKind GitHubServerToServerToken = Kind("github", "server-to-server-token", "server-to-server token", "ghs_");
        internal static readonly KeyKind GitHubRefreshToken = Kind("github", "refresh-token", "refresh token", "ghr_");
        internal static readonly KeyKind GitHubFineGrainedToken = Kind("github", "fine-grained-token", "fine-grained personal access token", "github_pat_");
        internal static readonly KeyKind GitHubInstallationToken = Kind("github", "installation-token", "app installation token", "ghs_");
        internal static readonly KeyKind CerebrasApiKey = Kind("cerebras", "api-key", "API key", "csk-");
        internal static readonly KeyKind DeepgramApiKey = Kind("deepgram", "api-key", "API key", string.Empty, KeyKindClass.PrefixLess);
        internal static readonly KeyKind AssemblyAIApiKey = Kind("assemblyai", "api-key", "API key", string.Empty, KeyKindClass.PrefixLess);
        internal static readonly KeyKind WandbApiKey = Kind("wandb", "api-key", "API key", "wandb_v1_");
        internal static readonly KeyKind WandbLegacyKey = Kind("wandb", "legacy-key", "legacy API key (40 hex)", string.Empty, KeyKindClass.PrefixLess);

        private static readonly CharClass UrlSafe = CharClass.UrlSafe;
        private static readonly CharClass Alnum = CharClass.Alnum;
        private static readonly CharClass LowerHex = CharClass.LowerHex;

        /// <summary>A PEM body as it sits in a JSON string (<c>\n</c> escapes) or in plain text (line breaks).</summary>
        private static readonly CharClass PemBody = CharClass.Parse("A-Za-z0-9+/=\\\r\n");

        /// <summary>Every key shape the scanner looks for. Order does not matter: overlaps are settled by specificity.</summary>
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

            // Microsoft CASK-84: 52 random + JQQJ99 + date + 12 platform + 'AAA' + service + 'ACOG' + 4 checksum. The
            // service character 'B' is Azure OpenAI; A..o are the other Cognitive Services (AI services/Foundry 'A').
            Cask(AzureOpenAIIdentifiableKey, 2, Lit("AAABACOG")),
            Cask(AzureAIServicesIdentifiableKey, 1, Lit("AAA"), Field(CharClass.Parse("A-Za-o"), 1), Lit("ACOG")),

            // Azure AI Search: 42 + 'AzSe' + [A-D] + 5, 39 bytes of URL-safe base64; the seed that validates names the kind.
            AzureSearch(AzureSearchQueryKey, Checksums.IsValidSearchQueryKey),
            AzureSearch(AzureSearchAdminKey, Checksums.IsValidSearchAdminKey),

            // Google: 'AIza' keys serve every Google API (ambiguous); 'AQ.Ab8RN6' authorization keys are Gemini's own.
            new KeyFormat(GoogleApiKey, "AIza", new[] { Lit("AIza"), Run(UrlSafe, 35) }),
            new KeyFormat(GeminiAuthKey, "AQ.Ab8RN6", new[] { Lit("AQ.Ab8RN6"), Run(UrlSafe, 44) }),

            // Vertex AI service-account JSON: one finding over its private_key PEM (the file's only secret).
            new KeyFormat(
                VertexServiceAccountKey,
                PemBegin,
                new[] { Lit(PemBegin), Run(PemBody, 100, 8192), Lit(PemEnd) },
                KeyBoundary.None,
                checksum: IsServiceAccountPrivateKey),

            // AWS access key ids: 4-letter prefix + 16 base32; ambiguous (any AWS service), KG1001 with the secret in scope.
            AwsKeyId(AwsAccessKeyId),
            AwsKeyId(AwsTemporaryAccessKeyId),
            AwsKeyId(AwsBearerTokenKeyId),
            AwsKeyId(AwsContextCredentialKeyId),

            // Bedrock API keys: base64 of 'BedrockAPIKey-…' (long-term) or of a pre-signed bedrock.amazonaws.com URL.
            new KeyFormat(
                BedrockLongTermKey,
                "ABSKQmVkcm9ja0FQSUtleS",
                new[] { Lit("ABSKQmVkcm9ja0FQSUtleS"), Run(CharClass.Base64WithPadding, 91, 253) },
                KeyBoundary.Base64,
                checksum: Checksums.IsValidBedrockLongTermKey),
            new KeyFormat(
                BedrockShortTermKey,
                "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t",
                new[] { Lit("bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t"), Run(CharClass.Base64WithPadding, 240, 6000) },
                KeyBoundary.Base64,
                checksum: Checksums.IsValidBedrockShortTermKey),

            // 'hf_' is a common identifier fragment in C code: exact length, letters only, both cases.
            new KeyFormat(HuggingFaceUserToken, "hf_", new[] { Lit("hf_"), Run(CharClass.Letters, 34) }, rules: BodyRules.MixedCase),
            new KeyFormat(HuggingFaceOrgToken, "api_org_", new[] { Lit("api_org_"), Run(CharClass.Letters, 34) }, rules: BodyRules.MixedCase),

            new KeyFormat(GroqApiKey, "gsk_", new[] { Lit("gsk_"), Run(Alnum, 52) }),
            new KeyFormat(ReplicateApiToken, "r8_", new[] { Lit("r8_"), Run(UrlSafe, 37) }),
            new KeyFormat(PerplexityApiKey, "pplx-", new[] { Lit("pplx-"), Run(Alnum, 48) }),
            new KeyFormat(XaiApiKey, "xai-", new[] { Lit("xai-"), Run(CharClass.Word, 80) }),
            new KeyFormat(OpenRouterApiKey, "sk-or-v1-", new[] { Lit("sk-or-v1-"), Run(LowerHex, 64) }),
            new KeyFormat(TogetherApiKey, "tgp_v1_", new[] { Lit("tgp_v1_"), Run(UrlSafe, 43) }),

            // 'fw_' is short and its length undocumented: a camel-case identifier after it must not pass for a key.
            new KeyFormat(FireworksApiKey, "fw_", new[] { Lit("fw_"), Run(Alnum, 20, 48) }, rules: BodyRules.MixedCase | BodyRules.NotWords),

            // LangSmith: 32 hex + '_' + 10 hex (an undocumented check value, not validated).
            new KeyFormat(LangSmithPersonalToken, "lsv2_pt_", new[] { Lit("lsv2_pt_"), Run(LowerHex, 32), Lit("_"), Run(LowerHex, 10) }),
            new KeyFormat(LangSmithServiceKey, "lsv2_sk_", new[] { Lit("lsv2_sk_"), Run(LowerHex, 32), Lit("_"), Run(LowerHex, 10) }),

            new KeyFormat(PineconeApiKey, "pcsk_", new[] { Lit("pcsk_"), Run(Alnum, 5, 6), Lit("_"), Run(Alnum, 63) }),
            new KeyFormat(NvidiaApiKey, "nvapi-", new[] { Lit("nvapi-"), Run(UrlSafe, 64) }),

            // GitHub: 30 random base62 + 6 base62 digits of their CRC-32. The JWT-like installation token: a short header
            // part (bounded, as the anchor can recur inside url-safe text), a payload and a signature.
            GitHubClassic(GitHubPersonalAccessToken),
            GitHubClassic(GitHubOAuthToken),
            GitHubClassic(GitHubUserToServerToken),
            GitHubClassic(GitHubServerToServerToken),
            GitHubClassic(GitHubRefreshToken),
            new KeyFormat(GitHubFineGrainedToken, "github_pat_", new[] { Lit("github_pat_"), Run(Alnum, 22), Lit("_"), Run(Alnum, 59) }),
            new KeyFormat(
                GitHubInstallationToken,
                "ghs_",
                new[]
                {
                    Lit("ghs_"), Field(CharClass.Digits, 1, 20), Lit("_"), Run(UrlSafe, 10, 256), Lit("."), Run(UrlSafe, 10, 4096),
                    Lit("."), Run(UrlSafe, 10, 1024),
                }),

            new KeyFormat(CerebrasApiKey, "csk-", new[] { Lit("csk-"), Run(CharClass.LowerAlnum, 48) }),
            new KeyFormat(WandbApiKey, "wandb_v1_", new[] { Lit("wandb_v1_"), Run(CharClass.Word, 77) }),
        };

        /// <summary>
        /// The shapes of the prefix-less kinds, never scanned for: <see cref="ContextualKeys.Match"/> checks a whole value
        /// against them once its name has named the provider and a credential. Hex bodies need a letter and a digit
        /// (hashes of words and numbers are not keys), base62 bodies both cases and no natural-language look.
        /// </summary>
        internal static readonly KeyFormat[] ContextualFormats =
        {
            Contextual(AzureAIServicesApiKey, BodyRules.LetterAndDigit, Run(LowerHex, 32)),
            Contextual(AzureAIServicesApiKey, BodyRules.LetterAndDigit, Run(CharClass.UpperHex, 32)),
            Contextual(AzureSearchApiKey, BodyRules.LetterAndDigit, Run(CharClass.UpperHex, 32)),
            Contextual(AzureSearchApiKey, BodyRules.LetterAndDigit, Run(LowerHex, 32)),
            new KeyFormat(AwsSecretAccessKey, null, new[] { Run(CharClass.Base64, 40) }, KeyBoundary.Base64, rules: BodyRules.MixedCase),
            Contextual(CohereApiKey, BodyRules.MixedCase | BodyRules.NotWords, Run(Alnum, 40)),
            Contextual(MistralApiKey, BodyRules.MixedCase | BodyRules.NotWords, Run(Alnum, 32)),
            Contextual(DeepSeekApiKey, BodyRules.LetterAndDigit, Lit("sk-"), Run(LowerHex, 32)),
            Contextual(TogetherLegacyKey, BodyRules.LetterAndDigit, Run(LowerHex, 64)),
            Contextual(ElevenLabsApiKey, BodyRules.LetterAndDigit, Lit("sk_"), Run(LowerHex, 48)),
            Contextual(ElevenLabsLegacyKey, BodyRules.LetterAndDigit, Run(LowerHex, 32)),
            Contextual(VoyageApiKey, BodyRules.MixedCase, Lit("pa-"), Run(UrlSafe, 43)),
            Contextual(StabilityApiKey, BodyRules.MixedCase, Lit("sk-"), Run(Alnum, 48)),
            Contextual(DeepgramApiKey, BodyRules.LetterAndDigit, Run(LowerHex, 40)),
            Contextual(AssemblyAIApiKey, BodyRules.LetterAndDigit, Run(LowerHex, 32)),
            Contextual(WandbLegacyKey, BodyRules.LetterAndDigit, Run(LowerHex, 40)),
        };

        /// <summary>Formats grouped by anchor, so that each distinct anchor costs one <c>IndexOf</c> pass.</summary>
        internal static readonly AnchorGroup[] AnchorGroups = GroupByAnchor(Formats);

        /// <summary>The most segments of any format, scanned or contextual: the size of the segment-end buffer.</summary>
        internal static readonly int MaxSegments = Math.Max(CountMaxSegments(Formats), CountMaxSegments(ContextualFormats));

        private static readonly KeyKind[] KindList = DistinctKinds(Formats, ContextualFormats);

        private static readonly string[] IdList = ProviderIdList();

        /// <summary>The provider ids of the catalog, in catalog order.</summary>
        public static IReadOnlyList<string> ProviderIds => IdList;

        /// <summary>Every key kind of the catalog, the scanned ones first, then the prefix-less ones, in catalog order.</summary>
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

        private static KeyFormat Cask(KeyKind kind, int specificity, params KeySegment[] provider)
        {
            var segments = new List<KeySegment> { Run(Alnum, 52), Lit("JQQJ99"), Field(Alnum, 1), Field(CharClass.Parse("A-L"), 1), Field(Alnum, 12) };
            segments.AddRange(provider);
            segments.Add(Run(Alnum, 4));
            return new KeyFormat(kind, "JQQJ99", segments.ToArray(), KeyBoundary.Alnum, specificity, checksum: Checksums.IsValidCask);
        }

        // The reference shape is alphanumeric, but the 39 bytes are URL-safe base64: '-' and '_' are accepted, the
        // checksum tells keys from look-alikes.
        private static KeyFormat AzureSearch(KeyKind kind, KeyValidator checksum) =>
            new KeyFormat(kind, "AzSe", new[] { Run(UrlSafe, 42), Lit("AzSe"), Field(CharClass.Parse("A-D"), 1), Run(UrlSafe, 5) }, checksum: checksum);

        private static KeyFormat AwsKeyId(KeyKind kind) =>
            new KeyFormat(kind, kind.DisplayPrefix, new[] { Lit(kind.DisplayPrefix), Run(CharClass.Base32, 16) }, KeyBoundary.Alnum);

        private static KeyFormat GitHubClassic(KeyKind kind) =>
            new KeyFormat(kind, kind.DisplayPrefix, new[] { Lit(kind.DisplayPrefix), Run(Alnum, 30), Run(Alnum, 6) }, checksum: Checksums.IsValidGitHubToken);

        private static KeyFormat Contextual(KeyKind kind, BodyRules rules, params KeySegment[] segments) =>
            new KeyFormat(kind, null, segments, segments[0].Literal == null ? KeyBoundary.Alnum : KeyBoundary.UrlSafe, rules: rules);

        // The PEM is the value of "private_key" (quotes possibly escaped, as in JSON inside a JSON string) in a
        // document that says "service_account"; both are looked for in a bounded window, so the check stays linear.
        private static bool IsServiceAccountPrivateKey(string text, int start, int length)
        {
            const string key = "private_key";
            const int window = 4096;
            int p = start - 1;
            for (int limit = Math.Max(0, start - 16); p >= limit && IsJsonGlue(text[p]); p--)
            {
            }

            if (p < key.Length - 1 || !KeyFormat.LiteralAt(text, p - key.Length + 1, key))
            {
                return false;
            }

            int from = Math.Max(0, start - window);
            int to = Math.Min(text.Length, start + length + window);
            return text.IndexOf("\"service_account", from, to - from, StringComparison.Ordinal) >= 0;
        }

        private static bool IsJsonGlue(char c) => c == '"' || c == '\\' || c == ':' || c == ' ' || c == '\t' || c == '\r' || c == '\n';

        private static KeySegment Lit(string literal) => KeySegment.Lit(literal);

        private static KeySegment Run(CharClass chars, int count) => KeySegment.Run(chars, count);

        private static KeySegment Run(CharClass chars, int min, int max) => KeySegment.Run(chars, min, max);

        private static KeySegment Field(CharClass chars, int count) => KeySegment.Field(chars, count);

        private static KeySegment Field(CharClass chars, int min, int max) => KeySegment.Field(chars, min, max);

        private static KeyKind Kind(string providerId, string kindId, string kindName, string displayPrefix, KeyKindClass kindClass = KeyKindClass.SelfIdentifying) =>
            new KeyKind(
                providerId,
                GetProviderName(providerId) ?? throw new ArgumentException("Unknown provider " + providerId, nameof(providerId)),
                kindId,
                kindName,
                displayPrefix,
                kindClass);

        private static KeyKind HideTail(KeyKind kind)
        {
            kind.ShowsTail = false;
            return kind;
        }

        // One IndexOf pass per search literal: an anchor that starts with another anchor ("sk-proj-" and "sk-") is
        // found by the shorter one's pass and confirmed at the hit, so the eight sk- formats cost one pass.
        private static AnchorGroup[] GroupByAnchor(KeyFormat[] formats)
        {
            var searches = new List<string>();
            foreach (var format in formats)
            {
                string search = SearchLiteral(format.Anchor!, formats);
                if (!searches.Contains(search))
                {
                    searches.Add(search);
                }
            }

            var groups = new AnchorGroup[searches.Count];
            for (int i = 0; i < groups.Length; i++)
            {
                var members = new List<KeyFormat>();
                foreach (var format in formats)
                {
                    if (string.Equals(SearchLiteral(format.Anchor!, formats), searches[i], StringComparison.Ordinal))
                    {
                        members.Add(format);
                    }
                }

                groups[i] = new AnchorGroup(searches[i], members.ToArray());
            }

            return groups;
        }

        private static string SearchLiteral(string anchor, KeyFormat[] formats)
        {
            string search = anchor;
            foreach (var format in formats)
            {
                if (format.Anchor!.Length < search.Length && anchor.StartsWith(format.Anchor, StringComparison.Ordinal))
                {
                    search = format.Anchor;
                }
            }

            return search;
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

        private static KeyKind[] DistinctKinds(params KeyFormat[][] tables)
        {
            var kinds = new List<KeyKind>();
            foreach (var formats in tables)
            {
                foreach (var format in formats)
                {
                    if (!kinds.Contains(format.Kind))
                    {
                        kinds.Add(format.Kind);
                    }
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

    /// <summary>The formats found by one search literal: their anchors are that literal or start with it.</summary>
    internal sealed class AnchorGroup
    {
        public AnchorGroup(string anchor, KeyFormat[] formats)
        {
            Anchor = anchor;
            Formats = formats;
        }

        /// <summary>The literal searched for; each format's own <see cref="KeyFormat.Anchor"/> starts with it.</summary>
        public string Anchor { get; }

        public KeyFormat[] Formats { get; }
    }
}
