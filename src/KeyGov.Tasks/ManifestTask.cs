using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using KeyGov.Core.Inventory;
using KeyGov.Core.Manifest;
using KeyGov.Core.Providers;
using KeyGov.Core.Rules;
using KeyGov.Core.Sarif;
using KeyGov.Core.Usage;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KeyGov.Tasks
{
    /// <summary>
    /// What the tasks that judge keygov.json share (<see cref="ValidateKeyManifest"/> before the compile,
    /// <see cref="CheckKeyGovUsage"/> after it): the KeyGov properties, reading and checking the manifest with the build's
    /// severity settings, the provider exports, logging a finding so that it clicks through, and the inventory evidence.
    /// </summary>
    public abstract class ManifestTask : Task
    {
        // Guards the check-then-register of the once-per-node registry (MSBuild may run tasks of several projects at once).
        private static readonly object PrintedGate = new object();

        /// <summary>The manifest; empty when none was found.</summary>
        public string? ManifestPath { get; set; }

        /// <summary>The project file, where a missing manifest is reported.</summary>
        public string? ProjectFile { get; set; }

        /// <summary>The inner build's target framework, to name the project that reported a shared manifest's findings.</summary>
        public string? TargetFramework { get; set; }

        /// <summary><c>KeyGovEvaluationDate</c>: yyyy-MM-dd; empty means today (UTC).</summary>
        public string? EvaluationDate { get; set; }

        /// <summary><c>KeyGovTimeChecks</c>: error | warning | off.</summary>
        public string? TimeChecks { get; set; }

        /// <summary><c>KeyGovRequireManifest</c>: a missing manifest is an error.</summary>
        public bool RequireManifest { get; set; }

        /// <summary><c>KeyGovInventoryOutput</c>: path prefix of the inventory evidence (<c>.json</c> and <c>.md</c>); empty for none.</summary>
        public string? InventoryOutput { get; set; }

        /// <summary><c>KeyGovSourceRoot</c>: the base of relative paths in the SARIF log (<c>%SRCROOT%</c>) and the inventory.</summary>
        public string? SourceRoot { get; set; }

        /// <summary>
        /// <c>KeyGovProviderExports</c> and the <c>KeyGovProviderExport</c> items: saved responses of the providers'
        /// key-listing admin APIs (docs/provider-exports.md), each with the metadata <c>Scope</c> (the OpenAI project or
        /// organization id the file lists, which OpenAI's list objects do not carry).
        /// </summary>
        public ITaskItem[]? ProviderExports { get; set; }

        /// <summary><c>$(MSBuildWarningsAsMessages);$(NoWarn)</c>: rules logged as low-importance messages, errors included.</summary>
        public string? WarningsAsMessages { get; set; }

        /// <summary><c>$(MSBuildWarningsAsErrors)</c>: warnings logged as errors.</summary>
        public string? WarningsAsErrors { get; set; }

        /// <summary><c>$(MSBuildWarningsNotAsErrors)</c>: exempt from <see cref="TreatWarningsAsErrors"/>.</summary>
        public string? WarningsNotAsErrors { get; set; }

        /// <summary><c>$(MSBuildTreatWarningsAsErrors)</c>.</summary>
        public bool TreatWarningsAsErrors { get; set; }

        /// <summary>
        /// Reads and checks the manifest (a missing one is KG3016 on the project) and reconciles it with the provider exports,
        /// each finding with the build's severity settings applied; null when a KeyGov property is invalid (logged).
        /// </summary>
        protected ManifestEvaluation? Evaluate()
        {
            if (!TryGetOptions(out var options))
            {
                return null;
            }

            var severity = new SeverityConfiguration(WarningsAsErrors, WarningsAsMessages, WarningsNotAsErrors, TreatWarningsAsErrors);
            string projectFile = ProjectFile ?? string.Empty;
            string manifestPath = FullPath(ManifestPath) ?? string.Empty;

            KeyManifest? manifest = null;
            string? sha256 = null;
            var reported = new List<ReportedFinding>();
            if (manifestPath.Length == 0 || !File.Exists(manifestPath))
            {
                reported.Add(severity.Apply(MissingManifest(manifestPath), projectFile));
            }
            else
            {
                var file = ManifestFile.Read(manifestPath);
                sha256 = file.Sha256;
                IReadOnlyList<ManifestFinding> findings;
                if (file.Text == null)
                {
                    findings = file.Problems;
                }
                else
                {
                    var validation = ManifestValidator.Run(file.Text, options);
                    manifest = validation.Manifest;
                    findings = validation.Findings;
                }

                foreach (var finding in findings)
                {
                    reported.Add(severity.Apply(finding, manifestPath));
                }
            }

            var evidence = Reconcile(manifest, manifestPath, options, severity, reported);
            return new ManifestEvaluation(options, severity, manifestPath, manifest, sha256, reported, evidence);
        }

        /// <summary>
        /// Reads the provider exports (their own problems are findings at the export) and, with a readable manifest that
        /// takes part (it declares <c>providerScopes</c>, or the build names exports), reconciles it with them: KG3019–KG3024.
        /// </summary>
        protected ProviderEvidence? Reconcile(KeyManifest? manifest, string manifestPath, ManifestCheckOptions options, SeverityConfiguration severity, List<ReportedFinding> reported)
        {
            var exports = new List<ProviderExport>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in ProviderExports ?? Array.Empty<ITaskItem>())
            {
                string? path = FullPath(item.ItemSpec);
                if (path == null || !seen.Add(path))
                {
                    continue;
                }

                string scope = item.GetMetadata("Scope");
                var export = ProviderExportFile.Read(path, scope);
                exports.Add(export);
                foreach (var finding in export.Findings)
                {
                    reported.Add(severity.Apply(finding, path));
                }

                if (string.IsNullOrWhiteSpace(scope) && export.Keys.Count > 0 && export.Keys[0].Provider == "openai")
                {
                    Log.LogMessage(MessageImportance.Normal,
                        "KeyGov: the provider export '" + path + "' has no Scope metadata, and OpenAI's list objects do not say which project or organization they belong to;" +
                        " its keys are matched to entries but never judged as shadow keys (KG3019, KG3023). Set Scope on its KeyGovProviderExport item (docs/provider-exports.md)");
                }
            }

            if (manifest == null || (exports.Count == 0 && manifest.ProviderScopes.Count == 0))
            {
                return null;
            }

            var reconciliation = ProviderReconciler.Reconcile(manifest, exports, options);
            foreach (var finding in reconciliation.Findings)
            {
                reported.Add(severity.Apply(finding.Finding, finding.ExportFile ?? manifestPath));
            }

            return reconciliation.Evidence;
        }

        private bool TryGetOptions(out ManifestCheckOptions options)
        {
            options = null!;
            DateTime date = DateTime.UtcNow.Date;
            if (!string.IsNullOrWhiteSpace(EvaluationDate) && !ManifestFormats.TryParseDate(EvaluationDate!.Trim(), out date))
            {
                LogConfigurationError("KeyGovEvaluationDate '" + ManifestText.Safe(EvaluationDate) + "' is not a yyyy-MM-dd date between " +
                    ManifestFormats.FormatDate(ManifestFormats.MinDate) + " and " + ManifestFormats.FormatDate(ManifestFormats.MaxDate));
                return false;
            }

            TimeCheckMode mode = TimeCheckMode.Warning;
            if (!string.IsNullOrWhiteSpace(TimeChecks) && !TimeCheckModes.TryParse(TimeChecks, out mode))
            {
                LogConfigurationError("KeyGovTimeChecks '" + ManifestText.Safe(TimeChecks!) + "' is not one of error, warning, off");
                return false;
            }

            options = new ManifestCheckOptions(date, mode);
            return true;
        }

        protected void LogConfigurationError(string message) =>
            Log.LogError(null, RuleIds.KG3003, null, RuleCatalog.KG3003.HelpUri, ProjectFile ?? string.Empty, 0, 0, 0, 0, message);

        /// <summary>KG3016 on the project: no manifest found (info, or error when required), or a configured path that is a folder or missing (error).</summary>
        private ManifestFinding MissingManifest(string path)
        {
            string problem;
            bool error;
            if (path.Length == 0)
            {
                problem = "No keygov.json was found in the project folder or above it";
                error = RequireManifest;
            }
            else
            {
                problem = "KeyGovManifest '" + path + "' " + (Directory.Exists(path) ? "is a folder, not a file" : "does not exist");
                error = true;
            }

            return new ManifestFinding(RuleCatalog.KG3016, error ? FindingSeverity.Error : FindingSeverity.Info,
                problem + "; add a keygov.json that inventories the project's AI credentials (see " + KeyGovLinks.DocsBase + "manifest.md)",
                0, 0, 0, 0, null);
        }

        // Only the start position: 'keygov.json(14,18): error KG3005' is the canonical form every IDE and CI log parser clicks through.
        protected void LogFinding(ReportedFinding reported)
        {
            var finding = reported.Finding;
            var rule = finding.Rule;
            string file = reported.File;
            if (reported.Suppressed)
            {
                Log.LogMessage(null, rule.Id, null, file, finding.Line, finding.Column, 0, 0, MessageImportance.Low, finding.Message);
                return;
            }

            switch (reported.Severity)
            {
                case FindingSeverity.Error:
                    Log.LogError(null, rule.Id, null, rule.HelpUri, file, finding.Line, finding.Column, 0, 0, finding.Message);
                    break;
                case FindingSeverity.Warning:
                    Log.LogWarning(null, rule.Id, null, rule.HelpUri, file, finding.Line, finding.Column, 0, 0, finding.Message);
                    break;
                default:
                    Log.LogMessage(null, rule.Id, null, file, finding.Line, finding.Column, 0, 0, MessageImportance.High, finding.Message);
                    break;
            }
        }

        /// <summary>The inventory evidence (<c>KeyGovInventoryOutput</c>), with the usage facts of the build when there are any.</summary>
        protected void WriteInventory(ManifestEvaluation evaluation, IReadOnlyList<ProjectUsage>? usage)
        {
            string? prefix = FullPath(InventoryOutput);
            if (prefix == null)
            {
                return;
            }

            if (prefix.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || prefix.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                prefix = prefix.Substring(0, prefix.LastIndexOf('.'));
            }

            var inventory = CredentialInventory.Build(evaluation.Manifest, evaluation.Reported, new InventoryProvenance
            {
                ManifestPath = evaluation.ManifestPath.Length == 0 ? "(none found)" : DisplayPath(evaluation.ManifestPath),
                ManifestSha256 = evaluation.Sha256,
                EvaluationDate = evaluation.Options.EvaluationDate,
                TimeChecks = evaluation.Options.TimeChecks,
            }, evaluation.Evidence, usage);
            WriteFile(prefix + ".json", InventoryWriter.ToJson(inventory), "inventory (KeyGovInventoryOutput)");
            WriteFile(prefix + ".md", InventoryWriter.ToMarkdown(inventory), "inventory (KeyGovInventoryOutput)");
        }

        protected void WriteFile(string path, string content, string what)
        {
            try
            {
                OutputFile.Write(path, content); // atomic: a solution may point every project at one inventory
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                // Evidence that was asked for and is missing must not pass unnoticed.
                Log.LogError("KeyGov could not write the " + what + " to '" + path + "': " + ManifestText.Safe(ex.Message));
            }
        }

        protected string DisplayPath(string path)
        {
            string? root = FullPath(SourceRoot);
            if (root != null)
            {
                var (uri, relative) = SarifLogWriter.ArtifactUri(path, root);
                if (relative)
                {
                    return Uri.UnescapeDataString(uri);
                }
            }

            return path;
        }

        protected static string? FullPath(string? path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                return null;
            }

            try
            {
                return Path.GetFullPath(path!.Trim());
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                return path!.Trim();
            }
        }

        /// <summary>
        /// Logs the findings unless another project (or target framework) of this build printed the same result already:
        /// then one normal-importance line points at it (<see cref="ValidateKeyManifest"/> says why).
        /// </summary>
        protected void PrintOnce(List<ReportedFinding> findings, string subject, string keyPrefix)
        {
            if (findings.Count == 0)
            {
                return;
            }

            string key = keyPrefix + "|" + Digest(findings);
            string me = Path.GetFileNameWithoutExtension(ProjectFile ?? "project") + (string.IsNullOrEmpty(TargetFramework) ? string.Empty : " (" + TargetFramework + ")");
            string? printedBy = null;
            if (BuildEngine is IBuildEngine4 engine)
            {
                lock (PrintedGate)
                {
                    printedBy = engine.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) as string;
                    if (printedBy == null)
                    {
                        printedBy = PrintedByAnotherNode(engine, key, findings);
                        engine.RegisterTaskObject(key, printedBy ?? me, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
                    }
                }
            }

            if (printedBy == null)
            {
                foreach (var finding in findings)
                {
                    LogFinding(finding);
                }

                return;
            }

            int errors = 0, warnings = 0;
            foreach (var finding in findings)
            {
                errors += finding.IsError ? 1 : 0;
                warnings += !finding.Suppressed && finding.Severity == FindingSeverity.Warning ? 1 : 0;
            }

            Log.LogMessage(MessageImportance.Normal,
                "KeyGov: the " + findings.Count + " finding(s) of " + subject + " (" + errors + " error(s), " + warnings + " warning(s)) were printed earlier in this build by " +
                printedBy + "; they apply to " + me + " too and are in its SARIF and inventory, but are not repeated here");
        }

        /// <summary>
        /// Under <c>-m</c>, whether another node of the build printed this result: the first node to take its
        /// <see cref="PrintLock"/> prints and holds the lock until the build ends (a Build-lifetime task object, disposed
        /// by MSBuild on every node). Errors are never left to another node: the lock is per machine, not per build, so a
        /// second build running at the same time could otherwise pass without the error; they print on every node.
        /// </summary>
        private static string? PrintedByAnotherNode(IBuildEngine4 engine, string key, List<ReportedFinding> findings)
        {
            if (!engine.IsRunningMultipleNodes || findings.Exists(f => f.IsError))
            {
                return null;
            }

            var held = PrintLock.TryTake(key, out bool unavailable);
            if (held != null)
            {
                engine.RegisterTaskObject(key + "|lock", held, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
                return null;
            }

            return unavailable ? null : "another node of this build";
        }

        private static string Digest(IReadOnlyList<ReportedFinding> findings)
        {
            var text = new StringBuilder();
            foreach (var finding in findings)
            {
                var f = finding.Finding;
                text.Append(finding.RuleId).Append('|').Append(finding.Severity).Append('|').Append(finding.Suppressed).Append('|')
                    .Append(f.Line).Append(',').Append(f.Column).Append('|').Append(f.Message).Append('\n');
            }

            byte[] hash;
            using (var sha = SHA256.Create())
            {
                hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
            }

            return Convert.ToBase64String(hash);
        }
    }

    /// <summary>The manifest as one build judges it: options, findings (severity applied) and the provider evidence.</summary>
    public sealed class ManifestEvaluation
    {
        public ManifestEvaluation(ManifestCheckOptions options, SeverityConfiguration severity, string manifestPath, KeyManifest? manifest, string? sha256,
            List<ReportedFinding> reported, ProviderEvidence? evidence)
        {
            Options = options;
            Severity = severity;
            ManifestPath = manifestPath;
            Manifest = manifest;
            Sha256 = sha256;
            Reported = reported;
            Evidence = evidence;
        }

        public ManifestCheckOptions Options { get; }

        public SeverityConfiguration Severity { get; }

        /// <summary>The manifest's full path; empty when none was found.</summary>
        public string ManifestPath { get; }

        /// <summary>Null when missing or unreadable.</summary>
        public KeyManifest? Manifest { get; }

        public string? Sha256 { get; }

        public List<ReportedFinding> Reported { get; }

        public ProviderEvidence? Evidence { get; }
    }
}
