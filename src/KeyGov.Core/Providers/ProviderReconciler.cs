using System;
using System.Collections.Generic;
using System.Text;
using KeyGov.Core.Json;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Providers
{
    /// <summary>A reconciliation finding and its file: null for keygov.json (at an entry), else the export that lists the key.</summary>
    public sealed class ProviderFinding
    {
        internal ProviderFinding(ManifestFinding finding, string? exportFile)
        {
            Finding = finding;
            ExportFile = exportFile;
        }

        public ManifestFinding Finding { get; }

        /// <summary>The export file the finding is in; null when it is at an entry of keygov.json.</summary>
        public string? ExportFile { get; }
    }

    /// <summary>What <see cref="ProviderReconciler.Reconcile"/> found: the findings, and the evidence for the inventory.</summary>
    public sealed class ProviderReconciliation
    {
        internal ProviderReconciliation(IReadOnlyList<ProviderFinding> findings, ProviderEvidence evidence)
        {
            Findings = findings;
            Evidence = evidence;
        }

        public IReadOnlyList<ProviderFinding> Findings { get; }

        public ProviderEvidence Evidence { get; }
    }

    /// <summary>
    /// Reconciles keygov.json with the keys the providers list (KG3019–KG3024; docs/provider-exports.md). An entry is
    /// tied to a listed key by its <c>providerKeyId</c>; an entry without one, by its <c>hint</c> only when exactly one
    /// listed key of its provider has a matching redacted hint and no other entry's hint matches that key: anything
    /// else is ambiguous, reported, and never guessed. Shadow keys are judged only inside the manifest's
    /// <c>providerScopes</c>. Never throws.
    /// </summary>
    public static class ProviderReconciler
    {
        /// <summary>KG3021: a key the provider says was never used is idle once this many days have passed since its creation.</summary>
        public const int NeverUsedGraceDays = 30;

        /// <summary>At most this many KG3019 or KG3023 findings per export file; one more finding counts the rest.</summary>
        public const int MaxShadowFindingsPerExport = 50;

        public static ProviderReconciliation Reconcile(KeyManifest manifest, IReadOnlyList<ProviderExport> exports, ManifestCheckOptions options)
        {
            var run = new Run(manifest, exports, options);
            try
            {
                run.Execute();
            }
            catch (Exception ex)
            {
                // Unreachable by design; a build must still get a clear error, never a stack trace.
                run.Add(RuleCatalog.KG3001, FindingSeverity.Error, "KeyGov could not reconcile the provider exports (internal error " + ex.GetType().Name + "); please report it",
                    manifest.Range.Opening, null, null, null);
            }

            return run.Result();
        }

        private sealed class Run
        {
            private readonly KeyManifest _manifest;
            private readonly IReadOnlyList<ProviderExport> _exports;
            private readonly ManifestCheckOptions _options;
            private readonly List<ProviderFinding> _findings = new List<ProviderFinding>();
            private readonly Dictionary<int, ProviderFacts> _byEntry = new Dictionary<int, ProviderFacts>();
            private readonly List<ProviderFacts> _shadow = new List<ProviderFacts>();

            // Every listed key once (pages may overlap, and one key may be saved twice), in file order.
            private readonly List<ProviderKey> _keys = new List<ProviderKey>();
            private readonly Dictionary<ProviderKey, CredentialEntry> _claimed = new Dictionary<ProviderKey, CredentialEntry>();
            private readonly Dictionary<int, ProviderKey> _keyOf = new Dictionary<int, ProviderKey>();
            private readonly HashSet<ProviderKey> _ambiguous = new HashSet<ProviderKey>();

            public Run(KeyManifest manifest, IReadOnlyList<ProviderExport> exports, ManifestCheckOptions options)
            {
                _manifest = manifest;
                _exports = exports;
                _options = options;
            }

            private DateTime Today => _options.EvaluationDate;

            public ProviderReconciliation Result()
            {
                var files = new List<string>();
                foreach (var export in _exports)
                {
                    files.Add(ManifestText.Safe(ProviderFacts.FileName(export.File)));
                }

                return new ProviderReconciliation(_findings, new ProviderEvidence(_byEntry, _shadow, files));
            }

            public void Execute()
            {
                Merge();
                CheckCompleteness();
                MatchById();
                MatchByHint();
                foreach (var entry in _manifest.Credentials)
                {
                    if (_keyOf.TryGetValue(entry.Index, out var key))
                    {
                        CheckMatched(entry, key);
                    }

                    Monitoring(entry);
                }

                Shadows();
            }

            private void Merge()
            {
                var seen = new HashSet<(string Provider, string Id)>();
                foreach (var export in _exports)
                {
                    foreach (var key in export.Keys)
                    {
                        if (seen.Add((key.Provider, key.Id)))
                        {
                            _keys.Add(key);
                        }
                    }
                }
            }

            /// <summary>
            /// KG3001 on the last page that says <c>has_more: true</c> when no page of the same listing says false: the
            /// pages after it were not saved, so their keys would look absent (never a shadow key found, a revocation not seen).
            /// </summary>
            private void CheckCompleteness()
            {
                var last = new Dictionary<(ProviderKeyKind Kind, string? Scope), (ExportPage Page, string File)>();
                var complete = new HashSet<(ProviderKeyKind Kind, string? Scope)>();
                foreach (var export in _exports)
                {
                    foreach (var page in export.Pages)
                    {
                        if (page.Kind is ProviderKeyKind kind)
                        {
                            var group = (kind, kind == ProviderKeyKind.AnthropicApiKey ? null : export.Scope);
                            if (page.HasMore == false)
                            {
                                complete.Add(group);
                            }
                            else if (page.HasMore == true)
                            {
                                last[group] = (page, export.File);
                            }
                        }
                    }
                }

                foreach (var pair in last)
                {
                    if (!complete.Contains(pair.Key))
                    {
                        Add(RuleCatalog.KG3001, FindingSeverity.Error,
                            "The export's last page says \"has_more\": true and no page of this listing says false: later pages were not saved, so their keys look absent. Save every page (pass ?after= the page's last_id; docs/provider-exports.md)",
                            pair.Value.Page.Range, null, null, pair.Value.File);
                    }
                }
            }

            private void MatchById()
            {
                foreach (var entry in _manifest.Credentials)
                {
                    if (entry.ProviderKeyId == null)
                    {
                        continue;
                    }

                    string id = entry.ProviderKeyId.Value.Trim();
                    ProviderKey? match = null;
                    foreach (var key in _keys)
                    {
                        if (string.Equals(key.Id, id, StringComparison.Ordinal) && SameProvider(entry, key) && !_claimed.ContainsKey(key))
                        {
                            match = key;
                            break;
                        }
                    }

                    Tie(entry, match, "providerKeyId");
                }
            }

            private void MatchByHint()
            {
                var candidates = new Dictionary<CredentialEntry, List<ProviderKey>>();
                var claims = new Dictionary<ProviderKey, int>();
                foreach (var entry in _manifest.Credentials)
                {
                    if (entry.ProviderKeyId != null || entry.Hint == null || !KeyHint.TryParse(entry.Hint.Value, out var hint))
                    {
                        continue;
                    }

                    var list = new List<ProviderKey>();
                    foreach (var key in _keys)
                    {
                        if (!_claimed.ContainsKey(key) && key.Hint is KeyHint listed && SameProvider(entry, key) && hint.Matches(listed))
                        {
                            list.Add(key);
                            claims[key] = claims.TryGetValue(key, out int n) ? n + 1 : 1;
                        }
                    }

                    candidates[entry] = list;
                }

                foreach (var pair in candidates)
                {
                    var entry = pair.Key;
                    var list = pair.Value;
                    if (list.Count == 1 && claims[list[0]] == 1)
                    {
                        Tie(entry, list[0], "hint");
                        continue;
                    }

                    if (list.Count == 0)
                    {
                        Tie(entry, null, "hint");
                        continue;
                    }

                    foreach (var key in list)
                    {
                        _ambiguous.Add(key);
                    }

                    string problem = list.Count > 1
                        ? "matches " + list.Count + " keys the provider lists (" + KeyIds(list) + ")"
                        : "matches key " + ManifestText.Quote(list[0].Id) + ", whose hint another entry's hint matches too";
                    Report(RuleCatalog.KG3019, entry.Hint!.Range, entry,
                        entry.Names.Subject + ": its hint " + ManifestText.Quote(entry.Hint.Value) + " " + problem +
                        "; KeyGov does not guess which key the entry inventories. Add \"providerKeyId\" (the key's id in the export)", "hint");
                    _byEntry[entry.Index] = new ProviderFacts { Listed = false, MatchedBy = "ambiguous hint", Provider = Safe(entry.Provider?.Value) };
                }
            }

            private void Tie(CredentialEntry entry, ProviderKey? key, string matchedBy)
            {
                if (key == null)
                {
                    _byEntry[entry.Index] = new ProviderFacts { Listed = false, Provider = Safe(entry.Provider?.Value) };
                    return;
                }

                _claimed[key] = entry;
                _keyOf[entry.Index] = key;
                _byEntry[entry.Index] = ProviderFacts.From(key, Today, matchedBy);
            }

            private void CheckMatched(CredentialEntry entry, ProviderKey key)
            {
                bool usable = key.IsUsable(Today);
                string described = Describe(key);
                if (entry.IsRevoked)
                {
                    if (usable)
                    {
                        var at = entry.Status.HasPosition ? entry.Status.Range : entry.Anchor;
                        Report(RuleCatalog.KG3020, at, entry,
                            entry.Names.SubjectWithOwner + " is revoked in keygov.json, but the provider still lists " + described + " as usable" +
                            " (" + ProviderFacts.FileName(key.File) + "): the revocation never happened. Revoke the key at the provider, then save the export again", "status");
                    }

                    return; // a tombstone: no other check
                }

                if (entry.Expires is ManifestValue<DateTime> expires && expires.Value < Today && usable)
                {
                    Add(RuleCatalog.KG3020, Severities.TimeSeverity(_options.TimeChecks),
                        entry.Names.SubjectWithOwner + " expired on " + ManifestFormats.FormatDate(expires.Value) + ", but the provider still lists " + described +
                        " as usable: revoke the key at the provider (and mark the entry revoked), or rotate it and renew \"expires\"",
                        expires.Range, entry, "expires", null);
                }

                if (usable)
                {
                    Idle(entry, key, described);
                }

                if (string.Equals(key.OwnerAccess, "inactive", StringComparison.Ordinal))
                {
                    Report(RuleCatalog.KG3022, entry.Anchor, entry,
                        entry.Names.SubjectWithOwner + ": the provider says the owner of " + described + " no longer has access to the project (owner_project_access: inactive)." +
                        " The key outlives the role that created it: move the workload to a service-account key and revoke this one", "providerKeyId");
                }

                bool admin = key.IsAdmin || string.Equals(entry.KeyType?.Value?.Trim(), "admin", StringComparison.OrdinalIgnoreCase);
                if (admin && entry.Expires == null)
                {
                    Report(RuleCatalog.KG3023, entry.Anchor, entry,
                        entry.Names.SubjectWithOwner + " inventories " + described + ", an admin key, without an expiry: an admin key can create and revoke every other key." +
                        " Set \"expires\" (at most your critical tier's lifetime) and an expiry at the provider", "expires");
                }
            }

            /// <summary>KG3021: last used longer ago than the tier allows, or never used since the grace period after creation.</summary>
            private void Idle(CredentialEntry entry, ProviderKey key, string described)
            {
                if (!key.TracksUse)
                {
                    return;
                }

                var tier = _manifest.Policy.TierFor(entry.Risk.Value);
                int maxIdle = tier.MaxIdleDays.Value;
                string risk = ManifestEnums.Name(entry.Risk.Value);
                if (key.LastUsedAt is DateTime lastUsed)
                {
                    int idle = (int)Math.Round((Today - lastUsed.Date).TotalDays);
                    if (idle > maxIdle)
                    {
                        Add(RuleCatalog.KG3021, Severities.TimeSeverity(_options.TimeChecks),
                            entry.Names.SubjectWithOwner + ": the provider says " + described + " was last used on " + ManifestFormats.FormatDate(lastUsed) + ", " + idle +
                            " days ago, longer than the " + maxIdle + " days a " + risk + " key may stay idle (policy.tiers." + risk + ".maxIdleDays). Revoke it, or record why it must stay",
                            entry.Anchor, entry, "providerKeyId", null);
                    }

                    return;
                }

                if (key.CreatedAt is DateTime created && (Today - created.Date).TotalDays > NeverUsedGraceDays)
                {
                    Add(RuleCatalog.KG3021, Severities.TimeSeverity(_options.TimeChecks),
                        entry.Names.SubjectWithOwner + ": the provider says " + described + " has never been used since it was created on " + ManifestFormats.FormatDate(created) +
                        ", more than " + NeverUsedGraceDays + " days ago: a key nobody uses is only a risk. Revoke it",
                        entry.Anchor, entry, "providerKeyId", null);
                }
            }

            /// <summary>KG3024: a live high or critical credential says where alerts go and which limit the provider enforces.</summary>
            private void Monitoring(CredentialEntry entry)
            {
                var risk = entry.Risk.Value;
                if (entry.IsRevoked || (risk != RiskLevel.High && risk != RiskLevel.Critical) || entry.IsInvalid("monitoring"))
                {
                    return;
                }

                string name = ManifestEnums.Name(risk);
                var monitoring = entry.Monitoring;
                if (monitoring == null)
                {
                    Report(RuleCatalog.KG3024, entry.Anchor, entry,
                        entry.Names.SubjectWithOwner + " is a " + name + "-risk credential without \"monitoring\": add { \"alerts\": where alerts on anomalous use go, \"limit\": the spend or rate limit set at the provider }",
                        "monitoring");
                    return;
                }

                string? missing = ManifestChecker.IsBlank(monitoring.Alerts) && ManifestChecker.IsBlank(monitoring.Limit) ? "\"alerts\" and \"limit\""
                    : ManifestChecker.IsBlank(monitoring.Alerts) ? "\"alerts\" (where alerts on anomalous use go)"
                    : ManifestChecker.IsBlank(monitoring.Limit) ? "\"limit\" (the spend or rate limit set at the provider)" : null;
                if (missing != null)
                {
                    Report(RuleCatalog.KG3024, monitoring.Range.Opening, entry,
                        entry.Names.SubjectWithOwner + " is a " + name + "-risk credential whose \"monitoring\" lacks " + missing, "monitoring");
                }
            }

            /// <summary>KG3019 and KG3023 for live keys within <c>providerScopes</c> that no entry inventories, at the key in its export.</summary>
            private void Shadows()
            {
                var scopes = new HashSet<(string Provider, string Scope)>();
                foreach (var scope in _manifest.ProviderScopes)
                {
                    scopes.Add((scope.Provider!.Value.Trim(), scope.Scope!.Value.Trim()));
                }

                var counts = new Dictionary<(string File, string Rule), int>();
                foreach (var key in _keys)
                {
                    if (_claimed.ContainsKey(key) || _ambiguous.Contains(key) || !key.IsUsable(Today) || key.Scope == null || !scopes.Contains((key.Provider, key.Scope)))
                    {
                        continue;
                    }

                    var facts = ProviderFacts.From(key, Today, null);
                    _shadow.Add(facts);
                    var rule = key.IsAdmin ? RuleCatalog.KG3023 : RuleCatalog.KG3019;
                    counts.TryGetValue((key.File, rule.Id), out int count);
                    counts[(key.File, rule.Id)] = count + 1;
                    if (count >= MaxShadowFindingsPerExport)
                    {
                        continue;
                    }

                    string message = key.IsAdmin
                        ? "The provider lists " + Describe(key) + " in " + ScopeName(key) + ", which keygov.json inventories in full (providerScopes), and no entry inventories it: an ungoverned admin key can create and revoke every other key. Revoke it, or add an entry with \"keyType\": \"admin\", \"providerKeyId\" and an expiry"
                        : "The provider lists " + Describe(key) + " in " + ScopeName(key) + ", which keygov.json inventories in full (providerScopes), and no entry inventories it (a shadow key). Revoke it, or add an entry with its \"providerKeyId\"";
                    Add(rule, Severities.SeverityOf(rule, _options.TimeChecks), message, key.Range.Opening, null, "providerKey:" + ManifestText.Safe(key.Id), key.File);
                }

                foreach (var pair in counts)
                {
                    if (pair.Value > MaxShadowFindingsPerExport)
                    {
                        var rule = RuleCatalog.Find(pair.Key.Rule)!;
                        Add(rule, Severities.SeverityOf(rule, _options.TimeChecks),
                            "… and " + (pair.Value - MaxShadowFindingsPerExport) + " more keys of this export that no entry inventories (the first " + MaxShadowFindingsPerExport +
                            " are reported one by one; the inventory lists them all)", new SourceRange(0, 0, 1, 1, 1, 1), null, null, pair.Key.File);
                    }
                }
            }

            private static bool SameProvider(CredentialEntry entry, ProviderKey key)
            {
                string? provider = entry.Provider?.Value?.Trim();
                return string.IsNullOrEmpty(provider) || string.Equals(provider, key.Provider, StringComparison.Ordinal);
            }

            /// <summary><c>the OpenAI project key 'key_abc' (sk-proj-…Q7xZ)</c>: id and hint from the export, both through ManifestText.</summary>
            private static string Describe(ProviderKey key) =>
                "the " + key.Describe() + " " + ManifestText.Quote(key.Id) + (key.Hint is KeyHint hint ? " (" + ManifestText.Unquoted(hint.ToString()) + ")" : string.Empty);

            private static string ScopeName(ProviderKey key) =>
                (key.Kind == ProviderKeyKind.AnthropicApiKey ? "workspace " : key.IsAdmin ? "organization " : "project ") + ManifestText.Quote(key.Scope!);

            private static string KeyIds(List<ProviderKey> keys)
            {
                var text = new StringBuilder();
                for (int i = 0; i < keys.Count && i < 3; i++)
                {
                    text.Append(i > 0 ? ", " : string.Empty).Append(ManifestText.Quote(keys[i].Id));
                }

                return keys.Count > 3 ? text.Append(", …").ToString() : text.ToString();
            }

            private static string? Safe(string? text) => text == null ? null : ManifestText.Safe(ManifestText.Unquoted(text));

            private void Report(RuleInfo rule, SourceRange at, CredentialEntry entry, string message, string field) =>
                Add(rule, Severities.SeverityOf(rule, _options.TimeChecks), message, at, entry, field, null);

            public void Add(RuleInfo rule, FindingSeverity? severity, string message, SourceRange at, CredentialEntry? entry, string? field, string? file)
            {
                if (severity != null)
                {
                    _findings.Add(new ProviderFinding(
                        ManifestFindingFactory.Create(rule, severity.Value, message, at, entry?.SafeId, entry?.Index, field), file));
                }
            }
        }
    }
}
