namespace KeyGov.Core.Rules
{
    /// <summary>The one place that knows where KeyGov's public documentation lives.</summary>
    public static class KeyGovLinks
    {
        public const string Repository = "https://github.com/keygov/KeyGov.Analyzers";

        public const string DocsBase = Repository + "/blob/main/docs/";

        /// <summary>The raw file: editors fetch <c>$schema</c> and need JSON, not the GitHub page around it.</summary>
        public const string Schema = "https://raw.githubusercontent.com/keygov/KeyGov.Analyzers/main/docs/keygov.schema.json";

        public static string RuleHelp(string ruleId) => DocsBase + "rules/" + ruleId + ".md";
    }
}
