using System;
using System.IO;
using KeyGov.Core.Manifest;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace KeyGov.Tasks
{
    /// <summary>
    /// What the SARIF tasks (<see cref="WriteKeyGovSarif"/>, <see cref="MergeKeyGovSarif"/>) share: the output and the
    /// source root, and an <see cref="Execute"/> that turns an unexpected failure into one clear line, never a stack trace.
    /// </summary>
    public abstract class SarifTask : Task
    {
        /// <summary>The SARIF log to write.</summary>
        [Required]
        public string OutputFile { get; set; } = string.Empty;

        /// <summary><c>KeyGovSourceRoot</c>: the base of relative URIs (<c>%SRCROOT%</c>).</summary>
        public string? SourceRoot { get; set; }

        /// <summary>What the task does, for the failure line: "write the SARIF log 'x'".</summary>
        protected abstract string Doing { get; }

        /// <summary>True when a failure fails the build (the merge, asked for by name); false for evidence written on the side.</summary>
        protected abstract bool FailureIsError { get; }

        public override bool Execute()
        {
            try
            {
                Run();
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                string message = "KeyGov could not " + Doing + " (" + ex.GetType().Name + ": " + ManifestText.Safe(ex.Message) + ")";
                if (FailureIsError)
                {
                    Log.LogError(message);
                }
                else
                {
                    Log.LogWarning(message + "; please report it");
                }
            }

            return !FailureIsError || !Log.HasLoggedErrors;
        }

        protected abstract void Run();

        /// <summary>The source root as a full path; null when none was given.</summary>
        protected string? SourceRootPath => string.IsNullOrWhiteSpace(SourceRoot) ? null : Path.GetFullPath(SourceRoot);
    }
}
