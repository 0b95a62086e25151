using System.Collections.Generic;
using System.Text;
using KeyGov.Core.Detection;
using KeyGov.Core.Json;

namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// How messages show text from the file: short, single-line, and never key material. The one redaction path:
    /// every text KeyGov echoes from a file it reads (keygov.json values, names and raw fragments, names read from code,
    /// as the task, the analyzers, the SARIF log and the inventory show them) passes through here, and always after JSON unescaping,
    /// so a key written with <c>\u</c> escapes is judged as the key it decodes to.
    /// </summary>
    public static class ManifestText
    {
        /// <summary>This redaction as the JSON reader's echo policy: how its error messages show names and raw tokens.</summary>
        public static readonly IJsonEcho JsonEcho = new RedactingJsonEcho();

        /// <summary>Longest echoed value, in chars, before it is cut with an ellipsis.</summary>
        public const int MaxEcho = 40;

        private const string KeyNotShown = "(a value that looks like a key, not shown)";

        /// <summary>
        /// The value in single quotes, cut to <see cref="MaxEcho"/> chars, control chars replaced. A value a detector
        /// recognises as a key is not echoed at all: cutting a key leaves most of it.
        /// </summary>
        public static string Quote(string value) => LooksLikeKey(value) ? KeyNotShown : "'" + EchoChecked(value) + "'";

        /// <summary>What <see cref="Quote"/> shows, without the quotes (<c>owner @contoso/support-bot</c>).</summary>
        public static string Unquoted(string value) => LooksLikeKey(value) ? KeyNotShown : EchoChecked(value);

        /// <summary><see cref="Unquoted(string)"/>, cut at <paramref name="maxLength"/> chars rather than <see cref="MaxEcho"/>.</summary>
        public static string Unquoted(string value, int maxLength) => LooksLikeKey(value) ? KeyNotShown : EchoChecked(value, maxLength);

        /// <summary>
        /// The value cut to <see cref="MaxEcho"/> chars (then an ellipsis), control chars replaced; the value itself
        /// when it needs neither, the usual case. Not checked for key material: the caller has done that.
        /// </summary>
        internal static string EchoChecked(string value, int maxLength = MaxEcho)
        {
            if (value.Length <= maxLength && !HasControlChar(value))
            {
                return value;
            }

            var builder = new StringBuilder(maxLength + 1);
            for (int i = 0; i < value.Length && i < maxLength; i++)
            {
                char c = value[i];
                builder.Append(IsControl(c) ? '?' : c);
            }

            if (value.Length > maxLength)
            {
                builder.Append(Redaction.Ellipsis);
            }

            return builder.ToString();
        }

        /// <summary>
        /// The text as any KeyGov output may hold it: unchanged, unless a detector recognises a key in it, then a
        /// marker instead. The one gate every string of the SARIF log and the inventory passes.
        /// </summary>
        public static string Safe(string text) => LooksLikeKey(text) ? HoldsKeyNotShown : text;

        /// <summary>What <see cref="Safe"/> shows instead of a text that holds a key.</summary>
        public const string HoldsKeyNotShown = "(not shown: it holds a value that looks like a key)";

        /// <summary>
        /// The id as findings may carry it (<see cref="ManifestFinding.CredentialId"/>, SARIF, logs): only a well-formed
        /// id that is not key material; otherwise null, and messages name the entry by its index.
        /// </summary>
        public static string? SafeId(string? id) => ManifestFormats.IsValidId(id) && !LooksLikeKey(id!) ? id : null;

        /// <summary>
        /// How a message names an entry: <c>'openai-support-summaries'</c>, or <c>credentials[2]</c> when its id is
        /// missing, malformed or key material.
        /// </summary>
        public static string EntryName(CredentialEntry entry) => entry.Names.Quoted;

        /// <summary><c>Credential 'openai-support' (owner @contoso/support-bot)</c>, each part as <see cref="EntryName"/> and <see cref="OwnerOf"/> show it.</summary>
        public static string SubjectWithOwner(CredentialEntry entry) => entry.Names.SubjectWithOwner;

        /// <summary><c>owner @contoso/support-bot</c>, or <c>no owner</c> (when missing or invalid); a key-shaped owner is not shown.</summary>
        public static string OwnerOf(CredentialEntry entry) => EntryMessageNames.OwnerOf(entry);

        /// <summary><c>a, b, c</c>: the first <paramref name="max"/> values as <see cref="Unquoted"/> shows them, then <c>, …</c>.</summary>
        public static string List(IReadOnlyList<ManifestValue<string>> values, int max)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < values.Count && i < max; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(Unquoted(values[i].Value.Trim()));
            }

            if (values.Count > max)
            {
                builder.Append(", \u2026");
            }

            return builder.ToString();
        }

        /// <summary>
        /// A piece of raw file text (<c>text[start..start+length]</c>, what a syntax error points at) as <see cref="Quote"/>
        /// shows a value, but judged on the whole run of non-separator chars around it, not on the piece: a piece cut from
        /// a key is too short to look like one, and a partial key is a key.
        /// </summary>
        public static string QuoteFragment(string text, int start, int length)
        {
            int from = start;
            while (from > 0 && start - from < MaxRun && !IsSeparator(text[from - 1]))
            {
                from--;
            }

            int to = start + length;
            while (to < text.Length && to - start < MaxRun && !IsSeparator(text[to]))
            {
                to++;
            }

            return LooksLikeKey(text.Substring(from, to - from)) ? KeyNotShown : "'" + EchoChecked(text.Substring(start, length)) + "'";
        }

        // Longer than any key format, so that the run around a fragment holds the whole key it may be cut from.
        private const int MaxRun = 2048;

        private static bool IsSeparator(char c) =>
            c <= ' ' || c == '"' || c == '\'' || c == ',' || c == ':' || c == '{' || c == '}' || c == '[' || c == ']';

        /// <summary>
        /// True when the text holds a key, or something too close to one to echo: what a detector recognises, a key
        /// format's anchor followed by a long token (a key glued to other text, which the detectors do not report
        /// because it has no boundary), or any long token that mixes upper case, lower case and digits. Hiding a
        /// harmless value costs a less helpful message; echoing a key costs the key.
        /// </summary>
        public static bool LooksLikeKey(string value)
        {
            if (value.Length < ShortestKey)
            {
                return false;
            }

            try
            {
                return (HoldsAnAnchor(value) && (KeyScanner.Scan(value).Count > 0 || HasAnchoredToken(value))) || HasSecretShapedRun(value);
            }
            catch (System.Exception)
            {
                // The scanner's contract is never to throw; if it ever does, hiding the value is the safe answer.
                return true;
            }
        }

        /// <summary>
        /// A source file path as the compiler names it, or <see cref="HoldsKeyNotShown"/> when it holds a key a detector
        /// recognises (or an anchor glued to a long token). Unlike <see cref="Safe"/>, a long identifier that only mixes
        /// upper case, lower case and digits (<c>Example08_OutputAdditionalPropertiesAsync.cs</c>) is shown: file names
        /// are made by people naming code, and hiding them would hide where a credential is read.
        /// </summary>
        public static string SafePath(string path)
        {
            if (path.Length < ShortestKey)
            {
                return path;
            }

            try
            {
                return HoldsAnAnchor(path) && (KeyScanner.Scan(path).Count > 0 || HasAnchoredToken(path)) ? HoldsKeyNotShown : path;
            }
            catch (System.Exception)
            {
                return HoldsKeyNotShown;
            }
        }

        /// <summary>No text shorter than this holds a key of any format: below it, nothing is scanned.</summary>
        internal const int ShortestKey = 16;

        // Long enough that no word, id or assembly name reaches it, short enough for any provider key.
        private const int AnchoredTokenLength = 20;
        private const int SecretRunLength = 40;

        // The catalog's search literals by first char; null when one is empty or starts outside ASCII (then no shortcut).
        private static readonly string[]?[]? AnchorsByFirstChar = IndexAnchors();

        /// <summary>
        /// True when an anchor of the catalog occurs in the value. The scanner reports only matches found from an
        /// anchor, and <see cref="HasAnchoredToken"/> looks only after one, so a value without any passes both: one
        /// pass over a short value (an id, an owner) tells that far sooner than the 32 IndexOf searches of each test.
        /// </summary>
        private static bool HoldsAnAnchor(string value)
        {
            var table = AnchorsByFirstChar;
            if (table == null)
            {
                return true;
            }

            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                var anchors = c < table.Length ? table[c] : null;
                if (anchors == null)
                {
                    continue;
                }

                foreach (var anchor in anchors)
                {
                    if (i + anchor.Length <= value.Length && string.CompareOrdinal(value, i, anchor, 0, anchor.Length) == 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static string[]?[]? IndexAnchors()
        {
            var table = new string[]?[128];
            foreach (var group in ProviderCatalog.AnchorGroups)
            {
                if (group.Anchor.Length == 0 || group.Anchor[0] >= table.Length)
                {
                    return null;
                }

                char first = group.Anchor[0];

                var anchors = table[first] ?? System.Array.Empty<string>();
                System.Array.Resize(ref anchors, anchors.Length + 1);
                anchors[anchors.Length - 1] = group.Anchor;
                table[first] = anchors;
            }

            return table;
        }

        private static bool HasAnchoredToken(string value)
        {
            foreach (var group in ProviderCatalog.AnchorGroups)
            {
                for (int hit = value.IndexOf(group.Anchor, System.StringComparison.Ordinal); hit >= 0;
                     hit = value.IndexOf(group.Anchor, hit + 1, System.StringComparison.Ordinal))
                {
                    int end = hit + group.Anchor.Length;
                    while (end < value.Length && IsTokenChar(value[end]))
                    {
                        end++;
                    }

                    if (end - hit - group.Anchor.Length >= AnchoredTokenLength)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool HasSecretShapedRun(string value)
        {
            int start = 0;
            bool upper = false, lower = false, digit = false;
            for (int i = 0; i <= value.Length; i++)
            {
                char c = i < value.Length ? value[i] : ' ';
                if (IsTokenChar(c))
                {
                    upper |= c >= 'A' && c <= 'Z';
                    lower |= c >= 'a' && c <= 'z';
                    digit |= c >= '0' && c <= '9';
                    continue;
                }

                if (i - start >= SecretRunLength && upper && lower && digit)
                {
                    return true;
                }

                start = i + 1;
                upper = lower = digit = false;
            }

            return false;
        }

        private static bool HasControlChar(string value)
        {
            foreach (char c in value)
            {
                if (IsControl(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsControl(char c) => c < ' ' || c == 0x7F;

        private static bool IsTokenChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    internal sealed class RedactingJsonEcho : IJsonEcho
    {
        public string Quote(string value) => ManifestText.Quote(value);

        public string QuoteFragment(string text, int start, int length) => ManifestText.QuoteFragment(text, start, length);
    }
}
