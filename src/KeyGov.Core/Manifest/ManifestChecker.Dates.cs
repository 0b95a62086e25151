using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>The date checks. Each compares with the evaluation date (<c>KeyGovEvaluationDate</c>), never the clock; revoked entries are skipped.</summary>
    public static partial class ManifestChecker
    {
        /// <summary>KG3005 (time): a credential that is not revoked and whose expiry is before the evaluation date (the expiry day itself is still valid).</summary>
        private static void Expired(CredentialEntry entry, ManifestCheckContext context)
        {
            if (entry.IsRevoked || entry.Expires == null || entry.Expires.Value >= context.Today)
            {
                return;
            }

            context.Report(RuleCatalog.KG3005, entry.Expires.Range,
                $"{context.SubjectWithOwner(entry)} expired on {entry.Expires.Value}; rotate it, renew its expiry, or mark it revoked",
                entry, "expires");
        }

        /// <summary>KG3006: not expired yet, but the expiry is at most <c>policy.expiryWarningDays</c> days after the evaluation date.</summary>
        private static void ExpiresSoon(CredentialEntry entry, ManifestCheckContext context)
        {
            if (entry.IsRevoked || entry.Expires == null)
            {
                return;
            }

            int left = DaysBetween(context.Today, entry.Expires.Value);
            int window = context.Policy.ExpiryWarningDays.Value;
            if (left < 0 || left > window)
            {
                return;
            }

            string when = left == 0 ? "today (" + Date(entry.Expires.Value) + ")" : "in " + Days(left) + ", on " + Date(entry.Expires.Value);
            context.Report(RuleCatalog.KG3006, entry.Expires.Range,
                $"{context.SubjectWithOwner(entry)} expires {when} (policy.expiryWarningDays is {window}); rotate or renew it before then, and move \"expires\" forward",
                entry, "expires");
        }

        /// <summary>
        /// KG3007: <c>expires − start &gt; policy.tiers.&lt;risk&gt;.maxKeyAgeDays</c>, start = <c>rotation.lastRotated</c>,
        /// else <c>created</c>, else the evaluation date (docs/manifest.md).
        /// </summary>
        private static void LifetimeWithinTier(CredentialEntry entry, ManifestCheckContext context)
        {
            if (entry.IsRevoked || entry.Expires == null)
            {
                return;
            }

            var start = entry.Rotation?.LastRotated?.Value ?? entry.Created?.Value ?? context.Today;
            int lifetime = DaysBetween(start, entry.Expires.Value);
            int max = context.Policy.TierFor(entry.Risk.Value).MaxKeyAgeDays.Value;
            if (lifetime <= max)
            {
                return;
            }

            // The texts only now: most entries pass, and formatting dates for each of them was the check's main cost.
            string since = entry.Rotation?.LastRotated != null ? "its last rotation on " + Date(start)
                : entry.Created != null ? "its creation on " + Date(start)
                : "the evaluation date " + Date(start) + " (it has neither rotation.lastRotated nor created)";
            string tierName = ManifestEnums.Name(entry.Risk.Value);
            context.Report(RuleCatalog.KG3007, entry.Expires.Range,
                $"{context.SubjectWithOwner(entry)} is set to live {Days(lifetime)}, from {since} to {entry.Expires.Value}, longer than the {Days(max)} its risk tier '{tierName}' allows (policy.tiers.{tierName}.maxKeyAgeDays); set \"expires\" to {start.AddDays(max)} or earlier, or rotate the key and record rotation.lastRotated",
                entry, "expires");
        }

        /// <summary>KG3008 (time): <c>rotation.lastRotated + rotation.everyDays</c> is before the evaluation date. Needs both fields.</summary>
        private static void RotationOnSchedule(CredentialEntry entry, ManifestCheckContext context)
        {
            var rotation = entry.Rotation;
            if (entry.IsRevoked || rotation?.EveryDays == null || rotation.LastRotated == null)
            {
                return;
            }

            var due = rotation.LastRotated.Value.AddDays(rotation.EveryDays.Value);
            if (due >= context.Today)
            {
                return;
            }

            context.Report(RuleCatalog.KG3008, rotation.LastRotated.Range,
                $"{context.SubjectWithOwner(entry)} was due for rotation on {due} (every {Days(rotation.EveryDays.Value)}, last rotated {rotation.LastRotated.Value}); rotate the key and set rotation.lastRotated to the day you did",
                entry, "rotation.lastRotated");
        }

        /// <summary>
        /// KG3015 (time): <c>(lastReviewed ?? created) + policy.tiers.&lt;risk&gt;.reviewEveryDays</c> is before the evaluation
        /// date; not reported when both dates are missing.
        /// </summary>
        private static void ReviewOnSchedule(CredentialEntry entry, ManifestCheckContext context)
        {
            var reviewed = entry.LastReviewed ?? entry.Created;
            if (entry.IsRevoked || reviewed == null)
            {
                return;
            }

            string tierName = ManifestEnums.Name(entry.Risk.Value);
            int every = context.Policy.TierFor(entry.Risk.Value).ReviewEveryDays.Value;
            var due = reviewed.Value.AddDays(every);
            if (due >= context.Today)
            {
                return;
            }

            string last = entry.LastReviewed != null ? "last reviewed " + Date(reviewed.Value) : "created " + Date(reviewed.Value) + " and never reviewed";
            context.Report(RuleCatalog.KG3015, reviewed.Range,
                $"{context.SubjectWithOwner(entry)} was due for review on {due} (every {Days(every)} for risk '{tierName}', {last}); check its owner, purpose, consumers, environments and dates with the owner, then set \"lastReviewed\"",
                entry, entry.LastReviewed != null ? "lastReviewed" : "created");
        }

        /// <summary>KG3012: a revoked entry needs <c>revoked.on</c> and <c>revoked.reason</c>; a deprecated one needs <c>sunset</c>; revocation details need the revoked status.</summary>
        private static void LifecycleComplete(CredentialEntry entry, ManifestCheckContext context)
        {
            var status = entry.Status;
            if (entry.IsRevoked)
            {
                var revoked = entry.Revoked;
                if (revoked == null)
                {
                    if (!entry.IsInvalid("revoked"))
                    {
                        context.Report(RuleCatalog.KG3012, status.Range,
                            $"{context.SubjectWithOwner(entry)} is revoked but does not say when or why; add \"revoked\": {{ \"on\": \"yyyy-MM-dd\", \"reason\": \"…\" }}",
                            entry, "revoked");
                    }

                    return;
                }

                if (revoked.On == null && !entry.IsInvalid("revoked.on"))
                {
                    context.Report(RuleCatalog.KG3012, revoked.Range.Opening,
                        $"{context.SubjectWithOwner(entry)} is revoked but does not say when; set revoked.on to the yyyy-MM-dd date the key stopped working",
                        entry, "revoked.on");
                }

                if (IsBlank(revoked.Reason) && !entry.IsInvalid("revoked.reason"))
                {
                    context.Report(RuleCatalog.KG3012, revoked.Range.Opening,
                        $"{context.SubjectWithOwner(entry)} is revoked but does not say why; set revoked.reason (rotation, leak, project-sunset, owner-left, …)",
                        entry, "revoked.reason");
                }

                return;
            }

            if (entry.Revoked != null)
            {
                context.Report(RuleCatalog.KG3012, entry.Revoked.Range.Opening,
                    $"{context.SubjectWithOwner(entry)} has revocation details but its status is '{ManifestEnums.Name(status.Value)}'; set \"status\": \"revoked\", or remove the \"revoked\" block if the key still works",
                    entry, "status");
            }

            if (status.Value == CredentialStatus.Deprecated && entry.Sunset == null && !entry.IsInvalid("sunset"))
            {
                context.Report(RuleCatalog.KG3012, status.Range,
                    $"{context.SubjectWithOwner(entry)} is deprecated but has no sunset date; set \"sunset\" to the yyyy-MM-dd date by which it is revoked",
                    entry, "sunset");
            }
        }
    }
}
