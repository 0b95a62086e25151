using System;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// The endpoint host table of docs/providers.md ("Endpoint hosts"):
    /// which provider a client talks to, for clients that all take the same <c>ApiKeyCredential</c>. A pattern is a
    /// host name, <c>*.</c> + a suffix (one or more labels), or a label with a <c>*</c> in it (one label's characters).
    /// </summary>
    internal static class EndpointHosts
    {
        // Exact hosts are tried before patterns: models.inference.ai.azure.com is GitHub Models, not *.inference.ai.azure.com.
        private static readonly string[][] Hosts =
        {
            new[] { "api.openai.com", "openai" },
            new[] { "models.inference.ai.azure.com", "github" },
            new[] { "models.github.ai", "github" },
            new[] { "api.anthropic.com", "anthropic" },
            new[] { "generativelanguage.googleapis.com", "google-gemini" },
            new[] { "aiplatform.googleapis.com", "google-vertex" },
            new[] { "bedrock.amazonaws.com", "aws-bedrock" },
            new[] { "api.groq.com", "groq" },
            new[] { "api.x.ai", "xai" },
            new[] { "api.deepseek.com", "deepseek" },
            new[] { "api.together.xyz", "together" },
            new[] { "api.fireworks.ai", "fireworks" },
            new[] { "openrouter.ai", "openrouter" },
            new[] { "api.perplexity.ai", "perplexity" },
            new[] { "api.mistral.ai", "mistral" },
            new[] { "api.cohere.com", "cohere" },
            new[] { "api.cohere.ai", "cohere" },
            new[] { "api.cerebras.ai", "cerebras" },
            new[] { "integrate.api.nvidia.com", "nvidia" },
            new[] { "api.ngc.nvidia.com", "nvidia" },
            new[] { "router.huggingface.co", "huggingface" },
            new[] { "api-inference.huggingface.co", "huggingface" },
            new[] { "huggingface.co", "huggingface" },
            new[] { "api.replicate.com", "replicate" },
            new[] { "api.elevenlabs.io", "elevenlabs" },
            new[] { "api.voyageai.com", "voyage" },
            new[] { "api.stability.ai", "stability" },
            new[] { "api.deepgram.com", "deepgram" },
            new[] { "api.assemblyai.com", "assemblyai" },
            new[] { "api.wandb.ai", "wandb" },
            new[] { "api.smith.langchain.com", "langsmith" },
            new[] { "api.pinecone.io", "pinecone" },
        };

        private static readonly string[][] Patterns =
        {
            new[] { "*.openai.azure.com", "azure-ai-services" },
            new[] { "*.cognitiveservices.azure.com", "azure-ai-services" },
            new[] { "*.services.ai.azure.com", "azure-ai-services" },
            new[] { "*.models.ai.azure.com", "azure-ai-services" },
            new[] { "*.inference.ai.azure.com", "azure-ai-services" },
            new[] { "*.search.windows.net", "azure-ai-search" },
            new[] { "*-aiplatform.googleapis.com", "google-vertex" },
            new[] { "bedrock-runtime.*.amazonaws.com", "aws-bedrock" },
            new[] { "bedrock.*.amazonaws.com", "aws-bedrock" },
            new[] { "*.pinecone.io", "pinecone" },
        };

        /// <summary>The provider of the host in <paramref name="urlOrHost"/> (a URL, or a host with or without a port), or null.</summary>
        public static string? Provider(string urlOrHost)
        {
            if (!TryGetHost(urlOrHost, out int start, out int end))
            {
                return null;
            }

            foreach (var host in Hosts)
            {
                if (end - start == host[0].Length && string.Compare(urlOrHost, start, host[0], 0, host[0].Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return host[1];
                }
            }

            foreach (var pattern in Patterns)
            {
                if (Matches(urlOrHost, start, end, pattern[0]))
                {
                    return pattern[1];
                }
            }

            return null;
        }

        // scheme://user@host:port/path?query#fragment -> host, without a trailing dot.
        private static bool TryGetHost(string text, out int start, out int end)
        {
            start = 0;
            end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            int scheme = text.IndexOf("://", start, end - start, StringComparison.Ordinal);
            if (scheme >= 0)
            {
                start = scheme + 3;
            }

            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '/' || c == '?' || c == '#')
                {
                    end = i;
                    break;
                }

                if (c == '@')
                {
                    start = i + 1;
                }
            }

            for (int i = start; i < end; i++)
            {
                if (text[i] == ':')
                {
                    end = i;
                    break;
                }
            }

            while (end > start && text[end - 1] == '.')
            {
                end--;
            }

            return end > start;
        }

        private static bool Matches(string text, int start, int end, string pattern)
        {
            if (pattern.StartsWith("*.", StringComparison.Ordinal))
            {
                // One or more whole labels before the suffix.
                int suffix = pattern.Length - 1;
                return end - start > suffix
                    && text[end - suffix - 1] != '.'
                    && string.Compare(text, end - suffix, pattern, 1, suffix, StringComparison.OrdinalIgnoreCase) == 0;
            }

            return Glob(text, start, end, pattern, 0);
        }

        // '*' stands for one or more characters of one label.
        private static bool Glob(string text, int t, int end, string pattern, int p)
        {
            while (p < pattern.Length)
            {
                if (pattern[p] == '*')
                {
                    for (int stop = t + 1; stop <= end && text[stop - 1] != '.'; stop++)
                    {
                        if (Glob(text, stop, end, pattern, p + 1))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (t == end || char.ToLowerInvariant(text[t]) != pattern[p])
                {
                    return false;
                }

                t++;
                p++;
            }

            return t == end;
        }
    }
}
