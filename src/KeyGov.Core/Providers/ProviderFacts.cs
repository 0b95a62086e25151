using System;
using System.Collections.Generic;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Providers
{
    /// <summary>
    /// What the provider exports say, as the inventory shows it: per entry the key it was tied to (or that none was
    /// found), and the keys no entry inventories (shadow keys, by redacted hint only). Every text is already safe
    /// (<see cref="ManifestText.Safe"/>): it comes from untrusted files.
    /// </summary>
    public sealed class ProviderEvidence
    {
        internal ProviderEvidence(IReadOnlyDictionary<int, ProviderFacts> byEntry, IReadOnlyList<ProviderFacts> shadowKeys, IReadOnlyList<string> exports)
        {
            ByEntry = byEntry;
            ShadowKeys = shadowKeys;
            Exports = exports;
        }

        /// <summary>By entry index: the entries that name a key (<c>providerKeyId</c> or <c>hint</c>) or were tied to one.</summary>
        public IReadOnlyDictionary<int, ProviderFacts> ByEntry { get; }

        /// <summary>Live keys within <c>providerScopes</c> that no entry inventories.</summary>
        public IReadOnlyList<ProviderFacts> ShadowKeys { get; }

        /// <summary>The export files read, as the caller named them.</summary>
        public IReadOnlyList<string> Exports { get; }

        public static ProviderEvidence None { get; } = new ProviderEvidence(new Dictionary<int, ProviderFacts>(), Array.Empty<ProviderFacts>(), Array.Empty<string>());
    }

    /// <summary>One key as the provider lists it, for the evidence; or, with <see cref="Listed"/> false, an entry's key that no export lists.</summary>
    public sealed class ProviderFacts
    {
        public bool Listed { get; init; }

        /// <summary><c>providerKeyId</c> or <c>hint</c>: how the entry was tied to the key; null for a shadow key or an unlisted one.</summary>
        public string? MatchedBy { get; init; }

        public string? Provider { get; init; }

        /// <summary><c>project-key</c>, <c>admin-key</c>, <c>api-key</c>.</summary>
        public string? Kind { get; init; }

        public string? KeyId { get; init; }

        /// <summary>The redacted hint, as KeyGov shows it (<c>sk-proj-…Q7xZ</c>).</summary>
        public string? Hint { get; init; }

        public string? Scope { get; init; }

        /// <summary><c>active</c> (usable), or the provider's status (<c>inactive</c>, <c>archived</c>, <c>expired</c>).</summary>
        public string? Status { get; init; }

        public DateTime? Created { get; init; }

        public DateTime? LastUsed { get; init; }

        /// <summary>True when the provider tracks use and says the key was never used.</summary>
        public bool NeverUsed { get; init; }

        public DateTime? ExpiresAt { get; init; }

        /// <summary>OpenAI's <c>owner_project_access</c>.</summary>
        public string? OwnerAccess { get; init; }

        /// <summary>The export file that lists it.</summary>
        public string? Export { get; init; }

        internal static ProviderFacts From(ProviderKey key, DateTime today, string? matchedBy) => new ProviderFacts
        {
            Listed = true,
            MatchedBy = matchedBy,
            Provider = key.Provider,
            Kind = key.Kind == ProviderKeyKind.OpenAIAdminKey ? "admin-key" : key.Kind == ProviderKeyKind.OpenAIProjectKey ? "project-key" : "api-key",
            KeyId = ManifestText.Safe(ManifestText.Unquoted(key.Id)),
            Hint = key.Hint is KeyHint hint ? ManifestText.Safe(hint.ToString()) : null,
            Scope = key.Scope == null ? null : ManifestText.Safe(ManifestText.Unquoted(key.Scope)),
            Status = key.IsUsable(today) ? "active" : key.Status != null ? ManifestText.Safe(ManifestText.Unquoted(key.Status)) : "expired",
            Created = key.CreatedAt,
            LastUsed = key.LastUsedAt,
            NeverUsed = key.TracksUse && key.LastUsedAt == null,
            ExpiresAt = key.ExpiresAt,
            OwnerAccess = key.OwnerAccess == null ? null : ManifestText.Safe(ManifestText.Unquoted(key.OwnerAccess)),
            Export = ManifestText.Safe(FileName(key.File)),
        };

        /// <summary>The file's name without its folder (no machine path in the evidence).</summary>
        internal static string FileName(string path) => path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
    }
}
