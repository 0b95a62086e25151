using System;
using System.Collections.Generic;
using KeyGov.Core.Json;

namespace KeyGov.Core.Manifest
{
    /// <summary>keygov.json as read (docs/manifest.md): the policy, the credential inventory, and the allow list.</summary>
    public sealed class KeyManifest
    {
        /// <summary>The only version this KeyGov reads.</summary>
        public const int SupportedVersion = 1;

        /// <summary>Always <see cref="SupportedVersion"/>: a manifest of another version is not read at all.</summary>
        public int Version { get; init; } = SupportedVersion;

        /// <summary><c>$schema</c>, when given (editors use it; KeyGov does not).</summary>
        public ManifestValue<string>? Schema { get; init; }

        /// <summary>Never null: a manifest without a <c>policy</c> block gets every default.</summary>
        public ManifestPolicy Policy { get; init; } = new ManifestPolicy();

        /// <summary>Readable entries in file order (an entry that is not an object at all is left out, with a KG3001).</summary>
        public IReadOnlyList<CredentialEntry> Credentials { get; init; } = Array.Empty<CredentialEntry>();

        /// <summary>Known non-secrets that look like keys: findings with these fingerprints are not reported.</summary>
        public IReadOnlyList<AllowEntry> Allow { get; init; } = Array.Empty<AllowEntry>();

        /// <summary><c>providerScopes</c>: the provider scopes this manifest inventories in full (KG3019, KG3023).</summary>
        public IReadOnlyList<ProviderScope> ProviderScopes { get; init; } = Array.Empty<ProviderScope>();

        /// <summary>The root object.</summary>
        public SourceRange Range { get; init; }
    }

    /// <summary>One entry of <c>providerScopes</c>: an OpenAI project or organization id, or an Anthropic workspace id.</summary>
    public sealed class ProviderScope
    {
        public int Index { get; init; }

        public ManifestValue<string>? Provider { get; init; }

        public ManifestValue<string>? Scope { get; init; }

        public SourceRange Range { get; init; }
    }
}
