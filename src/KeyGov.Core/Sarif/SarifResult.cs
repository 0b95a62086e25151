using System;
using System.Collections.Generic;

namespace KeyGov.Core.Sarif
{
    /// <summary>Where a result is: 1-based lines and UTF-16 columns, as the compiler and the task report them.</summary>
    public readonly struct SarifRegion
    {
        public SarifRegion(int startLine, int startColumn, int endLine, int endColumn)
        {
            StartLine = startLine;
            StartColumn = startColumn;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        /// <summary>0 when the finding has no position (a whole file): writers point at line 1.</summary>
        public int StartLine { get; }

        public int StartColumn { get; }

        public int EndLine { get; }

        public int EndColumn { get; }
    }

    /// <summary>A waiver a reviewer should see: <c>#pragma</c>, <c>[SuppressMessage]</c>, or NoWarn for a manifest rule.</summary>
    public sealed class SarifSuppression
    {
        public SarifSuppression(string kind, string justification)
        {
            Kind = kind;
            Justification = justification;
        }

        /// <summary>SARIF's <c>inSource</c> (in the code) or <c>external</c> (build settings).</summary>
        public string Kind { get; }

        public string Justification { get; }
    }

    /// <summary>
    /// One KeyGov finding on its way into a SARIF log, whoever found it (an analyzer through the compiler's error log,
    /// or the manifest task). The file is an absolute path; the writer makes it relative to <c>%SRCROOT%</c>.
    /// </summary>
    public sealed class SarifResult
    {
        public SarifResult(string ruleId, string level, string message, string? file, SarifRegion region)
        {
            RuleId = ruleId;
            Level = level;
            Message = message;
            File = file;
            Region = region;
        }

        public string RuleId { get; }

        /// <summary>error, warning, note or none.</summary>
        public string Level { get; set; }

        /// <summary>Already redacted by whoever reported it; writers pass it through <see cref="Manifest.ManifestText.Safe"/> again.</summary>
        public string Message { get; }

        /// <summary>Absolute path of the file, or null when the finding has no file.</summary>
        public string? File { get; }

        public SarifRegion Region { get; }

        /// <summary>KeyGov's stable identity of the finding (<c>keygovFinding/v1</c>); null until computed.</summary>
        public string? Fingerprint { get; set; }

        public List<SarifSuppression> Suppressions { get; } = new List<SarifSuppression>();

        /// <summary>
        /// Extra facts a result carries (the key fingerprint, the credential source, the credential id). Only values
        /// that can never be a key: fingerprints, names and ids.
        /// </summary>
        public SortedDictionary<string, string> Properties { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

        public bool IsSuppressed => Suppressions.Count > 0;
    }

    /// <summary>One <c>allow</c> entry of the manifest, as a SARIF run lists it: what was waived, why and by whom.</summary>
    public sealed class SarifAllowance
    {
        public SarifAllowance(string fingerprint, string? reason, string? owner)
        {
            Fingerprint = fingerprint;
            Reason = reason;
            Owner = owner;
        }

        public string Fingerprint { get; }

        public string? Reason { get; }

        public string? Owner { get; }
    }
}
