using System;
using System.Collections.Generic;

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
            return provider == null || !ContextName.NamesCredential(context) ? null : Shape(value, 0, value.Length, provider, strict: false);
        }

        /// <summary>
        /// <see cref="Match(string, string)"/>, then what a reviewer also reads (docs/rules/KG1004.md):
        /// <list type="bullet">
        /// <item>a value under a name of its own (<paramref name="ownName"/>: the field, property, setting, method or
        /// array it is stored in or returned from) that names only the provider (<c>AzureOpenAIConfig</c>,
        /// <c>Mistral:Setting</c>, <c>DeepSeekPick(…)</c>): a key when the value has that provider's exact shape, looks
        /// random (entropy) and no name around it says what else it is (<c>AzureOpenAIDeployment</c>,
        /// <c>CohereModelId</c>, <c>MistralContentMd5</c>: <see cref="CredentialWords.NonSecretWords"/>);</item>
        /// <item>an authorization value, <c>Bearer …</c> or <c>Token …</c>: the token after the scheme is a credential by its
        /// place, so a name of the provider anywhere around it (the setup method it is built in) is enough; a lone token
        /// after whitespace (<c>$"{scheme} …"</c>) is judged as a whole value.</item>
        /// </list>
        /// The finding's offsets are within <paramref name="value"/>.
        /// </summary>
        public static KeyFinding? Match(string value, string context, string? ownName) => Match(value, context, ownName, context);

        /// <summary>
        /// <see cref="Match(string, string, string)"/>, where only the names in <paramref name="surroundings"/> (the
        /// context without the types that hold the value) may say what else the value is. A value whose own name says it
        /// (<c>AzureOpenAIDeployment</c>) and names no credential is never a key, whatever names a credential around it
        /// (<c>class KeyCatalog</c>).
        /// </summary>
        public static KeyFinding? Match(string value, string context, string? ownName, string surroundings)
        {
            if (value == null || context == null)
            {
                return null;
            }

            if (ownName != null && ContextName.NamesNonSecret(ownName) && !ContextName.HasCredentialWord(ownName))
            {
                return null;
            }

            surroundings ??= context;
            if (MayBeKey(value))
            {
                return Match(value, context) ?? NamedForProvider(value, ownName, surroundings);
            }

            if (!AuthorizationToken(value, out int start, out int length, out bool scheme))
            {
                return null;
            }

            string token = value.Substring(start, length);
            KeyFinding? found = scheme
                ? (ContextName.NamesNonSecret(surroundings) ? null : Shape(token, 0, token.Length, ContextName.Provider(context), strict: true))
                : Match(token, context) ?? NamedForProvider(token, ownName, surroundings);
            return found is KeyFinding f ? new KeyFinding(f.Kind, start, length, f.Redacted, f.Fingerprint) : (KeyFinding?)null;
        }

        /// <summary>
        /// True when <paramref name="value"/> could hold a key after an authorization scheme or leading whitespace
        /// (<c>Bearer …</c>, <c> …</c> after an interpolation hole): the cheap test before collecting names, like
        /// <see cref="MayBeKey"/> for whole values.
        /// </summary>
        public static bool MayHoldAuthorizationKey(string value) =>
            value != null && AuthorizationToken(value, out int start, out int length, out _) && HasAnyShape(value, start, length);

        /// <summary>
        /// Prefix-less keys in C# comments (after <c>//</c>, inside <c>/* */</c>, XML doc comments included), the way a
        /// reviewer reads them: a token with a provider's exact key shape, where the comment text before it on its line
        /// (or the line before, when its own line has no words) names that provider and a credential
        /// (<c>// old Cohere key (rotated): …</c>) or constructs the provider's client with it
        /// (<c>/// var client = new MistralClient("…");</c>), says nothing of hashes, ids or deployments, and the token
        /// looks random. In running text everyday words such as <c>together</c> or <c>speech</c> name no provider.
        /// The text is C# source; a caller keeps only findings that really lie in comment trivia (a <c>//</c> inside a
        /// string literal starts a region here too). Offsets are within <paramref name="text"/>.
        /// </summary>
        public static IReadOnlyList<KeyFinding> ScanComments(string text)
        {
            List<KeyFinding>? found = null;
            if (text == null)
            {
                return Array.Empty<KeyFinding>();
            }

            int at = text.IndexOf('/');
            while (at >= 0 && at + 1 < text.Length)
            {
                char next = text[at + 1];
                int end;
                if (next == '/')
                {
                    end = text.IndexOf('\n', at + 2);
                    end = end < 0 ? text.Length : end;
                }
                else if (next == '*')
                {
                    end = text.IndexOf("*/", at + 2, StringComparison.Ordinal);
                    end = end < 0 ? text.Length : end;
                }
                else
                {
                    at = text.IndexOf('/', at + 1);
                    continue;
                }

                ScanProse(text, at + 2, end, ref found);
                at = end < text.Length ? text.IndexOf('/', end) : -1;
            }

            return (IReadOnlyList<KeyFinding>?)found ?? Array.Empty<KeyFinding>();
        }

        /// <summary>
        /// The cheap test an analyzer runs before it collects any names around a value: true when the whole value could be
        /// a prefix-less key, within the lengths of the catalog's contextual formats, without whitespace or control chars,
        /// and with the exact shape of one of them (every way <see cref="Match(string, string, string?, string)"/> finds a
        /// key needs that shape). <see cref="Match"/> decides; this only spares collecting names (which asks the compiler's
        /// semantic model) for values it would reject anyway: <c>NLOG_INTERNAL_LOG_TO_CONSOLE_ERROR</c>, a URL, a version.
        /// </summary>
        public static bool MayBeKey(string value) => value != null && MayBeKey(value, 0, value.Length);

        /// <summary><see cref="MayBeKey(string)"/> of <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>), without a copy.</summary>
        public static bool MayBeKey(string text, int start, int length)
        {
            if (length < MinContextualLength || length > MaxContextualLength)
            {
                return false;
            }

            for (int i = start; i < start + length; i++)
            {
                if (text[i] <= ' ')
                {
                    return false;
                }
            }

            return HasAnyShape(text, start, length);
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

        /// <summary>Longest run of prose before a key that is read as its context.</summary>
        private const int MaxProse = 160;

        /// <summary>The authorization schemes whose token is a credential by its place.</summary>
        private static readonly string[] Schemes = { "bearer", "token" };

        // Tokens in [start, end) of text with a contextual length, judged by the prose before them. A token shorter than
        // the shortest contextual key is none, so the scan reads every MinContextualLength-th character first: where that
        // one is no token character, no token long enough covers it and the scan jumps past it. Comments are mostly
        // words, so about one character in MinContextualLength is read (issue #14: every comment of every file).
        private static void ScanProse(string text, int start, int end, ref List<KeyFinding>? found)
        {
            int i = start; // the region's start, or just after a character that is no token character
            while (i + MinContextualLength <= end)
            {
                int probe = i + MinContextualLength - 1;
                if (!IsTokenChar(text[probe]))
                {
                    i = probe + 1;
                    continue;
                }

                int tokenStart = probe;
                while (tokenStart > i && IsTokenChar(text[tokenStart - 1]))
                {
                    tokenStart--;
                }

                int tokenEnd = probe + 1;
                while (tokenEnd < end && IsTokenChar(text[tokenEnd]))
                {
                    tokenEnd++;
                }

                int length = tokenEnd - tokenStart;
                if (length >= MinContextualLength && length <= MaxContextualLength
                    && ProseFinding(text, tokenStart, length) is KeyFinding finding)
                {
                    (found ??= new List<KeyFinding>()).Add(finding);
                }

                i = tokenEnd;
            }
        }

        private static KeyFinding? ProseFinding(string text, int start, int length)
        {
            if (!HasAnyShape(text, start, length))
            {
                return null; // most long tokens of a comment are words and paths: no need to read the words before them
            }

            string window = ProseBefore(text, start);
            string? provider = ContextName.Provider(window, prose: true);
            if (provider == null || !(ContextName.NamesCredential(window) || ConstructsClient(window)) || ContextName.NamesNonSecret(window))
            {
                return null;
            }

            return Shape(text, start, length, provider, strict: true);
        }

        private static bool HasAnyShape(string text, int start, int length)
        {
            int[] ends = KeyScanner.SegmentEnds();
            foreach (var format in ProviderCatalog.ContextualFormats)
            {
                if (length >= format.MinLength && length <= format.MaxLength && format.TryMatch(text, start, ends) == start + length)
                {
                    return true;
                }
            }

            return false;
        }

        // The text before a token on its line, or on the line before when its own line has no words ("//\n// <key>").
        private static string ProseBefore(string text, int start)
        {
            int lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
            int from = Math.Max(lineStart, start - MaxProse);
            if (!HasLetter(text, from, start) && lineStart >= 2)
            {
                int previous = text.LastIndexOf('\n', lineStart - 2) + 1;
                from = Math.Max(previous, lineStart - MaxProse);
            }

            return text.Substring(from, start - from);
        }

        // "new MistralClient(\"" right before the token: an example that constructs the provider's client with it.
        private static bool ConstructsClient(string window)
        {
            int i = window.Length - 1;
            if (i < 0 || window[i] != '"')
            {
                return false;
            }

            i--;
            if (i >= 0 && (window[i] == '@' || window[i] == '$'))
            {
                i--;
            }

            i = SkipSpacesBack(window, i);
            if (i < 0 || window[i] != '(')
            {
                return false;
            }

            i = SkipSpacesBack(window, i - 1);
            int identifierEnd = i + 1;
            while (i >= 0 && (IsTokenChar(window[i]) || window[i] == '.'))
            {
                i--;
            }

            const string client = "client";
            int identifierStart = i + 1;
            if (identifierEnd - identifierStart <= client.Length
                || !NameWords.EqualsIgnoreCase(window, identifierEnd - client.Length, identifierEnd, client))
            {
                return false;
            }

            i = SkipSpacesBack(window, i);
            return i >= 2 && i < identifierStart - 1 && window[i] == 'w' && window[i - 1] == 'e' && window[i - 2] == 'n'
                && (i == 2 || !IsTokenChar(window[i - 3]));
        }

        private static int SkipSpacesBack(string text, int i)
        {
            while (i >= 0 && text[i] == ' ')
            {
                i--;
            }

            return i;
        }

        private static bool HasLetter(string text, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                char c = (char)(text[i] | 0x20);
                if (c >= 'a' && c <= 'z')
                {
                    return true;
                }
            }

            return false;
        }

        // Chars of a prefix-less key and its fixed prefixes (sk-, sk_, pa-) and of base64 (AWS secrets): one table lookup,
        // since comments are read char by char.
        private static readonly bool[] TokenChars = TokenTable();

        private static bool IsTokenChar(char c) => c < 128 && TokenChars[c];

        private static bool[] TokenTable()
        {
            var table = new bool[128];
            for (int c = 0; c < 128; c++)
            {
                table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '+' || c == '/';
            }

            return table;
        }

        /// <summary>
        /// A value whose own name names only the provider: the exact shape, random-looking, and no name around it saying
        /// what else the value is. A name with a credential word (qualified away or not) is <see cref="Match(string, string)"/>'s.
        /// </summary>
        private static KeyFinding? NamedForProvider(string value, string? ownName, string surroundings)
        {
            if (string.IsNullOrEmpty(ownName) || ContextName.HasCredentialWord(ownName!)
                || ContextName.NamesNonSecret(ownName!) || ContextName.NamesNonSecret(surroundings))
            {
                return null;
            }

            return Shape(value, 0, value.Length, ContextName.Provider(ownName!), strict: true);
        }

        /// <summary>
        /// The whole value against the provider's contextual formats; <paramref name="strict"/> (when only the provider or
        /// prose names it) also asks that the value look random: Shannon entropy of its random part at least 3/4 of the
        /// most its length and alphabet allow (about 1 random 32-hex key in 10,000 falls below, fewer of the longer kinds).
        /// </summary>
        private static KeyFinding? Shape(string text, int start, int length, string? provider, bool strict)
        {
            if (provider == null || length < MinContextualLength || length > MaxContextualLength)
            {
                return null;
            }

            int[] ends = KeyScanner.SegmentEnds();
            foreach (var format in ProviderCatalog.ContextualFormats)
            {
                if (string.Equals(format.Kind.ProviderId, provider, StringComparison.Ordinal)
                    && length >= format.MinLength
                    && length <= format.MaxLength
                    && format.TryMatch(text, start, ends) == start + length
                    && (!strict || LooksRandom(text, start, format, ends)))
                {
                    var kind = format.Kind;
                    string value = start == 0 && length == text.Length ? text : text.Substring(start, length);
                    return new KeyFinding(kind, start, length, Redaction.Redact(kind, value), Fingerprint.Of(value));
                }
            }

            return null;
        }

        [ThreadStatic]
        private static int[]? charCounts;

        private static bool LooksRandom(string value, int start, KeyFormat format, int[] ends)
        {
            // The random body: the value without its fixed literal segments (sk-, pa-).
            int from = start, bodyStart = -1, bodyEnd = 0;
            for (int i = 0; i < format.Segments.Length; i++)
            {
                if (format.Segments[i].IsRandom)
                {
                    bodyStart = bodyStart < 0 ? from : bodyStart;
                    bodyEnd = ends[i];
                }

                from = ends[i];
            }

            int length = bodyEnd - bodyStart;
            if (bodyStart < 0 || length <= 0)
            {
                return false;
            }

            var counts = charCounts ??= new int[128];
            Array.Clear(counts, 0, counts.Length);
            for (int i = bodyStart; i < bodyEnd; i++)
            {
                counts[value[i] & 127]++;
            }

            double entropy = 0;
            foreach (int count in counts)
            {
                if (count != 0)
                {
                    double p = (double)count / length;
                    entropy -= p * Math.Log(p, 2);
                }
            }

            return entropy >= 0.75 * Math.Log(Math.Min(length, format.BodyChars.Count), 2);
        }

        // "Bearer <token>", "Token <token>" (scheme true) or whitespace then one token (scheme false), nothing after it.
        private static bool AuthorizationToken(string value, out int start, out int length, out bool scheme)
        {
            start = length = 0;
            scheme = false;
            int end = value.Length;
            while (end > 0 && value[end - 1] == ' ')
            {
                end--;
            }

            int tokenStart = end;
            while (tokenStart > 0 && value[tokenStart - 1] > ' ')
            {
                tokenStart--;
            }

            int gap = tokenStart;
            while (gap > 0 && (value[gap - 1] == ' ' || value[gap - 1] == '\t'))
            {
                gap--;
            }

            if (gap == tokenStart || end - tokenStart < MinContextualLength || end - tokenStart > MaxContextualLength)
            {
                return false;
            }

            int wordStart = gap;
            while (wordStart > 0 && value[wordStart - 1] > ' ')
            {
                wordStart--;
            }

            if (wordStart == gap)
            {
                scheme = false; // only whitespace before the token
            }
            else if (wordStart == 0 && IsScheme(value, 0, gap))
            {
                scheme = true;
            }
            else
            {
                return false;
            }

            for (int i = tokenStart; i < end; i++)
            {
                if (value[i] <= ' ')
                {
                    return false;
                }
            }

            start = tokenStart;
            length = end - tokenStart;
            return wordStart == 0;
        }

        private static bool IsScheme(string value, int start, int end)
        {
            foreach (var scheme in Schemes)
            {
                if (end - start == scheme.Length && NameWords.EqualsIgnoreCase(value, start, end, scheme))
                {
                    return true;
                }
            }

            return false;
        }

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
