using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using KeyGov.Core.Manifest;
using KeyGov.Core.Json;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Sarif
{
    /// <summary>What a SARIF log needs besides the findings.</summary>
    public sealed class SarifLogOptions
    {
        /// <summary>The folder relative URIs start from (<c>%SRCROOT%</c>, <c>KeyGovSourceRoot</c>); null writes absolute file URIs.</summary>
        public string? SourceRoot { get; set; }

        public DateTime EvaluationDate { get; set; }

        /// <summary>The build's <c>KeyGovTimeChecks</c>; null when unknown (a merge of logs that do not say).</summary>
        public TimeCheckMode? TimeChecks { get; set; }

        public string ToolVersion { get; set; } = ToolInfo.Version;

        /// <summary>The driver's full name: which part of KeyGov wrote the log. The caller says: Core does not know its adapters.</summary>
        public required string FullName { get; set; }

        /// <summary>A rule's help page (docs/rules/&lt;ID&gt;.md); null, or a null answer, falls back to the catalog's text.</summary>
        public Func<RuleInfo, RuleHelp?>? Help { get; set; }

        /// <summary>The manifest's <c>allow</c> entries, listed in the run's properties so reviewers see what was waived.</summary>
        public IReadOnlyList<SarifAllowance> Allowances { get; set; } = Array.Empty<SarifAllowance>();
    }

    /// <summary>
    /// Writes the task's findings as SARIF 2.1.0 (docs/architecture.md), ready for GitHub code scanning: one run, tool
    /// <c>KeyGov</c> with its version, every manifest rule with full description, help (text and markdown), help URI and
    /// the properties GitHub reads (<c>security-severity</c>, <c>precision</c>, <c>tags</c>), and results with the
    /// manifest's relative location, a region and <c>partialFingerprints</c> that survive edits which move lines.
    /// Suppressed findings (NoWarn) stay in the log as externally suppressed, so an audit sees them.
    /// Every text from a finding passes <see cref="ManifestText.Safe"/>: the log never holds a key.
    /// </summary>
    public static class SarifLogWriter
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        public const string SourceRootId = "%SRCROOT%";

        /// <summary>The key of KeyGov's own partial fingerprint; its value is also the <c>primaryLocationLineHash</c>.</summary>
        public const string FingerprintKey = "keygovFinding/v1";

        /// <summary>The rules a manifest run reports: every KG3xxx (the manifest's checks and the provider exports').</summary>
        public static IReadOnlyList<RuleInfo> ManifestRules { get; } = SelectManifestRules();

        /// <summary>The task's log: the manifest rules and its findings.</summary>
        public static string Write(IReadOnlyList<ReportedFinding> findings, SarifLogOptions options)
        {
            var results = new List<SarifResult>(findings.Count);
            foreach (var reported in findings)
            {
                results.Add(ToResult(reported, options.SourceRoot));
            }

            return Write(ManifestRules, results, options);
        }

        /// <summary>One run of <paramref name="rules"/> and <paramref name="results"/> (results of other rules are written without a rule index).</summary>
        public static string Write(IReadOnlyList<RuleInfo> rules, IReadOnlyList<SarifResult> results, SarifLogOptions options)
        {
            var json = new JsonWriter();
            json.StartObject()
                .Property("$schema", SchemaUri)
                .Property("version", "2.1.0")
                .Name("runs").StartArray().StartObject();

            WriteTool(json, rules, options);
            if (options.SourceRoot != null)
            {
                json.Name("originalUriBaseIds").StartObject()
                    .Name(SourceRootId).StartObject().Property("uri", DirectoryUri(options.SourceRoot)).EndObject()
                    .EndObject();
            }

            json.Name("results").StartArray();
            foreach (var result in results)
            {
                WriteResult(json, result, rules, options);
            }

            json.EndArray()
                .Property("columnKind", "utf16CodeUnits")
                .Name("properties").StartObject();
            if (options.EvaluationDate != default)
            {
                json.Property("evaluationDate", ManifestFormats.FormatDate(options.EvaluationDate));
            }

            if (options.TimeChecks is TimeCheckMode timeChecks)
            {
                json.Property("timeChecks", Severities.Name(timeChecks));
            }

            WriteAllowances(json, options.Allowances);
            json.EndObject()
                .EndObject().EndArray().EndObject();
            return json.ToString();
        }

        /// <summary>A manifest finding as a result: its file, region, fingerprint and NoWarn suppression.</summary>
        public static SarifResult ToResult(ReportedFinding reported, string? sourceRoot)
        {
            var finding = reported.Finding;
            var region = finding.Line > 0
                ? new SarifRegion(finding.Line, finding.Column, finding.EndLine, finding.EndColumn)
                : default;
            var result = new SarifResult(finding.RuleId, Severities.Level(reported.Severity), finding.Message, reported.File, region)
            {
                Fingerprint = FingerprintOf(finding, ArtifactUri(reported.File, sourceRoot).Uri),
            };
            if (reported.Suppressed)
            {
                result.Suppressions.Add(new SarifSuppression(
                    "external", finding.RuleId + " is listed in NoWarn or MSBuildWarningsAsMessages for this project"));
            }

            if (finding.CredentialId != null)
            {
                result.Properties["credentialId"] = ManifestText.Safe(finding.CredentialId);
            }

            return result;
        }

        private static void WriteAllowances(JsonWriter json, IReadOnlyList<SarifAllowance> allowances)
        {
            if (allowances.Count == 0)
            {
                return;
            }

            json.Name("keygovAllowed").StartArray();
            foreach (var allowance in allowances)
            {
                json.StartObject().Property("fingerprint", allowance.Fingerprint);
                if (allowance.Reason != null)
                {
                    json.Property("reason", ManifestText.Safe(allowance.Reason));
                }

                if (allowance.Owner != null)
                {
                    json.Property("owner", ManifestText.Safe(allowance.Owner));
                }

                json.EndObject();
            }

            json.EndArray();
        }

        private static void WriteTool(JsonWriter json, IReadOnlyList<RuleInfo> rules, SarifLogOptions options)
        {
            json.Name("tool").StartObject().Name("driver").StartObject()
                .Property("name", ToolInfo.Name)
                .Property("fullName", options.FullName)
                .Property("version", options.ToolVersion)
                .Property("semanticVersion", options.ToolVersion)
                .Property("informationUri", ToolInfo.InformationUri)
                .Name("rules").StartArray();
            foreach (var rule in rules)
            {
                WriteRule(json, rule, options);
            }

            json.EndArray().EndObject().EndObject();
        }

        private static void WriteRule(JsonWriter json, RuleInfo rule, SarifLogOptions options)
        {
            var help = options.Help?.Invoke(rule) ?? CatalogHelp(rule);
            string level = Severities.DefaultLevel(rule, options.TimeChecks);
            json.StartObject()
                .Property("id", rule.Id)
                .Property("name", PascalCase(rule.Title))
                .Name("shortDescription").StartObject().Property("text", rule.Title).EndObject()
                .Name("fullDescription").StartObject().Property("text", rule.Description).EndObject()
                .Name("help").StartObject()
                    .Property("text", help.Text)
                    .Property("markdown", help.Markdown)
                .EndObject()
                .Property("helpUri", rule.HelpUri)
                .Name("defaultConfiguration").StartObject().Property("level", level).EndObject()
                .Name("properties").StartObject()
                    .Property("category", rule.Category)
                    .Property("precision", rule.Precision)
                    .Property("security-severity", rule.SecuritySeverity.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))
                    .Property("problem.severity", level == "error" ? "error" : level == "warning" ? "warning" : "recommendation")
                    .Name("tags").StartArray();
            foreach (var tag in Tags(rule, RuleMappings.OwaspNhi(rule.Id)))
            {
                json.String(tag);
            }

            json.EndArray().EndObject().EndObject();
        }

        /// <summary>The help the catalog alone can give: the description, the framework mappings and the link.</summary>
        private static RuleHelp CatalogHelp(RuleInfo rule)
        {
            var owasp = RuleMappings.OwaspNhi(rule.Id);
            var csf = RuleMappings.NistCsf(rule.Id);
            string frameworks = (owasp.Count > 0 ? "OWASP NHI Top 10 2025: " + string.Join(", ", owasp) + ". " : string.Empty) +
                (csf.Count > 0 ? "NIST CSF 2.0: " + string.Join(", ", csf) + ". " : string.Empty);
            var markdown = new StringBuilder();
            markdown.Append("**").Append(rule.Title).Append("** (").Append(rule.Id).Append(")\n\n").Append(rule.Description).Append("\n\n");
            foreach (var item in owasp)
            {
                markdown.Append("- OWASP NHI Top 10 2025: ").Append(RuleMappings.Describe(item)).Append('\n');
            }

            if (csf.Count > 0)
            {
                markdown.Append("- NIST CSF 2.0: ").Append(string.Join(", ", csf)).Append('\n');
            }

            markdown.Append("\n[What it finds, how to fix it, how to configure it](").Append(rule.HelpUri).Append(')');

            return new RuleHelp(rule.Description + " " + frameworks + "See " + rule.HelpUri, markdown.ToString());
        }

        private static void WriteResult(JsonWriter json, SarifResult result, IReadOnlyList<RuleInfo> rules, SarifLogOptions options)
        {
            int ruleIndex = IndexOf(rules, result.RuleId);
            var (uri, relative) = result.File != null ? ArtifactUri(result.File, options.SourceRoot) : ("unknown", false);
            string message = ManifestText.Safe(result.Message);
            if (!message.EndsWith(".", StringComparison.Ordinal))
            {
                message += ".";
            }

            json.StartObject().Property("ruleId", result.RuleId);
            if (ruleIndex >= 0)
            {
                json.Property("ruleIndex", ruleIndex);
            }

            json.Property("level", result.Level)
                .Name("message").StartObject().Property("text", message).EndObject()
                .Name("locations").StartArray().StartObject()
                    .Name("physicalLocation").StartObject()
                        .Name("artifactLocation").StartObject().Property("uri", uri);
            if (relative)
            {
                json.Property("uriBaseId", SourceRootId);
            }

            json.EndObject();
            WriteRegion(json, result.Region);
            json.EndObject().EndObject().EndArray();
            if (result.Fingerprint != null)
            {
                json.Name("partialFingerprints").StartObject()
                    .Property("primaryLocationLineHash", result.Fingerprint)
                    .Property(FingerprintKey, result.Fingerprint)
                    .EndObject();
            }

            if (result.Suppressions.Count > 0)
            {
                json.Name("suppressions").StartArray();
                foreach (var suppression in result.Suppressions)
                {
                    json.StartObject()
                        .Property("kind", suppression.Kind)
                        .Property("status", "accepted")
                        .Property("justification", ManifestText.Safe(suppression.Justification))
                        .EndObject();
                }

                json.EndArray();
            }

            if (result.Properties.Count > 0)
            {
                json.Name("properties").StartObject();
                foreach (var property in result.Properties)
                {
                    json.Property(property.Key, ManifestText.Safe(property.Value));
                }

                json.EndObject();
            }

            json.EndObject();
        }

        private static void WriteRegion(JsonWriter json, SarifRegion region)
        {
            json.Name("region").StartObject();
            if (region.StartLine > 0)
            {
                json.Property("startLine", region.StartLine).Property("startColumn", Math.Max(1, region.StartColumn));
                if (region.EndLine >= region.StartLine && region.EndColumn > 0)
                {
                    int minimumEnd = region.EndLine == region.StartLine ? Math.Max(1, region.StartColumn) + 1 : 1;
                    json.Property("endLine", region.EndLine).Property("endColumn", Math.Max(region.EndColumn, minimumEnd));
                }
            }
            else
            {
                // No position (a finding about a whole file, such as KG3016 on the project): its first line.
                json.Property("startLine", 1);
            }

            json.EndObject();
        }

        /// <summary>
        /// Stable across edits that move lines: the rule, the file, the credential and the field it is about. Findings
        /// with no field (a syntax error, key material) fall back to their line.
        /// </summary>
        private static string FingerprintOf(ManifestFinding finding, string uri)
        {
            string subject = finding.CredentialId ?? (finding.CredentialIndex is int index ? "credentials[" + index + "]" : string.Empty);
            string where = finding.Field ?? "line " + finding.Line + ":" + finding.Column;
            string identity = finding.RuleId + "|" + uri + "|" + subject + "|" + where;
            return SarifFingerprints.Hash(identity);
        }

        /// <summary>The file's URI: relative to the source root (escaped per segment) when it is below it, else an absolute file URI.</summary>
        public static (string Uri, bool Relative) ArtifactUri(string file, string? sourceRoot)
        {
            if (string.IsNullOrWhiteSpace(file))
            {
                return ("unknown", false);
            }

            string full = Normalize(file);
            if (sourceRoot != null)
            {
                string root = Normalize(sourceRoot).TrimEnd('/') + "/";
                var comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                if (full.StartsWith(root, comparison))
                {
                    var segments = full.Substring(root.Length).Split('/');
                    for (int i = 0; i < segments.Length; i++)
                    {
                        segments[i] = Uri.EscapeDataString(segments[i]);
                    }

                    return (string.Join("/", segments), true);
                }
            }

            return (new Uri(System.IO.Path.GetFullPath(file)).AbsoluteUri, false);
        }

        private static string DirectoryUri(string directory)
        {
            string uri = new Uri(System.IO.Path.GetFullPath(directory)).AbsoluteUri;
            return uri.EndsWith("/", StringComparison.Ordinal) ? uri : uri + "/";
        }

        private static string Normalize(string path) => System.IO.Path.GetFullPath(path).Replace('\\', '/');

        private static IEnumerable<string> Tags(RuleInfo rule, IReadOnlyList<string> owasp)
        {
            yield return "security";
            yield return "governance";
            yield return "non-human-identity";
            if (rule.IsCredentialExposure || rule.Id == RuleIds.KG3014)
            {
                yield return "external/cwe/cwe-798";
            }

            foreach (var item in owasp)
            {
                yield return "external/owasp-nhi/" + item.Replace(":", "-").ToLowerInvariant();
            }
        }

        /// <summary><c>Key manifest is unreadable</c> → <c>KeyManifestIsUnreadable</c>.</summary>
        private static string PascalCase(string title)
        {
            var builder = new StringBuilder(title.Length);
            bool upper = true;
            foreach (char c in title)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return builder.ToString();
        }

        private static int IndexOf(IReadOnlyList<RuleInfo> rules, string id)
        {
            for (int i = 0; i < rules.Count; i++)
            {
                if (rules[i].Id == id)
                {
                    return i;
                }
            }

            return -1;
        }

        private static IReadOnlyList<RuleInfo> SelectManifestRules()
        {
            var rules = new List<RuleInfo>();
            foreach (var rule in RuleCatalog.All)
            {
                if (rule.Id.StartsWith("KG3", StringComparison.Ordinal))
                {
                    rules.Add(rule);
                }
            }

            return rules;
        }
    }
}
