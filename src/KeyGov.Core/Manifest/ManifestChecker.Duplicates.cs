using System;
using System.Collections.Generic;
using KeyGov.Core.Rules;

// One claim: a kind of source (sources.env, sources.config), the source normalized, and a consumer key (null: no consumer listed).
// A tuple key compares all three ordinally without building a string per claim.
using SourceClaim = (string Field, string Source, string? Consumer);

namespace KeyGov.Core.Manifest
{
    /// <summary>KG3004: what must be unique across entries. One pass each, with a dictionary: linear in the manifest's size.</summary>
    public static partial class ManifestChecker
    {
        /// <summary>KG3004: two entries with one id (ordinal; a malformed id still counts). Reported at the later one.</summary>
        private static void UniqueIds(KeyManifest manifest, ManifestCheckContext context)
        {
            var first = new Dictionary<string, CredentialEntry>(manifest.Credentials.Count, StringComparer.Ordinal);
            foreach (var entry in manifest.Credentials)
            {
                string? id = entry.Id?.Value;
                if (string.IsNullOrWhiteSpace(id))
                {
                    continue;
                }

                if (first.TryGetValue(id!, out var earlier))
                {
                    context.Report(RuleCatalog.KG3004, entry.Id!.Range,
                        $"{context.SubjectWithOwner(entry)} has the same id as {context.Other(earlier)}; ids name a credential in reviews, diagnostics and audits, so give each entry its own",
                        entry, "id");
                }
                else
                {
                    first.Add(id!, entry);
                }
            }
        }

        /// <summary>KG3004: one fingerprint on two entries, whatever their status: one key registered twice (or a "rotation" that kept the key).</summary>
        private static void UniqueFingerprints(KeyManifest manifest, ManifestCheckContext context)
        {
            var first = new Dictionary<string, CredentialEntry>(manifest.Credentials.Count, StringComparer.Ordinal);
            foreach (var entry in manifest.Credentials)
            {
                var fingerprint = entry.Fingerprint;
                if (fingerprint == null)
                {
                    continue;
                }

                if (first.TryGetValue(fingerprint.Value, out var earlier))
                {
                    context.Report(RuleCatalog.KG3004, fingerprint.Range,
                        $"{context.SubjectWithOwner(entry)} has the fingerprint of {context.Other(earlier)}: one key is registered twice; merge the entries (list every consumer, with an exception if it is shared), or issue a new key for one of them",
                        entry, "fingerprint");
                }
                else
                {
                    first.Add(fingerprint.Value, entry);
                }
            }
        }

        /// <summary>
        /// KG3004: two non-revoked entries that claim one source (<c>sources.env</c>: case-sensitive;
        /// <c>sources.config</c>: case-insensitive, <c>__</c> = <c>:</c>) for one consumer (case-insensitive). Entries
        /// without consumers share one "no consumer listed" bucket, so two of those for one source also collide.
        /// Reported once per source of the later entry.
        /// </summary>
        private static void UniqueSourceClaims(KeyManifest manifest, ManifestCheckContext context)
        {
            var claims = new Dictionary<SourceClaim, CredentialEntry>();
            foreach (var entry in manifest.Credentials)
            {
                if (entry.IsRevoked)
                {
                    continue;
                }

                var consumers = DistinctConsumers(entry);
                var consumerKeys = ConsumerKeys(consumers);
                Claim(entry, entry.Sources.Env, "env var", "sources.env", static s => s.Trim(), consumers, consumerKeys, claims, context);
                Claim(entry, entry.Sources.Config, "configuration key", "sources.config", NormalizeConfigKey, consumers, consumerKeys, claims, context);
            }
        }

        private static void Claim(CredentialEntry entry, IReadOnlyList<ManifestValue<string>> sources, string kind, string field, Func<string, string> normalize,
            IReadOnlyList<ManifestValue<string>> consumers, string[] consumerKeys, Dictionary<SourceClaim, CredentialEntry> claims, ManifestCheckContext context)
        {
            // A repeat within the entry is no second claim; one source (the usual case) cannot repeat, so no set for it.
            var seen = sources.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
            for (int i = 0; i < sources.Count; i++)
            {
                var source = sources[i];
                string name = normalize(source.Value);
                if (seen != null && !seen.Add(name))
                {
                    continue;
                }

                CredentialEntry? rival = null;
                string? contested = null;
                if (consumerKeys.Length == 0)
                {
                    rival = ClaimOne(claims, (field, name, null), entry);
                }
                else
                {
                    for (int c = 0; c < consumerKeys.Length; c++)
                    {
                        var other = ClaimOne(claims, (field, name, consumerKeys[c]), entry);
                        if (other != null && rival == null)
                        {
                            rival = other;
                            contested = consumers[c].Value.Trim();
                        }
                    }
                }

                if (rival == null)
                {
                    continue;
                }

                // Contested values repeat across findings (that is what makes them contested): quoted once each.
                string forWhom = contested != null ? context.QuoteRepeated(contested, "for consumer ") : "with no consumer listed";
                context.Report(RuleCatalog.KG3004, source.Range,
                    $"{context.SubjectWithOwner(entry)} claims {kind} {context.QuoteRepeated(source.Value.Trim())} {forWhom}, as does {context.Other(rival)}; a read must resolve to one live entry: mark the replaced entry \"status\": \"revoked\", or give each consumer its own entry",
                    entry, field + "[" + i + "]");
            }
        }

        /// <summary>Registers the claim and returns the other entry that made it first, or null (also when the same entry repeats a source).</summary>
        private static CredentialEntry? ClaimOne(Dictionary<SourceClaim, CredentialEntry> claims, SourceClaim key, CredentialEntry entry)
        {
            if (claims.TryGetValue(key, out var earlier))
            {
                return ReferenceEquals(earlier, entry) ? null : earlier;
            }

            claims.Add(key, entry);
            return null;
        }

        /// <summary>How claims compare consumers (case-insensitive, as assembly names): one key per distinct consumer, in order.</summary>
        private static string[] ConsumerKeys(IReadOnlyList<ManifestValue<string>> consumers)
        {
            if (consumers.Count == 0)
            {
                return Array.Empty<string>();
            }

            var keys = new string[consumers.Count];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = consumers[i].Value.Trim().ToUpperInvariant();
            }

            return keys;
        }

        /// <summary>As Microsoft.Extensions.Configuration compares keys: case-insensitive, <c>__</c> (env var form) = <c>:</c>.</summary>
        internal static string NormalizeConfigKey(string key) => key.Trim().Replace("__", ":").ToUpperInvariant();

    }
}
