using System;
using System.Collections.Generic;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Usage
{
    /// <summary>What the manifest says about one credential read by one consumer.</summary>
    public enum CredentialUseStatus
    {
        /// <summary>A live entry lists the source for this consumer: nothing to report.</summary>
        Registered,

        /// <summary>KG2001: no entry lists the source.</summary>
        Unregistered,

        /// <summary>KG2003: entries list the source, none of them for this consumer.</summary>
        NotAConsumer,

        /// <summary>KG2002: every entry for the source and this consumer is revoked.</summary>
        Revoked,

        /// <summary>KG2002 (time): the live entry's <c>expires</c> has passed.</summary>
        Expired,

        /// <summary>KG2005: the live entry is deprecated.</summary>
        Deprecated,

        /// <summary>KG2005: the live entry is suspended.</summary>
        Suspended,
    }

    /// <summary>The entry a read resolves to, and what that means.</summary>
    public sealed class CredentialResolution
    {
        internal CredentialResolution(CredentialUseStatus status, CredentialEntry? entry)
        {
            Status = status;
            Entry = entry;
        }

        public CredentialUseStatus Status { get; }

        /// <summary>The entry the read resolves to (for KG2003: the first entry that lists the source); null when unregistered.</summary>
        public CredentialEntry? Entry { get; }
    }

    /// <summary>
    /// docs/manifest.md, "a read resolves to the non-revoked entry for this consumer": among the entries whose
    /// <c>sources</c> list what the code reads, keep those for this consumer (an entry without <c>consumers</c> serves
    /// every consumer), prefer a live (non-revoked) one that has not expired, and report on the entry found.
    /// </summary>
    public static class CredentialResolver
    {
        /// <param name="evaluationDate">The day expiry is judged on; <see cref="DateTime.MinValue"/> (unknown) checks no expiry.</param>
        /// <param name="checkExpiry">False when <c>KeyGovTimeChecks=off</c>.</param>
        public static CredentialResolution Resolve(KeyManifest manifest, CredentialSource source, string consumer, DateTime evaluationDate, bool checkExpiry)
        {
            CredentialEntry? listing = null;
            List<CredentialEntry>? forConsumer = null;
            foreach (var entry in manifest.Credentials)
            {
                if (!source.IsListedIn(entry.Sources))
                {
                    continue;
                }

                listing ??= entry;
                if (Serves(entry, consumer))
                {
                    (forConsumer ??= new List<CredentialEntry>()).Add(entry);
                }
            }

            if (listing == null)
            {
                return new CredentialResolution(CredentialUseStatus.Unregistered, null);
            }

            if (forConsumer == null)
            {
                return new CredentialResolution(CredentialUseStatus.NotAConsumer, listing);
            }

            bool judgeExpiry = checkExpiry && evaluationDate != DateTime.MinValue;
            CredentialEntry? live = null;
            CredentialEntry? expired = null;
            CredentialEntry? revoked = null;
            foreach (var entry in forConsumer)
            {
                if (entry.IsRevoked)
                {
                    revoked = LaterRevocation(revoked, entry);
                }
                else if (judgeExpiry && entry.Expires != null && entry.Expires.Value < evaluationDate)
                {
                    expired ??= entry;
                }
                else if (live == null || Rank(entry) < Rank(live))
                {
                    live = entry;
                }
            }

            if (live != null)
            {
                var status = live.Status.Value == CredentialStatus.Deprecated ? CredentialUseStatus.Deprecated
                    : live.Status.Value == CredentialStatus.Suspended ? CredentialUseStatus.Suspended
                    : CredentialUseStatus.Registered;
                return new CredentialResolution(status, live);
            }

            return expired != null
                ? new CredentialResolution(CredentialUseStatus.Expired, expired)
                : new CredentialResolution(CredentialUseStatus.Revoked, revoked);
        }

        /// <summary>True when <paramref name="entry"/> lists <paramref name="consumer"/> (assembly names ignore case), or lists no consumer at all.</summary>
        public static bool Serves(CredentialEntry entry, string consumer)
        {
            if (entry.Consumers.Count == 0)
            {
                return true;
            }

            foreach (var name in entry.Consumers)
            {
                if (string.Equals(name.Value, consumer, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        // Active and rotating entries before deprecated and suspended ones, should the manifest hold both (KG3004).
        private static int Rank(CredentialEntry entry) =>
            entry.Status.Value == CredentialStatus.Active || entry.Status.Value == CredentialStatus.Rotating ? 0 : 1;

        private static CredentialEntry LaterRevocation(CredentialEntry? current, CredentialEntry candidate)
        {
            if (current == null)
            {
                return candidate;
            }

            var a = current.Revoked?.On?.Value ?? DateTime.MinValue;
            var b = candidate.Revoked?.On?.Value ?? DateTime.MinValue;
            return b > a ? candidate : current;
        }
    }
}
