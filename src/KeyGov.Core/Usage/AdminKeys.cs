using KeyGov.Core.Detection;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// What marks an administrative key (KG2008): a key that can create and delete other keys, manage users and
    /// projects, and so never belongs in a product. The entry says so (<c>keyType: "admin"</c>), the key's format does
    /// (OpenAI <c>sk-admin-</c>, Anthropic <c>sk-ant-admin01-</c>, an identifiable Azure AI Search admin key), or the
    /// name it is read under does (<c>OPENAI_ADMIN_KEY</c>, <c>AzureSearch:AdminKey</c>).
    /// </summary>
    public static class AdminKeys
    {
        /// <summary>The kind id every admin key format of the catalog has.</summary>
        public const string AdminKindId = "admin-key";

        /// <summary>True for a catalog key kind that is an administrative key.</summary>
        public static bool IsAdminKind(KeyKind kind) => kind.KindId == AdminKindId;

        /// <summary>
        /// True when the name read is a credential name with the word "admin" in it (<c>OPENAI_ADMIN_KEY</c>,
        /// <c>Anthropic:AdminApiKey</c>, <c>AZURE_SEARCH_ADMIN_KEY</c>); <c>AdminPortal:Url</c> or <c>ADMINISTRATOR</c> are not.
        /// </summary>
        public static bool IsAdminName(CredentialSource source)
        {
            string name = source.Name;
            int position = 0;
            bool admin = false;
            int lastStart = 0, lastEnd = 0;
            while (NameWords.Next(name, ref position, out int start, out int end))
            {
                admin = admin || (end - start == 5 && NameWords.EqualsIgnoreCase(name, start, end, "admin"));
                lastStart = start;
                lastEnd = end;
            }

            return admin && (NameWords.IsOneOf(name, lastStart, lastEnd, CredentialEndings) || CredentialNameConventions.Classify(source).IsCredentialName);
        }

        /// <summary>
        /// What to use instead, for KG2008's message: Azure AI Search has no project or service-account keys, but query
        /// keys for searching and Entra ID roles for managing indexes (an index-setup tool is an admin tool).
        /// </summary>
        public static string AdviceFor(string? providerId) => providerId == "azure-ai-search"
            ? "search with a query key or Entra ID (Search Index Data Reader), manage indexes with Entra ID roles, or set <KeyGovAdminTool>true</KeyGovAdminTool> in a dedicated index-setup tool"
            : "use a project or service-account key, or set <KeyGovAdminTool>true</KeyGovAdminTool> in a dedicated admin tool";

        // The last word of a credential name: OPENAI_ADMIN_KEY, AzureSearch:AdminKey, ADMIN_TOKEN.
        private static readonly string[] CredentialEndings = { "key", "token", "secret" };
    }
}
