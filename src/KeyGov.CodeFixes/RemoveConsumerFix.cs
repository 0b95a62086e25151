using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.CodeFixes
{
    /// <summary>
    /// KG3017 'Remove this project from the credential's consumers': offered in keygov.json, where the finding is, for a
    /// consumer whose code no longer reads the credential. Revoking the key, when no consumer is left, stays a person's
    /// decision (it needs the provider too).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveConsumerFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
    public sealed class RemoveConsumerFix : CodeFixProvider
    {
        public const string Title = "Remove this project from the credential's consumers";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KG3017);

        // One finding per entry and project: nothing for Fix All to gather.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.TextDocument;
            foreach (var diagnostic in context.Diagnostics)
            {
                // The consumer's place in keygov.json; an edit finds nothing there once the text has changed.
                int start = diagnostic.Location.SourceSpan.Start;
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => RemoveAsync(document, start, cancellationToken), nameof(RemoveConsumerFix)),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Solution> RemoveAsync(TextDocument document, int start, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            string? edited = ManifestEditor.RemoveConsumer(text.ToString(), start);
            if (edited == null)
            {
                return document.Project.Solution;
            }

            var solution = document.Project.Solution.WithAdditionalDocumentText(document.Id, SourceText.From(edited, text.Encoding));
            return await ManifestDocument.ShareEditAsync(solution, document.Project.Id, cancellationToken).ConfigureAwait(false);
        }
    }
}
