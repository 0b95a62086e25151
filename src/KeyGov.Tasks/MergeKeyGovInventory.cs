using System;
using System.Collections.Generic;
using System.IO;
using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;
using Microsoft.Build.Framework;

namespace KeyGov.Tasks
{
    /// <summary>
    /// <c>KeyGovInventoryMerge</c>: one inventory for a solution or repository, from every project's usage facts (the
    /// <c>*.keygov-usage.json</c> files the builds wrote) and the manifest: where each credential is read, and KG3018 for
    /// an active credential no built project reads while every consumer it names was built. KG3017 of each project is in
    /// the evidence too (its build's analyzer printed it). Facts of projects governed by another manifest are left out.
    /// </summary>
    public sealed class MergeKeyGovInventory : ManifestTask
    {
        /// <summary>The usage facts files to merge.</summary>
        public ITaskItem[]? Inputs { get; set; }

        public override bool Execute()
        {
            try
            {
                Run();
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                Log.LogError("KeyGov could not merge the inventory (" + ex.GetType().Name + ": " + ManifestText.Safe(ex.Message) + "); please report it");
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

            string? manifest = evaluation.ManifestPath.Length == 0 ? null : DisplayPath(evaluation.ManifestPath);
            var projects = new List<ProjectUsage>();
            int other = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in Inputs ?? Array.Empty<ITaskItem>())
            {
                string? path = FullPath(item.ItemSpec);
                if (path == null || !seen.Add(path) || CheckKeyGovUsage.ReadFacts(path, Log) is not { } facts)
                {
                    continue;
                }

                foreach (var usage in facts)
                {
                    // Only the builds this manifest governed: a project under another manifest, or none, is another inventory.
                    if (manifest == null ? usage.Manifest == null : string.Equals(usage.Manifest, manifest, StringComparison.Ordinal))
                    {
                        projects.Add(usage);
                    }
                    else
                    {
                        other++;
                    }
                }
            }

            if (projects.Count == 0)
            {
                Log.LogWarning("KeyGov found no usage facts to merge (" + (Inputs?.Length ?? 0) + " file(s) given); build the solution first, then run KeyGovInventoryMerge");
            }
            else if (evaluation.Manifest != null)
            {
                foreach (var project in ByAssembly(projects))
                {
                    foreach (var finding in UsageChecker.StaleConsumers(evaluation.Manifest, project.Assembly, project.Reads))
                    {
                        evaluation.Reported.Add(evaluation.Severity.Apply(finding, evaluation.ManifestPath));
                    }
                }

                foreach (var finding in UsageChecker.UnreadCredentials(evaluation.Manifest, projects))
                {
                    var reported = evaluation.Severity.Apply(finding, evaluation.ManifestPath);
                    evaluation.Reported.Add(reported);
                    LogFinding(reported);
                }
            }

            WriteInventory(evaluation, projects);
            Log.LogMessage(MessageImportance.High, "KeyGov inventory of " + projects.Count + " project build(s): " + FullPath(InventoryOutput) + ".json and .md" +
                (other == 0 ? string.Empty : " (" + other + " build(s) governed by another manifest, or by none, left out: build them again under this one to include them)"));
        }

        /// <summary>One project per assembly: the target frameworks of a project read the same code, or some of it each.</summary>
        private static List<ProjectUsage> ByAssembly(List<ProjectUsage> projects)
        {
            var merged = new Dictionary<string, ProjectUsage>(StringComparer.OrdinalIgnoreCase);
            var order = new List<ProjectUsage>();
            foreach (var project in projects)
            {
                if (!merged.TryGetValue(project.Assembly, out var one))
                {
                    merged[project.Assembly] = one = new ProjectUsage { Project = project.Project, Assembly = project.Assembly, Manifest = project.Manifest };
                    order.Add(one);
                }

                one.Reads.AddRange(project.Reads);
            }

            return order;
        }
    }
}
