using System;
using System.Collections.Generic;
using System.IO;
using KeyGov.Core.Manifest;
using KeyGov.Core.Sarif;
using KeyGov.Core.Usage;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KeyGov.Tasks
{
    /// <summary>
    /// After the compile: reads the usage facts (<see cref="UsageFact"/>) from the compiler's SARIF log, writes them as
    /// the project's usage facts file (for <c>KeyGovInventoryMerge</c> and <c>KeyGovDraftManifest</c>), and writes the
    /// inventory with its usage evidence. A log that is missing or unreadable writes no facts: no facts is not the same as
    /// no reads. (KG3017 needs no facts: the analyzer judges it in the compile.)
    /// </summary>
    public sealed class CheckKeyGovUsage : ManifestTask
    {
        /// <summary>The compiler's <c>ErrorLog</c> value (a path, optionally with <c>,version=…</c>).</summary>
        public string? CompilerLog { get; set; }

        /// <summary><c>$(PathMap)</c>: how the compiler's paths map back to the disk.</summary>
        public string? PathMap { get; set; }

        /// <summary>The base of relative paths in the compiler's log.</summary>
        public string? ProjectDirectory { get; set; }

        /// <summary><c>$(MSBuildProjectName)</c>.</summary>
        public string? ProjectName { get; set; }

        /// <summary><c>$(AssemblyName)</c>: what <c>consumers</c> lists.</summary>
        [Required]
        public string AssemblyName { get; set; } = string.Empty;

        /// <summary>The usage facts file to write (<c>obj/…/&lt;project&gt;.keygov-usage.json</c>).</summary>
        [Required]
        public string UsageOutput { get; set; } = string.Empty;

        public override bool Execute()
        {
            try
            {
                Run();
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // Evidence on the side of the build: a failure is a warning that says what is missing, never a crash.
                Log.LogWarning("KeyGov could not check the credential reads of " + (ProjectName ?? AssemblyName) + " against the manifest (" +
                    ex.GetType().Name + ": " + ManifestText.Safe(ex.Message) + "); the usage facts and the inventory's usage evidence are missing; please report it");
            }

            return !Log.HasLoggedErrors;
        }

        private void Run()
        {
            var usage = ReadCompilerLog();
            if (usage == null)
            {
                return;
            }

            OutputFile.Write(FullPath(UsageOutput)!, UsageFactsFile.Write(usage));

            var evaluation = Evaluate();
            if (evaluation == null)
            {
                return;
            }

            WriteInventory(evaluation, new[] { usage });
        }

        private ProjectUsage? ReadCompilerLog()
        {
            string? path = FullPath(SarifFiles.ErrorLogPath(CompilerLog));
            if (path == null || !File.Exists(path))
            {
                Log.LogMessage(MessageImportance.Normal, "KeyGov: no compiler log at '" + path + "'; the credential reads of this build are unknown, so no usage facts are written");
                return null;
            }

            var content = SarifFiles.Read(Log, path, PathMap, ProjectDirectory);
            if (content == null)
            {
                return null;
            }

            string? manifest = FullPath(ManifestPath);
            var usage = new ProjectUsage
            {
                Project = ProjectName ?? AssemblyName,
                Assembly = AssemblyName,
                TargetFramework = string.IsNullOrEmpty(TargetFramework) ? null : TargetFramework,
                Manifest = manifest != null && File.Exists(manifest) ? DisplayPath(manifest) : null,
            };
            foreach (var fact in content.UsageFacts)
            {
                // The analyzer writes no key-shaped name; a log edited by hand is not trusted to hold none.
                if (!fact.Properties.TryGetValue(UsageFact.SourceProperty, out var source) || ManifestText.LooksLikeKey(source))
                {
                    continue;
                }

                usage.Reads.Add(new UsageRead
                {
                    Consumer = AssemblyName,
                    File = fact.File == null ? string.Empty : DisplayPath(fact.File),
                    Line = fact.Region.StartLine,
                    Column = fact.Region.StartColumn,
                    SourceKind = Property(fact, UsageFact.SourceKindProperty) == "config" ? "config" : "env",
                    Source = source,
                    Provider = Property(fact, UsageFact.ProviderProperty),
                    CredentialId = Property(fact, UsageFact.CredentialIdProperty),
                    Status = Property(fact, UsageFact.StatusProperty) ?? string.Empty,
                    Sink = Property(fact, UsageFact.SinkProperty),
                    Apis = Property(fact, UsageFact.ApisProperty)?.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries) ?? Array.Empty<string>(),
                });
            }

            return usage;
        }

        private static string? Property(SarifResult fact, string name) => fact.Properties.TryGetValue(name, out var value) ? value : null;

        /// <summary>A usage facts file written by an earlier build, or null when there is none (or it cannot be read).</summary>
        internal static IReadOnlyList<ProjectUsage>? ReadFacts(string? path, TaskLoggingHelper log)
        {
            if (path == null || InputFile.KindOf(path) != InputFileKind.Regular)
            {
                return null;
            }

            try
            {
                var usage = UsageFactsFile.Read(File.ReadAllText(path), out var error);
                if (usage == null)
                {
                    log.LogMessage(MessageImportance.Normal, "KeyGov: '" + path + "' is not a usage facts file (" + error + "); it is ignored");
                    return null;
                }

                return new[] { usage };
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                log.LogMessage(MessageImportance.Normal, "KeyGov could not read the usage facts '" + path + "': " + ManifestText.Safe(ex.Message));
                return null;
            }
        }
    }
}
