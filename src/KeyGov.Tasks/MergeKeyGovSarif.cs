using System;
using System.Collections.Generic;
using System.IO;
using KeyGov.Core.Rules;
using KeyGov.Core.Sarif;
using Microsoft.Build.Framework;

namespace KeyGov.Tasks
{
    /// <summary>
    /// <c>KeyGovSarifMerge</c>: folds the per-project KeyGov logs of a solution into one file for a single upload.
    /// A finding several logs share (a manifest finding every project reports, a finding of each target framework)
    /// is kept once; the allow-lists are joined.
    /// </summary>
    public sealed class MergeKeyGovSarif : SarifTask
    {
        [Required]
        public ITaskItem[] Inputs { get; set; } = Array.Empty<ITaskItem>();

        protected override string Doing => "merge the SARIF logs into '" + OutputFile + "'";

        protected override bool FailureIsError => true;

        protected override void Run()
        {
            string output = Path.GetFullPath(OutputFile);
            var results = new List<IReadOnlyList<SarifResult>>();
            var allowances = new List<IReadOnlyList<SarifAllowance>>();
            int files = 0;
            string? timeChecks = null;
            string? evaluationDate = null;
            foreach (var input in Inputs)
            {
                string path = input.GetMetadata("FullPath");
                if (string.Equals(path, output, StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
                {
                    continue;
                }

                var content = SarifFiles.Read(Log, path, null, Path.GetDirectoryName(path));
                if (content != null)
                {
                    results.Add(content.Results);
                    allowances.Add(content.Allowances);
                    timeChecks ??= content.TimeChecks;
                    evaluationDate ??= content.EvaluationDate;
                    files++;
                }
            }

            if (files == 0)
            {
                Log.LogWarning("KeyGov found no SARIF log to merge (" + Inputs.Length + " inputs); build with -p:KeyGovSarif=true first, " +
                    "or list the logs as KeyGovSarifMergeInput items. Writing a log with no findings to '" + output + "'");
            }

            var merged = SarifMerger.Merge(results);
            var options = SarifFiles.ReviewOptions(SourceRootPath, SarifMerger.MergeAllowances(allowances), evaluationDate, timeChecks);
            if (SarifFiles.Write(Log, output, SarifLogWriter.Write(RuleCatalog.All, merged, options)))
            {
                Log.LogMessage(MessageImportance.High, "KeyGov SARIF: merged {0} logs ({1} findings) -> {2}", files, merged.Count, output);
            }
        }
    }
}
