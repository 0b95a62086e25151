using System;
using System.Text;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// Configuration keys as Microsoft.Extensions.Configuration treats them: <c>:</c>-separated and case-insensitive;
    /// an environment variable <c>OpenAI__ApiKey</c> and a Key Vault secret <c>OpenAI--ApiKey</c> both become the key
    /// <c>OpenAI:ApiKey</c>; <c>GetConnectionString("x")</c> reads <c>ConnectionStrings:x</c> (a System.ClientModel
    /// client section <c>s</c> keeps its key at <c>s:Credential:Key</c>: see <see cref="SinkCatalog"/>).
    /// </summary>
    public static class ConfigurationKey
    {
        public const char Delimiter = ':';

        public const string ConnectionStringsSection = "ConnectionStrings";

        /// <summary>The comparer of canonical keys: configuration keys ignore case.</summary>
        public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

        /// <summary><c>__</c> (environment variables) and <c>--</c> (Key Vault secret names) become <c>:</c>; the case is kept as written.</summary>
        public static string Canonicalize(string key)
        {
            if (key.IndexOf("__", StringComparison.Ordinal) < 0 && key.IndexOf("--", StringComparison.Ordinal) < 0)
            {
                return key;
            }

            var builder = new StringBuilder(key.Length);
            for (int i = 0; i < key.Length; i++)
            {
                char c = key[i];
                if ((c == '_' || c == '-') && i + 1 < key.Length && key[i + 1] == c)
                {
                    builder.Append(Delimiter);
                    i++;
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary><paramref name="section"/>:<paramref name="key"/>, or <paramref name="key"/> alone under the root (an empty section).</summary>
        public static string Combine(string section, string key) =>
            section.Length == 0 ? key : key.Length == 0 ? section : section + Delimiter + key;

        /// <summary>What <c>GetConnectionString(name)</c> reads.</summary>
        public static string ConnectionString(string name) => Combine(ConnectionStringsSection, name);

        /// <summary>The last segment: <c>ApiKey</c> of <c>OpenAI:ApiKey</c>.</summary>
        public static string LastSegment(string canonicalKey)
        {
            int at = canonicalKey.LastIndexOf(Delimiter);
            return at < 0 ? canonicalKey : canonicalKey.Substring(at + 1);
        }

        /// <summary>The first segment: <c>OpenAI</c> of <c>OpenAI:ApiKey</c>.</summary>
        public static string FirstSegment(string canonicalKey)
        {
            int at = canonicalKey.IndexOf(Delimiter);
            return at < 0 ? canonicalKey : canonicalKey.Substring(0, at);
        }
    }
}
