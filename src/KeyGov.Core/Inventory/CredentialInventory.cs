using System;
using System.Collections.Generic;
using KeyGov.Core.Manifest;
using KeyGov.Core.Providers;
using KeyGov.Core.Usage;

namespace KeyGov.Core.Inventory
{
    /// <summary>What the evidence is about: which manifest (and its exact bytes), judged on which day, by which KeyGov. The provenance
    /// of the inventory, not a credential source (<see cref="Usage.CredentialSource"/>, <see cref="DeclaredSources"/>).</summary>
    public sealed class InventoryProvenance
    {
        /// <summary>The manifest as the evidence names it: relative to the source root where possible (no machine path).</summary>
        public string ManifestPath { get; set; } = "keygov.json";

        /// <summary>Lowercase hex SHA-256 of the manifest's bytes, as <c>sha256sum keygov.json</c> prints it; null when there is no manifest.</summary>
        public string? ManifestSha256 { get; set; }

        public DateTime EvaluationDate { get; set; }

        public TimeCheckMode TimeChecks { get; set; }

        public string ToolVersion { get; set; } = Sarif.ToolInfo.Version;
    }

    /// <summary>
    /// The credential inventory as evidence for auditors (KeyGovInventoryOutput): one row per credential with its
    /// governance facts, days left, open exception and findings, plus the manifest-level findings. Built from the read
    /// manifest, never from key values; every text passes <see cref="ManifestText.Safe"/>, so no key can reach it.
    /// </summary>
    public sealed class CredentialInventory
    {
        private CredentialInventory(InventoryProvenance source, bool readable, IReadOnlyList<InventoryRow> rows, IReadOnlyList<ReportedFinding> general,
            IReadOnlyList<ReportedFinding> all, ProviderEvidence? providers, UsageEvidence? usage)
        {
            Usage = usage;
            Providers = providers;
            Source = source;
            Readable = readable;
            Rows = rows;
            GeneralFindings = general;
            AllFindings = all;
        }

        public InventoryProvenance Source { get; }

        /// <summary>False when the manifest is missing or unreadable: the rows are then empty and the findings say why.</summary>
        public bool Readable { get; }

        public IReadOnlyList<InventoryRow> Rows { get; }

        /// <summary>Findings about no credential in particular (syntax, policy, allow list, a missing manifest).</summary>
        public IReadOnlyList<ReportedFinding> GeneralFindings { get; }

        public IReadOnlyList<ReportedFinding> AllFindings { get; }

        /// <summary>What the provider exports say (per row in <see cref="InventoryRow.AtProvider"/>, and the shadow keys); null when no export was reconciled.</summary>
        public ProviderEvidence? Providers { get; }

        /// <summary>Where the code reads credentials (per row in <see cref="InventoryRow.Reads"/>, and the reads no entry covers); null when no usage facts were given.</summary>
        public UsageEvidence? Usage { get; }

        /// <param name="usage">The usage facts of the projects built (one, or a whole solution's in the merge); null for none.</param>
        public static CredentialInventory Build(KeyManifest? manifest, IReadOnlyList<ReportedFinding> findings, InventoryProvenance source, ProviderEvidence? providers = null,
            IReadOnlyList<ProjectUsage>? usage = null)
        {
            var byIndex = new Dictionary<int, List<ReportedFinding>>();
            var general = new List<ReportedFinding>();
            var indexes = new HashSet<int>();
            if (manifest != null)
            {
                foreach (var entry in manifest.Credentials)
                {
                    indexes.Add(entry.Index);
                }
            }

            foreach (var finding in findings)
            {
                if (finding.Finding.CredentialIndex is int index && indexes.Contains(index))
                {
                    if (!byIndex.TryGetValue(index, out var list))
                    {
                        byIndex[index] = list = new List<ReportedFinding>();
                    }

                    list.Add(finding);
                }
                else
                {
                    general.Add(finding);
                }
            }

            var rows = new List<InventoryRow>();
            if (manifest != null)
            {
                foreach (var entry in manifest.Credentials)
                {
                    var row = InventoryRow.From(entry, byIndex.TryGetValue(entry.Index, out var list) ? list : new List<ReportedFinding>(), source.EvaluationDate);
                    if (providers != null && providers.ByEntry.TryGetValue(entry.Index, out var facts))
                    {
                        row.AtProvider = facts;
                    }

                    rows.Add(row);
                }
            }

            var evidence = usage == null ? null : UsageEvidence.Attach(manifest, rows, usage, source.EvaluationDate);
            return new CredentialInventory(source, manifest != null, rows, general, findings, providers, evidence);
        }
    }

    /// <summary>One credential of the inventory. Strings are already safe (see <see cref="ManifestText.Safe"/>).</summary>
    public sealed class InventoryRow
    {
        public string Credential { get; private set; } = string.Empty;

        public string? Provider { get; private set; }

        public string? Owner { get; private set; }

        public string? Purpose { get; private set; }

        public string Risk { get; private set; } = "high";

        public IReadOnlyList<string> Environments { get; private set; } = Array.Empty<string>();

        public IReadOnlyList<string> Consumers { get; private set; } = Array.Empty<string>();

        public string Status { get; private set; } = "active";

        public DateTime? Expires { get; private set; }

        /// <summary>Days from the evaluation date to the expiry: negative once expired; null without an expiry.</summary>
        public int? DaysLeft { get; private set; }

        public bool Expired { get; private set; }

        public DateTime? LastRotated { get; private set; }

        public DateTime? LastReviewed { get; private set; }

        /// <summary>The exception when it is still open (no end date, or an end date on or after the evaluation date).</summary>
        public InventoryException? OpenException { get; private set; }

        public IReadOnlyList<ReportedFinding> Findings { get; private set; } = Array.Empty<ReportedFinding>();

        /// <summary><c>keyType</c> (admin, project, service-account, …); null when the entry does not say.</summary>
        public string? KeyType { get; private set; }

        /// <summary><c>apis</c>: the API surfaces the credential is approved for; null when the entry sets no limit.</summary>
        public IReadOnlyList<string>? ApprovedApis { get; private set; }

        /// <summary><c>keyless.status</c> (not-possible, planned); null when the entry records no answer (keyless is then taken as possible).</summary>
        public string? Keyless { get; private set; }

        /// <summary><c>keyless.by</c>, for a planned move.</summary>
        public DateTime? KeylessBy { get; private set; }

        /// <summary><c>keyless.reason</c>.</summary>
        public string? KeylessReason { get; private set; }

        /// <summary>What the provider exports say of the entry's key; null when no export was reconciled or the entry names no key.</summary>
        public ProviderFacts? AtProvider { get; internal set; }

        /// <summary>Where the code reads this credential (the reads that resolve to this entry), in project, file and line order.</summary>
        public List<UsageRead> Reads { get; } = new List<UsageRead>();

        internal static InventoryRow From(CredentialEntry entry, IReadOnlyList<ReportedFinding> findings, DateTime today)
        {
            string? id = ManifestText.SafeId(entry.Id?.Value);
            int? daysLeft = entry.Expires == null ? (int?)null : (int)Math.Round((entry.Expires.Value - today.Date).TotalDays);
            var exception = entry.Exception;
            bool open = exception != null && (exception.Expires == null || exception.Expires.Value >= today.Date);
            return new InventoryRow
            {
                Credential = id ?? "credentials[" + entry.Index + "]",
                Provider = Text(entry.Provider),
                Owner = Text(entry.Owner),
                Purpose = Text(entry.Purpose),
                Risk = ManifestEnums.Name(entry.Risk.Value),
                Environments = Texts(entry.Environments),
                Consumers = Texts(entry.Consumers),
                Status = ManifestEnums.Name(entry.Status.Value),
                Expires = entry.Expires?.Value,
                DaysLeft = daysLeft,
                Expired = !entry.IsRevoked && daysLeft < 0,
                LastRotated = entry.Rotation?.LastRotated?.Value,
                LastReviewed = entry.LastReviewed?.Value,
                OpenException = open ? new InventoryException(
                    Text(exception!.Reason), Text(exception.ApprovedBy), exception.Approved?.Value, exception.Expires?.Value, Text(exception.Ticket)) : null,
                Findings = findings,
                KeyType = Text(entry.KeyType),
                ApprovedApis = entry.Apis.Count == 0 ? null : Texts(entry.Apis),
                Keyless = entry.Keyless?.Status == null ? null : ManifestEnums.Name(entry.Keyless.Status.Value),
                KeylessBy = entry.Keyless?.By?.Value,
                KeylessReason = Text(entry.Keyless?.Reason),
            };
        }

        private static string? Text(ManifestValue<string>? value) => value == null ? null : ManifestText.Safe(value.Value.Trim());

        private static IReadOnlyList<string> Texts(IReadOnlyList<ManifestValue<string>> values)
        {
            var texts = new string[values.Count];
            for (int i = 0; i < values.Count; i++)
            {
                texts[i] = ManifestText.Safe(values[i].Value.Trim());
            }

            return texts;
        }
    }

    public sealed class InventoryException
    {
        public InventoryException(string? reason, string? approvedBy, DateTime? approved, DateTime? expires, string? ticket)
        {
            Reason = reason;
            ApprovedBy = approvedBy;
            Approved = approved;
            Expires = expires;
            Ticket = ticket;
        }

        public string? Reason { get; }

        public string? ApprovedBy { get; }

        public DateTime? Approved { get; }

        public DateTime? Expires { get; }

        public string? Ticket { get; }
    }
}
