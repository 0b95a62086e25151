using System;
using System.Collections.Generic;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// Holds the manifest against what the code reads: a consumer that no longer reads its credential (KG3017, per project
    /// build) and a credential no built project reads (KG3018, over the merged facts of a solution or repository). An
    /// entry without sources is never judged (KeyGov cannot tell how it is read); an external consumer is never judged, so
    /// an entry that names one is never called unread.
    /// </summary>
    public static class UsageChecker
    {
        /// <summary>KG3017 for each live entry that lists <paramref name="assembly"/> as a consumer while <paramref name="reads"/> name none of its sources.</summary>
        public static List<ManifestFinding> StaleConsumers(KeyManifest manifest, string assembly, IReadOnlyList<UsageRead> reads)
        {
            var findings = new List<ManifestFinding>();
            foreach (var entry in manifest.Credentials)
            {
                if (entry.IsRevoked || !HasSources(entry) || ReadsAny(reads, entry))
                {
                    continue;
                }

                foreach (var consumer in entry.Consumers)
                {
                    if (!string.Equals(consumer.Value.Trim(), assembly, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    string project = ManifestText.Quote(assembly);
                    findings.Add(ManifestFindingFactory.Create(RuleCatalog.KG3017, FindingSeverity.Warning,
                        $"{entry.Names.SubjectWithOwner} lists {project} among its consumers, but {project} no longer reads it ({Sources(entry)}): " +
                        $"remove {project} from its consumers, or revoke the credential if its purpose has ended",
                        consumer.Range, entry.SafeId, entry.Index, "consumers"));
                    break; // a consumer listed twice is one finding
                }
            }

            return findings;
        }

        /// <summary>
        /// KG3018 for each active entry that no project in <paramref name="projects"/> reads, while every consumer it names is
        /// among them (was built). An entry that names no consumer serves every project (as KG2003 reads it), so the merge,
        /// which sees the whole repository, judges it; one that names an external consumer is never judged.
        /// </summary>
        public static List<ManifestFinding> UnreadCredentials(KeyManifest manifest, IReadOnlyList<ProjectUsage> projects)
        {
            var built = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var project in projects)
            {
                built.Add(project.Assembly);
            }

            var findings = new List<ManifestFinding>();
            foreach (var entry in manifest.Credentials)
            {
                if (entry.Status.Value != CredentialStatus.Active || !HasSources(entry) || entry.ExternalConsumers.Count != 0 || !AllBuilt(entry, built) ||
                    ReadByAny(projects, entry))
                {
                    continue;
                }

                findings.Add(ManifestFindingFactory.Create(RuleCatalog.KG3018, FindingSeverity.Warning,
                    $"No code reads {entry.Names.Quoted} ({Sources(entry)}; consumers built: {(entry.Consumers.Count == 0 ? "none" : ManifestText.List(entry.Consumers, 5))}): " +
                    "revoke it, or say where it is used (externalConsumers)",
                    entry.Anchor, entry.SafeId, entry.Index, "id"));
            }

            return findings;
        }

        /// <summary>True when some read names one of the entry's sources (env names exactly, config keys as configuration compares them).</summary>
        public static bool ReadsAny(IReadOnlyList<UsageRead> reads, CredentialEntry entry)
        {
            foreach (var read in reads)
            {
                if (read.ToSource().IsListedIn(entry.Sources))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasSources(CredentialEntry entry) => entry.Sources.Env.Count != 0 || entry.Sources.Config.Count != 0;

        private static bool AllBuilt(CredentialEntry entry, HashSet<string> built)
        {
            foreach (var consumer in entry.Consumers)
            {
                if (!built.Contains(consumer.Value.Trim()))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool ReadByAny(IReadOnlyList<ProjectUsage> projects, CredentialEntry entry)
        {
            foreach (var project in projects)
            {
                if (ReadsAny(project.Reads, entry))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Sources(CredentialEntry entry)
        {
            var names = new List<ManifestValue<string>>(entry.Sources.Env.Count + entry.Sources.Config.Count);
            names.AddRange(entry.Sources.Env);
            names.AddRange(entry.Sources.Config);
            return "sources: " + ManifestText.List(names, 5);
        }
    }
}
