namespace KeyGov.Core.Rules
{
    /// <summary>The one place that knows where KeyGov's public documentation lives.</summary>
    public static class KeyGovLinks
    {
        public const string Repository = "https://github.com/keygov/KeyGov.Analyzers";

        public const string DocsBase = Repository + "/blob/main/docs/";

        public const string Schema = DocsBase + "keygov.schema.json";

        public static string RuleHelp(string ruleId) => DocsBase + "rules/" + ruleId + ".md";
    }
}
