using System;
using System.Collections.Generic;

namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// The MSBuild severity settings as they apply to KG3xxx findings: <c>MSBuildWarningsAsMessages</c> (which MSBuild
    /// also fills from <c>NoWarn</c>), <c>MSBuildWarningsAsErrors</c>, <c>MSBuildWarningsNotAsErrors</c> and
    /// <c>MSBuildTreatWarningsAsErrors</c>. MSBuild applies them to warnings; KeyGov applies them itself, so that its
    /// SARIF and inventory show the severity the build used, and so that a rule listed in <c>NoWarn</c> or
    /// <c>MSBuildWarningsAsMessages</c> is suppressed even when it is an error (as <c>NoWarn</c> does for the KG1xxx
    /// and KG2xxx analyzer errors).
    /// </summary>
    public sealed class SeverityConfiguration
    {
        private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };

        private readonly HashSet<string> _asErrors;
        private readonly HashSet<string> _asMessages;
        private readonly HashSet<string> _notAsErrors;
        private readonly bool _treatWarningsAsErrors;

        public SeverityConfiguration(string? warningsAsErrors, string? warningsAsMessages, string? warningsNotAsErrors, bool treatWarningsAsErrors)
        {
            _asErrors = Parse(warningsAsErrors);
            _asMessages = Parse(warningsAsMessages);
            _notAsErrors = Parse(warningsNotAsErrors);
            _treatWarningsAsErrors = treatWarningsAsErrors;
        }

        /// <summary>No setting: every finding keeps its severity.</summary>
        public static SeverityConfiguration None { get; } = new SeverityConfiguration(null, null, null, false);

        /// <summary>
        /// The finding as the build reports it. A rule listed as a message is suppressed (logged at low importance, kept
        /// in SARIF as suppressed and in the inventory); otherwise a warning becomes an error when listed as one, or when
        /// all warnings are errors and the rule is not exempt. Messages-over-errors is MSBuild's own precedence.
        /// </summary>
        public ReportedFinding Apply(ManifestFinding finding, string file)
        {
            string id = finding.RuleId;
            if (_asMessages.Contains(id))
            {
                return new ReportedFinding(finding, finding.Severity, suppressed: true, file);
            }

            if (finding.Severity == FindingSeverity.Warning && (_asErrors.Contains(id) || (_treatWarningsAsErrors && !_notAsErrors.Contains(id))))
            {
                return new ReportedFinding(finding, FindingSeverity.Error, suppressed: false, file);
            }

            return new ReportedFinding(finding, finding.Severity, suppressed: false, file);
        }

        private static HashSet<string> Parse(string? list)
        {
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (list != null)
            {
                foreach (var part in list.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
                {
                    ids.Add(part.Trim());
                }
            }

            return ids;
        }
    }

    /// <summary>A finding as the build reports it: in which file, at which effective severity, and whether it is suppressed; wraps the
    /// <see cref="ManifestFinding"/> that Core decided, after the MSBuild settings (<see cref="SeverityConfiguration"/>) applied.</summary>
    public sealed class ReportedFinding
    {
        public ReportedFinding(ManifestFinding finding, FindingSeverity severity, bool suppressed, string file)
        {
            Finding = finding;
            Severity = severity;
            Suppressed = suppressed;
            File = file;
        }

        public ManifestFinding Finding { get; }

        /// <summary>The severity after the MSBuild settings (the severity it would have had, when suppressed).</summary>
        public FindingSeverity Severity { get; }

        /// <summary>Listed in <c>NoWarn</c> or <c>MSBuildWarningsAsMessages</c>: logged as a low-importance message, never a warning or error.</summary>
        public bool Suppressed { get; }

        /// <summary>Full path of the file the finding is in: keygov.json, or the project file (KG3016).</summary>
        public string File { get; }

        public string RuleId => Finding.RuleId;

        /// <summary>An error that fails the build.</summary>
        public bool IsError => !Suppressed && Severity == FindingSeverity.Error;
    }
}
