using System;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// Keys that only their name gives away (docs/architecture.md, KG1004): a 32-hex Azure OpenAI key, a 40-character Cohere
    /// key, an AWS secret access key look like hashes and random ids until the symbol, parameter, config key or env var
    /// they sit under names the provider and a credential. Also the context questions the analyzer asks about the
    /// ambiguous prefixes <see cref="KeyScanner.Scan"/> returns (<c>AIza…</c>, AWS access key ids).
    /// <para>
    /// A context is any name: <c>AzureOpenAI:ApiKey</c>, <c>AZURE_OPENAI_API_KEY</c>, <c>azureOpenAiKey</c>,
    /// <c>Clients__Cohere__Credential__Key</c>, a host, or several names joined by any separator
    /// (<c>BasicAWSCredentials.secretKey</c>, <c>aws-bedrock:secretKey</c>). Matching is ASCII case-insensitive and
    /// works on words (split at separators and case changes), so <c>cohere</c> never matches inside <c>incoherent</c>.
    /// </para>
    /// </summary>
    public static class ContextualKeys
    {
        private static readonly string[] GoogleAIProviders = { "google-gemini", "google-vertex" };

        private static readonly KeyFormat AwsSecretFormat = FormatOf(ProviderCatalog.AwsSecretAccessKey);

        private static readonly int MinContextualLength = MinLength(ProviderCatalog.ContextualFormats);

        private static readonly int MaxContextualLength = MaxLength(ProviderCatalog.ContextualFormats);

        /// <summary>
        /// A finding when <paramref name="value"/> (a whole literal or config value, trimmed) has the exact shape of a
        /// prefix-less kind, <paramref name="context"/> names that kind's provider and names a credential, and the value
        /// passes the placeholder and randomness checks; otherwise null. The finding spans the whole value.
        /// </summary>
        public static KeyFinding? Match(string value, string context)
        {
            if (value == null || context == null || value.Length < MinContextualLength || value.Length > MaxContextualLength)
            {
                return null;
            }

            string? provider = ContextName.Provider(context);
            if (provider == null || !ContextName.NamesCredential(context))
            {
                return null;
            }

            int[] ends = KeyScanner.SegmentEnds();
            foreach (var format in ProviderCatalog.ContextualFormats)
            {
                if (string.Equals(format.Kind.ProviderId, provider, StringComparison.Ordinal)
                    && value.Length >= format.MinLength
                    && value.Length <= format.MaxLength
                    && format.TryMatch(value, 0, ends) == value.Length)
                {
                    var kind = format.Kind;
                    return new KeyFinding(kind, 0, value.Length, Redaction.Redact(kind, value), Fingerprint.Of(value));
                }
            }

            return null;
        }

        /// <summary>
        /// The cheap test an analyzer runs before it collects any names around a value: true when the whole value could be
        /// a prefix-less key, within the lengths of the catalog's contextual formats and without whitespace or control
        /// chars. <see cref="Match"/> decides; this only spares collecting names for values it would reject anyway.
        /// </summary>
        public static bool MayBeKey(string value)
        {
            if (value == null || value.Length < MinContextualLength || value.Length > MaxContextualLength)
            {
                return false;
            }

            foreach (char c in value)
            {
                if (c <= ' ')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The context KG1004 judges a value by, assembled in this one place from what an analyzer collected: the names
        /// around the value (symbols, parameters, a key path), then the provider of the endpoint host beside it (or null).
        /// Named last, the host's provider wins over the names (<see cref="ProviderFromContext"/>). The analyzers pass
        /// the result to <see cref="Match"/> and <see cref="TiesAmbiguousPrefixToAI"/>, and show it in the message.
        /// </summary>
        public static string Context(string names, string? endpointHost)
        {
            string? provider = endpointHost == null ? null : EndpointHosts.Provider(endpointHost);
            return provider == null ? names : names + " " + provider;
        }

        /// <summary>
        /// An ambiguous prefix (AIza…, AKIA…) is the exposure rule (KG1001 in code, KG1002 in config) only where the
        /// context ties it to AI (docs/architecture.md): Gemini/Vertex names for a Google API key, an AWS secret nearby for
        /// an access key id. Anywhere else it is KG1004.
        /// </summary>
        public static bool TiesAmbiguousPrefixToAI(KeyKind kind, string context, bool awsSecretNearby) =>
            IsGoogleApiKey(kind) ? IsGoogleAIContext(context) : IsAwsAccessKeyId(kind) && awsSecretNearby;

        /// <summary>
        /// The catalog provider id a name refers to (<c>AZURE_OPENAI_API_KEY</c> → <c>azure-ai-services</c>,
        /// <c>https://api.groq.com/openai/v1</c> → <c>groq</c>), or null. Of several, the one named last wins
        /// (<c>Clients:OpenAI:Credential:Key</c>), then the longest (<c>AzureOpenAI</c> is Azure, not OpenAI).
        /// </summary>
        public static string? ProviderFromContext(string context)
        {
            if (context == null)
            {
                return null;
            }

            return EndpointHosts.Provider(context) ?? ContextName.Provider(context);
        }

        /// <summary>
        /// True when a name names a credential: a word key, token, secret, password, credential, PAT… (also at the end of
        /// a compound: <c>apikey</c>, <c>authtoken</c>) not followed by a word that makes it metadata
        /// (<c>AWS_ACCESS_KEY_ID</c>, <c>ApiKeyHeaderName</c>, <c>TokenEndpoint</c>).
        /// </summary>
        public static bool NamesCredential(string context) => context != null && ContextName.NamesCredential(context);

        /// <summary>
        /// The provider id of an endpoint host (docs/providers.md host table; <c>*.</c> wildcards):
        /// <c>https://myres.openai.azure.com/</c> → <c>azure-ai-services</c>, <c>api.x.ai</c> → <c>xai</c>; else null.
        /// </summary>
        public static string? ProviderFromHost(string urlOrHost) => urlOrHost == null ? null : EndpointHosts.Provider(urlOrHost);

        /// <summary>
        /// True when a name or host ties an <c>AIza…</c> key to Gemini, Vertex AI or Google AI (gemini, googleai,
        /// generativelanguage, genai, vertex, palm… or their API hosts): then it is KG1001, elsewhere KG1004, since
        /// the same keys serve Maps, Firebase and every other Google API.
        /// </summary>
        public static bool IsGoogleAIContext(string context)
        {
            if (context == null)
            {
                return false;
            }

            string? host = EndpointHosts.Provider(context);
            return host == "google-gemini" || host == "google-vertex" || ContextName.MentionsAny(context, GoogleAIProviders);
        }

        /// <summary>
        /// True when the whole value has the shape of an AWS secret access key (40 base64 characters, not a
        /// placeholder): the analyzer reports an AWS access key id as KG1001 when such a value is in the same scope.
        /// </summary>
        public static bool IsAwsSecretKeyShape(string value)
        {
            return value != null && value.Length == AwsSecretFormat.MinLength && AwsSecretFormat.TryMatch(value, 0, KeyScanner.SegmentEnds()) == value.Length;
        }

        /// <summary>True for the AWS access key id kinds (<c>AKIA</c>, <c>ASIA</c>, <c>ABIA</c>, <c>ACCA</c>): KG1001 with their secret in scope.</summary>
        public static bool IsAwsAccessKeyId(KeyKind kind) =>
            kind == ProviderCatalog.AwsAccessKeyId || kind == ProviderCatalog.AwsTemporaryAccessKeyId
            || kind == ProviderCatalog.AwsBearerTokenKeyId || kind == ProviderCatalog.AwsContextCredentialKeyId;

        /// <summary>True for the <c>AIza…</c> Google API key kind: KG1001 where <see cref="IsGoogleAIContext"/>, else KG1004.</summary>
        public static bool IsGoogleApiKey(KeyKind kind) => kind == ProviderCatalog.GoogleApiKey;

        private static KeyFormat FormatOf(KeyKind kind)
        {
            foreach (var format in ProviderCatalog.ContextualFormats)
            {
                if (format.Kind == kind)
                {
                    return format;
                }
            }

            throw new ArgumentException("No contextual format for " + kind, nameof(kind));
        }

        private static int MinLength(KeyFormat[] formats)
        {
            int min = int.MaxValue;
            foreach (var format in formats)
            {
                min = Math.Min(min, format.MinLength);
            }

            return min;
        }

        private static int MaxLength(KeyFormat[] formats)
        {
            int max = 0;
            foreach (var format in formats)
            {
                max = Math.Max(max, format.MaxLength);
            }

            return max;
        }
    }
}
