using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KeyGov.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.CodeFixes
{
    /// <summary>
    /// keygov.json as the workspace holds it: an additional document of the project (the targets add it), found as the
    /// analyzers find it (the file KeyGovManifest names, else the one named keygov.json). Fixes edit it through the
    /// solution, so the editor shows the change and the analyzers re-read it at once.
    /// </summary>
    internal static class ManifestDocument
    {
        public static TextDocument? Find(Project project)
        {
            project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.KeyGovManifest", out var configured);
            TextDocument? byName = null;
            foreach (var document in project.AdditionalDocuments)
            {
                var match = ManifestSnapshot.MatchManifest(document.FilePath ?? document.Name, configured);
                if (match == ManifestSnapshot.ManifestMatch.Configured)
                {
                    return document;
                }

                if (byName == null && match == ManifestSnapshot.ManifestMatch.ByName)
                {
                    byName = document;
                }
            }

            return byName;
        }

        /// <summary>
        /// The solution with the manifest edited by <paramref name="edit"/> (given the current text, or null when the
        /// project has no manifest, in which case the result becomes a new keygov.json beside the project file);
        /// the solution unchanged when the edit is not possible (an unreadable manifest).
        /// </summary>
        public static async Task<Solution> EditAsync(Project project, Func<string?, string?> edit, CancellationToken cancellationToken)
        {
            var document = Find(project);
            if (document != null)
            {
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                string? edited = edit(text.ToString());
                return edited == null ? project.Solution : project.Solution.WithAdditionalDocumentText(document.Id, SourceText.From(edited, text.Encoding));
            }

            string? created = edit(null);
            if (created == null)
            {
                return project.Solution;
            }

            string? directory = project.FilePath == null ? null : Path.GetDirectoryName(project.FilePath);
            string filePath = directory == null ? "/" + ManifestSnapshot.ManifestFileName : Path.Combine(directory, ManifestSnapshot.ManifestFileName);
            return project.Solution.AddAdditionalDocument(
                DocumentId.CreateNewId(project.Id), ManifestSnapshot.ManifestFileName, SourceText.From(created), folders: null, filePath: filePath);
        }

        /// <summary>
        /// The solution with the text of <paramref name="projectId"/>'s manifest given to every other project that reads the
        /// same file (a keygov.json above several projects): a workspace holds one document per project, and edits of
        /// the same file through two of them would not merge.
        /// </summary>
        public static async Task<Solution> ShareEditAsync(Solution solution, ProjectId projectId, CancellationToken cancellationToken)
        {
            var project = solution.GetProject(projectId);
            var edited = project == null ? null : Find(project);
            if (edited?.FilePath == null)
            {
                return solution;
            }

            var text = await edited.GetTextAsync(cancellationToken).ConfigureAwait(false);
            foreach (var other in solution.Projects)
            {
                if (other.Id == projectId)
                {
                    continue;
                }

                foreach (var document in other.AdditionalDocuments)
                {
                    if (string.Equals(document.FilePath, edited.FilePath, StringComparison.Ordinal))
                    {
                        solution = solution.WithAdditionalDocumentText(document.Id, text);
                    }
                }
            }

            return solution;
        }
    }
}
