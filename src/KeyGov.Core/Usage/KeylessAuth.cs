using System;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// The keyless authentication a provider offers instead of a static key (KG2006, the inventory): Entra ID for Azure,
    /// the AWS default credential chain for Bedrock, Application Default Credentials for Google Cloud. OpenAI, Anthropic
    /// and the other key-only APIs have none.
    /// </summary>
    public static class KeylessAuth
    {
        /// <summary>What replaces the key, for messages; null when the provider offers no keyless auth.</summary>
        public static string? AlternativeFor(string? providerId)
        {
            switch (providerId)
            {
                case "azure-ai-services":
                case "azure-ai-search":
                    return "Microsoft Entra ID (a TokenCredential such as DefaultAzureCredential or ManagedIdentityCredential, with an RBAC role on the resource)";
                case "aws-bedrock":
                    return "the AWS default credential chain (an IAM role for the workload, IAM Identity Center or instance profile: construct the client without keys)";
                case "google-vertex":
                case "google-gemini":
                    return "Application Default Credentials on Vertex AI (workload identity or an attached service account)";
                default:
                    return null;
            }
        }

        /// <summary>True when the provider offers keyless auth.</summary>
        public static bool IsOffered(string? providerId) => AlternativeFor(providerId) != null;

        /// <summary>The short name of the alternative, for tables.</summary>
        public static string? ShortName(string? providerId)
        {
            string? alternative = AlternativeFor(providerId);
            if (alternative == null)
            {
                return null;
            }

            int cut = alternative.IndexOf(" (", StringComparison.Ordinal);
            return cut < 0 ? alternative : alternative.Substring(0, cut);
        }
    }
}
