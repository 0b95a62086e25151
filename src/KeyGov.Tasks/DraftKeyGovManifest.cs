using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace KeyGov.Tasks
{
    /// <summary>
    /// <c>KeyGovDraftManifest</c>: writes into keygov.json (creating it) what this project's credential reads need: the
    /// project joins the entry that lists a source it reads, else a new entry with provider, source and consumer, and owner,
    /// purpose and expiry left empty for a person (the manifest checks point at them). Text edits only, so comments and
    /// layout stay; running it again changes nothing. The projects of a solution draft into one file in turn (a lock file).
    /// </summary>
    public sealed class DraftKeyGovManifest : Task
    {
        private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

        /// <summary>The manifest to write: the project's, or where a new one goes.</summary>
        [Required]
        public string ManifestPath { get; set; } = string.Empty;

        /// <summary>This project's usage facts files (one per target framework).</summary>
        public ITaskItem[]? UsageFacts { get; set; }

        /// <summary><c>KeyGovEvaluationDate</c>: the <c>created</c> date of new entries.</summary>
        public string? EvaluationDate { get; set; }

        public override bool Execute()
        {
            try
            {
                Run();
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                Log.LogError("KeyGov could not draft the manifest '" + ManifestPath + "' (" + ex.GetType().Name + ": " + ManifestText.Safe(ex.Message) + ")");
            }

            return !Log.HasLoggedErrors;
        }

        private void Run()
        {
            var reads = new List<UsageRead>();
            foreach (var item in UsageFacts ?? Array.Empty<ITaskItem>())
            {
                foreach (var usage in CheckKeyGovUsage.ReadFacts(item.GetMetadata("FullPath"), Log) ?? Array.Empty<ProjectUsage>())
                {
                    reads.AddRange(usage.Reads);
                }
            }

            if (reads.Count == 0)
            {
                Log.LogMessage(MessageImportance.High, "KeyGov: no credential read to draft (" + (UsageFacts?.Length ?? 0) + " usage facts file(s))");
                return;
            }

            var created = ManifestFormats.TryParseDate(EvaluationDate, out var date) ? date : DateTime.UtcNow.Date;
            string path = Path.GetFullPath(ManifestPath);
            using (TakeLock(path + ".lock"))
            {
                string? before = File.Exists(path) ? ManifestFile.Read(path).Text : null;
                if (File.Exists(path) && (before == null || ManifestReader.Read(before).Manifest == null))
                {
                    Log.LogError(null, Core.Rules.RuleIds.KG3001, null, path, 0, 0, 0, 0, "KeyGov cannot draft into a manifest it cannot read; fix the KG3001 findings first");
                    return;
                }

                string? text = before;
                int changes = 0;
                var done = new HashSet<string>(StringComparer.Ordinal);
                foreach (var read in reads)
                {
                    var source = read.ToSource();
                    if (!done.Add(source.ManifestField + ":" + source.Name + ":" + read.Consumer) || ManifestText.LooksLikeKey(source.Name))
                    {
                        continue;
                    }

                    var after = ManifestEditor.Register(text, source, read.Provider, read.Consumer, created);
                    if (after != null && after != text)
                    {
                        text = after;
                        changes++;
                    }
                }

                if (changes == 0 || text == null)
                {
                    Log.LogMessage(MessageImportance.High, "KeyGov: " + path + " already covers every credential read of this project");
                    return;
                }

                OutputFile.Write(path, text);
                Log.LogMessage(MessageImportance.High, "KeyGov drafted " + changes + " registration(s) into " + path +
                    "; fill in each new entry's owner, purpose and expires (the build reports them until you do)");
            }
        }

        /// <summary>One project at a time edits the file: the projects of a solution build in parallel.</summary>
        private static FileStream TakeLock(string path)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                }
                catch (IOException) when (clock.Elapsed < LockTimeout)
                {
                    Thread.Sleep(100);
                }
            }
        }
    }
}
