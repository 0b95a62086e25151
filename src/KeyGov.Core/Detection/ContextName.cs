using System;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// Reads a name the way people write one — <c>AzureOpenAI:ApiKey</c>, <c>AZURE_OPENAI_API_KEY</c>,
    /// <c>azureOpenAiKey</c>, <c>Clients__Chat__Credential__Key</c> — as a list of lower-case words, and tells which
    /// provider and whether a credential it names. Words split at every non-alphanumeric character, at case changes
    /// (<c>OpenAIKey</c> = open, ai, key) and between letters and digits (<c>Cohere2Token</c> = cohere, 2, token); a
    /// provider keyword may span words (<c>openai</c> = open + ai), never part of one.
    /// Allocation-free: words are offsets into the name, kept in per-thread buffers.
    /// </summary>
    internal static class ContextName
    {
        /// <summary>Words read from one name; the rest is ignored (names are short; a long text is not a name).</summary>
        private const int MaxWords = 48;

        // (keyword, provider id), the keyword lower-case without separators. From providers.json: context keywords,
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

        // A word naming a secret value, alone or at the end of a compound word (apikey, openaikey, authtoken).
        private static readonly string[] CredentialEndings = { "key", "keys", "token", "secret", "password", "credential", "credentials" };

        private static readonly string[] CredentialWords = { "pat", "pwd", "passwd", "passphrase" };

        // A credential word followed by one of these names something about the credential, not the credential:
        // AWS_ACCESS_KEY_ID, ApiKeyHeaderName, KeyVaultUri, TokenEndpoint, SecretName, private_key_id.
        private static readonly string[] Qualifiers =
        {
            "id", "ids", "name", "names", "path", "file", "filename", "uri", "url", "endpoint", "source", "type", "kind",
            "header", "vault", "length", "len", "size", "count", "limit", "env", "var", "variable", "prefix", "suffix",
            "hint", "location", "ref", "reference", "field", "section", "setting", "settings", "provider", "format",
            "pattern", "regex", "hash", "fingerprint", "expiry", "expires", "expiration", "version", "label",
            "description", "tag", "policy", "store", "manager", "helper", "service", "lookup", "parameter", "param",
            "option", "options", "rotation", "index", "mode",
        };

        private static readonly string[] AzureWord = { "azure" };

        [ThreadStatic]
        private static int[]? wordStarts;

        [ThreadStatic]
        private static int[]? wordEnds;

        /// <summary>
        /// The provider the name refers to: of all keywords in it, the one ending last (a config path narrows to the
        /// right), then the longest (<c>AzureOpenAI</c> over <c>OpenAI</c>). OpenAI named together with Azure is Azure
        /// OpenAI (<c>Aspire:Azure:AI:OpenAI:Key</c>, <c>AZURE_AI_OPENAI_KEY</c>).
        /// </summary>
        public static string? Provider(string name)
        {
            int count = Split(name, out int[] starts, out int[] ends);
            string? best = null;
            int bestEnd = -1, bestLength = 0;
            bool azure = false;
            for (int first = 0; first < count; first++)
            {
                azure |= IsOneOf(name, starts[first], ends[first], AzureWord);
                foreach (var keyword in Keywords)
                {
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
            name.IndexOf(' ', credentialEnd, nextStart - credentialEnd) < 0 && IsOneOf(name, nextStart, nextEnd, Qualifiers);

        /// <summary>True when a word names a credential (key, token, secret, password…) and the next word does not qualify it away.</summary>
        public static bool NamesCredential(string name)
        {
            int count = Split(name, out int[] starts, out int[] ends);
            for (int i = 0; i < count; i++)
            {
                if (IsCredentialWord(name, starts[i], ends[i]) && (i + 1 == count || !QualifiedBy(name, ends[i], starts[i + 1], ends[i + 1])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Splits <paramref name="name"/> into words: runs of ASCII letters and digits, cut where lower case meets upper
        /// case (<c>apiKey</c>) and before the last capital of an acronym that starts a word (<c>AIKey</c> = AI, Key).
        /// </summary>
        internal static int Split(string name, out int[] starts, out int[] ends)
        {
            starts = wordStarts ??= new int[MaxWords];
            ends = wordEnds ??= new int[MaxWords];
            int count = 0;
            int i = 0;
            while (i < name.Length && count < MaxWords)
            {
                if (!IsAlnum(name[i]))
                {
                    i++;
                    continue;
                }

                starts[count] = i;
                i++;
                while (i < name.Length && IsAlnum(name[i]) && !IsWordStart(name, i))
                {
                    i++;
                }

                ends[count++] = i;
            }

            return count;
        }

        private static bool IsWordStart(string name, int i)
        {
            char prev = name[i - 1], c = name[i];
            return (IsLower(prev) && IsUpper(c))
                || (IsUpper(prev) && IsUpper(c) && i + 1 < name.Length && IsLower(name[i + 1]))
                || (IsDigit(prev) != IsDigit(c));
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
                    if (ToLower(name[starts[w] + j]) != keyword[k + j])
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

        private static bool IsCredentialWord(string name, int start, int end)
        {
            foreach (var ending in CredentialEndings)
            {
                if (end - start >= ending.Length && EqualsIgnoreCase(name, end - ending.Length, end, ending))
                {
                    return true;
                }
            }

            return IsOneOf(name, start, end, CredentialWords);
        }

        private static bool IsOneOf(string name, int start, int end, string[] words)
        {
            foreach (var word in words)
            {
                if (end - start == word.Length && EqualsIgnoreCase(name, start, end, word))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool EqualsIgnoreCase(string name, int start, int end, string lower)
        {
            for (int i = start; i < end; i++)
            {
                if (ToLower(name[i]) != lower[i - start])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAlnum(char c) => IsLower(c) || IsUpper(c) || IsDigit(c);

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsLower(char c) => c >= 'a' && c <= 'z';

        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

        private static char ToLower(char c) => IsUpper(c) ? (char)(c + 32) : c;
    }
}
