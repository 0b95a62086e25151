using System.Collections.Generic;

namespace KeyGov.Core.Manifest
{
    public sealed class ManifestReadResult
    {
        public ManifestReadResult(KeyManifest? manifest, IReadOnlyList<ManifestFinding> findings)
        {
            Manifest = manifest;
            Findings = findings;
        }

        /// <summary>The manifest, or null when it is unreadable (then <see cref="Findings"/> holds a KG3001).</summary>
        public KeyManifest? Manifest { get; }

        /// <summary>KG3001/KG3003 findings met while reading.</summary>
        public IReadOnlyList<ManifestFinding> Findings { get; }
    }
}
