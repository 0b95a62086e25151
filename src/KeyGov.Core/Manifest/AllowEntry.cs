using System;
using System.Collections.Generic;
using KeyGov.Core.Json;

namespace KeyGov.Core.Manifest
{
    /// <summary>One entry of <c>allow</c>: a known non-secret that looks like a key (a documentation sample).</summary>
    public sealed class AllowEntry
    {
        /// <summary>0-based position in <c>allow</c>.</summary>
        public int Index { get; init; }

        public SourceRange Range { get; init; }

        /// <summary>Where findings about the entry point: its <c>fingerprint</c> value, or its opening brace.</summary>
        public SourceRange Anchor { get; init; }

        /// <summary><c>sha256:</c> + 64 lowercase hex digits, when well-formed.</summary>
        public ManifestValue<string>? Fingerprint { get; init; }

        public ManifestValue<string>? Reason { get; init; }

        public ManifestValue<string>? Owner { get; init; }

        /// <summary>Fields the reader rejected (see <see cref="CredentialEntry.InvalidFields"/>).</summary>
        public IReadOnlyCollection<string> InvalidFields { get; init; } = Array.Empty<string>();

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
    }
}
