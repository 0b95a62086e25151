namespace KeyGov.Core.Detection
{
    /// <summary>One kind of key of one provider, e.g. OpenAI project key. Catalog data, immutable.</summary>
    public sealed class KeyKind
    {
        public KeyKind(string providerId, string providerName, string kindId, string kindName, string displayPrefix, bool selfIdentifying)
        {
            ProviderId = providerId;
            ProviderName = providerName;
            KindId = kindId;
            KindName = kindName;
            DisplayPrefix = displayPrefix;
            SelfIdentifying = selfIdentifying;
        }

        /// <summary>Catalog id of the provider, as used in keygov.json: <c>openai</c>, <c>anthropic</c>.</summary>
        public string ProviderId { get; }

        /// <summary>Display name: <c>OpenAI</c>, <c>Anthropic</c>.</summary>
        public string ProviderName { get; }

        /// <summary>Stable id of the kind within the provider: <c>project-key</c>.</summary>
        public string KindId { get; }

        /// <summary>Display name of the kind: <c>project key</c>.</summary>
        public string KindName { get; }

        /// <summary>The format's fixed prefix, the only leading part a redacted form may show (<c>sk-proj-</c>); empty for prefix-less kinds.</summary>
        public string DisplayPrefix { get; }

        /// <summary>True when the value alone names the provider (KG1001/KG1002); false when it needs context (KG1004).</summary>
        public bool SelfIdentifying { get; }

        /// <summary><c>provider/kind</c>, unique in the catalog: <c>openai/project-key</c>.</summary>
        public string Id => ProviderId + "/" + KindId;

        public override string ToString() => ProviderName + " " + KindName;
    }
}
