using System;
using System.Collections.Generic;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// Holds the manifest against what the code reads: a consumer that no longer reads its credential (KG3017, judged by
    /// the analyzer in each project's compile) and a credential no built project reads (KG3018, over the merged facts of a
    /// solution or repository). An entry without sources is never judged (KeyGov cannot tell how it is read); an external
    /// consumer is never judged, so an entry that names one is never called unread.
    /// </summary>
    public static class UsageChecker
    {
        /// <summary>
        /// The entries KG3017 judges in the build of <paramref name="assembly"/>: live (not revoked), with sources, and
        /// listing it among their consumers, each with that listing (the first, if it is listed twice). The analyzer
        /// that sees the project's reads reports KG3017 for each of them it saw no read of (<see cref="ReadsAny(CredentialSource, CredentialEntry)"/>).
        /// </summary>
        public static List<ConsumedCredential> ConsumedBy(KeyManifest manifest, string assembly)
        {
            var consumed = new List<ConsumedCredential>();
            foreach (var entry in manifest.Credentials)
            {
                if (entry.IsRevoked || !HasSources(entry))
                {
                    continue;
                }

                foreach (var consumer in entry.Consumers)
                {
                    if (string.Equals(consumer.Value.Trim(), assembly, StringComparison.OrdinalIgnoreCase))
                    {
                        consumed.Add(new ConsumedCredential(entry, consumer));
                        break; // a consumer listed twice is one finding
                    }
                }
            }

            return consumed;
        }

        /// <summary>KG3017's message: {0} the entry with its owner, {1} the project as quoted, {2} the entry's sources (<see cref="StaleConsumerArguments"/>).</summary>
        public const string StaleConsumerFormat =
            "{0} lists {1} among its consumers, but {1} no longer reads it ({2}): remove {1} from its consumers, or revoke the credential if its purpose has ended";

        /// <summary>The arguments of <see cref="StaleConsumerFormat"/>, every text from keygov.json as ManifestText shows it.</summary>
        public static object[] StaleConsumerArguments(CredentialEntry entry, string assembly) =>
            new object[] { ManifestText.SubjectWithOwner(entry), ManifestText.Quote(assembly), Sources(entry) };

        /// <summary>
        /// KG3017 over a project's recorded reads, for the merged inventory's evidence (the build itself reported them
        /// from the analyzer): each entry <see cref="ConsumedBy"/> the assembly whose sources no read names.
        /// </summary>
        public static List<ManifestFinding> StaleConsumers(KeyManifest manifest, string assembly, IReadOnlyList<UsageRead> reads)
        {
            var findings = new List<ManifestFinding>();
            foreach (var consumed in ConsumedBy(manifest, assembly))
            {
                if (!ReadsAny(reads, consumed.Entry))
                {
                    findings.Add(ManifestFindingFactory.Create(RuleCatalog.KG3017, FindingSeverity.Warning,
                        string.Format(System.Globalization.CultureInfo.InvariantCulture, StaleConsumerFormat, StaleConsumerArguments(consumed.Entry, assembly)),
                        consumed.Consumer.Range, consumed.Entry.SafeId, consumed.Entry.Index, "consumers"));
                }
            }

            return findings;
        }

        /// <summary>True when <paramref name="source"/> is one of the entry's sources (env names exactly, config keys as configuration compares them).</summary>
        public static bool ReadsAny(CredentialSource source, CredentialEntry entry) => source.IsListedIn(entry.Sources);

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

        /// <summary>True when some read names one of the entry's sources.</summary>
        public static bool ReadsAny(IReadOnlyList<UsageRead> reads, CredentialEntry entry)
        {
            foreach (var read in reads)
            {
                if (ReadsAny(read.ToSource(), entry))
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

        /// <summary><c>sources: A, B</c>: the entry's sources as the messages of KG3017 and KG3018 show them.</summary>
        private static string Sources(CredentialEntry entry)
        {
            var names = new List<ManifestValue<string>>(entry.Sources.Env.Count + entry.Sources.Config.Count);
            names.AddRange(entry.Sources.Env);
            names.AddRange(entry.Sources.Config);
            return "sources: " + ManifestText.List(names, 5);
        }
    }
}
