using KeyGov.Core.Rules;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// Every KeyGov diagnostic descriptor, in one place. Titles, descriptions and help links come from Core's
    /// <see cref="RuleCatalog"/>, which the task and the SARIF writer share; message formats live here.
    /// </summary>
    /// <remarks>
    /// Id, category and default severity are written out as constants, not read from the catalog through a helper:
    /// Roslyn's release tracking (RS2002, RS2008) reads them from the <c>new DiagnosticDescriptor(…)</c> call itself.
    /// DescriptorTests holds them equal to <see cref="RuleCatalog"/>, the rule pages and the release files.
    /// </remarks>
    internal static class Descriptors
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
            "{0} {1} '{2}' is hard-coded where '{3}' names the provider; read it at run time from a secret store and rotate it",
            RuleCatalog.SecurityCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: RuleCatalog.KG1004.Description,
            helpLinkUri: RuleCatalog.KG1004.HelpUri,
            customTags: SecretTags);

        /// <summary>Diagnostic.Properties keys of the credential-use findings, read by the code fixes.</summary>
        public const string SourceKindProperty = "sourceKind";
        public const string SourceProperty = "source";
        public const string ConsumerProperty = "consumer";
        public const string CreatedProperty = "created";
        public const string EnvironmentVariableProperty = "environmentVariable";

        // {0} provider name or "SDK", {1} sink, {2} length
        public static readonly DiagnosticDescriptor KG1003_LiteralCredential = new DiagnosticDescriptor(
            RuleIds.KG1003,
            RuleCatalog.KG1003.Title,
            "{0} credential {1} is given a {2}-character literal; read it at run time from the environment, configuration or a secret store",
            RuleCatalog.SecurityCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: RuleCatalog.KG1003.Description,
            helpLinkUri: RuleCatalog.KG1003.HelpUri,
            customTags: SecretTags);

        // {0} source ("Environment variable 'X'"), {1} provider, {2} suggested entry
        public static readonly DiagnosticDescriptor KG2001_UnregisteredCredential = new DiagnosticDescriptor(
            RuleIds.KG2001,
            RuleCatalog.KG2001.Title,
            "{0} is read as a credential ({1}) but no keygov.json entry lists it in sources; add an entry such as {2} and fill in its owner, purpose and expiry",
            RuleCatalog.GovernanceCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: RuleCatalog.KG2001.Description,
            helpLinkUri: RuleCatalog.KG2001.HelpUri,
            customTags: GovernanceTags);

        // {0} source, {1} provider, {2} entry ('id' or credentials[n]), {3} "was revoked on … (reason)" or "expired on …",
        // {4} "owner …" or "no owner", {5} what to do. Every text from keygov.json passes ManifestText: never a key.
        public static readonly DiagnosticDescriptor KG2002_RevokedOrExpiredCredential = new DiagnosticDescriptor(
            RuleIds.KG2002,
            RuleCatalog.KG2002.Title,
            "{0} is read as a credential ({1}) but its keygov.json entry {2} {3} ({4}); {5}",
            RuleCatalog.GovernanceCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: RuleCatalog.KG2002.Description,
            helpLinkUri: RuleCatalog.KG2002.HelpUri,
            customTags: GovernanceTags);

        // {0} source, {1} provider, {2} project, {3} entry, {4} "owner …" or "no owner", {5} consumers (all as ManifestText shows them)
        public static readonly DiagnosticDescriptor KG2003_UndeclaredConsumer = new DiagnosticDescriptor(
            RuleIds.KG2003,
            RuleCatalog.KG2003.Title,
            "{0} is read as a credential ({1}) but project '{2}' is not a consumer of its keygov.json entry {3} ({4}; consumers: {5}); add the project to its consumers or register a credential of its own",
            RuleCatalog.GovernanceCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: RuleCatalog.KG2003.Description,
            helpLinkUri: RuleCatalog.KG2003.HelpUri,
            customTags: GovernanceTags);

        // {0} source, {1} provider
        public static readonly DiagnosticDescriptor KG2004_NoManifest = new DiagnosticDescriptor(
            RuleIds.KG2004,
            RuleCatalog.KG2004.Title,
            "{0} is read as a credential ({1}) but the project has no keygov.json; add a manifest to inventory its AI credentials",
            RuleCatalog.GovernanceCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: RuleCatalog.KG2004.Description,
            helpLinkUri: RuleCatalog.KG2004.HelpUri,
            customTags: GovernanceTags);

        // {0} source, {1} provider, {2} entry, {3} "deprecated (sunset …)" or "suspended", {4} "owner …" or "no owner"
        public static readonly DiagnosticDescriptor KG2005_DeprecatedOrSuspendedCredential = new DiagnosticDescriptor(
            RuleIds.KG2005,
            RuleCatalog.KG2005.Title,
            "{0} is read as a credential ({1}) but its keygov.json entry {2} is {3} ({4}); move to its replacement",
            RuleCatalog.GovernanceCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: RuleCatalog.KG2005.Description,
            helpLinkUri: RuleCatalog.KG2005.HelpUri,
            customTags: GovernanceTags);

        // {0} source ("Environment variable 'X'"), {1} provider. Not a rule: a usage fact for the build tasks, always
        // suppressed (UsageFactSuppressor), so no user sees it. Not NotConfigurable (a suppressor cannot suppress that):
        // the package's global config names it instead, so a bulk severity setting does not turn the facts off.
        public static readonly DiagnosticDescriptor KG0001_CredentialReadFact = new DiagnosticDescriptor(
            UsageFact.DiagnosticId,
            "Credential read (a usage fact for KeyGov's build tasks, not a finding)",
            "{0} is read as a credential ({1})",
            RuleCatalog.GovernanceCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "One per credential read, for the inventory's usage evidence, KG3017, KG3018 and KeyGovDraftManifest. Always suppressed: it reaches only the compiler's SARIF log.",
            customTags: new[] { "keygov-usage-fact" });

        /// <summary>Diagnostic.Properties key of KG2006: the keyless credential type the code fix writes (present only when it can).</summary>
        public const string KeylessFixProperty = "keylessFix";

        // {0} source, {1} provider, {2} the SDK member that takes the key, {3} the keyless alternative, {4} what to do
        public static readonly DiagnosticDescriptor KG2006_KeylessAvailable = new DiagnosticDescriptor(
            RuleIds.KG2006,
            RuleCatalog.KG2006.Title,
            "{0} is passed as a static key ({1}) to {2}, which also accepts keyless auth: {3}; {4}",
            RuleCatalog.GovernanceCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: RuleCatalog.KG2006.Description,
            helpLinkUri: RuleCatalog.KG2006.HelpUri,
            customTags: GovernanceTags);

        // {0} source, {1} entry, {2} API surface, {3} the member that reaches it, {4} approved list, {5} "owner …" or "no owner"
        public static readonly DiagnosticDescriptor KG2007_ApiOutsideApproval = new DiagnosticDescriptor(
            RuleIds.KG2007,
            RuleCatalog.KG2007.Title,
            "{0} (keygov.json entry {1}) is used for the '{2}' API through {3}, but the entry approves only: {4} ({5}); use a credential approved for '{2}', or have its owner add it to apis",
            RuleCatalog.GovernanceCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: RuleCatalog.KG2007.Description,
            helpLinkUri: RuleCatalog.KG2007.HelpUri,
            customTags: GovernanceTags);

        // {0} source or literal, {1} provider, {2} why it is an admin key, {3} the client it reaches, {4} what to use instead (AdminKeys.AdviceFor)
        public static readonly DiagnosticDescriptor KG2008_AdminKeyInApplication = new DiagnosticDescriptor(
            RuleIds.KG2008,
            RuleCatalog.KG2008.Title,
            "{0} is an administrative key ({1}; {2}) and reaches {3} in a project that is not an administrative tool; {4}",
            RuleCatalog.GovernanceCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: RuleCatalog.KG2008.Description,
            helpLinkUri: RuleCatalog.KG2008.HelpUri,
            customTags: GovernanceTags);

        // UsageChecker.StaleConsumerArguments. A compilation-end rule located in keygov.json: only the whole compilation
        // says that no code reads a source.
        public static readonly DiagnosticDescriptor KG3017_ConsumerNoLongerReads = new DiagnosticDescriptor(
            RuleIds.KG3017,
            RuleCatalog.KG3017.Title,
            UsageChecker.StaleConsumerFormat,
            RuleCatalog.GovernanceCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: RuleCatalog.KG3017.Description,
            helpLinkUri: RuleCatalog.KG3017.HelpUri,
            customTags: new[] { "governance", WellKnownDiagnosticTags.CompilationEnd });

        private static string[] SecretTags => new[] { "security", "external/cwe/cwe-798" };

        private static string[] GovernanceTags => new[] { "governance" };
    }
}
