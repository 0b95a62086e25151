using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// The one mapping of severities and time-check modes (<c>KeyGovTimeChecks</c> error | warning | off): a rule's
    /// effective severity, and the words every output (SARIF levels, the inventory, messages) uses for them.
    /// </summary>
    public static class Severities
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

        /// <summary><c>error</c>, <c>warning</c> or <c>note</c>: a finding's SARIF level, and its severity in the inventory.</summary>
        public static string Level(FindingSeverity severity) =>
            severity == FindingSeverity.Error ? "error" : severity == FindingSeverity.Warning ? "warning" : "note";

        /// <summary>
        /// A rule's default SARIF level under the time-check mode: its severity's <see cref="Level"/>, or <c>none</c> when
        /// time checks are off. An unknown mode (a merge of logs that do not say) counts as <c>warning</c>, the default.
        /// </summary>
        public static string DefaultLevel(RuleInfo rule, TimeCheckMode? timeChecks) =>
            SeverityOf(rule, timeChecks ?? TimeCheckMode.Warning) is FindingSeverity severity ? Level(severity) : "none";

        /// <summary><c>error</c>, <c>warning</c> or <c>off</c>: the mode as <c>KeyGovTimeChecks</c> spells it.</summary>
        public static string Name(TimeCheckMode mode) => mode == TimeCheckMode.Error ? "error" : mode == TimeCheckMode.Warning ? "warning" : "off";
    }
}
