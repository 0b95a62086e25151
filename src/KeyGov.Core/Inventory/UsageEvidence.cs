using System;
using System.Collections.Generic;
using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;

namespace KeyGov.Core.Inventory
{
    /// <summary>
    /// The inventory's usage evidence: which projects were built, and where each credential is read. A read belongs to the
    /// entry it resolves to for its project (as KG2001–KG2005 resolve it: a revoked tombstone keeps the reads that still
    /// use it); a read no entry lists is kept apart, in <see cref="Unregistered"/>.
    /// </summary>
    public sealed class UsageEvidence
    {
        private UsageEvidence(IReadOnlyList<string> projects, IReadOnlyList<UsageRead> unregistered)
        {
            Projects = projects;
            Unregistered = unregistered;
        }

        /// <summary>The projects (assembly names) whose facts were read, sorted, each once.</summary>
        public IReadOnlyList<string> Projects { get; }

        /// <summary>Reads no entry lists in its sources (KG2001), or all reads when there is no readable manifest.</summary>
        public IReadOnlyList<UsageRead> Unregistered { get; }

        internal static UsageEvidence Attach(KeyManifest? manifest, List<InventoryRow> rows, IReadOnlyList<ProjectUsage> usage, DateTime evaluationDate)
        {
            var projects = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            var unregistered = new List<UsageRead>();
            var byIndex = new Dictionary<int, InventoryRow>();
            if (manifest != null)
            {
                for (int i = 0; i < manifest.Credentials.Count && i < rows.Count; i++)
                {
                    byIndex[manifest.Credentials[i].Index] = rows[i];
                }
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var project in usage)
            {
                projects.Add(project.Assembly);
                foreach (var read in project.Reads)
                {
                    // One read per place and source: the target frameworks of one project read the same code.
                    if (!seen.Add(read.Consumer + "|" + read.Where + "|" + read.Column + "|" + read.SourceKind + "|" + read.Source))
                    {
                        continue;
                    }

                    var entry = manifest == null ? null : CredentialResolver.Resolve(manifest, read.ToSource(), read.Consumer, evaluationDate, checkExpiry: true).Entry;
                    if (entry != null && byIndex.TryGetValue(entry.Index, out var row))
                    {
                        row.Reads.Add(read);
                    }
                    else
                    {
                        unregistered.Add(read);
                    }
                }
            }

            foreach (var row in rows)
            {
                row.Reads.Sort(Compare);
            }

            unregistered.Sort(Compare);
            return new UsageEvidence(new List<string>(projects), unregistered);
        }

        private static int Compare(UsageRead a, UsageRead b)
        {
            int c = string.Compare(a.Consumer, b.Consumer, StringComparison.OrdinalIgnoreCase);
            c = c != 0 ? c : string.Compare(a.File, b.File, StringComparison.Ordinal);
            c = c != 0 ? c : a.Line.CompareTo(b.Line);
            return c != 0 ? c : a.Column.CompareTo(b.Column);
        }
    }
}
