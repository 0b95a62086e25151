using System.Collections.Generic;
using KeyGov.Core.Json;

namespace KeyGov.Core.Manifest
{
    /// <summary>Reads and checks a manifest in one call: what the MSBuild task runs. Never throws.</summary>
    public static class ManifestValidator
    {
        /// <summary>Every finding: the reader's (KG3001, KG3003), key material (KG3014), then the checks (KG3002, KG3004–KG3015).</summary>
        public static IReadOnlyList<ManifestFinding> Validate(string text, ManifestCheckOptions options) => Run(text, options).Findings;

        /// <summary>The manifest as read (null when unreadable) and every finding, in the order of <see cref="Validate"/>.</summary>
        public static ManifestValidation Run(string text, ManifestCheckOptions options)
        {
            try
            {
                return RunChecks(text, options);
            }
            catch (System.Exception ex)
            {
                // Unreachable by design (the fuzz tests hold it so); a build must still get a clear error, never a stack trace.
                var finding = ManifestFindingFactory.Create(Rules.RuleCatalog.KG3001, FindingSeverity.Error,
                    "KeyGov could not check the manifest (internal error " + ex.GetType().Name + "); please report it",
                    new SourceRange(0, 0, 1, 1, 1, 1), null);
                return new ManifestValidation(null, new[] { finding });
            }
        }

        private static ManifestValidation RunChecks(string text, ManifestCheckOptions options)
        {
            var read = ManifestReader.Read(text);
            var findings = new List<ManifestFinding>(read.Findings);
            findings.AddRange(ManifestKeyMaterial.Find(text, read.Manifest));
            if (read.Manifest != null)
            {
                findings.AddRange(ManifestChecker.Check(read.Manifest, options));
            }

            return new ManifestValidation(read.Manifest, findings);
        }
    }

    public sealed class ManifestValidation
    {
        public ManifestValidation(KeyManifest? manifest, IReadOnlyList<ManifestFinding> findings)
        {
            Manifest = manifest;
            Findings = findings;
        }

        /// <summary>Null when the manifest is unreadable (a KG3001 says why).</summary>
        public KeyManifest? Manifest { get; }

        public IReadOnlyList<ManifestFinding> Findings { get; }
    }
}
