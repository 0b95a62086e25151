using System.Collections.Generic;

namespace KeyGov.Core.Manifest
{
    /// <summary>Reads and checks a manifest in one call: what the MSBuild task runs. Never throws.</summary>
    public static class ManifestValidator
    {
        public static IReadOnlyList<ManifestFinding> Validate(string text, ManifestCheckOptions options)
        {
            var read = ManifestReader.Read(text);
            if (read.Manifest == null)
            {
                return read.Findings;
            }

            var findings = new List<ManifestFinding>(read.Findings);
            findings.AddRange(ManifestChecker.Check(read.Manifest, options));
            return findings;
        }
    }
}
