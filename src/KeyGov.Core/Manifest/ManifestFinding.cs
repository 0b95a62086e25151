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

    /// <summary>A manifest finding at a position of keygov.json (1-based line and column; 0 when the file has no position for it).</summary>
    public sealed class ManifestFinding
    {
        public ManifestFinding(RuleInfo rule, FindingSeverity severity, string message, int line, int column, int endLine, int endColumn, string? credentialId)
        {
            Rule = rule;
            Severity = severity;
            Message = message;
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
            CredentialId = credentialId;
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

        public string? CredentialId { get; }

        public override string ToString() => "(" + Line + "," + Column + "): " + Severity + " " + RuleId + ": " + Message;
    }
}
