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
    public sealed class ValidateKeyManifest : ManifestTask
    {
        /// <summary>Written only when the manifest has no finding at all, so that an incremental build never skips a bad manifest.</summary>
        public string? StampFile { get; set; }

        /// <summary><c>KeyGovSarifOutput</c>: where to write the SARIF 2.1.0 log of the findings; empty for none.</summary>
        public string? SarifOutput { get; set; }

        /// <summary>
        /// The usage facts of this project's last compile (<see cref="CheckKeyGovUsage"/> writes them), for the inventory:
        /// when the compile does not run again, they are still this code's facts; when it does, the usage task writes the
        /// inventory again after it.
        /// </summary>
        public string? UsageFacts { get; set; }

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
            var evaluation = Evaluate();
            if (evaluation == null)
            {
                return;
            }

            WriteSarif(evaluation.Reported, evaluation.Options);
            WriteInventory(evaluation, CheckKeyGovUsage.ReadFacts(FullPath(UsageFacts), Log));
            Print(evaluation.Reported, evaluation.ManifestPath, evaluation.Sha256, evaluation.Options);
            Stamp(evaluation.Reported.Count == 0, evaluation.Options);
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

    }
}
