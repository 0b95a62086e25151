namespace KeyGov.Core.Detection
{
    /// <summary>The only form in which KeyGov ever shows a key: its format's fixed prefix, an ellipsis, the last 4 characters.</summary>
    public static class Redaction
    {
        public const char Ellipsis = '\u2026';

        public static string Redact(KeyKind kind, string text, int start, int length)
        {
            // The fixed prefix is public format knowledge; the 4-character tail is what providers' own consoles show.
            // A value too short to keep 8 hidden characters shows no tail at all.
            string prefix = kind.DisplayPrefix;
            int hidden = length - prefix.Length - 4;
            string tail = hidden >= 8 && kind.ShowsTail ? text.Substring(start + length - 4, 4) : string.Empty;
            return prefix + Ellipsis + tail;
        }

        public static string Redact(KeyKind kind, string key) => Redact(kind, key, 0, key.Length);
    }
}
