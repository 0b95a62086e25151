using KeyGov.Core.Json;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>Builds <see cref="ManifestFinding"/>s (and their severity) the same way for the reader and the checker.</summary>
    internal static class ManifestFindingFactory
    {
        /// <summary>
        /// The effective severity: the rule's default, or for date-driven (<see cref="RuleSeverity.Time"/>) rules the
        /// time-check mode. Null when the finding is not reported at all (time checks off).
        /// </summary>
        public static FindingSeverity? SeverityOf(RuleInfo rule, TimeCheckMode timeChecks)
        {
            switch (rule.DefaultSeverity)
            {
                case RuleSeverity.Info:
                    return FindingSeverity.Info;
                case RuleSeverity.Warning:
                    return FindingSeverity.Warning;
                case RuleSeverity.Error:
                    return FindingSeverity.Error;
                default:
                    return TimeSeverity(timeChecks);
            }
        }

        /// <summary>The severity of a date-driven finding: error, warning, or null (not reported) when time checks are off.</summary>
        public static FindingSeverity? TimeSeverity(TimeCheckMode timeChecks)
        {
            switch (timeChecks)
            {
                case TimeCheckMode.Error:
                    return FindingSeverity.Error;
                case TimeCheckMode.Warning:
                    return FindingSeverity.Warning;
                default:
                    return null;
            }
        }

        /// <summary>The severity of a rule that is not date-driven (the reader's KG3001 and KG3003).</summary>
        public static FindingSeverity DefaultSeverityOf(RuleInfo rule) => SeverityOf(rule, TimeCheckMode.Error) ?? FindingSeverity.Error;

        public static ManifestFinding Create(RuleInfo rule, FindingSeverity severity, string message, SourceRange at, string? credentialId,
            int? credentialIndex = null, string? field = null) =>
            new ManifestFinding(rule, severity, message, at.Line, at.Column, at.EndLine, at.EndColumn, credentialId, credentialIndex, field);
    }
}
