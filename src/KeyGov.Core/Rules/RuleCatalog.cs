using System.Collections.Generic;

namespace KeyGov.Core.Rules
{
    /// <summary>
    /// Every KeyGov rule, in one table. IDs are stable forever; a retired ID is never reused.
    /// Analyzers build their DiagnosticDescriptors from these; the task and SARIF writers read them directly.
    /// </summary>
    public static class RuleCatalog
    {
        public const string SecurityCategory = "Security";
        public const string GovernanceCategory = "Governance";

        public static readonly RuleInfo KG1001 = new RuleInfo(RuleIds.KG1001, SecurityCategory, RuleSeverity.Error,
            "Hard-coded AI provider key in code",
            "A self-identifying AI provider key (fixed prefix or signature, checksum where the format has one) appears in C# source: a literal, a constant-folded concatenation, an attribute argument, a comment or disabled code. Anyone who can read the repository, a build log or the compiled assembly can use it. Move the key to a secret store, read it at run time, and rotate the exposed key.",
            9.0, "very-high", isCredentialExposure: true);

        public static readonly RuleInfo KG1002 = new RuleInfo(RuleIds.KG1002, SecurityCategory, RuleSeverity.Error,
            "Hard-coded AI provider key in a config file",
            "A self-identifying AI provider key appears in a project configuration file (appsettings*.json, .env, .env.*, launchSettings.json, App.config, Web.config, *.settings.json). Config files are committed, copied to build output and published. Move the key to user-secrets or a vault and rotate it.",
            9.0, "very-high", isCredentialExposure: true);

        public static readonly RuleInfo KG1003 = new RuleInfo(RuleIds.KG1003, SecurityCategory, RuleSeverity.Warning,
            "Literal passed as an SDK credential",
            "A literal that is not a placeholder is passed to a known SDK credential parameter. Even when its format is not recognised, a literal credential ends up in source control and binaries.",
            7.0, "high", isCredentialExposure: true);

        public static readonly RuleInfo KG1004 = new RuleInfo(RuleIds.KG1004, SecurityCategory, RuleSeverity.Warning,
            "Prefix-less AI provider key recognised by context",
            "A value with the shape of a provider key that carries no prefix (for example a 32-hex Azure OpenAI key) sits where the code, configuration or a comment names the provider and a credential, or under a name of the provider alone where the value has that provider's exact key shape and nothing says it is a hash or an id.",
            7.5, "high", isCredentialExposure: true);

        public static readonly RuleInfo KG2001 = new RuleInfo(RuleIds.KG2001, GovernanceCategory, RuleSeverity.Warning,
            "Unregistered credential",
            "Code reads a credential (an environment variable or configuration key) that no entry of keygov.json lists in its sources. Every AI credential needs an owner, a purpose and an expiry in the manifest.",
            5.0, "high", isCredentialExposure: false);

        public static readonly RuleInfo KG2002 = new RuleInfo(RuleIds.KG2002, GovernanceCategory, RuleSeverity.Error,
            "Revoked or expired credential in use",
            "Code reads a credential whose manifest entry is revoked, or whose expiry has passed.",
            7.0, "high", isCredentialExposure: false);

        public static readonly RuleInfo KG2003 = new RuleInfo(RuleIds.KG2003, GovernanceCategory, RuleSeverity.Warning,
            "Project is not a declared consumer of the credential",
            "This project (its assembly name) is not among the consumers of the manifest entry for the credential it reads.",
            4.0, "high", isCredentialExposure: false);

        public static readonly RuleInfo KG2004 = new RuleInfo(RuleIds.KG2004, GovernanceCategory, RuleSeverity.Info,
            "No key manifest found",
            "Code reads a credential but the project has no keygov.json, so the credential is not inventoried. Add a manifest to switch the governance rules on.",
            2.0, "high", isCredentialExposure: false);

        public static readonly RuleInfo KG2005 = new RuleInfo(RuleIds.KG2005, GovernanceCategory, RuleSeverity.Warning,
            "Deprecated or suspended credential in use",
            "Code reads a credential whose manifest entry is deprecated or suspended.",
            5.0, "high", isCredentialExposure: false);

        public static readonly RuleInfo KG2006 = new RuleInfo(RuleIds.KG2006, GovernanceCategory, RuleSeverity.Info,
            "Static key where keyless auth is available",
            "A credential read from the environment or configuration reaches a key-based credential of an SDK that, in this compilation, also accepts keyless auth: Microsoft Entra ID (TokenCredential) for Azure OpenAI, AI Foundry, AI Inference and AI Search; the AWS default credential chain for Bedrock; Application Default Credentials for Vertex AI and Gemini on Google Cloud. Keyless auth has no secret to leak or rotate. Silent when the manifest entry's keyless field says it is not possible, or planned by a date not yet passed.",
            3.0, "high", isCredentialExposure: false);

        public static readonly RuleInfo KG2007 = new RuleInfo(RuleIds.KG2007, GovernanceCategory, RuleSeverity.Warning,
            "Credential used for an API it is not approved for",
            "A credential whose manifest entry lists its approved API surfaces (apis) reaches, through the client it creates, an API outside that list: an image, fine-tuning, files or admin API called with a key approved for chat. Least privilege: a key does only what it was approved for.",
            5.0, "high", isCredentialExposure: false);

        public static readonly RuleInfo KG2008 = new RuleInfo(RuleIds.KG2008, GovernanceCategory, RuleSeverity.Error,
            "Administrative key in application code",
            "An administrative key (its manifest entry says keyType admin, its format is an admin key format, or it is read under a name such as *_ADMIN_KEY) reaches an SDK client in a project that is not declared an administrative tool (KeyGovAdminTool=true). Admin keys can create and delete other keys, users and projects: they never belong in a product.",
            8.0, "high", isCredentialExposure: false);

        public static readonly RuleInfo KG3001 = Manifest(RuleIds.KG3001, RuleSeverity.Error, "Key manifest is unreadable",
            "keygov.json has a syntax error, a value of the wrong type, an unknown field or an unsupported version, so nothing in it can be trusted.", 6.0);

        public static readonly RuleInfo KG3002 = Manifest(RuleIds.KG3002, RuleSeverity.Error, "Required manifest field missing",
            "A credential lacks one of id, provider, owner, purpose or expires. Without them nobody can answer who owns the key, why it exists and when it ends.", 5.0);

        public static readonly RuleInfo KG3003 = Manifest(RuleIds.KG3003, RuleSeverity.Error, "Invalid manifest value",
            "A date, enum, id or owner in keygov.json does not have the required format.", 5.0);

        public static readonly RuleInfo KG3004 = Manifest(RuleIds.KG3004, RuleSeverity.Error, "Duplicate credential",
            "Two entries share an id, a fingerprint, or claim one source for the same consumer.", 5.0);

        public static readonly RuleInfo KG3005 = Manifest(RuleIds.KG3005, RuleSeverity.Time, "Credential expired",
            "An active credential's governance expiry has passed: rotate it and renew its expiry, or retire it.", 7.0);

        public static readonly RuleInfo KG3006 = Manifest(RuleIds.KG3006, RuleSeverity.Warning, "Credential expires soon",
            "A credential expires within policy.expiryWarningDays.", 4.0);

        public static readonly RuleInfo KG3007 = Manifest(RuleIds.KG3007, RuleSeverity.Warning, "Credential lifetime exceeds its risk tier",
            "The span from creation or last rotation to expiry is longer than policy.tiers.<risk>.maxKeyAgeDays allows.", 5.0);

        public static readonly RuleInfo KG3008 = Manifest(RuleIds.KG3008, RuleSeverity.Time, "Rotation overdue",
            "rotation.lastRotated + rotation.everyDays has passed.", 6.0);

        public static readonly RuleInfo KG3009 = Manifest(RuleIds.KG3009, RuleSeverity.Error, "Shared credential without a valid exception",
            "A credential with more than one consumer needs an approved, unexpired exception no longer than policy.maxExceptionDays.", 6.0);

        public static readonly RuleInfo KG3010 = Manifest(RuleIds.KG3010, RuleSeverity.Warning, "Owner outside policy",
            "The owner does not match any of the policy.owners patterns.", 3.0);

        public static readonly RuleInfo KG3011 = Manifest(RuleIds.KG3011, RuleSeverity.Error, "Placeholder purpose",
            "The purpose is a placeholder (TODO, tbd, test, ...) or shorter than 20 characters.", 4.0);

        public static readonly RuleInfo KG3012 = Manifest(RuleIds.KG3012, RuleSeverity.Error, "Incomplete lifecycle status",
            "A revoked entry lacks revoked.on and revoked.reason, or a deprecated entry lacks sunset.", 4.0);

        public static readonly RuleInfo KG3013 = Manifest(RuleIds.KG3013, RuleSeverity.Warning, "Credential spans production and non-production",
            "One credential is used in production and non-production environments without an exception.", 5.0);

        public static readonly RuleInfo KG3014 = Manifest(RuleIds.KG3014, RuleSeverity.Error, "Key material in the manifest",
            "A value in keygov.json is recognised as a provider key. The manifest is an inventory, never a store: remove the value and rotate the key.", 9.0);

        public static readonly RuleInfo KG3015 = Manifest(RuleIds.KG3015, RuleSeverity.Time, "Review overdue",
            "lastReviewed (or created) + policy.tiers.<risk>.reviewEveryDays has passed.", 4.0);

        public static readonly RuleInfo KG3016 = Manifest(RuleIds.KG3016, RuleSeverity.Info, "No key manifest found",
            "No keygov.json was found for the project (an error when KeyGovRequireManifest=true).", 2.0);

        public static readonly RuleInfo KG3017 = Manifest(RuleIds.KG3017, RuleSeverity.Warning, "Consumer no longer reads its credential",
            "A live entry lists this project among its consumers, the project was built, and its code reads none of the entry's sources: remove the project from the consumers, or revoke the credential if its purpose has ended.", 4.0);

        public static readonly RuleInfo KG3018 = Manifest(RuleIds.KG3018, RuleSeverity.Warning, "Credential no code reads",
            "In the merged inventory of a solution or repository: an active entry that no built project reads, while every consumer it names was built. Revoke it, or name where it is used (externalConsumers).", 5.0);

        public static readonly RuleInfo KG3019 = Manifest(RuleIds.KG3019, RuleSeverity.Warning, "Shadow key at the provider",
            "A provider export lists a live key, within a scope the manifest declares in providerScopes, that no entry inventories (by providerKeyId, or by its redacted hint when exactly one key matches).", 6.0);

        public static readonly RuleInfo KG3020 = Manifest(RuleIds.KG3020, RuleSeverity.Error, "Revoked credential still live at the provider",
            "An entry is revoked (or expired) in keygov.json, but the provider export still lists its key as usable: the revocation never happened.", 8.0);

        public static readonly RuleInfo KG3021 = Manifest(RuleIds.KG3021, RuleSeverity.Time, "Idle key",
            "The provider says the key was last used longer ago than policy.tiers.<risk>.maxIdleDays, or never used since a grace period after its creation: revoke it.", 5.0);

        public static readonly RuleInfo KG3022 = Manifest(RuleIds.KG3022, RuleSeverity.Warning, "Key owner lost project access",
            "The provider says the key's owner no longer has access to the project (a role change): move the key to a service account or revoke it.", 6.0);

        public static readonly RuleInfo KG3023 = Manifest(RuleIds.KG3023, RuleSeverity.Error, "Admin key not governed",
            "A provider export lists an admin key, within providerScopes, that no entry inventories, or whose entry has no expiry.", 8.0);

        public static readonly RuleInfo KG3024 = Manifest(RuleIds.KG3024, RuleSeverity.Warning, "High-risk credential without monitoring",
            "A high or critical credential has no monitoring: where alerts on anomalous use go, and the spend or rate limit set at the provider.", 4.0);

        /// <summary>All rules, in ID order.</summary>
        public static IReadOnlyList<RuleInfo> All { get; } = new[]
        {
            KG1001, KG1002, KG1003, KG1004,
            KG2001, KG2002, KG2003, KG2004, KG2005, KG2006, KG2007, KG2008,
            KG3001, KG3002, KG3003, KG3004, KG3005, KG3006, KG3007, KG3008,
            KG3009, KG3010, KG3011, KG3012, KG3013, KG3014, KG3015, KG3016, KG3017, KG3018,
            KG3019, KG3020, KG3021, KG3022, KG3023, KG3024,
        };

        public static RuleInfo? Find(string id)
        {
            foreach (var rule in All)
            {
                if (rule.Id == id)
                {
                    return rule;
                }
            }

            return null;
        }

        private static RuleInfo Manifest(string id, RuleSeverity severity, string title, string description, double securitySeverity) =>
            new RuleInfo(id, GovernanceCategory, severity, title, description, securitySeverity, "very-high", isCredentialExposure: false);
    }
}
