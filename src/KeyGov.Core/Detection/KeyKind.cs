namespace KeyGov.Core.Detection
{
    /// <summary>One kind of key of one provider, e.g. OpenAI project key. Catalog data, immutable.</summary>
    public sealed class KeyKind
    {
        public KeyKind(string providerId, string providerName, string kindId, string kindName, string displayPrefix, bool selfIdentifying)
            : this(providerId, providerName, kindId, kindName, displayPrefix, selfIdentifying ? KeyKindClass.SelfIdentifying : KeyKindClass.PrefixLess)
        {
        }

        public KeyKind(string providerId, string providerName, string kindId, string kindName, string displayPrefix, KeyKindClass kindClass)
        {
            ProviderId = providerId;
            ProviderName = providerName;
            KindId = kindId;
            KindName = kindName;
            DisplayPrefix = displayPrefix;
            Class = kindClass;
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
        public bool SelfIdentifying => Class == KeyKindClass.SelfIdentifying;

        /// <summary>Self-identifying, ambiguous prefix (returned by the scanner, attributed by context) or prefix-less.</summary>
        public KeyKindClass Class { get; }

        /// <summary>
        /// False when the key's last characters are fixed format text rather than secret (a PEM block ends with its
        /// END line): the redacted form then shows the prefix alone.
        /// </summary>
        internal bool ShowsTail { get; set; } = true;

        /// <summary><c>provider/kind</c>, unique in the catalog: <c>openai/project-key</c>.</summary>
        public string Id => ProviderId + "/" + KindId;

        public override string ToString() => ProviderName + " " + KindName;
    }
}
