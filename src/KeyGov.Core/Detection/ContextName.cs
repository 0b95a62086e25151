using System;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// Reads a name the way people write one — <c>AzureOpenAI:ApiKey</c>, <c>AZURE_OPENAI_API_KEY</c>,
    /// <c>azureOpenAiKey</c>, <c>Clients__Chat__Credential__Key</c> — as a list of lower-case words, and tells which
    /// provider and whether a credential it names. Words split at every non-alphanumeric character, at case changes
    /// (<c>OpenAIKey</c> = open, ai, key) and between letters and digits (<c>Cohere2Token</c> = cohere, 2, token); a
    /// provider keyword may span words (<c>openai</c> = open + ai), never part of one. The splitter is <see cref="NameWords"/>
    /// and the credential words are <see cref="CredentialWords"/>, both shared with <c>Usage.CredentialNameConventions</c>.
    /// Allocation-free: words are offsets into the name, kept in per-thread buffers.
    /// </summary>
    internal static class ContextName
    {
        /// <summary>Words read from one name; the rest is ignored (names are short; a long text is not a name).</summary>
        private const int MaxWords = 48;

        // (keyword, provider id), the keyword lower-case without separators. From docs/providers.md: context keywords,
        // env var and config key names, SDK names, and each provider id itself (azure-ai-services = azure+ai+services).
        private static readonly string[][] Keywords =
        {
            new[] { "openai", "openai" }, new[] { "chatgpt", "openai" },
            new[] { "anthropic", "anthropic" }, new[] { "claude", "anthropic" },
            new[] { "azureopenai", "azure-ai-services" }, new[] { "aoai", "azure-ai-services" }, new[] { "azureai", "azure-ai-services" },
            new[] { "azureaiservices", "azure-ai-services" }, new[] { "aiservices", "azure-ai-services" },
            new[] { "cognitiveservices", "azure-ai-services" }, new[] { "cognitiveservice", "azure-ai-services" },
            new[] { "azureinference", "azure-ai-services" }, new[] { "aiinference", "azure-ai-services" },
            new[] { "foundry", "azure-ai-services" }, new[] { "ocpapim", "azure-ai-services" }, new[] { "speech", "azure-ai-services" },
            new[] { "azurespeech", "azure-ai-services" }, new[] { "translator", "azure-ai-services" }, new[] { "formrecognizer", "azure-ai-services" },
            new[] { "documentintelligence", "azure-ai-services" }, new[] { "contentsafety", "azure-ai-services" },
            new[] { "textanalytics", "azure-ai-services" }, new[] { "computervision", "azure-ai-services" },
            new[] { "azureaisearch", "azure-ai-search" }, new[] { "azuresearch", "azure-ai-search" }, new[] { "aisearch", "azure-ai-search" },
            new[] { "cognitivesearch", "azure-ai-search" }, new[] { "searchclient", "azure-ai-search" }, new[] { "searchindexclient", "azure-ai-search" },
            new[] { "gemini", "google-gemini" }, new[] { "googleai", "google-gemini" }, new[] { "generativelanguage", "google-gemini" },
            new[] { "generativeai", "google-gemini" }, new[] { "genai", "google-gemini" }, new[] { "palm", "google-gemini" },
            new[] { "aistudio", "google-gemini" }, new[] { "makersuite", "google-gemini" },
            new[] { "vertex", "google-vertex" }, new[] { "vertexai", "google-vertex" }, new[] { "aiplatform", "google-vertex" },
            new[] { "aws", "aws-bedrock" }, new[] { "bedrock", "aws-bedrock" }, new[] { "amazon", "aws-bedrock" },
            new[] { "secretaccesskey", "aws-bedrock" },
            new[] { "huggingface", "huggingface" }, new[] { "hf", "huggingface" },
            new[] { "cohere", "cohere" }, new[] { "coapikey", "cohere" },
            new[] { "mistral", "mistral" }, new[] { "mistralai", "mistral" },
            new[] { "groq", "groq" },
            new[] { "replicate", "replicate" },
            new[] { "perplexity", "perplexity" }, new[] { "pplx", "perplexity" },
            new[] { "xai", "xai" }, new[] { "grok", "xai" },
            new[] { "openrouter", "openrouter" },
            new[] { "deepseek", "deepseek" },
            new[] { "together", "together" }, new[] { "togetherai", "together" },
            new[] { "fireworks", "fireworks" }, new[] { "fireworksai", "fireworks" },
            new[] { "langsmith", "langsmith" }, new[] { "langchain", "langsmith" },
            new[] { "pinecone", "pinecone" },
            new[] { "elevenlabs", "elevenlabs" }, new[] { "xiapikey", "elevenlabs" },
            new[] { "voyage", "voyage" }, new[] { "voyageai", "voyage" },
            new[] { "stability", "stability" }, new[] { "stabilityai", "stability" },
            new[] { "nvidia", "nvidia" }, new[] { "nim", "nvidia" }, new[] { "ngc", "nvidia" }, new[] { "nvapi", "nvidia" },
            new[] { "github", "github" }, new[] { "gh", "github" }, new[] { "githubmodels", "github" },
            new[] { "cerebras", "cerebras" },
            new[] { "deepgram", "deepgram" },
            new[] { "assemblyai", "assemblyai" },
            new[] { "wandb", "wandb" }, new[] { "weightsandbiases", "wandb" },
        };

        private static readonly string[] AzureWord = { "azure" };

        /// <summary>
        /// Keywords that are everyday English words, or too short to trust in running text: in prose (a comment) they name
        /// no provider on their own (<c>rotated together with the signing key</c> is no Together AI key). In a name
        /// (<c>TogetherApiKey</c>) they still do, and the compounds (<c>togetherai</c>, <c>stabilityai</c>) do everywhere.
        /// </summary>
        private static readonly string[] ProseAmbiguous =
        {
            "together", "replicate", "stability", "speech", "translator", "palm", "voyage", "foundry", "nim", "ngc", "amazon",
            "gh", "hf", "grok",
        };

        [ThreadStatic]
        private static int[]? wordStarts;

        [ThreadStatic]
        private static int[]? wordEnds;

        /// <summary>
        /// The provider the name refers to: of all keywords in it, the one ending last (a config path narrows to the
        /// right), then the longest (<c>AzureOpenAI</c> over <c>OpenAI</c>). OpenAI named together with Azure is Azure
        /// OpenAI (<c>Aspire:Azure:AI:OpenAI:Key</c>, <c>AZURE_AI_OPENAI_KEY</c>).
        /// </summary>
        public static string? Provider(string name) => Provider(name, prose: false);

        /// <summary>
        /// <see cref="Provider(string)"/>, for running text when <paramref name="prose"/> is true: then the
        /// <see cref="ProseAmbiguous"/> keywords do not count.
        /// </summary>
        public static string? Provider(string name, bool prose)
        {
            int count = Split(name, out int[] starts, out int[] ends);
            string? best = null;
            int bestEnd = -1, bestLength = 0;
            bool azure = false;
            for (int first = 0; first < count; first++)
            {
                azure |= NameWords.IsOneOf(name, starts[first], ends[first], AzureWord);
                foreach (var keyword in Keywords)
                {
                    if (prose && Array.IndexOf(ProseAmbiguous, keyword[0]) >= 0)
                    {
                        continue;
                    }

                    int last = MatchAt(name, starts, ends, count, first, keyword[0]);
                    if (last > bestEnd || (last == bestEnd && last >= 0 && keyword[0].Length > bestLength))
                    {
                        best = keyword[1];
                        bestEnd = last;
                        bestLength = keyword[0].Length;
                    }
                }
            }

            return azure && best == "openai" ? "azure-ai-services" : best;
        }

        /// <summary>True when any keyword of the name belongs to one of <paramref name="providerIds"/>.</summary>
        public static bool MentionsAny(string name, string[] providerIds)
        {
            int count = Split(name, out int[] starts, out int[] ends);
            for (int first = 0; first < count; first++)
            {
                foreach (var keyword in Keywords)
                {
                    if (Array.IndexOf(providerIds, keyword[1]) >= 0 && MatchAt(name, starts, ends, count, first, keyword[0]) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The next word qualifies a credential word away (<c>ApiKeyHeaderName</c>) only within one name: a context is
        /// several names joined by spaces (<c>ApiKey Options</c>: a property and its type), and one does not qualify another.
        /// </summary>
        private static bool QualifiedBy(string name, int credentialEnd, int nextStart, int nextEnd) =>
            name.IndexOf(' ', credentialEnd, nextStart - credentialEnd) < 0 && NameWords.IsOneOf(name, nextStart, nextEnd, CredentialWords.Qualifiers);

        /// <summary>
        /// True when a word names a credential (key, token, secret, password…), the next word does not qualify it away and
        /// the word before does not make a lone <c>key</c> a lookup key (<c>CacheKey</c>, <c>PartitionKey</c>).
        /// </summary>
        public static bool NamesCredential(string name)
        {
            int count = Split(name, out int[] starts, out int[] ends);
            for (int i = 0; i < count; i++)
            {
                if (IsCredentialWord(name, starts[i], ends[i]) && (i + 1 == count || !QualifiedBy(name, ends[i], starts[i + 1], ends[i + 1]))
                    && (i == 0 || !IsLookupKey(name, starts[i - 1], ends[i - 1], starts[i], ends[i])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when any word of the name names what a value is when it is no secret (<see cref="CredentialWords.NonSecretWords"/>).</summary>
        public static bool NamesNonSecret(string name)
        {
            int count = Split(name, out int[] starts, out int[] ends);
            for (int i = 0; i < count; i++)
            {
                // Plurals too: Checksums, Deployments, Hashes (hashes is listed: "hashe" is no word).
                if (NameWords.IsOneOf(name, starts[i], ends[i], CredentialWords.NonSecretWords)
                    || (ends[i] - starts[i] > 2 && NameWords.ToLower(name[ends[i] - 1]) == 's'
                        && NameWords.IsOneOf(name, starts[i], ends[i] - 1, CredentialWords.NonSecretWords)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the name has any credential word, qualified away or not (<c>ApiKeyHeaderName</c> counts).</summary>
        public static bool HasCredentialWord(string name)
        {
            int count = Split(name, out int[] starts, out int[] ends);
            for (int i = 0; i < count; i++)
            {
                if (IsCredentialWord(name, starts[i], ends[i]))
                {
                    return true;
                }
            }

            return false;
        }

        // "key" or "keys" as a whole word right after a lookup word of the same name: RowKey, cache_key (not "Cache ApiKey").
        private static bool IsLookupKey(string name, int previousStart, int previousEnd, int start, int end) =>
            (NameWords.IsOneOf(name, start, end, SingleKeyWords))
            && name.IndexOf(' ', previousEnd, start - previousEnd) < 0
            && NameWords.IsOneOf(name, previousStart, previousEnd, CredentialWords.KeyPreQualifiers);

        private static readonly string[] SingleKeyWords = { "key", "keys" };

        /// <summary>Splits <paramref name="name"/> into its first <see cref="MaxWords"/> words (<see cref="NameWords"/>), in per-thread buffers.</summary>
        internal static int Split(string name, out int[] starts, out int[] ends)
        {
            starts = wordStarts ??= new int[MaxWords];
            ends = wordEnds ??= new int[MaxWords];
            int count = 0;
            int position = 0;
            while (count < MaxWords && NameWords.Next(name, ref position, out int start, out int end))
            {
                starts[count] = start;
                ends[count++] = end;
            }

            return count;
        }

        // The last word of a match of the keyword starting at word 'first', or -1: the keyword must cover whole words.
        private static int MatchAt(string name, int[] starts, int[] ends, int count, int first, string keyword)
        {
            int k = 0;
            for (int w = first; w < count; w++)
            {
                int length = ends[w] - starts[w];
                if (k + length > keyword.Length)
                {
                    return -1;
                }

                for (int j = 0; j < length; j++)
                {
                    if (NameWords.ToLower(name[starts[w] + j]) != keyword[k + j])
                    {
                        return -1;
                    }
                }

                k += length;
                if (k == keyword.Length)
                {
                    return w;
                }
            }

            return -1;
        }

        private static bool IsCredentialWord(string name, int start, int end) =>
            NameWords.EndsWithOneOf(name, start, end, CredentialWords.Endings) || NameWords.EndsWithOneOf(name, start, end, CredentialWords.PluralEndings) ||
            NameWords.IsOneOf(name, start, end, CredentialWords.Words);
    }
}
