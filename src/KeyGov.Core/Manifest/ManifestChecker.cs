using System;
using System.Collections.Generic;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// The policy checks over a read manifest (KG3002 and up). Each check is one small named method; a new rule joins
    /// by adding its method to <see cref="CredentialChecks"/> (one entry at a time) or <see cref="ManifestChecks"/>
    /// (the whole manifest: duplicates, cross-entry rules). Fields the reader already rejected are skipped, so a
    /// problem is reported once. Revoked entries are tombstones: only the record checks (required fields, lifecycle
    /// details, duplicates) apply to them, never a date or policy check. Never throws.
    /// </summary>
    /// <remarks>KG3014 (key material) looks at the raw text, comments included, so it lives in <see cref="ManifestKeyMaterial"/>.</remarks>
    public static partial class ManifestChecker
    {
        private delegate void CredentialCheck(CredentialEntry entry, ManifestCheckContext context);

        private delegate void ManifestCheck(KeyManifest manifest, ManifestCheckContext context);

        /// <summary>Per-entry checks, in the order their findings appear for an entry.</summary>
        private static readonly CredentialCheck[] CredentialChecks =
        {
            RequiredFields,             // KG3002
            PurposeIsMeaningful,        // KG3011
            OwnerWithinPolicy,          // KG3010
            LifecycleComplete,          // KG3012
            Expired,                    // KG3005
            ExpiresSoon,                // KG3006
            LifetimeWithinTier,         // KG3007
            RotationOnSchedule,         // KG3008
            ReviewOnSchedule,           // KG3015
            SharedOnlyWithException,    // KG3009
            ExceptionValid,             // KG3009
            EnvironmentsIsolated,       // KG3013
        };

        /// <summary>Checks over the whole manifest, run after the per-entry ones.</summary>
        private static readonly ManifestCheck[] ManifestChecks =
        {
            AllowEntriesComplete,   // KG3002 (allow)
            UniqueIds,              // KG3004
            UniqueFingerprints,     // KG3004
            UniqueSourceClaims,     // KG3004
        };

        public static IReadOnlyList<ManifestFinding> Check(KeyManifest manifest, ManifestCheckOptions options)
        {
            var context = new ManifestCheckContext(manifest, options);
            foreach (var entry in manifest.Credentials)
            {
                foreach (var check in CredentialChecks)
                {
                    check(entry, context);
                }
            }

            foreach (var check in ManifestChecks)
            {
                check(manifest, context);
            }

            return context.Findings;
        }

        /// <summary>KG3002: id, provider, owner, purpose and expires must be present and not empty.</summary>
        private static void RequiredFields(CredentialEntry entry, ManifestCheckContext context)
        {
            Require(entry, context, "id", entry.Id, "a unique name such as \"openai-support-summaries\" (lowercase letters, digits, '.', '_', '-')");
            Require(entry, context, "provider", entry.Provider, "a provider id of the catalog such as \"openai\", or \"x-…\" for one it does not know");
            Require(entry, context, "owner", entry.Owner, "the team accountable for the key: @org/team, an email, or group:ns/name");
            Require(entry, context, "purpose", entry.Purpose, "one sentence on what the key is for and where it is used");
            if (entry.Expires == null && !entry.IsInvalid("expires"))
            {
                context.Report(RuleCatalog.KG3002, entry.Anchor,
                    $"{context.Subject(entry)} has no expiry; set \"expires\" to the yyyy-MM-dd date by which the key is renewed, rotated or retired",
                    entry, "expires");
            }
        }

        private static void Require(CredentialEntry entry, ManifestCheckContext context, string field, ManifestValue<string>? value, string what)
        {
            if (entry.IsInvalid(field) || !IsBlank(value))
            {
                return;
            }

            string problem = value == null ? " has no " + field + "; add \"" + field + "\": " : " has an empty " + field + "; set \"" + field + "\" to ";
            context.Report(RuleCatalog.KG3002, entry.Anchor, $"{context.Subject(entry)}{problem}{what}", entry, field);
        }

        /// <summary>KG3002 for <c>allow</c>: an entry without a fingerprint allows nothing, and one without a reason explains nothing.</summary>
        private static void AllowEntriesComplete(KeyManifest manifest, ManifestCheckContext context)
        {
            foreach (var allow in manifest.Allow)
            {
                if (allow.Fingerprint == null && !allow.IsInvalid("fingerprint"))
                {
                    context.Report(RuleCatalog.KG3002, allow.Anchor,
                        $"allow[{allow.Index}] has no fingerprint; add \"fingerprint\": \"sha256:\" + the 64 lowercase hex digits of the SHA-256 of the allowed value",
                        null, "allow[" + allow.Index + "].fingerprint");
                }

                if (IsBlank(allow.Reason) && !allow.IsInvalid("reason"))
                {
                    context.Report(RuleCatalog.KG3002, allow.Anchor,
                        $"allow[{allow.Index}] has no reason; add \"reason\": why the value is not a secret (a published documentation sample, …)",
                        null, "allow[" + allow.Index + "].reason");
                }
            }
        }

        /// <summary>No value, or only white space: a field left for a person to fill.</summary>
        internal static bool IsBlank(ManifestValue<string>? value) => value == null || value.Value.Trim().Length == 0;

        /// <summary>A present, well-formed (not rejected by the reader), non-blank string field.</summary>
        private static bool IsUsable(CredentialEntry entry, string field, ManifestValue<string>? value) => !IsBlank(value) && !entry.IsInvalid(field);

        /// <summary><c>1 day</c>, <c>30 days</c>.</summary>
        private static string Days(int days) => days == 1 || days == -1 ? days + " day" : days + " days";

        private static string Date(DateTime date) => ManifestFormats.FormatDate(date);

        private static int DaysBetween(DateTime from, DateTime to) => (int)Math.Round((to.Date - from.Date).TotalDays);
    }
}
