namespace KeyGov.Core.Detection
{
    /// <summary>
    /// The one name splitter: reads a name the way people write one (<c>AzureOpenAI:ApiKey</c>, <c>AZURE_OPENAI_API_KEY</c>,
    /// <c>azureOpenAiKey</c>) as words, runs of ASCII letters and digits cut where lower case meets upper case
    /// (<c>apiKey</c>), before the last capital of an acronym that starts a word (<c>AIKey</c> = AI, Key) and between
    /// letters and digits (<c>Cohere2Token</c> = Cohere, 2, Token). Every other char separates words. Allocation-free:
    /// a word is a pair of offsets into the name.
    /// </summary>
    internal static class NameWords
    {
        /// <summary>
        /// The next word at or after <paramref name="position"/>: true with its <paramref name="start"/> and (exclusive)
        /// <paramref name="end"/>, <paramref name="position"/> moved past it; false when the name has no more words.
        /// </summary>
        public static bool Next(string name, ref int position, out int start, out int end)
        {
            int i = position;
            while (i < name.Length && !IsAlnum(name[i]))
            {
                i++;
            }

            if (i >= name.Length)
            {
                position = i;
                start = end = i;
                return false;
            }

            start = i;
            i++;
            while (i < name.Length && IsAlnum(name[i]) && !IsWordStart(name, i))
            {
                i++;
            }

            end = position = i;
            return true;
        }

        /// <summary>Lowercase ASCII letters and digits only, the words run together: <c>OPENAI_API_KEY</c> → <c>openaiapikey</c>.</summary>
        public static string Joined(string name)
        {
            var chars = new char[name.Length];
            int n = 0;
            int position = 0;
            while (Next(name, ref position, out int start, out int end))
            {
                for (int i = start; i < end; i++)
                {
                    chars[n++] = ToLower(name[i]);
                }
            }

            return new string(chars, 0, n);
        }

        /// <summary>True when the chars <c>name[start..end]</c> are <paramref name="lower"/>, ignoring ASCII case.</summary>
        public static bool EqualsIgnoreCase(string name, int start, int end, string lower)
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

        /// <summary>True when the word <c>name[start..end]</c> is one of <paramref name="words"/> (lower case), ignoring ASCII case.</summary>
        public static bool IsOneOf(string name, int start, int end, string[] words)
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

        /// <summary>True when the word <c>name[start..end]</c> ends with one of <paramref name="endings"/> (lower case), ignoring ASCII case.</summary>
        public static bool EndsWithOneOf(string name, int start, int end, string[] endings)
        {
            foreach (var ending in endings)
            {
                if (end - start >= ending.Length && EqualsIgnoreCase(name, end - ending.Length, end, ending))
                {
                    return true;
                }
            }

            return false;
        }

        public static char ToLower(char c) => IsUpper(c) ? (char)(c + 32) : c;

        private static bool IsWordStart(string name, int i)
        {
            char prev = name[i - 1], c = name[i];
            return (IsLower(prev) && IsUpper(c))
                || (IsUpper(prev) && IsUpper(c) && i + 1 < name.Length && IsLower(name[i + 1]))
                || (IsDigit(prev) != IsDigit(c));
        }

        private static bool IsAlnum(char c) => IsLower(c) || IsUpper(c) || IsDigit(c);

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsLower(char c) => c >= 'a' && c <= 'z';

        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';
    }
}
