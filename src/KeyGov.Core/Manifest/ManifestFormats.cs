using System;
using System.Text;
using KeyGov.Core.Detection;

namespace KeyGov.Core.Manifest
{
    /// <summary>The value formats of keygov.json (docs/manifest.md), as plain loops: no regex on the analyzer's path.</summary>
    public static class ManifestFormats
    {
        /// <summary>The earliest and latest dates accepted, so that date arithmetic of any check (up to <see cref="MaxDays"/>) stays in range.</summary>
        public static readonly DateTime MinDate = new DateTime(1900, 1, 1);
        public static readonly DateTime MaxDate = new DateTime(2999, 12, 31);

        /// <summary>The longest day count accepted anywhere (100 years).</summary>
        public const int MaxDays = 36500;

        /// <summary>Exactly <c>yyyy-MM-dd</c> (zero-padded) naming a real day between <see cref="MinDate"/> and <see cref="MaxDate"/>.</summary>
        public static bool TryParseDate(string? text, out DateTime date)
        {
            date = default;
            if (text == null || text.Length != 10 || text[4] != '-' || text[7] != '-')
            {
                return false;
            }

            if (!TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day))
            {
                return false;
            }

            if (year < MinDate.Year || year > MaxDate.Year || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
            return true;
        }

        public static string FormatDate(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Appends what <see cref="FormatDate"/> returns, without making a string: messages write thousands of dates.</summary>
        internal static void AppendDate(StringBuilder text, DateTime date)
        {
            AppendDigits(text, date.Year, 1000).Append('-');
            AppendDigits(text, date.Month, 10).Append('-');
            AppendDigits(text, date.Day, 10);
        }

        /// <summary>A credential id: <c>[a-z0-9][a-z0-9._-]*</c>.</summary>
        public static bool IsValidId(string? id)
        {
            if (string.IsNullOrEmpty(id) || !IsLowerAlnum(id![0]))
            {
                return false;
            }

            for (int i = 1; i < id.Length; i++)
            {
                char c = id[i];
                if (!IsLowerAlnum(c) && c != '.' && c != '_' && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A provider: a catalog provider id (<c>openai</c>), or a custom one: <c>x-</c> + an id (<c>x-internal-llm</c>).</summary>
        public static bool IsValidProvider(string? provider)
        {
            if (string.IsNullOrEmpty(provider))
            {
                return false;
            }

            if (provider!.StartsWith("x-", StringComparison.Ordinal))
            {
                return IsValidId(provider.Substring(2));
            }

            return ProviderCatalog.IsKnownProvider(provider);
        }

        /// <summary>
        /// An owner: <c>@org/team</c> (GitHub team: org and team names of letters, digits, <c>-</c>, <c>_</c>, <c>.</c>),
        /// an email (<c>name@domain.tld</c>, no spaces), or <c>group:ns/name</c> (two or more such segments, as nested
        /// GitLab groups).
        /// </summary>
        public static bool IsValidOwner(string? owner)
        {
            if (string.IsNullOrEmpty(owner))
            {
                return false;
            }

            if (owner![0] == '@')
            {
                int slash = owner.IndexOf('/');
                return slash > 1 && owner.IndexOf('/', slash + 1) < 0 &&
                    IsName(owner, 1, slash - 1) && IsName(owner, slash + 1, owner.Length - slash - 1);
            }

            if (owner.StartsWith("group:", StringComparison.Ordinal))
            {
                int segments = 0;
                int start = "group:".Length;
                while (true)
                {
                    int slash = owner.IndexOf('/', start);
                    int end = slash < 0 ? owner.Length : slash;
                    if (!IsName(owner, start, end - start))
                    {
                        return false;
                    }

                    segments++;
                    if (slash < 0)
                    {
                        return segments >= 2;
                    }

                    start = slash + 1;
                }
            }

            return IsEmail(owner);
        }

        /// <summary><c>sha256:</c> + 64 lowercase hex digits.</summary>
        public static bool IsValidFingerprint(string? fingerprint) => Fingerprint.IsWellFormed(fingerprint);

        private static bool IsEmail(string text)
        {
            int at = text.IndexOf('@');
            if (at < 1 || at != text.LastIndexOf('@') || at == text.Length - 1)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c <= ' ' || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == ';' || c == '"' || c == '\\' || c == 0x7F)
                {
                    return false;
                }
            }

            // The domain: dot-separated labels, at least two, none empty.
            int labels = 0;
            int start = at + 1;
            while (true)
            {
                int dot = text.IndexOf('.', start);
                int end = dot < 0 ? text.Length : dot;
                if (end == start)
                {
                    return false;
                }

                for (int i = start; i < end; i++)
                {
                    if (!IsAsciiAlnum(text[i]) && text[i] != '-')
                    {
                        return false;
                    }
                }

                labels++;
                if (dot < 0)
                {
                    return labels >= 2;
                }

                start = dot + 1;
            }
        }

        private static bool IsName(string text, int start, int length)
        {
            if (length <= 0 || !IsAsciiAlnum(text[start]))
            {
                return false;
            }

            for (int i = start + 1; i < start + length; i++)
            {
                char c = text[i];
                if (!IsAsciiAlnum(c) && c != '-' && c != '_' && c != '.')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The value's digits from the <paramref name="highest"/> place down, zero-padded (7, 1000: "0007").</summary>
        private static StringBuilder AppendDigits(StringBuilder text, int value, int highest)
        {
            for (int place = highest; place > 0; place /= 10)
            {
                text.Append((char)('0' + (value / place % 10)));
            }

            return text;
        }

        private static bool TryDigits(string text, int start, int count, out int value)
        {
            value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }

        private static bool IsLowerAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

        private static bool IsAsciiAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
