using System;
using System.Collections.Generic;

namespace KeyGov.Core.Sarif
{
    /// <summary>
    /// Folds KeyGov results from several logs into one list: a finding that several logs share (the manifest's
    /// findings in every project that uses it, each finding of a multi-targeted project once per framework) is kept
    /// once, unsuppressed and at its highest level if any copy is.
    /// </summary>
    public static class SarifMerger
    {
        public static List<SarifResult> Merge(IEnumerable<IReadOnlyList<SarifResult>> logs)
        {
            var kept = new Dictionary<string, SarifResult>(StringComparer.Ordinal);
            var order = new List<SarifResult>();
            foreach (var log in logs)
            {
                foreach (var result in log)
                {
                    string identity = IdentityOf(result);
                    if (!kept.TryGetValue(identity, out var existing))
                    {
                        kept.Add(identity, result);
                        order.Add(result);
                        continue;
                    }

                    if (existing.IsSuppressed && !result.IsSuppressed)
                    {
                        existing.Suppressions.Clear();
                    }

                    if (Rank(result.Level) > Rank(existing.Level))
                    {
                        existing.Level = result.Level;
                    }
                }
            }

            order.Sort(SarifFingerprints.CompareByPosition);
            return order;
        }

        public static List<SarifAllowance> MergeAllowances(IEnumerable<IReadOnlyList<SarifAllowance>> lists)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var merged = new List<SarifAllowance>();
            foreach (var list in lists)
            {
                foreach (var allowance in list)
                {
                    if (seen.Add(allowance.Fingerprint))
                    {
                        merged.Add(allowance);
                    }
                }
            }

            return merged;
        }

        private static string IdentityOf(SarifResult result)
        {
            string file = result.File == null ? string.Empty : System.IO.Path.GetFullPath(result.File).Replace('\\', '/');
            return result.RuleId + "|" + file + "|" + result.Region.StartLine + ":" + result.Region.StartColumn + "|" +
                (result.Fingerprint ?? result.Message);
        }

        private static int Rank(string level) => level == "error" ? 3 : level == "warning" ? 2 : level == "note" ? 1 : 0;
    }
}
