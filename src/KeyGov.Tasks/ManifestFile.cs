using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;

namespace KeyGov.Tasks
{
    /// <summary>
    /// Reads keygov.json from disk as the task needs it: its exact bytes (for the SHA-256 the evidence cites) and its
    /// text. UTF-8 with or without BOM, or UTF-16 with a BOM; anything else that is not valid UTF-8 is a KG3001 at the
    /// first bad byte, never silently replaced characters (such text is still scanned for keys, KG3014). Only a regular
    /// file is opened, and never more than <see cref="MaxBytes"/> read. Never throws for a file that cannot be read: it says why.
    /// </summary>
    internal sealed class ManifestFile
    {
        /// <summary>
        /// The largest manifest read: 16 MiB. The largest real manifest is far below 10 MB (10,000 credentials are about
        /// 7 MB); the bound keeps a wrong <c>KeyGovManifest</c> (a log, an image, <c>/dev/zero</c>) to a quick KG3001 in
        /// bounded memory. Counted while reading, not taken from the file's length (0 for devices).
        /// </summary>
        public const long MaxBytes = 16L * 1024 * 1024;

        private ManifestFile(string? text, string? sha256, IReadOnlyList<ManifestFinding> problems)
        {
            Text = text;
            Sha256 = sha256;
            Problems = problems;
        }

        /// <summary>The text, or null when <see cref="Problems"/> says why there is none.</summary>
        public string? Text { get; }

        /// <summary>Lowercase hex SHA-256 of the bytes, as <c>sha256sum</c> prints it; null when the file could not be read.</summary>
        public string? Sha256 { get; }

        /// <summary>
        /// Empty when <see cref="Text"/> is there; else a KG3001 on the manifest (too large, not a regular file,
        /// unreadable from disk, or not valid text), followed by the KG3014s of text that is not valid UTF-8.
        /// </summary>
        public IReadOnlyList<ManifestFinding> Problems { get; }

        public static ManifestFile Read(string path)
        {
            byte[]? bytes = InputFile.ReadPrefix(path, MaxBytes, out bool tooLarge, out string? problem);
            if (bytes == null)
            {
                return Failed("Cannot read the key manifest: " + problem, 0, 0);
            }

            if (tooLarge)
            {
                return Failed("The manifest is larger than " + (MaxBytes / (1024 * 1024)) + " MB, the most KeyGov reads. Check that KeyGovManifest names the key manifest", 0, 0);
            }

            string sha256 = Hex(bytes);
            try
            {
                return new ManifestFile(Decode(bytes, strict: true), sha256, Array.Empty<ManifestFinding>());
            }
            catch (DecoderFallbackException ex)
            {
                var (line, column) = PositionOf(bytes, ex.Index);
                var notText = Problem("The manifest is not valid UTF-8 (byte 0x" + (ex.BytesUnknown?.Length > 0 ? ex.BytesUnknown[0].ToString("X2", System.Globalization.CultureInfo.InvariantCulture) : "??") +
                    "); save keygov.json as UTF-8", line, column);

                // Unreadable is no hiding place for a key (docs/rules/KG3014.md): scan what the bytes say, bad ones replaced.
                var problems = new List<ManifestFinding> { notText };
                problems.AddRange(ManifestKeyMaterial.Find(Decode(bytes, strict: false), null));
                return new ManifestFile(null, sha256, problems);
            }
        }

        internal static string Decode(byte[] bytes, bool strict)
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: strict).GetString(bytes, 2, bytes.Length - 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: strict).GetString(bytes, 2, bytes.Length - 2);
            }

            // A UTF-8 BOM stays in the text as U+FEFF: the JSON reader skips it and does not count it as a column.
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: strict).GetString(bytes);
        }

        /// <summary>Line and column (UTF-16 units, as editors count) of a byte offset in UTF-8 text.</summary>
        internal static (int Line, int Column) PositionOf(byte[] bytes, int index)
        {
            index = Math.Max(0, Math.Min(index, bytes.Length));
            int line = 1, lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            if (line == 1 && bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                lineStart = Math.Min(3, index);
            }

            int column = Encoding.UTF8.GetCharCount(bytes, lineStart, index - lineStart) + 1;
            return (line, column);
        }

        private static ManifestFile Failed(string message, int line, int column) => new ManifestFile(null, null, new[] { Problem(message, line, column) });

        private static ManifestFinding Problem(string message, int line, int column) =>
            new ManifestFinding(RuleCatalog.KG3001, FindingSeverity.Error, message, line, column, line, column, null);

        /// <summary>Lowercase hex SHA-256 of <paramref name="bytes"/>.</summary>
        internal static string Hex(byte[] bytes)
        {
            byte[] hash;
            using (var sha = SHA256.Create())
            {
                hash = sha.ComputeHash(bytes);
            }

            var hex = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }
    }
}
