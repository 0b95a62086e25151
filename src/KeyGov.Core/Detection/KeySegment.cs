using System;

namespace KeyGov.Core.Detection
{
    /// <summary>One piece of a key format: a fixed literal (<c>sk-proj-</c>, <c>T3BlbkFJ</c>) or a run of characters from a set.</summary>
    internal sealed class KeySegment
    {
        private KeySegment(string? literal, CharClass? chars, int min, int max, bool random = true)
        {
            if (min < 1 || max < min)
            {
                throw new ArgumentOutOfRangeException(nameof(min), "A segment needs 1 <= min <= max.");
            }

            Literal = literal;
            Chars = chars;
            Min = min;
            Max = max;
            IsRandom = chars != null && random;
        }

        /// <summary>The fixed text, or null for a character run.</summary>
        public string? Literal { get; }

        /// <summary>The allowed characters of a run, or null for a literal.</summary>
        public CharClass? Chars { get; }

        public int Min { get; }

        public int Max { get; }

        /// <summary>
        /// True for a run of secret random characters, the part the placeholder filter judges. False for literals and
        /// for structured fields (a CASK key's date, platform and service characters, a numeric id), which are not
        /// random and would read as placeholders (<c>AAAAAAAAAAAA</c> is a normal platform field).
        /// </summary>
        public bool IsRandom { get; }

        public static KeySegment Lit(string literal) => new KeySegment(literal, null, literal.Length, literal.Length);

        public static KeySegment Run(CharClass chars, int count) => new KeySegment(null, chars, count, count);

        public static KeySegment Run(CharClass chars, int min, int max) => new KeySegment(null, chars, min, max);

        /// <summary>A structured run: shape-checked, but not part of the random body (see <see cref="IsRandom"/>).</summary>
        public static KeySegment Field(CharClass chars, int count) => new KeySegment(null, chars, count, count, random: false);

        public static KeySegment Field(CharClass chars, int min, int max) => new KeySegment(null, chars, min, max, random: false);

        public override string ToString() => Literal ?? (Chars + "{" + Min + (Max == Min ? "" : "," + Max) + "}");
    }
}
