using System;
using System.Collections.Generic;
using System.IO;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;
using KeyGov.Core.Sarif;

namespace KeyGov.Tasks
{
    /// <summary>
    /// <c>KeyGovSarif=true</c>: writes the project's one KeyGov SARIF log for code review — the analyzer findings of
    /// the compiler's error log and the manifest findings of <see cref="ValidateKeyManifest"/> in one run of tool
    /// KeyGov, only KG rules, each with its help page; URIs relative to <c>%SRCROOT%</c>; partial fingerprints that
    /// survive moved lines; suppressions with their justification; the manifest's allow-list in the run's properties.
    /// Runs after a failed compile too. It is evidence, not a gate: a problem is a warning, never a failed build.
    /// </summary>
    public sealed class WriteKeyGovSarif : SarifTask
    {
        /// <summary><c>$(ErrorLog)</c>: the compiler's log (<c>path,version=2.1</c>); missing when nothing was compiled.</summary>
        public string? CompilerLog { get; set; }

        /// <summary>The manifest task's own SARIF log; missing when the manifest was not validated.</summary>
        public string? ManifestLog { get; set; }

        /// <summary>keygov.json, for its <c>allow</c> entries.</summary>
        public string? ManifestPath { get; set; }

        /// <summary><c>$(PathMap)</c>: the compiler reports mapped paths (<c>/_/…</c>) in deterministic CI builds.</summary>
        public string? PathMap { get; set; }

        /// <summary>The folder relative paths in the logs start from: the project's.</summary>
        public string? ProjectDirectory { get; set; }

        public string? EvaluationDate { get; set; }

        public string? TimeChecks { get; set; }

        protected override string Doing => "write the SARIF log '" + OutputFile + "'";

        // Evidence, not a gate: never a failed build.
        protected override bool FailureIsError => false;

        protected override void Run()
        {
            string? root = SourceRootPath;
            var logs = new List<IReadOnlyList<SarifResult>>();
            string? compilerLog = FullPath(SarifFiles.ErrorLogPath(CompilerLog));
            if (compilerLog != null && File.Exists(compilerLog))
            {
                var compiler = SarifFiles.Read(Log, compilerLog, PathMap, ProjectDirectory);
                if (compiler != null)
                {
                    SarifFingerprints.Assign(compiler.Results, root, SarifFiles.LineReader());
                    logs.Add(compiler.Results);
                }
            }

            string? manifestLog = FullPath(ManifestLog);
            if (manifestLog != null && File.Exists(manifestLog))
            {
                var manifestFindings = SarifFiles.Read(Log, manifestLog, null, ProjectDirectory);
                if (manifestFindings != null)
                {
                    logs.Add(manifestFindings.Results);
                }
            }

            var results = SarifMerger.Merge(logs);
            var options = SarifFiles.ReviewOptions(root, Allowances(), EvaluationDate, TimeChecks);
            string output = FullPath(OutputFile)!;
            SarifFiles.Write(Log, output, SarifLogWriter.Write(RuleCatalog.All, results, options));
        }

        private IReadOnlyList<SarifAllowance> Allowances()
        {
            string? path = FullPath(ManifestPath);
            if (path == null || !File.Exists(path))
            {
                return Array.Empty<SarifAllowance>();
            }

            var manifest = ManifestReader.Read(File.ReadAllText(path)).Manifest;
            var allowances = new List<SarifAllowance>();
            if (manifest != null)
            {
                foreach (var entry in manifest.Allow)
                {
                    if (entry.Fingerprint != null && !entry.IsInvalid("fingerprint"))
                    {
                        allowances.Add(new SarifAllowance(entry.Fingerprint.Value, entry.Reason?.Value, entry.Owner?.Value));
                    }
                }
            }

            return allowances;
        }

        private string? FullPath(string? path) =>
            string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(Path.Combine(ProjectDirectory ?? Directory.GetCurrentDirectory(), path!.Trim()));
    }
}
