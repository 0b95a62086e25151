using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using KeyGov.Analyzers;
using KeyGov.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace KeyGov.CodeFixes
{
    /// <summary>
    /// KG2006 for the Azure clients: replaces the key credential handed to the client (<c>new AzureKeyCredential(key)</c>,
    /// <c>new ApiKeyCredential(key)</c>) with <c>new DefaultAzureCredential()</c>, which the client's TokenCredential
    /// overload takes. Offered only where the analyzer says it can be (Azure.Identity is referenced and the credential
    /// is created in the argument itself); the key read is left for the author to remove with its configuration.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDefaultAzureCredentialFix))]
    public sealed class UseDefaultAzureCredentialFix : CodeFixProvider
    {
        public const string Title = "Use DefaultAzureCredential (Azure.Identity) instead of the key";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KG2006);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(Descriptors.KeylessFixProperty, out var fix) || fix != "DefaultAzureCredential")
                {
                    continue;
                }

                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node is ArgumentSyntax argument)
                {
                    node = argument.Expression;
                }

                if (node is not BaseObjectCreationExpressionSyntax creation)
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => ReplaceAsync(document, creation, cancellationToken), equivalenceKey: nameof(UseDefaultAzureCredentialFix)),
                    diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax creation, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            string type = ReadFromEnvironmentFix.Spell(model, creation.SpanStart, "Azure.Identity", "DefaultAzureCredential", cancellationToken);
            var replacement = SyntaxFactory.ParseExpression("new " + type + "()").WithTriviaFrom(creation).WithAdditionalAnnotations(Formatter.Annotation);
            return document.WithSyntaxRoot(root!.ReplaceNode(creation, replacement));
        }
    }
}
