using System;
using System.Text;
using KeyGov.Core.Providers;

namespace KeyGov.Tasks
{
    /// <summary>
    /// Reads a saved provider export (<c>KeyGovProviderExports</c>) as <see cref="ManifestFile"/> reads keygov.json: only
    /// a regular file, never more than <see cref="MaxBytes"/>, UTF-8 (or UTF-16 with a BOM) or a KG3001 at the first bad
    /// byte. What it holds is untrusted: Core reads it (<see cref="ProviderExportReader"/>), and never echoes a key.
    /// </summary>
    internal static class ProviderExportFile
    {
        /// <summary>
        /// The largest export read: 16 MiB, the manifest's bound. A listed key is about 500 bytes, so 30,000 keys fit;
        /// a wrong path (a log, <c>/dev/zero</c>) ends in a quick KG3001 in bounded memory.
        /// </summary>
        public const long MaxBytes = ManifestFile.MaxBytes;

        public static ProviderExport Read(string path, string? scope)
        {
            byte[]? bytes = InputFile.ReadPrefix(path, MaxBytes, out bool tooLarge, out string? problem);
            if (bytes == null)
            {
                return ProviderExport.Unreadable(path, scope, problem ?? "unknown error");
            }

            if (tooLarge)
            {
                return ProviderExport.Unreadable(path, scope, "it is larger than " + (MaxBytes / (1024 * 1024)) + " MB, the most KeyGov reads. Check that KeyGovProviderExports names saved key-listing responses");
            }

            string text;
            try
            {
                text = ManifestFile.Decode(bytes, strict: true);
            }
            catch (DecoderFallbackException ex)
            {
                var (line, column) = ManifestFile.PositionOf(bytes, ex.Index);
                return ProviderExport.NotText(path, scope, "it is not valid UTF-8 (byte 0x" +
                    (ex.BytesUnknown?.Length > 0 ? ex.BytesUnknown[0].ToString("X2", System.Globalization.CultureInfo.InvariantCulture) : "??") + "); save the response as UTF-8",
                    line, column, ManifestFile.Decode(bytes, strict: false));
            }

            return ProviderExportReader.Read(text, path, scope);
        }
    }
}
