using KeyGov.Core.Rules;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// Every KeyGov diagnostic descriptor, in one place. Titles, descriptions and help links come from Core's
    /// <see cref="RuleCatalog"/>, which the task and the SARIF writer share; message formats live here.
    /// </summary>
    internal static class Rules
    {
        /// <summary>Diagnostic.Properties keys that every key finding carries.</summary>
        public const string ProviderProperty = "provider";
        public const string KindProperty = "kind";
        public const string FingerprintProperty = "fingerprint";

        // {0} provider, {1} key kind, {2} redacted key, {3} short fingerprint
        public static readonly DiagnosticDescriptor KG1001_HardcodedProviderKey = new DiagnosticDescriptor(
            RuleIds.KG1001,
            RuleCatalog.KG1001.Title,
            "{0} {1} '{2}' is hard-coded ({3}); read it at run time from a secret store and rotate the exposed key",
            RuleCatalog.SecurityCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: RuleCatalog.KG1001.Description,
            helpLinkUri: RuleCatalog.KG1001.HelpUri,
            customTags: SecretTags);

        // {0} provider, {1} key kind, {2} redacted key, {3} short fingerprint
        public static readonly DiagnosticDescriptor KG1002_KeyInConfigFile = new DiagnosticDescriptor(
            RuleIds.KG1002,
            RuleCatalog.KG1002.Title,
            "{0} {1} '{2}' is stored in a config file ({3}); move it to user-secrets or a vault and rotate the exposed key",
            RuleCatalog.SecurityCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: RuleCatalog.KG1002.Description,
            helpLinkUri: RuleCatalog.KG1002.HelpUri,
            customTags: SecretTags);

        // {0} provider, {1} key kind, {2} redacted key, {3} the name that ties it to the provider
        public static readonly DiagnosticDescriptor KG1004_ContextualProviderKey = new DiagnosticDescriptor(
            RuleIds.KG1004,
            RuleCatalog.KG1004.Title,
            "{0} {1} '{2}' is hard-coded where '{3}' names the provider and a credential; read it at run time from a secret store and rotate it",
            RuleCatalog.SecurityCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: RuleCatalog.KG1004.Description,
            helpLinkUri: RuleCatalog.KG1004.HelpUri,
            customTags: SecretTags);

        private static string[] SecretTags => new[] { "security", "external/cwe/cwe-798" };
    }
}
