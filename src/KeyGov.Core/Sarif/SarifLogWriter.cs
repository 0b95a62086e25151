using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using KeyGov.Core.Manifest;
using KeyGov.Core.Manifest.Json;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Sarif
{
    /// <summary>What a SARIF log needs besides the findings.</summary>
    public sealed class SarifLogOptions
    {
        /// <summary>The folder relative URIs start from (<c>%SRCROOT%</c>, <c>KeyGovSourceRoot</c>); null writes absolute file URIs.</summary>
        public string? SourceRoot { get; set; }

        public DateTime EvaluationDate { get; set; }

        public TimeCheckMode TimeChecks { get; set; }

        public string ToolVersion { get; set; } = ToolInfo.Version;
    }

    /// <summary>
    /// Writes the task's findings as SARIF 2.1.0 (DESIGN.md §6), ready for GitHub code scanning: one run, tool
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

        /// <summary>The rules a manifest run reports: KG3001–KG3016.</summary>
        public static IReadOnlyList<RuleInfo> ManifestRules { get; } = SelectManifestRules();

        public static string Write(IReadOnlyList<ReportedFinding> findings, SarifLogOptions options)
        {
            var rules = ManifestRules;
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
            foreach (var finding in findings)
            {
                WriteResult(json, finding, rules, options);
            }

            json.EndArray()
                .Property("columnKind", "utf16CodeUnits")
                .Name("properties").StartObject()
                    .Property("evaluationDate", ManifestFormats.FormatDate(options.EvaluationDate))
                    .Property("timeChecks", Name(options.TimeChecks))
                .EndObject()
                .EndObject().EndArray().EndObject();
            return json.ToString();
        }

        private static void WriteTool(JsonWriter json, IReadOnlyList<RuleInfo> rules, SarifLogOptions options)
        {
            json.Name("tool").StartObject().Name("driver").StartObject()
                .Property("name", ToolInfo.Name)
                .Property("fullName", ToolInfo.Name + " manifest validation (ValidateKeyManifest)")
                .Property("version", options.ToolVersion)
                .Property("semanticVersion", options.ToolVersion)
                .Property("informationUri", ToolInfo.InformationUri)
                .Name("rules").StartArray();
            foreach (var rule in rules)
            {
                WriteRule(json, rule, options.TimeChecks);
            }

            json.EndArray().EndObject().EndObject();
        }

        private static void WriteRule(JsonWriter json, RuleInfo rule, TimeCheckMode timeChecks)
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

            json.StartObject()
                .Property("id", rule.Id)
                .Property("name", PascalCase(rule.Title))
                .Name("shortDescription").StartObject().Property("text", rule.Title).EndObject()
                .Name("fullDescription").StartObject().Property("text", rule.Description).EndObject()
                .Name("help").StartObject()
                    .Property("text", rule.Description + " " + frameworks + "See " + rule.HelpUri)
                    .Property("markdown", markdown.ToString())
                .EndObject()
                .Property("helpUri", rule.HelpUri)
                .Name("defaultConfiguration").StartObject().Property("level", DefaultLevel(rule, timeChecks)).EndObject()
                .Name("properties").StartObject()
                    .Property("category", rule.Category)
                    .Property("precision", rule.Precision)
                    .Property("security-severity", rule.SecuritySeverity.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))
                    .Name("tags").StartArray();
            foreach (var tag in Tags(rule, owasp))
            {
                json.String(tag);
            }

            json.EndArray().EndObject().EndObject();
        }

        private static void WriteResult(JsonWriter json, ReportedFinding reported, IReadOnlyList<RuleInfo> rules, SarifLogOptions options)
        {
            var finding = reported.Finding;
            int ruleIndex = IndexOf(rules, finding.RuleId);
            var (uri, relative) = ArtifactUri(reported.File, options.SourceRoot);
            string message = ManifestText.Safe(finding.Message);
            if (!message.EndsWith(".", StringComparison.Ordinal))
            {
                message += ".";
            }

            json.StartObject().Property("ruleId", finding.RuleId);
            if (ruleIndex >= 0)
            {
                json.Property("ruleIndex", ruleIndex);
            }

            json.Property("level", Level(reported.Severity))
                .Name("message").StartObject().Property("text", message).EndObject()
                .Name("locations").StartArray().StartObject()
                    .Name("physicalLocation").StartObject()
                        .Name("artifactLocation").StartObject().Property("uri", uri);
            if (relative)
            {
                json.Property("uriBaseId", SourceRootId);
            }

            json.EndObject().Name("region").StartObject();
            if (finding.Line > 0)
            {
                json.Property("startLine", finding.Line).Property("startColumn", Math.Max(1, finding.Column));
                if (finding.EndLine >= finding.Line && finding.EndColumn > 0)
                {
                    json.Property("endLine", finding.EndLine).Property("endColumn", Math.Max(finding.EndColumn, finding.EndLine == finding.Line ? finding.Column + 1 : 1));
                }
            }
            else
            {
                // No position (a finding about a whole file, such as KG3016 on the project): its first line.
                json.Property("startLine", 1);
            }

            json.EndObject().EndObject().EndObject().EndArray()
                .Name("partialFingerprints").StartObject()
                    .Property("primaryLocationLineHash", FingerprintOf(finding, uri))
                    .Property("keygovFinding/v1", FingerprintOf(finding, uri))
                .EndObject();
            if (reported.Suppressed)
            {
                json.Name("suppressions").StartArray().StartObject()
                    .Property("kind", "external")
                    .Property("justification", finding.RuleId + " is listed in NoWarn or MSBuildWarningsAsMessages for this project")
                    .EndObject().EndArray();
            }

            if (finding.CredentialId != null)
            {
                json.Name("properties").StartObject().Property("credentialId", ManifestText.Safe(finding.CredentialId)).EndObject();
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
            byte[] hash;
            using (var sha = SHA256.Create())
            {
                hash = sha.ComputeHash(Encoding.UTF8.GetBytes(identity));
            }

            var hex = new StringBuilder(32);
            for (int i = 0; i < 16; i++)
            {
                hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
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
            if (rule.Id == RuleIds.KG3014)
            {
                yield return "external/cwe/cwe-798";
            }

            foreach (var item in owasp)
            {
                yield return "external/owasp-nhi/" + item.Replace(":", "-").ToLowerInvariant();
            }
        }

        private static string Level(FindingSeverity severity) =>
            severity == FindingSeverity.Error ? "error" : severity == FindingSeverity.Warning ? "warning" : "note";

        private static string DefaultLevel(RuleInfo rule, TimeCheckMode timeChecks)
        {
            switch (rule.DefaultSeverity)
            {
                case RuleSeverity.Error:
                    return "error";
                case RuleSeverity.Warning:
                    return "warning";
                case RuleSeverity.Info:
                    return "note";
                default:
                    return timeChecks == TimeCheckMode.Error ? "error" : timeChecks == TimeCheckMode.Warning ? "warning" : "none";
            }
        }

        private static string Name(TimeCheckMode mode) => mode == TimeCheckMode.Error ? "error" : mode == TimeCheckMode.Warning ? "warning" : "off";

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
