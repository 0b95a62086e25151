using System;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// An immutable set of ASCII characters, written as the Shape column of docs/providers.md writes them (<c>A-Za-z0-9_-</c>).
    /// A 128-bit bitmap: membership is two shifts and a mask, which matters because it runs per character.
    /// </summary>
    internal sealed class CharClass
    {
        public static readonly CharClass UrlSafe = Parse("A-Za-z0-9_-");
        public static readonly CharClass Alnum = Parse("A-Za-z0-9");
        public static readonly CharClass Base64 = Parse("A-Za-z0-9+/");
        public static readonly CharClass Base64WithPadding = Parse("A-Za-z0-9+/=");
        public static readonly CharClass Letters = Parse("A-Za-z");
        public static readonly CharClass Digits = Parse("0-9");
        public static readonly CharClass LowerHex = Parse("0-9a-f");
        public static readonly CharClass UpperHex = Parse("0-9A-F");
        public static readonly CharClass LowerAlnum = Parse("a-z0-9");
        public static readonly CharClass Word = Parse("A-Za-z0-9_");
        public static readonly CharClass Base32 = Parse("A-Z2-7");
        public static readonly CharClass None = Parse(string.Empty);

        private readonly ulong low;
        private readonly ulong high;

        private CharClass(ulong low, ulong high, int count, string spec)
        {
            this.low = low;
            this.high = high;
            Count = count;
            Spec = spec;
        }

        /// <summary>How many characters the set holds (the alphabet size used by the entropy check).</summary>
        public int Count { get; }

        public string Spec { get; }

        public bool Contains(char c) =>
            c < 64 ? (low & (1UL << c)) != 0 : c < 128 && (high & (1UL << (c - 64))) != 0;

        /// <summary>Parses <c>a-z</c> ranges and single characters; a <c>-</c> that cannot start a range is literal.</summary>
        public static CharClass Parse(string spec)
        {
            ulong low = 0, high = 0;
            for (int i = 0; i < spec.Length; i++)
            {
                char first = spec[i];
                char last = first;
                if (i + 2 < spec.Length && spec[i + 1] == '-')
                {
                    last = spec[i + 2];
                    i += 2;
                }

                if (last >= 128 || last < first)
                {
                    throw new ArgumentException("Bad character class: " + spec, nameof(spec));
                }

                for (char c = first; c <= last; c++)
                {
                    if (c < 64)
                    {
                        low |= 1UL << c;
                    }
                    else
                    {
                        high |= 1UL << (c - 64);
                    }
                }
            }

            return new CharClass(low, high, PopCount(low) + PopCount(high), spec);
        }

        /// <summary>True when every character of this set is also in <paramref name="other"/>.</summary>
        public bool IsSubsetOf(CharClass other) => (low & ~other.low) == 0 && (high & ~other.high) == 0;

        /// <summary>The union, for the alphabet size of a body made of several segments.</summary>
        public CharClass Union(CharClass other) =>
            new CharClass(low | other.low, high | other.high, PopCount(low | other.low) + PopCount(high | other.high), Spec + other.Spec);

        public override string ToString() => "[" + Spec + "]";

        internal static int PopCount(ulong v)
        {
            int n = 0;
            while (v != 0)
            {
                v &= v - 1;
                n++;
            }

            return n;
        }
    }
}
