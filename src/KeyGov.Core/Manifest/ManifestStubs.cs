using System;
using System.Collections.Generic;

// STUB: the manifest helper replaces this file with the real reader, model and checker.
namespace KeyGov.Core.Manifest
{
    public sealed class KeyManifest
    {
    }

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

    public static class ManifestReader
    {
        public static ManifestReadResult Read(string text) => new ManifestReadResult(new KeyManifest(), Array.Empty<ManifestFinding>());
    }

    public static class ManifestChecker
    {
        public static IReadOnlyList<ManifestFinding> Check(KeyManifest manifest, ManifestCheckOptions options) => Array.Empty<ManifestFinding>();
    }
}
