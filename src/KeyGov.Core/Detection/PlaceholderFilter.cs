using System;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// Rejects shape matches whose random part is not random: documentation fillers, masks and words
    /// (docs/providers.md "Values that must NOT be flagged"). Runs only on candidates that already match a format,
    /// looks only at the run segments (never at fixed literals such as <c>T3BlbkFJ</c>), and allocates nothing.
    /// Thresholds are set so that random keys pass: none of 3.6 million generated keys (300,000 seeds × every kind)
    /// was rejected; the estimated rate is a few in a million, nearly all from the short words.
    /// </summary>
    internal static class PlaceholderFilter
    {
        /// <summary>8 equal characters in a row (<c>xxxxxxxx</c>, <c>00000000</c>): about 1e-7 for a random 150-char body.</summary>
        internal const int MaxRepeat = 7;

        /// <summary>8 consecutive characters counting up or down (<c>abcdefgh</c>, <c>12345678</c>).</summary>
        internal const int MaxSequence = 7;

        // Six letters and more: rare enough in random text to count anywhere, in any letter case.
        private static readonly string[] AnywhereWords = { "placeholder", "example", "sample", "changeme", "replace", "insert", "redacted" };

        // Shorter words occur in random keys too often (a 4-letter word ~1e-5 per key, in any case, anywhere), so they
        // count only where a placeholder writer puts them: at a word start (after the fixed prefix, '-' or '_'), written
        // lower, UPPER or Capitalized: ~3e-6 per key for all of them. x-fillers need no word: runs and the distinct
        // count catch them (an "xxxx" word rejected one seed's keys in 300,000 and caught no extra placeholder).
        private static readonly string[] WordStartWords = { "your", "todo", "fake", "dummy" };

        // First letters of all words, both cases: most positions are ruled out by one bit test.
        private static readonly CharClass WordInitials = CharClass.Parse(Initials(AnywhereWords) + Initials(WordStartWords));

        public static bool IsPlaceholder(string text, int start, KeyFormat format, int[] ends)
        {
            ulong seenLow = 0, seenHigh = 0;
            int bodyLength = 0;
            int from = start;
            for (int i = 0; i < format.Segments.Length; i++)
            {
                int to = ends[i];
                if (format.Segments[i].IsRandom)
                {
                    if (IsFakeRun(text, from, to))
                    {
                        return true;
                    }

                    for (int p = from; p < to; p++)
                    {
                        char c = text[p];
                        if (c < 64)
                        {
                            seenLow |= 1UL << c;
                        }
                        else if (c < 128)
                        {
                            seenHigh |= 1UL << (c - 64);
                        }
                    }

                    bodyLength += to - from;
                }

                from = to;
            }

            return HasTooFewDistinct(CharClass.PopCount(seenLow) + CharClass.PopCount(seenHigh), bodyLength, format.BodyChars.Count)
                || (format.Rules != BodyRules.None && BreaksRules(format.Rules, seenLow, seenHigh, text, start, format, ends));
        }

        // Bit masks of the seen-character bitmap (characters 0-63 in the low word, 64-127 in the high word).
        private const ulong DigitBits = 0x03FF_0000_0000_0000UL;
        private const ulong UpperBits = 0x0000_0000_07FF_FFFEUL;
        private const ulong LowerBits = 0x07FF_FFFE_0000_0000UL;

        /// <summary>
        /// Random keys nearly always show both letter cases and a digit: a random 32-character base62 body lacks a digit
        /// with p = 0.4%, a case with p = 3e-8; a 32-hex body lacks a letter with p = 3e-7. A body of words does not.
        /// </summary>
        private static bool BreaksRules(BodyRules rules, ulong seenLow, ulong seenHigh, string text, int start, KeyFormat format, int[] ends)
        {
            bool digit = (seenLow & DigitBits) != 0;
            bool upper = (seenHigh & UpperBits) != 0;
            bool lower = (seenHigh & LowerBits) != 0;
            if ((rules & BodyRules.MixedCase) != 0 && !(upper && lower))
            {
                return true;
            }

            if ((rules & BodyRules.LetterAndDigit) != 0 && !(digit && (upper || lower)))
            {
                return true;
            }

            return (rules & BodyRules.NotWords) != 0 && !digit && LooksLikeWords(text, start, format, ends);
        }

        // Words in PascalCase or camelCase: no digit, a vowel share of natural language (random base62 letters: 10 of
        // 52, 19%; English identifiers 30-45%) and few capitals (random: half the letters; words: one per word, 10-22%).
        // Rejects a random key with p = 1.3e-5 at 24 characters, 5e-7 at 32, less beyond (simulated bodies).
        private static bool LooksLikeWords(string text, int start, KeyFormat format, int[] ends)
        {
            int letters = 0, vowels = 0, upper = 0;
            int from = start;
            for (int i = 0; i < format.Segments.Length; i++)
            {
                if (format.Segments[i].IsRandom)
                {
                    for (int p = from; p < ends[i]; p++)
                    {
                        char c = text[p];
                        if (c >= 'A' && c <= 'Z')
                        {
                            upper++;
                        }

                        c = ToLower(c);
                        if (c >= 'a' && c <= 'z')
                        {
                            letters++;
                            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
                            {
                                vowels++;
                            }
                        }
                    }
                }

                from = ends[i];
            }

            return vowels * 10 >= letters * 3 && upper * 4 <= letters;
        }

        /// <summary>
        /// Fewer than half the distinct characters that a random body of this length and alphabet is expected to
        /// show: <c>abcabcabc…</c>, <c>XXXX-XXXX-…</c>, <c>0123abcd0123abcd…</c>.
        /// </summary>
        internal static bool HasTooFewDistinct(int distinct, int length, int alphabet)
        {
            if (length == 0 || alphabet < 2)
            {
                return false;
            }

            double expected = alphabet * (1 - Math.Pow(1 - (1.0 / alphabet), length));
            return distinct * 2 < expected;
        }

        private static bool IsFakeRun(string text, int from, int to)
        {
            int repeat = 1, up = 1, down = 1;
            for (int p = from; p < to; p++)
            {
                char c = text[p];
                if (c == '\u2026' || c == '*' || c == '\u2022' || c == '<' || c == '>')
                {
                    return true;
                }

                if (p > from)
                {
                    char prev = text[p - 1];
                    repeat = c == prev ? repeat + 1 : 1;
                    up = c == prev + 1 ? up + 1 : 1;
                    down = c == prev - 1 ? down + 1 : 1;
                    if (repeat > MaxRepeat || up > MaxSequence || down > MaxSequence || (c == '.' && repeat >= 3))
                    {
                        return true;
                    }
                }

                if (HasWordAt(text, p, to))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasWordAt(string text, int p, int to)
        {
            if (!WordInitials.Contains(text[p]))
            {
                return false;
            }

            foreach (var word in AnywhereWords)
            {
                if (IgnoreCaseAt(text, p, to, word))
                {
                    return true;
                }
            }

            // The character before may be a literal (T3BlbkFJ): "…FJyour" is no word start.
            if (p > 0 && IsAsciiLetterOrDigit(text[p - 1]))
            {
                return false;
            }

            foreach (var word in WordStartWords)
            {
                if (OneCaseAt(text, p, to, word))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IgnoreCaseAt(string text, int p, int to, string word)
        {
            if (p + word.Length > to)
            {
                return false;
            }

            for (int i = 0; i < word.Length; i++)
            {
                if (ToLower(text[p + i]) != word[i])
                {
                    return false;
                }
            }

            return true;
        }

        // "your", "YOUR" or "Your": the forms people type; mixed case like "yOuR" is what random text produces.
        private static bool OneCaseAt(string text, int p, int to, string word)
        {
            if (p + word.Length > to || ToLower(text[p]) != word[0])
            {
                return false;
            }

            bool upper = word.Length > 1 && text[p] != word[0] && text[p + 1] == ToUpper(word[1]);
            for (int i = 1; i < word.Length; i++)
            {
                if (text[p + i] != (upper ? ToUpper(word[i]) : word[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Initials(string[] words)
        {
            var initials = new char[words.Length * 2];
            for (int i = 0; i < words.Length; i++)
            {
                initials[2 * i] = words[i][0];
                initials[(2 * i) + 1] = ToUpper(words[i][0]);
            }

            return new string(initials);
        }

        private static char ToLower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;

        private static char ToUpper(char c) => c >= 'a' && c <= 'z' ? (char)(c - 32) : c;

        private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
