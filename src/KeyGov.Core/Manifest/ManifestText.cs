using System.Text;
using KeyGov.Core.Detection;

namespace KeyGov.Core.Manifest
{
    /// <summary>How messages show text from the file: short, single-line, and never key material.</summary>
    public static class ManifestText
    {
        /// <summary>Longest echoed value, in chars, before it is cut with an ellipsis.</summary>
        public const int MaxEcho = 40;

        /// <summary>
        /// The value in single quotes, cut to <see cref="MaxEcho"/> chars, control chars replaced. A value a detector
        /// recognises as a key is not echoed at all: cutting a key leaves most of it.
        /// </summary>
        public static string Quote(string value)
        {
            if (LooksLikeKey(value))
            {
                return "(a value that looks like a key, not shown)";
            }

            var builder = new StringBuilder(System.Math.Min(value.Length, MaxEcho) + 3);
            builder.Append('\'');
            for (int i = 0; i < value.Length && i < MaxEcho; i++)
            {
                char c = value[i];
                builder.Append(c < ' ' || c == 0x7F ? '?' : c);
            }

            if (value.Length > MaxEcho)
            {
                builder.Append(Redaction.Ellipsis);
            }

            builder.Append('\'');
            return builder.ToString();
        }

        /// <summary>
        /// The text as any KeyGov output may hold it: unchanged, unless a detector recognises a key in it, then a
        /// marker instead. The one gate every string of the SARIF log and the inventory passes.
        /// </summary>
        public static string Safe(string text) => LooksLikeKey(text) ? "(not shown: it holds a value that looks like a key)" : text;

        /// <summary>
        /// The id as findings may carry it (<see cref="ManifestFinding.CredentialId"/>, SARIF, logs): only a well-formed
        /// id that is not key material; otherwise null, and messages name the entry by its index.
        /// </summary>
        public static string? SafeId(string? id) => ManifestFormats.IsValidId(id) && !LooksLikeKey(id!) ? id : null;

        private static bool LooksLikeKey(string value)
        {
            if (value.Length < 16)
            {
                return false;
            }

            try
            {
                return KeyScanner.Scan(value).Count > 0;
            }
            catch (System.Exception)
            {
                // The scanner's contract is never to throw; if it ever does, hiding the value is the safe answer.
                return true;
            }
        }
    }
}
