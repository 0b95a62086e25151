using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KeyGov.CodeFixes
{
    /// <summary>One edit of keygov.json that a diagnostic asks for; <see cref="Key"/> says which edits are the same.</summary>
    internal sealed class ManifestEdit
    {
        public ManifestEdit(string key, Func<string?, string?> apply)
        {
            Key = key;
            Apply = apply;
        }

        /// <summary>Two diagnostics with one key (two reads of one variable) make one edit.</summary>
        public string Key { get; }

        /// <summary>The manifest text after the edit, given the text before it (null: no manifest yet); null when not possible.</summary>
        public Func<string?, string?> Apply { get; }
    }

    /// <summary>
    /// Fix All for the fixes that edit keygov.json (document, project, solution; the IDE's and
    /// <c>dotnet format analyzers</c>'). A standard batch fixer merges changed documents and cannot merge many edits of
    /// one additional file, so this applies every diagnostic's edit in turn to the manifest's text, in source order
    /// (the order one-by-one fixing gives): one edit per project, shared with every project that reads the same file.
    /// </summary>
    internal sealed class ManifestFixAll : FixAllProvider
    {
        private readonly string title;
        private readonly Func<Diagnostic, ManifestEdit?> editOf;

        public ManifestFixAll(string title, Func<Diagnostic, ManifestEdit?> editOf)
        {
            this.title = title;
            this.editOf = editOf;
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            var byProject = new List<(ProjectId Project, ImmutableArray<Diagnostic> Diagnostics)>();
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document != null:
                    byProject.Add((context.Document.Project.Id, await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false)));
                    break;
                case FixAllScope.Solution:
                    foreach (var project in context.Solution.Projects)
                    {
                        byProject.Add((project.Id, await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false)));
                    }

                    break;
                default:
                    // Project scope, and a document scope in an additional document (a config file), which has no Document.
                    byProject.Add((context.Project.Id, await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false)));
                    break;
            }

            return CodeAction.Create(title, cancellationToken => ApplyAsync(context.Solution, byProject, cancellationToken), context.CodeActionEquivalenceKey);
        }

        private async Task<Solution> ApplyAsync(Solution solution, List<(ProjectId Project, ImmutableArray<Diagnostic> Diagnostics)> byProject, CancellationToken cancellationToken)
        {
            // Per manifest file: the edits made already, so a variable read in two projects sharing one keygov.json is
            // registered once.
            var made = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var (projectId, diagnostics) in byProject)
            {
                var project = solution.GetProject(projectId);
                if (project == null || diagnostics.IsEmpty)
                {
                    continue;
                }

                string file = ManifestDocument.Find(project)?.FilePath ?? project.Id.ToString();
                if (!made.TryGetValue(file, out var keys))
                {
                    made.Add(file, keys = new HashSet<string>(StringComparer.Ordinal));
                }

                var edits = new List<ManifestEdit>();
                foreach (var diagnostic in InSourceOrder(diagnostics))
                {
                    var edit = editOf(diagnostic);
                    if (edit != null && keys.Add(edit.Key))
                    {
                        edits.Add(edit);
                    }
                }

                if (edits.Count != 0)
                {
                    solution = await ManifestDocument.EditAsync(project, text => ApplyAll(text, edits), cancellationToken).ConfigureAwait(false);
                    solution = await ManifestDocument.ShareEditAsync(solution, projectId, cancellationToken).ConfigureAwait(false);
                }
            }

            return solution;
        }

        private static string? ApplyAll(string? text, List<ManifestEdit> edits)
        {
            foreach (var edit in edits)
            {
                text = edit.Apply(text);
                if (text == null)
                {
                    return null; // an unreadable manifest: nothing is changed
                }
            }

            return text;
        }

        private static List<Diagnostic> InSourceOrder(ImmutableArray<Diagnostic> diagnostics)
        {
            var ordered = new List<Diagnostic>(diagnostics);
            ordered.Sort((a, b) =>
            {
                var left = a.Location.GetLineSpan();
                var right = b.Location.GetLineSpan();
                int byPath = string.CompareOrdinal(left.Path, right.Path);
                return byPath != 0 ? byPath : a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
            });
            return ordered;
        }
    }
}
