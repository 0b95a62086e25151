using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;

namespace KeyGov.Tasks
{
    /// <summary>
    /// Reads keygov.json from disk as the task needs it: its exact bytes (for the SHA-256 the evidence cites) and its
    /// text. UTF-8 with or without BOM, or UTF-16 with a BOM; anything else that is not valid UTF-8 is a KG3001 at the
    /// first bad byte, never silently replaced characters. Never throws for a file that cannot be read: it says why.
    /// </summary>
    internal sealed class ManifestFile
    {
        /// <summary>The largest manifest read; a real one is a few hundred kilobytes (10,000 credentials are about 7 MB).</summary>
        public const long MaxBytes = 64L * 1024 * 1024;

        private ManifestFile(string? text, string? sha256, ManifestFinding? problem)
        {
            Text = text;
            Sha256 = sha256;
            Problem = problem;
        }

        /// <summary>The text, or null when <see cref="Problem"/> says why there is none.</summary>
        public string? Text { get; }

        /// <summary>Lowercase hex SHA-256 of the bytes, as <c>sha256sum</c> prints it; null when the file could not be read.</summary>
        public string? Sha256 { get; }

        /// <summary>A KG3001 on the manifest: too large, unreadable from disk, or not valid text.</summary>
        public ManifestFinding? Problem { get; }

        public static ManifestFile Read(string path)
        {
            byte[] bytes;
            try
            {
                long length = new FileInfo(path).Length;
                if (length > MaxBytes)
                {
                    return Failed("The manifest is " + (length / (1024 * 1024)) + " MB; KeyGov reads manifests of up to " + (MaxBytes / (1024 * 1024)) +
                        " MB. Check that KeyGovManifest names the key manifest", 0, 0);
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException)
            {
                return Failed("Cannot read the key manifest: " + ex.Message, 0, 0);
            }

            string sha256 = Hex(bytes);
            try
            {
                return new ManifestFile(Decode(bytes), sha256, null);
            }
            catch (DecoderFallbackException ex)
            {
                var (line, column) = PositionOf(bytes, ex.Index);
                var file = Failed("The manifest is not valid UTF-8 (byte 0x" + (ex.BytesUnknown?.Length > 0 ? ex.BytesUnknown[0].ToString("X2", System.Globalization.CultureInfo.InvariantCulture) : "??") +
                    "); save keygov.json as UTF-8", line, column);
                return new ManifestFile(null, sha256, file.Problem);
            }
        }

        private static string Decode(byte[] bytes)
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }

            // A UTF-8 BOM stays in the text as U+FEFF: the JSON reader skips it and does not count it as a column.
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }

        /// <summary>Line and column (UTF-16 units, as editors count) of a byte offset in UTF-8 text.</summary>
        private static (int Line, int Column) PositionOf(byte[] bytes, int index)
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

        private static ManifestFile Failed(string message, int line, int column) =>
            new ManifestFile(null, null, new ManifestFinding(RuleCatalog.KG3001, FindingSeverity.Error, message, line, column, line, column, null));

        private static string Hex(byte[] bytes)
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
