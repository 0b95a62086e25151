using System;
using System.Collections.Generic;
using KeyGov.Core.Detection;
using KeyGov.Core.Json;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// KG3014: key material in keygov.json. Scans the raw text, not the values, so a key in a comment, an <c>x-</c>
    /// field, a property name or an unreadable manifest is found too; a <c>fingerprint</c> (hex) never matches a key
    /// format. A string written with escapes (<c>\u0070</c> for <c>p</c>) is also scanned as it decodes, and a key
    /// found only there is reported at the whole string. Keys whose fingerprint is under <c>allow</c> are not
    /// reported. Messages show the key only redacted.
    /// </summary>
    public static class ManifestKeyMaterial
    {
        public static IReadOnlyList<ManifestFinding> Find(string text, KeyManifest? manifest)
        {
            var keys = Locate(text);
            if (keys.Count == 0)
            {
                return Array.Empty<ManifestFinding>();
            }

            var allowed = new HashSet<string>(StringComparer.Ordinal);
            if (manifest != null)
            {
                foreach (var allow in manifest.Allow)
                {
                    if (allow.Fingerprint != null)
                    {
                        allowed.Add(allow.Fingerprint.Value);
                    }
                }
            }

            var findings = new List<ManifestFinding>(keys.Count);
            foreach (var (key, at) in keys)
            {
                if (allowed.Contains(key.Fingerprint))
                {
                    continue;
                }

                var entry = manifest == null ? null : EntryAt(manifest, at.Start);
                string where = entry == null ? string.Empty
                    : " in " + (ManifestText.SafeId(entry.Id?.Value) is string id ? "credential " + ManifestText.Quote(id) : "credentials[" + entry.Index + "]") +
                      " (" + EntryMessageNames.OwnerOf(entry) + ")";
                string message = "keygov.json holds " + Article(key.Kind.ProviderName) + " " + key.Kind.ProviderName + " " + key.Kind.KindName + " '" + key.Redacted + "'" + where +
                    "; the manifest is an inventory, never a store: delete the value, rotate the key at the provider, and record only where it lives (\"storage\") and, if you like, its \"fingerprint\"";
                findings.Add(ManifestFindingFactory.Create(RuleCatalog.KG3014, FindingSeverity.Error, message, at,
                    ManifestText.SafeId(entry?.Id?.Value), entry?.Index, null));
            }

            return findings;
        }

        /// <summary>
        /// Every key in a JSON text (or any text) and where it is: at the key in the raw text, or at the escaped string it
        /// decodes from (<c>\u0070</c> for <c>p</c>). Empty when the scanner fails, which its contract says it never does.
        /// The manifest's KG3014 and the provider exports' key check share it.
        /// </summary>
        internal static IReadOnlyList<(KeyFinding Key, SourceRange At)> Locate(string text)
        {
            var keys = new List<(KeyFinding Key, int Start, int Length)>();
            try
            {
                foreach (var key in KeyScanner.Scan(text))
                {
                    keys.Add((key, key.Start, key.Length));
                }

                JsonEscape.ForEachEscapedString(text, (start, length, value) =>
                {
                    if (value.Length < ManifestText.ShortestKey)
                    {
                        return; // an escaped owner or name: too short to hold a key, not worth a scan
                    }

                    foreach (var key in KeyScanner.Scan(value))
                    {
                        if (!Holds(keys, key.Fingerprint, start, length))
                        {
                            keys.Add((key, start, length));
                        }
                    }
                });
            }
            catch (Exception)
            {
                // The scanner's contract is never to throw; if it ever did, the checks must still run.
                return Array.Empty<(KeyFinding, SourceRange)>();
            }

            if (keys.Count == 0)
            {
                return Array.Empty<(KeyFinding, SourceRange)>();
            }

            var lines = new LineMap(text);
            var located = new List<(KeyFinding Key, SourceRange At)>(keys.Count);
            foreach (var (key, start, length) in keys)
            {
                located.Add((key, lines.RangeOf(start, length)));
            }

            return located;
        }

        /// <summary>True when the raw scan already found this key inside the string at <paramref name="start"/>.</summary>
        private static bool Holds(List<(KeyFinding Key, int Start, int Length)> keys, string fingerprint, int start, int length)
        {
            foreach (var (key, at, _) in keys)
            {
                if (at >= start && at < start + length && string.Equals(key.Fingerprint, fingerprint, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static CredentialEntry? EntryAt(KeyManifest manifest, int offset)
        {
            foreach (var entry in manifest.Credentials)
            {
                if (offset >= entry.Range.Start && offset < entry.Range.End)
                {
                    return entry;
                }
            }

            return null;
        }

        internal static string Article(string word) => word.Length > 0 && "AEIOUaeiou".IndexOf(word[0]) >= 0 ? "an" : "a";

        /// <summary>Offsets to 1-based line and column, counted as the JSON reader counts them (CRLF, LF or CR; a leading BOM is no column).</summary>
        private sealed class LineMap
        {
            private readonly List<int> _lineStarts = new List<int> { 0 };

            public LineMap(string text)
            {
                if (text.Length > 0 && text[0] == '\uFEFF')
                {
                    _lineStarts[0] = 1;
                }

                for (int i = 0; i < text.Length; i++)
                {
                    char c = text[i];
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    if (c == '\n' || c == '\r')
                    {
                        _lineStarts.Add(i + 1);
                    }
                }
            }

            public SourceRange RangeOf(int start, int length)
            {
                var (line, column) = Position(start);
                var (endLine, endColumn) = Position(start + length);
                return new SourceRange(start, length, line, column, endLine, endColumn);
            }

            private (int Line, int Column) Position(int offset)
            {
                int index = _lineStarts.BinarySearch(offset);
                if (index < 0)
                {
                    index = ~index - 1;
                }

                index = Math.Max(0, index);
                return (index + 1, offset - _lineStarts[index] + 1);
            }
        }
    }
}
