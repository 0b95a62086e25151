using System;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// KG1003's question about a literal at a credential parameter whose format no detector knows: could it be a key,
    /// or is it a placeholder (docs/providers.md "Values that must NOT be flagged")? Plain loops, no regex: it runs only on
    /// literals that already reached a sink.
    /// </summary>
    public static class LiteralCredential
    {
        /// <summary>No provider issues keys this short; shorter test values (<c>"test"</c>, <c>"key"</c>) are not credentials.</summary>
        public const int MinLength = 8;

        // Words long enough to be rare in random text: a placeholder wherever they stand, in any case.
        private static readonly string[] Words =
        {
            "placeholder", "example", "sample", "changeme", "change-me", "replace", "insert", "dummy", "redacted", "secret-here",
            "key-here", "undefined", "invalid", "bogus", "not-a-real", "not_a_real", "notareal",
        };

        // Short words occur in random keys (xxx about once in a thousand 40-character keys), so they count only where a
        // person writes them: as a whole word (between separators or the ends), in lower, UPPER or Capitalized case.
        private static readonly string[] ShortWords = { "your", "todo", "fake", "xxx", "test", "mock", "none", "null" };

        /// <summary>
        /// True for a value that is no credential: empty or short, a mask, a placeholder, a reference, or a name. An
        /// auth scheme in front (<c>Bearer </c>) is not part of the value.
        /// </summary>
        public static bool IsPlaceholder(string value)
        {
            string v = SinkCatalog.StripScheme(value.Trim());
            if (v.Length < MinLength)
            {
                return true;
            }

            foreach (char c in v)
            {
                // Spaces (prose), masks and ellipses, angle-bracket placeholders.
                if (char.IsWhiteSpace(c) || c == '*' || c == '\u2022' || c == '\u2026' || c == '<' || c == '>')
                {
                    return true;
                }
            }

            return v.IndexOf("...", StringComparison.Ordinal) >= 0
                || IsReference(v)
                || IsName(v)
                || HasWord(v)
                || IsUrl(v)
                || IsLowEntropy(v);
        }

        // $OPENAI_API_KEY, ${…}, $(Key), %KEY%, #{Key}#, __Key__, @KEY@, {{ … }}, {apiKey}, [API_KEY], @Microsoft.KeyVault(…)
        private static bool IsReference(string v)
        {
            char first = v[0], last = v[v.Length - 1];
            return first == '$'
                || (first == '%' && last == '%')
                || (first == '#' && last == '#')
                || (first == '@' && last == '@')
                || (first == '{' && last == '}')
                || (first == '[' && last == ']')
                || (v.StartsWith("__", StringComparison.Ordinal) && v.EndsWith("__", StringComparison.Ordinal))
                || v.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);
        }

        // An environment variable name (OPENAI_API_KEY) or a configuration key (OpenAI:ApiKey) instead of a value.
        private static bool IsName(string v)
        {
            bool upperSnake = v.IndexOf('_') > 0;
            bool configKey = v.IndexOf(':') > 0;
            foreach (char c in v)
            {
                bool upperOrDigit = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                upperSnake &= upperOrDigit || c == '_';
                configKey &= upperOrDigit || (c >= 'a' && c <= 'z') || c == ':' || c == '_' || c == '.';
            }

            return upperSnake || (configKey && ConfigurationKey.LastSegment(v).Length != 0 && char.IsUpper(ConfigurationKey.LastSegment(v)[0]));
        }

        private static bool HasWord(string v)
        {
            foreach (var word in Words)
            {
                if (v.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            for (int i = 0; i < v.Length; i++)
            {
                if (i > 0 && char.IsLetterOrDigit(v[i - 1]))
                {
                    continue;
                }

                foreach (var word in ShortWords)
                {
                    int end = i + word.Length;
                    if (end <= v.Length && (end == v.Length || !char.IsLetter(v[end])) && IsWordAt(v, i, word))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsWordAt(string v, int at, string word)
        {
            string piece = v.Substring(at, word.Length);
            return piece == word || piece == word.ToUpperInvariant() || piece == char.ToUpperInvariant(word[0]) + word.Substring(1);
        }

        private static bool IsUrl(string v) =>
            v.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || v.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

        // Few distinct characters (aaaaaaaa, abcabcabc, 0000-0000) or a long counting run (abcdefgh, 12345678).
        private static bool IsLowEntropy(string v)
        {
            int distinct = 0;
            var seen = new bool[128];
            int up = 1, down = 1;
            for (int i = 0; i < v.Length; i++)
            {
                char c = v[i];
                if (c < 128 && !seen[c])
                {
                    seen[c] = true;
                    distinct++;
                }

                if (i > 0)
                {
                    up = c == v[i - 1] + 1 ? up + 1 : 1;
                    down = c == v[i - 1] - 1 ? down + 1 : 1;
                    if (up >= 8 || down >= 8)
                    {
                        return true;
                    }
                }
            }

            return distinct < 5;
        }
    }
}
