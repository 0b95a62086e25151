namespace KeyGov.Core.Detection
{
    /// <summary>A key found in a text: what it is, where it is, and how it may be shown. Never holds the key itself. A scanner hit,
    /// not a diagnostic: analyzers and the manifest checker turn it into their own findings (e.g. <see cref="Manifest.ManifestFinding"/>).</summary>
    public readonly struct KeyFinding
    {
        public KeyFinding(KeyKind kind, int start, int length, string redacted, string fingerprint)
        {
            Kind = kind;
            Start = start;
            Length = length;
            Redacted = redacted;
            Fingerprint = fingerprint;
        }

        public KeyKind Kind { get; }

        /// <summary>Offset of the key in the scanned text.</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>The key as it may be shown: fixed prefix, an ellipsis, the last 4 characters (<c>sk-proj-…Q7xZ</c>).</summary>
        public string Redacted { get; }

        /// <summary><c>sha256:</c> + lowercase hex of the key's UTF-8 bytes (docs/architecture.md).</summary>
        public string Fingerprint { get; }
    }
}
