namespace KeyGov.Core.Rules
{
    /// <summary>Default severity of a rule, independent of Roslyn and MSBuild.</summary>
    public enum RuleSeverity
    {
        Info,
        Warning,
        Error,
        /// <summary>Governed by <c>KeyGovTimeChecks</c> (error in CI, warning elsewhere, or off).</summary>
        Time,
    }

    /// <summary>What users see of a rule: one record per ID, shared by analyzers, task and SARIF.</summary>
    public sealed class RuleInfo
    {
        public RuleInfo(string id, string category, RuleSeverity defaultSeverity, string title, string description,
            double securitySeverity, string precision, bool isCredentialExposure)
        {
            Id = id;
            Category = category;
            DefaultSeverity = defaultSeverity;
            Title = title;
            Description = description;
            SecuritySeverity = securitySeverity;
            Precision = precision;
            IsCredentialExposure = isCredentialExposure;
        }

        public string Id { get; }
        public string Category { get; }
        public RuleSeverity DefaultSeverity { get; }
        public string Title { get; }
        public string Description { get; }

        /// <summary>GitHub code scanning's 0-10 score (read only with the <c>security</c> tag).</summary>
        public double SecuritySeverity { get; }

        /// <summary>SARIF precision: very-high, high, medium or low.</summary>
        public string Precision { get; }

        /// <summary>True for rules about a key in text (CWE-798).</summary>
        public bool IsCredentialExposure { get; }

        public string HelpUri => KeyGovLinks.RuleHelp(Id);
    }
}
