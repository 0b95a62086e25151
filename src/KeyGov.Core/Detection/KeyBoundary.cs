namespace KeyGov.Core.Detection
{
    /// <summary>
    /// What may not touch a key on either side (each <c>KeyFormat</c>'s boundary in <see cref="ProviderCatalog"/>):
    /// a key glued to more key characters is a different, longer token.
    /// </summary>
    internal sealed class KeyBoundary
    {
        public static readonly KeyBoundary UrlSafe = new KeyBoundary(CharClass.UrlSafe, CharClass.UrlSafe);
        public static readonly KeyBoundary Alnum = new KeyBoundary(CharClass.Alnum, CharClass.Alnum);
        public static readonly KeyBoundary Base64 = new KeyBoundary(CharClass.Base64, CharClass.Base64WithPadding);

        /// <summary>For formats delimited by their own literals (a PEM block between its BEGIN and END lines).</summary>
        public static readonly KeyBoundary None = new KeyBoundary(CharClass.None, CharClass.None);

        private KeyBoundary(CharClass before, CharClass after)
        {
            Before = before;
            After = after;
        }

        /// <summary>Characters that may not precede the key.</summary>
        public CharClass Before { get; }

        /// <summary>Characters that may not follow the key.</summary>
        public CharClass After { get; }

        public bool StartsAt(string text, int start) => start == 0 || !Before.Contains(text[start - 1]);

        public bool EndsAt(string text, int end) => end == text.Length || !After.Contains(text[end]);
    }
}
