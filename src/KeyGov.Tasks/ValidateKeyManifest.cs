using System;
using System.Globalization;
using System.IO;
using System.Text;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KeyGov.Tasks
{
    /// <summary>
    /// Validates keygov.json on every build and logs each finding at its manifest line and column, with its rule's
    /// help link, so that it clicks through. Thin adapter: Core reads and checks, this task only logs.
    /// </summary>
    public sealed class ValidateKeyManifest : Task
    {
        /// <summary>The manifest; empty when none was found.</summary>
        public string? ManifestPath { get; set; }

        /// <summary>The project file, where a missing manifest is reported.</summary>
        public string? ProjectFile { get; set; }

        /// <summary><c>KeyGovEvaluationDate</c>: yyyy-MM-dd; empty means today (UTC).</summary>
        public string? EvaluationDate { get; set; }

        /// <summary><c>KeyGovTimeChecks</c>: error | warning | off.</summary>
        public string? TimeChecks { get; set; }

        /// <summary><c>KeyGovRequireManifest</c>: a missing manifest is an error.</summary>
        public bool RequireManifest { get; set; }

        /// <summary>Written only when the manifest has no finding at all, so that an incremental build never skips a bad manifest.</summary>
        public string? StampFile { get; set; }

        public override bool Execute()
        {
            try
            {
                Run();
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // Never a crash: an unexpected failure is a clear error on the manifest, not a stack trace.
                LogFinding(RuleCatalog.KG3001, FindingSeverity.Error, ManifestPath ?? ProjectFile ?? string.Empty, 0, 0,
                    "KeyGov could not validate the manifest: " + ex.GetType().Name + ": " + ex.Message);
            }

            return !Log.HasLoggedErrors;
        }

        private void Run()
        {
            if (!TryGetOptions(out var options))
            {
                return;
            }

            string path = ManifestPath ?? string.Empty;
            if (path.Length == 0 || !File.Exists(path))
            {
                ReportMissingManifest(path);
                return;
            }

            string text;
            try
            {
                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                LogFinding(RuleCatalog.KG3001, FindingSeverity.Error, path, 0, 0, "Cannot read the key manifest: " + ex.Message);
                return;
            }

            var findings = ManifestValidator.Validate(text, options);
            foreach (var finding in findings)
            {
                LogFinding(finding.Rule, finding.Severity, path, finding.Line, finding.Column, finding.Message);
            }

            if (findings.Count == 0 && !string.IsNullOrEmpty(StampFile))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(StampFile))!);
                File.WriteAllText(StampFile, options.EvaluationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + options.TimeChecks);
            }
        }

        private bool TryGetOptions(out ManifestCheckOptions options)
        {
            options = null!;
            DateTime date = DateTime.UtcNow.Date;
            if (!string.IsNullOrWhiteSpace(EvaluationDate) &&
                !DateTime.TryParseExact(EvaluationDate!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                LogFinding(RuleCatalog.KG3003, FindingSeverity.Error, ProjectFile ?? string.Empty, 0, 0,
                    "KeyGovEvaluationDate '" + EvaluationDate + "' is not a yyyy-MM-dd date");
                return false;
            }

            TimeCheckMode mode = TimeCheckMode.Warning;
            if (!string.IsNullOrWhiteSpace(TimeChecks) && !TimeCheckModes.TryParse(TimeChecks, out mode))
            {
                LogFinding(RuleCatalog.KG3003, FindingSeverity.Error, ProjectFile ?? string.Empty, 0, 0,
                    "KeyGovTimeChecks '" + TimeChecks + "' is not one of error, warning, off");
                return false;
            }

            options = new ManifestCheckOptions(date, mode);
            return true;
        }

        private void ReportMissingManifest(string path)
        {
            string where = path.Length == 0
                ? "No keygov.json was found in the project folder or above it"
                : Directory.Exists(path) ? "KeyGovManifest '" + path + "' is a folder, not a file" : "KeyGovManifest '" + path + "' does not exist";
            var severity = RequireManifest || Directory.Exists(path) ? FindingSeverity.Error : FindingSeverity.Info;
            LogFinding(RuleCatalog.KG3016, severity, ProjectFile ?? string.Empty, 0, 0,
                where + "; add a keygov.json that inventories the project's AI credentials (see " + KeyGovLinks.DocsBase + "manifest.md)");
        }

        // Only the start position: 'keygov.json(14,18): error KG3005' is the canonical form every IDE and CI log parser clicks through.
        private void LogFinding(RuleInfo rule, FindingSeverity severity, string file, int line, int column, string message)
        {
            switch (severity)
            {
                case FindingSeverity.Error:
                    Log.LogError(null, rule.Id, null, rule.HelpUri, file, line, column, 0, 0, message);
                    break;
                case FindingSeverity.Warning:
                    Log.LogWarning(null, rule.Id, null, rule.HelpUri, file, line, column, 0, 0, message);
                    break;
                default:
                    Log.LogMessage(null, rule.Id, null, file, line, column, 0, 0, MessageImportance.High, message);
                    break;
            }
        }
    }
}
