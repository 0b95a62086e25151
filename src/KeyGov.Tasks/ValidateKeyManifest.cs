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
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KeyGov.Tasks
{
    /// <summary>
    /// Validates keygov.json on every build and logs each finding at its manifest line and column, with its rule's
    /// help link, so that it clicks through; writes the SARIF log and the inventory evidence when asked. Thin adapter:
    /// Core reads, checks and writes; this task reads the file, applies the build's severity settings and logs.
    /// </summary>
    public sealed class ValidateKeyManifest : Task
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

        /// <summary>Written only when the manifest has no finding at all, so that an incremental build never skips a bad manifest.</summary>
        public string? StampFile { get; set; }

        /// <summary><c>KeyGovSarifOutput</c>: where to write the SARIF 2.1.0 log of the findings; empty for none.</summary>
        public string? SarifOutput { get; set; }

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

        public override bool Execute()
        {
            try
            {
                Run();
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // Never a crash: an unexpected failure is a clear error on the manifest, not a stack trace.
                Log.LogError(null, RuleIds.KG3001, null, RuleCatalog.KG3001.HelpUri, ManifestPath ?? ProjectFile ?? string.Empty, 0, 0, 0, 0,
                    "KeyGov could not validate the manifest (" + ex.GetType().Name + ": " + ManifestText.Safe(ex.Message) + "); please report it");
            }

            return !Log.HasLoggedErrors;
        }

        private void Run()
        {
            if (!TryGetOptions(out var options))
            {
                return;
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
            WriteSarif(reported, options);
            WriteInventory(manifest, reported, options, manifestPath, sha256, evidence);
            Print(reported, manifestPath, sha256, options);
            Stamp(reported.Count == 0, options);
        }

        /// <summary>
        /// Reads the provider exports (their own problems are findings at the export) and, with a readable manifest that
        /// takes part (it declares <c>providerScopes</c>, or the build names exports), reconciles it with them: KG3019–KG3024.
        /// </summary>
        private ProviderEvidence? Reconcile(KeyManifest? manifest, string manifestPath, ManifestCheckOptions options, SeverityConfiguration severity, List<ReportedFinding> reported)
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

        private void LogConfigurationError(string message) =>
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

        /// <summary>
        /// Logs the findings, once per build for a manifest that several projects share (errors once per node), and once per project for
        /// what concerns the project itself (KG3016), which every target framework of a multi-targeted project meets.
        /// </summary>
        /// <remarks>
        /// Every project (and every target framework of a multi-targeted one) validates the manifest it finds, so a
        /// solution of 30 projects under one keygov.json would print each finding 30 times. The first task of the node
        /// to meet a given result prints it; later ones log one normal-importance line pointing at it. The registry is
        /// MSBuild's own task-object cache with <see cref="RegisteredTaskObjectLifetime.Build"/>: it lives in the node
        /// for exactly one build, so a reused node (node reuse, the IDE, the MSBuild server) prints again in the next
        /// build, where a plain static would stay silent forever. The key is the manifest's full path (or the project's),
        /// its content hash, and everything that shapes the printed lines (evaluation date, time-check mode, and the
        /// rendered findings, which carry each project's severity settings): a project that sees another result prints
        /// its own. Only printing is shared: each project still writes its own SARIF and inventory, and gets no success
        /// stamp. Under <c>-m</c> the registry is per node (process); <see cref="PrintedByAnotherNode"/> shares warnings
        /// across the nodes of the build.
        /// </remarks>
        private void Print(IReadOnlyList<ReportedFinding> reported, string manifestPath, string? sha256, ManifestCheckOptions options)
        {
            var shared = new List<ReportedFinding>();
            var own = new List<ReportedFinding>();
            foreach (var finding in reported)
            {
                (manifestPath.Length > 0 && string.Equals(finding.File, manifestPath, StringComparison.Ordinal) ? shared : own).Add(finding);
            }

            string when = ManifestFormats.FormatDate(options.EvaluationDate) + "|" + options.TimeChecks;
            PrintOnce(shared, manifestPath, "KeyGov.ValidateKeyManifest|" + manifestPath + "|" + sha256 + "|" + when);
            PrintOnce(own, ProjectFile ?? "the project", "KeyGov.ValidateKeyManifest.Project|" + ProjectFile + "|" + when);
        }

        private void PrintOnce(List<ReportedFinding> findings, string subject, string keyPrefix)
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

        // Only the start position: 'keygov.json(14,18): error KG3005' is the canonical form every IDE and CI log parser clicks through.
        private void LogFinding(ReportedFinding reported)
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

        private void WriteSarif(IReadOnlyList<ReportedFinding> reported, ManifestCheckOptions options)
        {
            string? path = FullPath(SarifOutput);
            if (path == null)
            {
                return;
            }

            string log = SarifLogWriter.Write(reported, new SarifLogOptions
            {
                FullName = ToolInfo.Name + " manifest validation (ValidateKeyManifest)",
                SourceRoot = FullPath(SourceRoot),
                EvaluationDate = options.EvaluationDate,
                TimeChecks = options.TimeChecks,
                Help = RuleDocs.Help,
            });
            WriteFile(path, log, "SARIF log (KeyGovSarifOutput)");
        }

        private void WriteInventory(KeyManifest? manifest, IReadOnlyList<ReportedFinding> reported, ManifestCheckOptions options, string manifestPath, string? sha256,
            ProviderEvidence? evidence)
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

            var inventory = CredentialInventory.Build(manifest, reported, new InventoryProvenance
            {
                ManifestPath = manifestPath.Length == 0 ? "(none found)" : DisplayPath(manifestPath),
                ManifestSha256 = sha256,
                EvaluationDate = options.EvaluationDate,
                TimeChecks = options.TimeChecks,
            }, evidence);
            WriteFile(prefix + ".json", InventoryWriter.ToJson(inventory), "inventory (KeyGovInventoryOutput)");
            WriteFile(prefix + ".md", InventoryWriter.ToMarkdown(inventory), "inventory (KeyGovInventoryOutput)");
        }

        private void WriteFile(string path, string content, string what)
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

        /// <summary>The success stamp (the target's output) exists exactly when the last run found nothing: a finding removes it.</summary>
        private void Stamp(bool clean, ManifestCheckOptions options)
        {
            string? stamp = FullPath(StampFile);
            if (stamp == null)
            {
                return;
            }

            try
            {
                string folder = Path.GetDirectoryName(stamp)!;
                if (!clean)
                {
                    File.Delete(stamp);
                    return;
                }

                Directory.CreateDirectory(folder);

                // Stamps of other days, modes or manifests are stale: keep the folder to the current one.
                foreach (var old in Directory.GetFiles(folder, "keygov.*.validated"))
                {
                    if (!string.Equals(Path.GetFullPath(old), stamp, StringComparison.Ordinal))
                    {
                        File.Delete(old);
                    }
                }

                File.WriteAllText(stamp, ManifestFormats.FormatDate(options.EvaluationDate) + " " + options.TimeChecks + " " + ManifestPath + "\n");
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Without a stamp the target simply runs again next time: never worth failing a build for.
                Log.LogMessage(MessageImportance.Low, "KeyGov could not update its stamp '" + stamp + "': " + ManifestText.Safe(ex.Message));
            }
        }

        private string DisplayPath(string path)
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

        private static string? FullPath(string? path)
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
}
