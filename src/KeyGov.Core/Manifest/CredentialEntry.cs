using System;
using System.Collections.Generic;
using KeyGov.Core.Json;

namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// One entry of <c>credentials</c>: who owns a key, why it exists, where it is read, and when it ends.
    /// A field the file omits is null (or empty, or its default). A field the reader rejected (KG3001 wrong type,
    /// KG3003 invalid value) is listed in <see cref="InvalidFields"/>, so later checks do not report it again as
    /// missing; its value is null (or the default), except for strings with a bad format (<c>id</c>, <c>provider</c>,
    /// <c>owner</c>, <c>exception.approvedBy</c>), which are kept as written so that messages and duplicate checks can
    /// still name them.
    /// </summary>
    public sealed class CredentialEntry
    {
        private static readonly IReadOnlyCollection<string> NoInvalidFields = Array.Empty<string>();

        // The defaults, shared: they are immutable, and a manifest of a thousand entries need not hold a thousand copies.
        internal static readonly ManifestValue<RiskLevel> DefaultRisk = ManifestValue.Default(RiskLevel.High);
        internal static readonly ManifestValue<CredentialStatus> DefaultStatus = ManifestValue.Default(CredentialStatus.Active);
        internal static readonly DeclaredSources NoSources = new DeclaredSources();

        // "The id is not safe to show", as a value distinct from "not worked out yet" (null), so that the cache is one
        // reference, written at once: entries may be read from several threads.
        private static readonly object NoSafeId = new object();

        private object? _safeId;
        private EntryMessageNames? _names;

        /// <summary>0-based position in <c>credentials</c>.</summary>
        public int Index { get; init; }

        /// <summary>The entry's object, braces included.</summary>
        public SourceRange Range { get; init; }

        /// <summary>Where findings about the entry as a whole point: its <c>id</c> value, or its opening brace when it has no id.</summary>
        public SourceRange Anchor { get; init; }

        /// <summary><c>id</c>: [a-z0-9][a-z0-9._-]*, unique. Kept even when malformed (KG3003), so duplicates still show.</summary>
        public ManifestValue<string>? Id { get; init; }

        /// <summary><c>provider</c>: a catalog provider id (<c>openai</c>) or <c>x-…</c>.</summary>
        public ManifestValue<string>? Provider { get; init; }

        /// <summary><c>owner</c>: <c>@org/team</c>, an email, or <c>group:ns/name</c>.</summary>
        public ManifestValue<string>? Owner { get; init; }

        public ManifestValue<string>? Purpose { get; init; }

        /// <summary><c>risk</c>; <see cref="RiskLevel.High"/> (without a position) when omitted or invalid.</summary>
        public ManifestValue<RiskLevel> Risk { get; init; } = DefaultRisk;

        public IReadOnlyList<ManifestValue<string>> Environments { get; init; } = Array.Empty<ManifestValue<string>>();

        /// <summary>Assembly names allowed to use the credential.</summary>
        public IReadOnlyList<ManifestValue<string>> Consumers { get; init; } = Array.Empty<ManifestValue<string>>();

        /// <summary>
        /// <c>externalConsumers</c>: consumers KeyGov never builds (a script, a job, another repository), free text. They are
        /// never judged by KG3017 or KG3018: an entry that names one is never called unread.
        /// </summary>
        public IReadOnlyList<ManifestValue<string>> ExternalConsumers { get; init; } = Array.Empty<ManifestValue<string>>();

        /// <summary>Never null; empty lists when the entry has no <c>sources</c>.</summary>
        public DeclaredSources Sources { get; init; } = NoSources;

        /// <summary><c>keyType</c>: a free string (project, service-account, personal, …).</summary>
        public ManifestValue<string>? KeyType { get; init; }

        /// <summary><c>status</c>; <see cref="CredentialStatus.Active"/> (without a position) when omitted or invalid.</summary>
        public ManifestValue<CredentialStatus> Status { get; init; } = DefaultStatus;

        public ManifestValue<DateTime>? Created { get; init; }

        /// <summary>The governance expiry: renew, rotate or retire by then.</summary>
        public ManifestValue<DateTime>? Expires { get; init; }

        public RotationSchedule? Rotation { get; init; }

        public ManifestValue<DateTime>? LastReviewed { get; init; }

        /// <summary><c>storage</c>: where the key lives (a vault reference), free text.</summary>
        public ManifestValue<string>? Storage { get; init; }

        /// <summary><c>fingerprint</c>: <c>sha256:</c> + 64 lowercase hex digits, when well-formed.</summary>
        public ManifestValue<string>? Fingerprint { get; init; }

        public ExceptionApproval? Exception { get; init; }

        public Revocation? Revoked { get; init; }

        /// <summary><c>sunset</c>: the date a deprecated credential goes away.</summary>
        public ManifestValue<DateTime>? Sunset { get; init; }

        /// <summary><c>providerKeyId</c>: the provider's id of this key (<c>key_…</c>, <c>apikey_…</c>), which ties the entry to a provider export.</summary>
        public ManifestValue<string>? ProviderKeyId { get; init; }

        /// <summary><c>hint</c>: the redacted form the provider shows (<c>sk-proj-…Q7xZ</c>); ties the entry to an export key when it is the only match.</summary>
        public ManifestValue<string>? Hint { get; init; }

        /// <summary><c>monitoring</c>: where alerts on anomalous use go, and the spend or rate limit set at the provider (KG3024).</summary>
        public MonitoringSettings? Monitoring { get; init; }

        /// <summary><c>apis</c>: the API surfaces the credential is approved for (<see cref="Usage.ApiSurface.Vocabulary"/>); empty when the entry does not say (KG2007 silent).</summary>
        public IReadOnlyList<ManifestValue<string>> Apis { get; init; } = Array.Empty<ManifestValue<string>>();

        /// <summary><c>keyless</c>: why the credential stays a static key (KG2006 silent), or by when it moves to keyless auth.</summary>
        public KeylessPlan? Keyless { get; init; }

        /// <summary>True when <c>keyType</c> says this is an administrative key (KG2008).</summary>
        public bool IsAdminKey => string.Equals(KeyType?.Value?.Trim(), "admin", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// <see cref="ManifestText.SafeId"/> of <see cref="Id"/>, worked out once: every finding about the entry carries
        /// it, and deciding whether an id may be shown scans it for keys. The reader sets it, having needed it already.
        /// </summary>
        internal string? SafeId
        {
            get => (_safeId ??= (object?)ManifestText.SafeId(Id?.Value) ?? NoSafeId) as string;
            init => _safeId = (object?)value ?? NoSafeId;
        }

        /// <summary>How messages name the entry, kept with it: see <see cref="EntryMessageNames"/>.</summary>
        internal EntryMessageNames Names => _names ??= new EntryMessageNames(this);

        /// <summary>Fields the reader rejected, as paths within the entry (<c>owner</c>, <c>rotation.everyDays</c>).</summary>
        public IReadOnlyCollection<string> InvalidFields { get; init; } = NoInvalidFields;

        public bool IsRevoked => Status.Value == CredentialStatus.Revoked;

        /// <summary>True when the reader rejected this field (a path within the entry: <c>expires</c>, <c>revoked.on</c>).</summary>
        public bool IsInvalid(string field)
        {
            foreach (var invalid in InvalidFields)
            {
                if (string.Equals(invalid, field, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The entry as messages name it (<see cref="ManifestText.EntryName"/>): never a key-shaped id.</summary>
        public override string ToString() => Names.Quoted;
    }

    /// <summary><c>sources</c>: the environment variables and configuration keys the entry declares the credential is read from (the
    /// names as keygov.json lists them; one name that code reads is a <see cref="Usage.CredentialSource"/>).</summary>
    public sealed class DeclaredSources
    {
        /// <summary><c>sources.env</c>: environment variable names (case-sensitive).</summary>
        public IReadOnlyList<ManifestValue<string>> Env { get; init; } = Array.Empty<ManifestValue<string>>();

        /// <summary><c>sources.config</c>: configuration keys, <c>:</c>-separated, case-insensitive.</summary>
        public IReadOnlyList<ManifestValue<string>> Config { get; init; } = Array.Empty<ManifestValue<string>>();

        /// <summary>The <c>sources</c> object; <see cref="SourceRange.None"/> when the entry has none.</summary>
        public SourceRange Range { get; init; }
    }

    /// <summary><c>rotation</c>: the rotation period and the last rotation.</summary>
    public sealed class RotationSchedule
    {
        public ManifestValue<int>? EveryDays { get; init; }

        public ManifestValue<DateTime>? LastRotated { get; init; }

        public SourceRange Range { get; init; }
    }

    /// <summary><c>exception</c>: an approved, time-boxed departure from policy (a shared key, mixed environments).</summary>
    public sealed class ExceptionApproval
    {
        public ManifestValue<string>? Reason { get; init; }

        /// <summary><c>approvedBy</c>: an owner (<c>@org/team</c>, email, <c>group:ns/name</c>).</summary>
        public ManifestValue<string>? ApprovedBy { get; init; }

        public ManifestValue<DateTime>? Approved { get; init; }

        public ManifestValue<DateTime>? Expires { get; init; }

        public ManifestValue<string>? Ticket { get; init; }

        public SourceRange Range { get; init; }
    }

    /// <summary><c>revoked</c>: when and why a revoked credential was revoked.</summary>
    public sealed class Revocation
    {
        public ManifestValue<DateTime>? On { get; init; }

        public ManifestValue<string>? Reason { get; init; }

        public SourceRange Range { get; init; }
    }

    /// <summary><c>monitoring</c>: where alerts on anomalous use go and which limit the provider enforces.</summary>
    public sealed class MonitoringSettings
    {
        /// <summary><c>alerts</c>: a channel, a URL or a team that receives alerts on anomalous use.</summary>
        public ManifestValue<string>? Alerts { get; init; }

        /// <summary><c>limit</c>: the spend or rate limit set at the provider (<c>USD 200 / month</c>).</summary>
        public ManifestValue<string>? Limit { get; init; }

        public SourceRange Range { get; init; }
    }

    /// <summary><c>keyless</c>: the entry's answer to "why not Entra ID, IAM roles or Application Default Credentials?" (KG2006).</summary>
    public sealed class KeylessPlan
    {
        /// <summary><c>status</c>; null when missing or invalid (reported by the reader).</summary>
        public ManifestValue<KeylessStatus>? Status { get; init; }

        /// <summary><c>by</c>: for a planned move, the date keyless auth replaces the key.</summary>
        public ManifestValue<DateTime>? By { get; init; }

        public ManifestValue<string>? Reason { get; init; }

        public SourceRange Range { get; init; }
    }

    /// <summary><c>keyless.status</c>.</summary>
    public enum KeylessStatus
    {
        /// <summary><c>not-possible</c>: the workload cannot use keyless auth (the reason says why).</summary>
        NotPossible,

        /// <summary><c>planned</c>: keyless auth replaces the key by <see cref="KeylessPlan.By"/>.</summary>
        Planned,
    }
}
