using System;
using System.Collections.Generic;
using KeyGov.Core.Detection;

namespace KeyGov.Core.Usage
{
    /// <summary>What a credential's name says about it: whether the name alone makes a read a credential read, and which provider it belongs to.</summary>
    public readonly struct CredentialNameInfo
    {
        public CredentialNameInfo(bool isCredentialName, string? providerId)
        {
            IsCredentialName = isCredentialName;
            ProviderId = providerId;
        }

        /// <summary>
        /// True for a provider's conventional name (docs/providers.md) and for names shaped like an API key
        /// (<c>*_API_KEY</c>, <c>*:ApiKey</c>, <c>*:Credential:Key</c>): such a read counts even when no SDK sink is seen.
        /// Generic names (<c>*_TOKEN</c>, <c>*Secret*</c>, <c>GITHUB_TOKEN</c>) are false: they count only at a sink.
        /// </summary>
        public bool IsCredentialName { get; }

        /// <summary>The catalog provider the name belongs to, when it says.</summary>
        public string? ProviderId { get; }
    }

    /// <summary>
    /// The conventional environment variables and configuration keys of every catalog provider (docs/providers.md
    /// <c>envVars</c> and <c>configKeys</c>, without the non-secret ones such as endpoints, regions and org ids), and the
    /// rules that make a name a credential name. (How messages name a manifest entry is <c>Manifest.EntryMessageNames</c>.)
    /// </summary>
    public static class CredentialNameConventions
    {
        // provider id, environment variables, configuration keys. The first variable is the one a fix suggests.
        private static readonly Convention[] Conventions =
        {
            new Convention("openai", Names("OPENAI_API_KEY", "OPENAI_ADMIN_KEY", "OPENAI_KEY"),
                Names("OpenAI:ApiKey", "OpenAI:Key", "OpenAIKey", "OpenAIServiceOptions:ApiKey", "Aspire:OpenAI:Key")),
            new Convention("anthropic", Names("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_ADMIN_KEY", "CLAUDE_CODE_OAUTH_TOKEN"),
                Names("Anthropic:ApiKey", "Anthropic:Key", "Claude:ApiKey", "Anthropic:ClaudeApiKey")),
            new Convention("azure-ai-services",
                Names("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY", "AZURE_AI_CHAT_KEY", "AZURE_INFERENCE_CREDENTIAL", "AZURE_AI_SERVICES_KEY",
                    "COGNITIVE_SERVICE_KEY", "SPEECH_KEY", "AZURE_SPEECH_KEY", "LANGUAGE_KEY", "ANTHROPIC_FOUNDRY_API_KEY"),
                Names("AzureOpenAI:ApiKey", "AzureOpenAI:Key", "AzureOpenAI:ImageApiKey", "AzureOpenAIEmbeddings:ApiKey", "AzureAIInference:ApiKey",
                    "Aspire:Azure:AI:OpenAI:Key", "CognitiveServices:Key", "Speech:Key")),
            new Convention("azure-ai-search", Names("AZURE_SEARCH_API_KEY", "AZURE_SEARCH_ADMIN_KEY", "AZURE_SEARCH_QUERY_KEY", "AZURE_AI_SEARCH_API_KEY"),
                Names("AzureAISearch:ApiKey", "AzureSearch:ApiKey", "AzureSearch:Key", "AzureAISearch:Key", "Aspire:Azure:Search:Documents:Key")),
            new Convention("google-gemini", Names("GEMINI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_ACCESS_TOKEN"),
                Names("GoogleAI:ApiKey", "Gemini:ApiKey", "Google:ApiKey")),
            new Convention("google-vertex", Names("GOOGLE_APPLICATION_CREDENTIALS", "GOOGLE_WEB_CREDENTIALS"),
                Names("VertexAI:BearerKey", "VertexAI:ClientSecret", "Vertex:ServiceAccountJson")),
            new Convention("aws-bedrock", Names("AWS_BEARER_TOKEN_BEDROCK", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "ANTHROPIC_AWS_API_KEY"),
                Names("AWS:AccessKey", "AWS:SecretKey", "Bedrock:ApiKey", "Bedrock:AccessKeyId", "Bedrock:SecretAccessKey")),
            new Convention("huggingface", Names("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACEHUB_API_TOKEN", "HF_API_KEY", "HUGGINGFACE_API_KEY"),
                Names("HuggingFace:ApiKey", "HuggingFace:Token")),
            new Convention("cohere", Names("CO_API_KEY", "COHERE_API_KEY"), Names("Cohere:ApiKey")),
            new Convention("mistral", Names("MISTRAL_API_KEY"), Names("MistralAI:ApiKey", "Mistral:ApiKey")),
            new Convention("groq", Names("GROQ_API_KEY"), Names("Groq:ApiKey")),
            new Convention("replicate", Names("REPLICATE_API_TOKEN"), Names("Replicate:ApiToken", "Replicate:ApiKey")),
            new Convention("perplexity", Names("PERPLEXITY_API_KEY", "PPLX_API_KEY"), Names("Perplexity:ApiKey")),
            new Convention("xai", Names("XAI_API_KEY"), Names("XAI:ApiKey", "Grok:ApiKey")),
            new Convention("openrouter", Names("OPENROUTER_API_KEY"), Names("OpenRouter:ApiKey")),
            new Convention("deepseek", Names("DEEPSEEK_API_KEY"), Names("DeepSeek:ApiKey")),
            new Convention("together", Names("TOGETHER_API_KEY"), Names("Together:ApiKey", "TogetherAI:ApiKey")),
            new Convention("fireworks", Names("FIREWORKS_API_KEY"), Names("Fireworks:ApiKey")),
            new Convention("langsmith", Names("LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"), Names("LangSmith:ApiKey")),
            new Convention("pinecone", Names("PINECONE_API_KEY"), Names("Pinecone:ApiKey")),
            new Convention("elevenlabs", Names("ELEVENLABS_API_KEY", "ELEVEN_LABS_API_KEY", "XI_API_KEY"), Names("ElevenLabs:ApiKey")),
            new Convention("voyage", Names("VOYAGE_API_KEY", "VOYAGEAI_API_KEY"), Names("Voyage:ApiKey", "VoyageAI:ApiKey")),
            new Convention("stability", Names("STABILITY_API_KEY"), Names("StabilityAI:ApiKey", "Stability:ApiKey")),
            new Convention("nvidia", Names("NVIDIA_API_KEY", "NGC_API_KEY"), Names("Nvidia:ApiKey", "NIM:ApiKey")),
            new Convention("github", Names("GITHUB_MODELS_TOKEN"), Names("GitHubModels:Token")),
            new Convention("cerebras", Names("CEREBRAS_API_KEY"), Names("Cerebras:ApiKey")),
            new Convention("deepgram", Names("DEEPGRAM_API_KEY"), Names("Deepgram:ApiKey")),
            new Convention("assemblyai", Names("ASSEMBLYAI_API_KEY"), Names("AssemblyAI:ApiKey")),
            new Convention("wandb", Names("WANDB_API_KEY"), Names("WandB:ApiKey")),
        };

        // Generic names that tell the provider but are not credential names by themselves: they count only at a sink.
        private static readonly Convention[] Hints =
        {
            new Convention("github", Names("GITHUB_TOKEN", "GH_TOKEN"), Names("GitHub:Token")),
        };

        // Name stems (OPENAI, AzureOpenAI, …) that attribute a name outside the table to a provider: OpenAI:ChatApiKey.
        private static readonly Dictionary<string, string> Stems = BuildStems();

        /// <summary>What the name of <paramref name="source"/> says: a credential name or not, and its provider.</summary>
        public static CredentialNameInfo Classify(CredentialSource source)
        {
            string? conventional = FindConvention(Conventions, source);
            if (conventional != null)
            {
                return new CredentialNameInfo(true, conventional);
            }

            string key = source.ConfigurationKey;
            string? provider = FindConvention(Hints, source) ?? ProviderByStem(key);
            return new CredentialNameInfo(IsApiKeyShaped(key), provider);
        }

        /// <summary>The environment variable a provider's SDK and docs use (<c>OPENAI_API_KEY</c>), or null for a provider without one.</summary>
        public static string? ConventionalEnvironmentVariable(string? providerId)
        {
            foreach (var convention in Conventions)
            {
                if (string.Equals(convention.ProviderId, providerId, StringComparison.Ordinal))
                {
                    return convention.Env[0];
                }
            }

            return null;
        }

        /// <summary>
        /// The credential words a credential property name ends with (<see cref="IsCredentialPropertyName"/>), lower
        /// case: a name that contains none of them, ignoring case, is none (the analyzers search source text for them).
        /// </summary>
        public static IReadOnlyList<string> CredentialPropertyEndings => CredentialWords.Endings;

        /// <summary>
        /// True for an options property that may hold a credential (<c>ApiKey</c>, <c>Key</c>, <c>Token</c>, <c>Secret</c>,
        /// <c>Password</c>, <c>AccessKey</c>, …, also as a suffix: <c>ClaudeApiKey</c>). Whether its key counts without
        /// a sink is <see cref="Classify"/>'s decision.
        /// </summary>
        public static bool IsCredentialPropertyName(string name)
        {
            if (!MayEndInCredentialWord(name))
            {
                return false;
            }


            // The name's words run together end with a credential word (docs/providers.md "options binding"): ApiKey,
            // AccessKey, BearerKey, AuthToken, ClaudeApiKey. Not the plurals: ApiKeys is a list, not one credential.
            string normal = NameWords.Joined(name);
            foreach (var word in CredentialWords.Endings)
            {
                if (normal.EndsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The provider of an options property that code fills from configuration or JSON (<c>Token</c> of
        /// <c>HuggingFaceSettings</c> under the section <c>Inference</c>): the first of the section, the options type (less
        /// its <c>Settings</c>, <c>Options</c> or <c>Config</c> suffix) and the property's own name whose stem is a provider's.
        /// Null when none says, or when the property is no credential property: a generic secret (<c>Jwt:Secret</c>) stays
        /// out. Hint names (<c>GitHub:Token</c>) attribute nothing here: they count only at a sink.
        /// </summary>
        public static string? ProviderOfOptionsProperty(string? section, string? typeName, string propertyName)
        {
            string joined = NameWords.Joined(propertyName);
            string stem = Stem(propertyName);
            if (stem.Length != 0 && stem.Length < joined.Length && Stems.TryGetValue(stem, out var byProperty) &&
                IsBareCredentialName(joined.Substring(stem.Length)))
            {
                return byProperty; // HuggingFaceToken, AzureOpenAIApiKey
            }

            // Otherwise the property must be a bare credential name (Token, ApiKey, Secret): CacheKey or PartitionKey
            // under a provider's section is not the provider's key.
            if (!IsBareCredentialName(joined))
            {
                return null;
            }

            if (!string.IsNullOrEmpty(section) && ProviderByStem(section!) is string bySection)
            {
                return bySection;
            }

            if (!string.IsNullOrEmpty(typeName))
            {
                string type = NameWords.Joined(typeName!);
                foreach (var suffix in OptionsTypeSuffixes)
                {
                    if (type.Length > suffix.Length && type.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        type = type.Substring(0, type.Length - suffix.Length);
                        break;
                    }
                }

                if (Stems.TryGetValue(type, out var byType))
                {
                    return byType;
                }
            }

            return null;
        }

        private static readonly string[] OptionsTypeSuffixes = { "settings", "options", "configuration", "config" };

        // The names (words run together) that say "the credential" with nothing else: a provider's ApiKey, Token, Secret.
        private static readonly string[] BareCredentialNames =
        {
            "key", "apikey", "apitoken", "token", "accesstoken", "authtoken", "bearertoken", "bearerkey", "secret", "secretkey",
            "clientsecret", "accesskey", "secretaccesskey", "subscriptionkey", "password", "credential", "pat",
        };

        private static bool IsBareCredentialName(string joined) => Array.IndexOf(BareCredentialNames, joined) >= 0;

        /// <summary>
        /// The cheap first test of <see cref="IsCredentialPropertyName"/>, which splits the name: its last letter is the
        /// last letter of a credential word (the last ASCII letter or digit, which NameWords.Joined keeps). Most names fail it, without allocating (the analyzers ask it of many names).
        /// </summary>
        private static bool MayEndInCredentialWord(string name)
        {
            for (int i = name.Length - 1; i >= 0; i--)
            {
                char c = NameWords.ToLower(name[i]);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                {
                    // The last char NameWords.Joined keeps (ASCII letters and digits), as it lowers it.
                    foreach (var word in CredentialWords.Endings)
                    {
                        if (word[word.Length - 1] == c)
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }

            return false;
        }

        // *_API_KEY, *ApiKey, *:ApiKey, api-key (the last segment, separators ignored), and *:Credential:Key.
        private static bool IsApiKeyShaped(string key)
        {
            if (NameWords.Joined(ConfigurationKey.LastSegment(key)).EndsWith("apikey", StringComparison.Ordinal))
            {
                return true;
            }

            return key.EndsWith(":Credential:Key", StringComparison.OrdinalIgnoreCase);
        }

        private static string? FindConvention(Convention[] conventions, CredentialSource source)
        {
            string key = source.ConfigurationKey;
            foreach (var convention in conventions)
            {
                foreach (var env in convention.Env)
                {
                    // A variable matches its own spelling; a configuration key reads it in any case.
                    if (source.IsEnvironmentVariable ? string.Equals(env, source.Name, StringComparison.Ordinal) : ConfigurationKey.Comparer.Equals(env, key))
                    {
                        return convention.ProviderId;
                    }
                }

                foreach (var config in convention.Config)
                {
                    if (ConfigurationKey.Comparer.Equals(config, key))
                    {
                        return convention.ProviderId;
                    }
                }
            }

            return null;
        }

        private static string? ProviderByStem(string key)
        {
            string stem = Stem(key);
            if (stem.Length == 0)
            {
                return null;
            }

            if (Stems.TryGetValue(stem, out var provider))
            {
                return provider;
            }

            return key.IndexOf(ConfigurationKey.Delimiter) < 0 ? ProviderByLastWords(key, stem) : null;
        }

        /// <summary>
        /// A variable with a prefix of its own (<c>EVAL_SAMPLE_OPENAI_API_KEY</c>, <c>MY_AZURE_OPENAI_API_KEY</c>): the longest
        /// run of its last words before the credential suffix that is a provider's stem. Whole words only, so
        /// <c>NOTOPENAI_API_KEY</c> names no provider.
        /// </summary>
        private static string? ProviderByLastWords(string name, string stem)
        {
            int position = 0;
            int offset = 0;
            while (NameWords.Next(name, ref position, out int start, out int end))
            {
                if (offset > 0 && offset < stem.Length && Stems.TryGetValue(stem.Substring(offset), out var provider))
                {
                    return provider;
                }

                offset += end - start;
            }

            return null;
        }

        private static Dictionary<string, string> BuildStems()
        {
            var stems = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var convention in Conventions)
            {
                foreach (var name in convention.Env)
                {
                    Add(Stem(name));
                }

                foreach (var name in convention.Config)
                {
                    Add(Stem(name));
                }

                void Add(string stem)
                {
                    // A stem shared by two providers (AZURE) attributes nothing.
                    if (stem.Length < 3)
                    {
                        return;
                    }

                    if (stems.TryGetValue(stem, out var existing))
                    {
                        if (existing.Length != 0 && existing != convention.ProviderId)
                        {
                            stems[stem] = string.Empty;
                        }
                    }
                    else
                    {
                        stems.Add(stem, convention.ProviderId);
                    }
                }
            }

            var ambiguous = new List<string>();
            foreach (var pair in stems)
            {
                if (pair.Value.Length == 0)
                {
                    ambiguous.Add(pair.Key);
                }
            }

            foreach (var stem in ambiguous)
            {
                stems.Remove(stem);
            }

            return stems;
        }

        /// <summary>
        /// The part of a name that says whose credential it is: the first section of a configuration key
        /// (<c>AzureOpenAI</c>), or an environment variable without its credential suffix (<c>AZURE_OPENAI</c>);
        /// lowercase, separators removed: <c>azureopenai</c>.
        /// </summary>
        internal static string Stem(string name)
        {
            string canonical = ConfigurationKey.Canonicalize(name);
            if (canonical.IndexOf(ConfigurationKey.Delimiter) >= 0)
            {
                return NameWords.Joined(ConfigurationKey.FirstSegment(canonical));
            }

            string normal = NameWords.Joined(canonical);
            foreach (var suffix in CredentialWords.StemSuffixes)
            {
                if (normal.Length > suffix.Length && normal.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return normal.Substring(0, normal.Length - suffix.Length);
                }
            }

            return normal;
        }

        private static string[] Names(params string[] names) => names;

        private sealed class Convention
        {
            public Convention(string providerId, string[] env, string[] config)
            {
                ProviderId = providerId;
                Env = env;
                Config = config;
            }

            public string ProviderId { get; }

            public string[] Env { get; }

            public string[] Config { get; }
        }
    }
}
