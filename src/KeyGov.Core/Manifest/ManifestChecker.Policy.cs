using System;
using System.Collections.Generic;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>The policy checks on a live credential: its purpose, its owner, its sharing and its environments.</summary>
    public static partial class ManifestChecker
    {
        /// <summary>Shortest purpose that can say what a key does and where (docs/architecture.md, KG3011).</summary>
        public const int MinPurposeLength = 20;

        // Words that stand for "not written yet". Compared whole (trimmed, lowercase) or as the first word ("TODO: …").
        private static readonly string[] PlaceholderWords =
        {
            "todo", "tbd", "tbc", "tba", "fixme", "xxx", "test", "testing", "temp", "tmp", "placeholder", "n/a", "na", "none",
            "unknown", "purpose", "description", "lorem", "foo", "bar", "changeme", "change me", "?", "-", "...", "…",
        };

        // Words that mark a whole text as unfinished when they start it ("TODO: add the purpose"); "test" does not ("test runs of …").
        private static readonly string[] LeadingMarkers = { "todo", "tbd", "tbc", "fixme", "xxx", "placeholder" };

        // Names of production environments; everything else (staging, test, dev, qa, …) is non-production (KG3013).
        private static readonly string[] ProductionNames = { "production", "prod", "prd", "live" };

        /// <summary>KG3011: a purpose that is a placeholder (TODO, tbd, test, …) or shorter than 20 characters. An empty one is KG3002.</summary>
        private static void PurposeIsMeaningful(CredentialEntry entry, ManifestCheckContext context)
        {
            if (entry.IsRevoked || !IsUsable(entry, "purpose", entry.Purpose))
            {
                return;
            }

            string purpose = entry.Purpose!.Value.Trim();
            string problem;
            if (IsPlaceholder(purpose))
            {
                problem = " has a placeholder purpose " + ManifestText.Quote(purpose);
            }
            else if (purpose.Length < MinPurposeLength)
            {
                problem = " has a purpose of only " + purpose.Length + " characters (" + ManifestText.Quote(purpose) + ")";
            }
            else
            {
                return;
            }

            context.Report(RuleCatalog.KG3011, entry.Purpose.Range,
                $"{context.SubjectWithOwner(entry)}{problem}; write one sentence of at least {MinPurposeLength} characters on what the key does and where, so a reviewer can tell when it is no longer needed",
                entry, "purpose");
        }

        /// <summary>KG3010: <c>policy.owners</c> lists patterns and the owner matches none (<c>*</c> = any run of characters, case-insensitive).</summary>
        private static void OwnerWithinPolicy(CredentialEntry entry, ManifestCheckContext context)
        {
            var patterns = context.Policy.Owners;
            if (entry.IsRevoked || patterns.Count == 0 || !IsUsable(entry, "owner", entry.Owner))
            {
                return;
            }

            for (int i = 0; i < patterns.Count; i++)
            {
                if (OwnerMatches(entry.Owner!.Value.Trim(), patterns[i].Value.Trim()))
                {
                    return;
                }
            }

            context.Report(RuleCatalog.KG3010, entry.Owner!.Range,
                $"{context.SubjectWithOwner(entry)} has an owner outside policy.owners ({ManifestText.List(patterns, 5)}); assign a team that matches, or extend policy.owners in a reviewed change",
                entry, "owner");
        }

        /// <summary>KG3009: more than one consumer and no exception at all (an exception that is there is judged by <see cref="ExceptionValid"/>).</summary>
        private static void SharedOnlyWithException(CredentialEntry entry, ManifestCheckContext context)
        {
            if (entry.IsRevoked || entry.Exception != null || entry.IsInvalid("exception"))
            {
                return;
            }

            var consumers = DistinctConsumers(entry);
            if (consumers.Count < 2)
            {
                return;
            }

            context.Report(RuleCatalog.KG3009, consumers[1].Range,
                $"{context.SubjectWithOwner(entry)} is shared by {consumers.Count} consumers ({ManifestText.List(consumers, 5)}) without an exception; give each consumer its own key and entry, or record an approved, time-boxed \"exception\" (reason, approvedBy, approved, expires)",
                entry, "consumers");
        }

        /// <summary>
        /// KG3009: an exception needs a reason, an approver, an approval date and an end date; it may not have ended
        /// (a date-driven case: <c>KeyGovTimeChecks</c>), nor run longer than <c>policy.maxExceptionDays</c>.
        /// </summary>
        private static void ExceptionValid(CredentialEntry entry, ManifestCheckContext context)
        {
            var exception = entry.Exception;
            if (entry.IsRevoked || exception == null)
            {
                return;
            }

            var at = exception.Range.Opening;
            string subject = context.SubjectWithOwner(entry) + " has an exception";
            if (IsBlank(exception.Reason) && !entry.IsInvalid("exception.reason"))
            {
                context.Report(RuleCatalog.KG3009, at, $"{subject} without a reason; set exception.reason to why the policy is departed from, and until when", entry, "exception.reason");
            }

            if (IsBlank(exception.ApprovedBy) && !entry.IsInvalid("exception.approvedBy"))
            {
                context.Report(RuleCatalog.KG3009, at, $"{subject} without an approver; set exception.approvedBy to who approved it (@org/team, an email, or group:ns/name)", entry, "exception.approvedBy");
            }

            if (exception.Approved == null && !entry.IsInvalid("exception.approved"))
            {
                context.Report(RuleCatalog.KG3009, at, $"{subject} without an approval date; set exception.approved (yyyy-MM-dd)", entry, "exception.approved");
            }

            int max = context.Policy.MaxExceptionDays.Value;
            if (exception.Expires == null)
            {
                if (!entry.IsInvalid("exception.expires"))
                {
                    context.Report(RuleCatalog.KG3009, at,
                        $"{subject} without an end date; set exception.expires, at most {Days(max)} after its approval (policy.maxExceptionDays)",
                        entry, "exception.expires");
                }

                return;
            }

            string ticket = IsBlank(exception.Ticket) ? string.Empty : ", ticket " + ManifestText.Quote(exception.Ticket!.Value.Trim());
            if (exception.Expires.Value < context.Today)
            {
                context.ReportDateDriven(RuleCatalog.KG3009, exception.Expires.Range,
                    $"{subject} that ended on {exception.Expires.Value}{ticket}; finish the work it allowed (own keys per consumer, one key per environment), or have it re-approved with a new end date",
                    entry, "exception.expires");
            }

            if (exception.Approved != null)
            {
                int length = DaysBetween(exception.Approved.Value, exception.Expires.Value);
                if (length > max)
                {
                    context.Report(RuleCatalog.KG3009, exception.Expires.Range,
                        $"{subject} that runs {Days(length)}, from {exception.Approved.Value} to {exception.Expires.Value}, longer than policy.maxExceptionDays ({max}); end it by {exception.Approved.Value.AddDays(max)} at the latest and renew it then if it is still needed",
                        entry, "exception.expires");
                }
            }
        }

        /// <summary>KG3013: the environments list production and non-production ones, and there is no exception.</summary>
        private static void EnvironmentsIsolated(CredentialEntry entry, ManifestCheckContext context)
        {
            if (entry.IsRevoked || entry.Exception != null || entry.IsInvalid("exception") || entry.Environments.Count < 2)
            {
                return;
            }

            ManifestValue<string>? production = null;
            var others = new List<ManifestValue<string>>();
            foreach (var environment in entry.Environments)
            {
                if (IsProduction(environment.Value))
                {
                    production ??= environment;
                }
                else
                {
                    others.Add(environment);
                }
            }

            if (production == null || others.Count == 0)
            {
                return;
            }

            context.Report(RuleCatalog.KG3013, others[0].Range,
                $"{context.SubjectWithOwner(entry)} is used in production ({ManifestText.Quote(production.Value)}) and in non-production ({ManifestText.List(others, 5)}) without an exception; issue one key per environment, or record an approved, time-boxed \"exception\"",
                entry, "environments");
        }

        /// <summary>The consumers without repeats (assembly names compare case-insensitively), in file order.</summary>
        internal static IReadOnlyList<ManifestValue<string>> DistinctConsumers(CredentialEntry entry)
        {
            if (entry.Consumers.Count < 2)
            {
                return entry.Consumers; // nothing to repeat: no set, no copy
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var distinct = new List<ManifestValue<string>>(entry.Consumers.Count);
            foreach (var consumer in entry.Consumers)
            {
                if (seen.Add(consumer.Value.Trim()))
                {
                    distinct.Add(consumer);
                }
            }

            return distinct;
        }

        /// <summary>production, prod, prd, live, and names that start with one of them and a separator (prod-eu, production.us).</summary>
        internal static bool IsProduction(string environment)
        {
            string name = environment.Trim();
            foreach (var production in ProductionNames)
            {
                if (name.StartsWith(production, StringComparison.OrdinalIgnoreCase) &&
                    (name.Length == production.Length || IsSeparator(name[production.Length])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A placeholder: one of <see cref="PlaceholderWords"/> as the whole text, a text that starts with a
        /// <see cref="LeadingMarkers"/> word ("TODO: describe"), or one character repeated ("xxxxx", "-----").
        /// </summary>
        internal static bool IsPlaceholder(string purpose)
        {
            // Compared in lower case one char at a time, so that no lowered copy of every purpose is made: lowering a
            // char gives what lowering the text gives there (a surrogate pair aside, which can neither match a word,
            // all of them BMP, nor repeat one char).
            string text = purpose.Trim();
            foreach (var word in PlaceholderWords)
            {
                if (text.Length == word.Length && StartsWithLowered(text, word))
                {
                    return true;
                }
            }

            foreach (var marker in LeadingMarkers)
            {
                if (text.Length > marker.Length && StartsWithLowered(text, marker) && !char.IsLetterOrDigit(char.ToLowerInvariant(text[marker.Length])))
                {
                    return true;
                }
            }

            char first = text.Length > 0 ? char.ToLowerInvariant(text[0]) : '\0';
            for (int i = 1; i < text.Length; i++)
            {
                if (char.ToLowerInvariant(text[i]) != first)
                {
                    return false;
                }
            }

            return text.Length > 0;
        }

        /// <summary>The text starts with <paramref name="lowercase"/> once lowered.</summary>
        private static bool StartsWithLowered(string text, string lowercase)
        {
            for (int i = 0; i < lowercase.Length; i++)
            {
                if (i >= text.Length || char.ToLowerInvariant(text[i]) != lowercase[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Glob match, case-insensitive: <c>*</c> matches any run of characters (<c>@contoso/*</c>, <c>*@contoso.com</c>).</summary>
        internal static bool OwnerMatches(string owner, string pattern)
        {
            int o = 0, p = 0, starP = -1, starO = 0;
            while (o < owner.Length)
            {
                if (p < pattern.Length && pattern[p] == '*')
                {
                    starP = p++;
                    starO = o;
                }
                else if (p < pattern.Length && char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(owner[o]))
                {
                    p++;
                    o++;
                }
                else if (starP >= 0)
                {
                    p = starP + 1;
                    o = ++starO;
                }
                else
                {
                    return false;
                }
            }

            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
            }

            return p == pattern.Length;
        }

        private static bool IsSeparator(char c) => c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == ' ';
    }
}
