using System;
using System.Collections.Generic;
using System.Text;
using KeyGov.Core.Manifest;
using KeyGov.Core.Json;
using KeyGov.Core.Providers;
using KeyGov.Core.Usage;

namespace KeyGov.Core.Inventory
{
    /// <summary>
    /// Writes the inventory as JSON (for tools) and as a Markdown table (for people). Both writers put every string
    /// through <see cref="ManifestText.Safe"/> once more as they write it, so no path leads a key into the evidence.
    /// </summary>
    public static partial class InventoryWriter
    {
        public static string ToJson(CredentialInventory inventory)
        {
            var source = inventory.Source;
            var json = new JsonWriter();
            json.StartObject()
                .Property("kind", "keygov-inventory")
                .Property("formatVersion", 1)
                .Name("tool").StartObject().Property("name", Sarif.ToolInfo.Name).Property("version", Safe(source.ToolVersion)).EndObject()
                .Name("manifest").StartObject()
                    .Property("path", Safe(source.ManifestPath))
                    .Property("sha256", source.ManifestSha256)
                    .Property("readable", inventory.Readable)
                .EndObject()
                .Property("evaluationDate", ManifestFormats.FormatDate(source.EvaluationDate))
                .Property("timeChecks", Severities.Name(source.TimeChecks));

            var summary = Summarize(inventory);
            json.Name("summary").StartObject()
                .Property("credentials", summary.Credentials)
                .Property("live", summary.Live)
                .Property("revoked", summary.Revoked)
                .Property("expired", summary.Expired)
                .Property("openExceptions", summary.OpenExceptions)
                .Property("errors", summary.Errors)
                .Property("warnings", summary.Warnings)
                .Property("notes", summary.Notes)
                .Property("suppressed", summary.Suppressed)
                .EndObject();

            json.Name("credentials").StartArray();
            foreach (var row in inventory.Rows)
            {
                json.StartObject()
                    .Property("credential", Safe(row.Credential))
                    .Property("provider", Safe(row.Provider))
                    .Property("owner", Safe(row.Owner))
                    .Property("purpose", Safe(row.Purpose))
                    .Property("risk", row.Risk)
                    .Name("environments").Strings(row.Environments, Safe)
                    .Name("consumers").Strings(row.Consumers, Safe)
                    .Property("status", row.Status)
                    .Property("expires", Date(row.Expires))
                    .Name("daysLeft");
                if (row.DaysLeft is int days)
                {
                    json.Number(days);
                }
                else
                {
                    json.Null();
                }

                json.Property("expired", row.Expired)
                    .Property("lastRotated", Date(row.LastRotated))
                    .Property("lastReviewed", Date(row.LastReviewed))
                    .Name("openExceptions").StartArray();
                if (row.OpenException is InventoryException exception)
                {
                    json.StartObject()
                        .Property("reason", Safe(exception.Reason))
                        .Property("approvedBy", Safe(exception.ApprovedBy))
                        .Property("approved", Date(exception.Approved))
                        .Property("expires", Date(exception.Expires))
                        .Property("ticket", Safe(exception.Ticket))
                        .EndObject();
                }

                json.EndArray()
                    .Property("keyType", Safe(row.KeyType))
                    .Name("apis");
                if (row.ApprovedApis == null)
                {
                    json.Null(); // no limit set: any API
                }
                else
                {
                    json.Strings(row.ApprovedApis, Safe);
                }

                json.Name("keyless").StartObject()
                    .Property("status", row.Keyless ?? (Usage.KeylessAuth.IsOffered(row.Provider) ? "possible" : "not-offered"))
                    .Property("alternative", Usage.KeylessAuth.ShortName(row.Provider))
                    .Property("by", Date(row.KeylessBy))
                    .Property("reason", Safe(row.KeylessReason))
                    .EndObject();
                if (inventory.Providers != null)
                {
                    json.Name("atProvider");
                    WriteFacts(json, row.AtProvider);
                }

                if (inventory.Usage != null)
                {
                    json.Name("reads");
                    WriteReads(json, row.Reads);
                    WriteApisUsed(json, row.Reads);
                }

                WriteFindings(json, row.Findings);
                json.EndObject();
            }

            json.EndArray();
            if (inventory.Usage is UsageEvidence usage)
            {
                WriteUsage(json, usage);
            }

            if (inventory.Providers is ProviderEvidence providers)
            {
                json.Name("providerExports").Strings(providers.Exports, Safe).Name("shadowKeys").StartArray();
                foreach (var key in providers.ShadowKeys)
                {
                    WriteFacts(json, key);
                }

                json.EndArray();
            }

            WriteFindings(json, inventory.GeneralFindings);
            json.EndObject();
            return json.ToString();
        }

        public static string ToMarkdown(CredentialInventory inventory)
        {
            var source = inventory.Source;
            var summary = Summarize(inventory);
            var md = new StringBuilder();
            md.Append("# Credential inventory\n\n");
            md.Append("Evidence written by KeyGov from the key manifest; it holds no key, only the manifest's governance facts.\n\n");
            md.Append("| | |\n|---|---|\n");
            Row(md, "Manifest", "`" + Cell(source.ManifestPath) + "`");
            Row(md, "Manifest SHA-256", source.ManifestSha256 == null ? "(no manifest)" : "`" + source.ManifestSha256 + "`");
            Row(md, "Evaluation date", ManifestFormats.FormatDate(source.EvaluationDate));
            Row(md, "Time checks", Severities.Name(source.TimeChecks));
            Row(md, "KeyGov", Cell(source.ToolVersion));
            Row(md, "Credentials", summary.Credentials + " (" + summary.Live + " live, " + summary.Revoked + " revoked, " + summary.Expired + " expired, " +
                summary.OpenExceptions + " with an open exception)");
            Row(md, "Findings", summary.Errors + " errors, " + summary.Warnings + " warnings, " + summary.Notes + " notes, " + summary.Suppressed + " suppressed");
            md.Append('\n');

            if (!inventory.Readable)
            {
                md.Append("The manifest could not be read; the findings below say why.\n\n");
            }
            else
            {
                md.Append("| Credential | Provider | Owner | Purpose | Risk | Environments | Consumers | Status | Expires | Days left | Last rotated | Last reviewed | Open exceptions | Key type | Approved APIs | Keyless | Findings |\n");
                md.Append("|---|---|---|---|---|---|---|---|---|---:|---|---|---|---|---|---|---|\n");
                foreach (var row in inventory.Rows)
                {
                    md.Append("| ").Append(Cell(row.Credential))
                      .Append(" | ").Append(Cell(row.Provider))
                      .Append(" | ").Append(Cell(row.Owner))
                      .Append(" | ").Append(Cell(row.Purpose))
                      .Append(" | ").Append(row.Risk)
                      .Append(" | ").Append(Cells(row.Environments))
                      .Append(" | ").Append(Cells(row.Consumers))
                      .Append(" | ").Append(row.Status + (row.Expired ? " (expired)" : string.Empty))
                      .Append(" | ").Append(Date(row.Expires) ?? "—")
                      .Append(" | ").Append(row.DaysLeft?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—")
                      .Append(" | ").Append(Date(row.LastRotated) ?? "—")
                      .Append(" | ").Append(Date(row.LastReviewed) ?? "—")
                      .Append(" | ").Append(Exception(row.OpenException))
                      .Append(" | ").Append(Cell(row.KeyType))
                      .Append(" | ").Append(row.ApprovedApis == null ? "any" : Cells(row.ApprovedApis))
                      .Append(" | ").Append(Keyless(row))
                      .Append(" | ").Append(RuleIds(row.Findings))
                      .Append(" |\n");
                }

                md.Append('\n');
            }

            if (inventory.Providers is ProviderEvidence evidence)
            {
                WriteProviders(md, inventory, evidence);
            }

            if (inventory.Usage is UsageEvidence reads)
            {
                WriteUsage(md, inventory, reads);
            }

            if (inventory.AllFindings.Count > 0)
            {
                md.Append("## Findings\n\n| Rule | Severity | Credential | Line | Message |\n|---|---|---|---:|---|\n");
                foreach (var finding in inventory.AllFindings)
                {
                    md.Append("| ").Append(finding.RuleId)
                      .Append(" | ").Append(Severities.Level(finding.Severity))
                      .Append(" | ").Append(Cell(Subject(finding.Finding)))
                      .Append(" | ").Append(finding.Finding.Line > 0 ? finding.Finding.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—")
                      .Append(" | ").Append(Cell(finding.Finding.Message))
                      .Append(" |\n");
                }
            }

            return md.ToString();
        }

        /// <summary>One key as the provider lists it (null: the entry names no key); texts from the exports pass <see cref="Safe"/> again.</summary>
        private static void WriteFacts(JsonWriter json, ProviderFacts? facts)
        {
            if (facts == null)
            {
                json.Null();
                return;
            }

            json.StartObject()
                .Property("listed", facts.Listed)
                .Property("matchedBy", Safe(facts.MatchedBy))
                .Property("provider", Safe(facts.Provider))
                .Property("kind", Safe(facts.Kind))
                .Property("keyId", Safe(facts.KeyId))
                .Property("hint", Safe(facts.Hint))
                .Property("scope", Safe(facts.Scope))
                .Property("status", Safe(facts.Status))
                .Property("created", Date(facts.Created))
                .Property("lastUsed", Date(facts.LastUsed))
                .Property("neverUsed", facts.NeverUsed)
                .Property("expiresAt", Date(facts.ExpiresAt))
                .Property("ownerAccess", Safe(facts.OwnerAccess))
                .Property("export", Safe(facts.Export))
                .EndObject();
        }

        private static void WriteProviders(StringBuilder md, CredentialInventory inventory, ProviderEvidence evidence)
        {
            md.Append("## What the providers say\n\n");
            md.Append("From the saved provider exports (").Append(evidence.Exports.Count == 0 ? "none" : Cell(string.Join(", ", evidence.Exports)))
              .Append("); keys are shown only by their redacted hint.\n\n");
            md.Append("| Credential | Key id | Hint | Status | Last used | Owner access | Matched by | Export |\n|---|---|---|---|---|---|---|---|\n");
            foreach (var row in inventory.Rows)
            {
                var facts = row.AtProvider;
                if (facts == null)
                {
                    continue;
                }

                md.Append("| ").Append(Cell(row.Credential));
                if (!facts.Listed)
                {
                    md.Append(" | — | — | ").Append(facts.MatchedBy == null ? "not listed in the exports" : Cell(facts.MatchedBy)).Append(" | — | — | — | — |\n");
                    continue;
                }

                AppendFacts(md, facts);
                md.Append(" | ").Append(Cell(facts.MatchedBy)).Append(" | ").Append(Cell(facts.Export)).Append(" |\n");
            }

            md.Append("\n### Shadow keys\n\n");
            if (evidence.ShadowKeys.Count == 0)
            {
                md.Append("None: every live key within `providerScopes` is inventoried.\n\n");
                return;
            }

            md.Append("| Provider | Kind | Scope | Key id | Hint | Status | Last used | Owner access | Export |\n|---|---|---|---|---|---|---|---|---|\n");
            foreach (var key in evidence.ShadowKeys)
            {
                md.Append("| ").Append(Cell(key.Provider)).Append(" | ").Append(Cell(key.Kind)).Append(" | ").Append(Cell(key.Scope));
                AppendFacts(md, key);
                md.Append(" | ").Append(Cell(key.Export)).Append(" |\n");
            }

            md.Append('\n');
        }

        private static void AppendFacts(StringBuilder md, ProviderFacts facts) =>
            md.Append(" | ").Append(Cell(facts.KeyId))
              .Append(" | ").Append(facts.Hint == null ? "—" : "`" + Cell(facts.Hint) + "`")
              .Append(" | ").Append(Cell(facts.Status))
              .Append(" | ").Append(facts.NeverUsed ? "never" : Date(facts.LastUsed) ?? "—")
              .Append(" | ").Append(Cell(facts.OwnerAccess));

        private static void WriteFindings(JsonWriter json, IReadOnlyList<ReportedFinding> findings)
        {
            json.Name("findings").StartArray();
            foreach (var finding in findings)
            {
                json.StartObject()
                    .Property("ruleId", finding.RuleId)
                    .Property("severity", Severities.Level(finding.Severity))
                    .Property("suppressed", finding.Suppressed)
                    .Property("message", Safe(finding.Finding.Message))
                    .Property("line", finding.Finding.Line)
                    .Property("column", finding.Finding.Column)
                    .EndObject();
            }

            json.EndArray();
        }

        private static string Subject(ManifestFinding finding) =>
            finding.CredentialId ?? (finding.CredentialIndex is int index ? "credentials[" + index + "]" : "—");

        private static string Exception(InventoryException? exception)
        {
            if (exception == null)
            {
                return "—";
            }

            string text = (exception.Ticket ?? "exception") + (exception.Expires is DateTime end ? " until " + Date(end) : " (no end date)") +
                (exception.ApprovedBy != null ? ", approved by " + exception.ApprovedBy : string.Empty);
            return Cell(text);
        }

        /// <summary>Whether keyless auth is possible: the entry's answer, else what the provider offers.</summary>
        private static string Keyless(InventoryRow row)
        {
            if (row.Keyless == null)
            {
                return Usage.KeylessAuth.ShortName(row.Provider) is string alternative ? "possible: " + alternative : "not offered by the provider";
            }

            string text = row.Keyless + (row.KeylessBy is DateTime by ? " by " + Date(by) : string.Empty);
            return Cell(row.KeylessReason == null ? text : text + " (" + row.KeylessReason + ")");
        }

        private static string RuleIds(IReadOnlyList<ReportedFinding> findings)
        {
            if (findings.Count == 0)
            {
                return "—";
            }

            var ids = new List<string>();
            foreach (var finding in findings)
            {
                string id = finding.RuleId + (finding.Suppressed ? " (suppressed)" : string.Empty);
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            return string.Join(", ", ids);
        }

        private static void Row(StringBuilder md, string name, string value) => md.Append("| ").Append(name).Append(" | ").Append(value).Append(" |\n");

        private static string Cells(IReadOnlyList<string> values) => values.Count == 0 ? "—" : Cell(string.Join(", ", values));

        /// <summary>A table cell: safe, one line, with Markdown table and HTML characters escaped.</summary>
        private static string Cell(string? text) => string.IsNullOrEmpty(text) ? "—" : Escape(Safe(text)!);

        /// <summary>One line, with Markdown table and HTML characters escaped: for a text already made safe.</summary>
        private static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '|':
                        builder.Append("\\|");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case '<':
                        builder.Append("&lt;");
                        break;
                    case '>':
                        builder.Append("&gt;");
                        break;
                    case '`':
                        builder.Append("\\`");
                        break;
                    case '\r':
                    case '\n':
                    case '\t':
                        builder.Append(' ');
                        break;
                    default:
                        builder.Append(c < ' ' ? ' ' : c);
                        break;
                }
            }

            return builder.ToString();
        }

        private static string? Safe(string? text) => text == null ? null : ManifestText.Safe(text);

        private static string? Date(DateTime? date) => date is DateTime d ? ManifestFormats.FormatDate(d) : null;

        private static Summary Summarize(CredentialInventory inventory)
        {
            var summary = new Summary();
            foreach (var row in inventory.Rows)
            {
                summary.Credentials++;
                if (row.Status == "revoked")
                {
                    summary.Revoked++;
                }
                else
                {
                    summary.Live++;
                }

                if (row.Expired)
                {
                    summary.Expired++;
                }

                if (row.OpenException != null)
                {
                    summary.OpenExceptions++;
                }
            }

            foreach (var finding in inventory.AllFindings)
            {
                if (finding.Suppressed)
                {
                    summary.Suppressed++;
                }
                else if (finding.Severity == FindingSeverity.Error)
                {
                    summary.Errors++;
                }
                else if (finding.Severity == FindingSeverity.Warning)
                {
                    summary.Warnings++;
                }
                else
                {
                    summary.Notes++;
                }
            }

            return summary;
        }

        private sealed class Summary
        {
            public int Credentials;
            public int Live;
            public int Revoked;
            public int Expired;
            public int OpenExceptions;
            public int Errors;
            public int Warnings;
            public int Notes;
            public int Suppressed;
        }
    }
}
