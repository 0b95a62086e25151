using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>Effective severity of a finding, after <c>KeyGovTimeChecks</c> has been applied.</summary>
    public enum FindingSeverity
    {
        Info,
        Warning,
        Error,
    }

    /// <summary>A manifest finding at a position of keygov.json (1-based line and column; 0 when the file has no position for it): what the
    /// reader or checker decided, before the build's settings (see <see cref="ReportedFinding"/>); not a key found in text (<see cref="Detection.KeyFinding"/>).</summary>
    public sealed class ManifestFinding
    {
        public ManifestFinding(RuleInfo rule, FindingSeverity severity, string message, int line, int column, int endLine, int endColumn, string? credentialId,
            int? credentialIndex = null, string? field = null)
        {
            Rule = rule;
            Severity = severity;
            Message = message;
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
            CredentialId = credentialId;
            CredentialIndex = credentialIndex;
            Field = field;
        }

        public RuleInfo Rule { get; }

        public string RuleId => Rule.Id;

        public FindingSeverity Severity { get; }

        /// <summary>What is wrong and what to do; names the credential and its owner where known. Never holds key material.</summary>
        public string Message { get; }

        public int Line { get; }

        public int Column { get; }

        public int EndLine { get; }

        public int EndColumn { get; }

        /// <summary>The credential's id when it is well-formed and not key material; otherwise null.</summary>
        public string? CredentialId { get; }

        /// <summary>0-based position of the credential in <c>credentials</c>, when the finding is about one.</summary>
        public int? CredentialIndex { get; }

        /// <summary>
        /// What the finding is about, as a path within its credential or the manifest (<c>expires</c>,
        /// <c>exception.approvedBy</c>, <c>policy.tiers.high</c>); null for the entry or file as a whole. With the rule and
        /// the credential it identifies a finding across edits that move lines (SARIF <c>partialFingerprints</c>).
        /// </summary>
        public string? Field { get; }

        public override string ToString() => "(" + Line + "," + Column + "): " + Severity + " " + RuleId + ": " + Message;
    }
}
