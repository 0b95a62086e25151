using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Sarif
{
    /// <summary>
    /// KeyGov's partial fingerprints: the rule, the file (relative to <c>%SRCROOT%</c>) and what the finding is about
    /// — never its line — so an alert keeps its identity when lines move above it.
    /// </summary>
    public static class SarifFingerprints
    {
        /// <summary>The property an analyzer puts the key's SHA-256 fingerprint in (KG1001, KG1002, KG1004).</summary>
        public const string KeyFingerprintProperty = "fingerprint";

        /// <summary>The property naming the credential source a KG2xxx finding reads (an env var, a config key).</summary>
        public const string SourceProperty = "source";

        /// <summary>The first 128 bits of SHA-256 of the text, as 32 lowercase hex digits.</summary>
        public static string Hash(string identity)
        {
            byte[] hash;
            using (var sha = SHA256.Create())
            {
                hash = sha.ComputeHash(Encoding.UTF8.GetBytes(identity));
            }

            var hex = new StringBuilder(32);
            for (int i = 0; i < 16; i++)
            {
                hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        /// <summary>
        /// Gives every result that has none a fingerprint: rule | file | subject | occurrence. The subject is the key's
        /// fingerprint when there is one; for KG1003 (a literal with no recognised format) the hash of its source line
        /// with white space removed; else the credential source; else the message (which names no line). Equal
        /// subjects in one file are told apart by their order, so two leaks of one key stay two alerts.
        /// </summary>
        public static void Assign(IList<SarifResult> results, string? sourceRoot, Func<string, int, string?> readLine)
        {
            var ordered = new List<SarifResult>(results);
            ordered.Sort(CompareByPosition);
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var result in ordered)
            {
                if (result.Fingerprint != null)
                {
                    continue;
                }

                string uri = result.File != null ? SarifLogWriter.ArtifactUri(result.File, sourceRoot).Uri : string.Empty;
                string identity = result.RuleId + "|" + uri + "|" + Subject(result, readLine);
                occurrences.TryGetValue(identity, out int seen);
                occurrences[identity] = seen + 1;
                result.Fingerprint = Hash(identity + "|" + seen.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        private static string Subject(SarifResult result, Func<string, int, string?> readLine)
        {
            if (result.Properties.TryGetValue(KeyFingerprintProperty, out var key))
            {
                return "key " + key;
            }

            if (result.RuleId == RuleIds.KG1003 && result.File != null && result.Region.StartLine > 0)
            {
                string? line = readLine(result.File, result.Region.StartLine);
                if (line != null)
                {
                    return "line " + Hash(WithoutWhiteSpace(line));
                }
            }

            if (result.Properties.TryGetValue(SourceProperty, out var source))
            {
                return "source " + source;
            }

            return "message " + result.Message;
        }

        private static string WithoutWhiteSpace(string line)
        {
            var builder = new StringBuilder(line.Length);
            foreach (char c in line)
            {
                if (!char.IsWhiteSpace(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>File, then line, then column, then rule: the order results are written in.</summary>
        public static int CompareByPosition(SarifResult x, SarifResult y)
        {
            int c = string.CompareOrdinal(x.File, y.File);
            if (c == 0)
            {
                c = x.Region.StartLine.CompareTo(y.Region.StartLine);
            }

            if (c == 0)
            {
                c = x.Region.StartColumn.CompareTo(y.Region.StartColumn);
            }

            return c != 0 ? c : string.CompareOrdinal(x.RuleId, y.RuleId);
        }
    }
}
