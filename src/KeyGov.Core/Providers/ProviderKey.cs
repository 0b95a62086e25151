using System;
using KeyGov.Core.Json;

namespace KeyGov.Core.Providers
{
    /// <summary>Which listing a key comes from.</summary>
    public enum ProviderKeyKind
    {
        /// <summary>OpenAI <c>organization.project.api_key</c> (<c>GET /v1/organization/projects/{project_id}/api_keys</c>).</summary>
        OpenAIProjectKey,

        /// <summary>OpenAI <c>organization.admin_api_key</c> (<c>GET /v1/organization/admin_api_keys</c>).</summary>
        OpenAIAdminKey,

        /// <summary>Anthropic <c>api_key</c> (<c>GET /v1/organizations/api_keys</c>).</summary>
        AnthropicApiKey,
    }

    /// <summary>
    /// One key as a saved provider export lists it. Every text here comes from an untrusted file: messages and the
    /// inventory show them only through <see cref="Manifest.ManifestText"/>, and the hint only when it has the shape of one.
    /// </summary>
    public sealed class ProviderKey
    {
        /// <summary>The catalog's provider id: <c>openai</c> or <c>anthropic</c>.</summary>
        public string Provider { get; init; } = string.Empty;

        public ProviderKeyKind Kind { get; init; }

        /// <summary>The provider's key id (<c>key_…</c>, <c>apikey_…</c>).</summary>
        public string Id { get; init; } = string.Empty;

        /// <summary>The redacted value as shown; null when the export has none, or one that is not shaped like a hint.</summary>
        public KeyHint? Hint { get; init; }

        /// <summary>The OpenAI project or organization (the export's <c>Scope</c>), or the Anthropic workspace; null when unknown.</summary>
        public string? Scope { get; init; }

        /// <summary>Anthropic's <c>status</c> (active, inactive, archived, expired); null for OpenAI, which lists only enabled keys.</summary>
        public string? Status { get; init; }

        public DateTime? CreatedAt { get; init; }

        /// <summary>The day of the last use; null when never used or not told (see <see cref="TracksUse"/>).</summary>
        public DateTime? LastUsedAt { get; init; }

        /// <summary>True when the export says when the key was last used (<c>last_used_at</c>, even null): OpenAI does, Anthropic does not.</summary>
        public bool TracksUse { get; init; }

        public DateTime? ExpiresAt { get; init; }

        /// <summary>OpenAI's <c>owner_project_access</c>: active or inactive; null when not told.</summary>
        public string? OwnerAccess { get; init; }

        /// <summary><c>user</c> or <c>service_account</c>, when told.</summary>
        public string? OwnerType { get; init; }

        public bool IsAdmin => Kind == ProviderKeyKind.OpenAIAdminKey;

        /// <summary>The export file, as the caller named it.</summary>
        public string File { get; init; } = string.Empty;

        /// <summary>The key's object in the export.</summary>
        public SourceRange Range { get; init; }

        /// <summary><c>data[3]</c>, <c>[1].data[3]</c>: where the key sits, for messages and SARIF fingerprints.</summary>
        public string Path { get; init; } = string.Empty;

        /// <summary>
        /// Whether the key still works on <paramref name="today"/>: OpenAI lists enabled keys only, so a listed key is
        /// usable until its <c>expires_at</c>; an Anthropic key is usable while its status is <c>active</c>.
        /// </summary>
        public bool IsUsable(DateTime today)
        {
            if (ExpiresAt is DateTime expires && expires.Date < today.Date)
            {
                return false;
            }

            return Kind != ProviderKeyKind.AnthropicApiKey || string.Equals(Status, "active", StringComparison.Ordinal);
        }

        /// <summary><c>OpenAI project key</c>, <c>OpenAI admin key</c>, <c>Anthropic API key</c>.</summary>
        public string Describe() =>
            Kind == ProviderKeyKind.OpenAIAdminKey ? "OpenAI admin key" : Kind == ProviderKeyKind.OpenAIProjectKey ? "OpenAI project key" : "Anthropic API key";
    }
}
