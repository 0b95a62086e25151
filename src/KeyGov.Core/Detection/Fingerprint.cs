using System.Security.Cryptography;
using System.Text;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// Ties a leaked value to a manifest entry without storing it: <c>sha256:</c> + lowercase hex of its UTF-8 bytes.
    /// Only computed for values of provider-key length and entropy (a hash of a short literal can be brute-forced).
    /// </summary>
    public static class Fingerprint
    {
        public const string Prefix = "sha256:";

        public static string Of(string value) => Of(value, 0, value.Length);

        public static string Of(string text, int start, int length)
        {
            var bytes = Encoding.UTF8.GetBytes(text.ToCharArray(start, length));
            byte[] hash;
            using (var sha = SHA256.Create())
            {
                hash = sha.ComputeHash(bytes);
            }

            var chars = new char[Prefix.Length + (hash.Length * 2)];
            Prefix.CopyTo(0, chars, 0, Prefix.Length);
            const string hex = "0123456789abcdef";
            for (int i = 0; i < hash.Length; i++)
            {
                chars[Prefix.Length + (2 * i)] = hex[hash[i] >> 4];
                chars[Prefix.Length + (2 * i) + 1] = hex[hash[i] & 0xF];
            }

            return new string(chars);
        }

        /// <summary>The short form shown in messages: <c>sha256:</c> + the first 12 hex digits.</summary>
        public static string Short(string fingerprint) =>
            fingerprint.Length > Prefix.Length + 12 ? fingerprint.Substring(0, Prefix.Length + 12) : fingerprint;

        /// <summary>True for a well-formed fingerprint: <c>sha256:</c> + 64 lowercase hex digits.</summary>
        public static bool IsWellFormed(string? value)
        {
            if (value == null || value.Length != Prefix.Length + 64 || !value.StartsWith(Prefix, System.StringComparison.Ordinal))
            {
                return false;
            }

            for (int i = Prefix.Length; i < value.Length; i++)
            {
                char c = value[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
