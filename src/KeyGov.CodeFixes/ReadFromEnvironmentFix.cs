using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using KeyGov.Analyzers;
using KeyGov.Analyzers.Flow;
using KeyGov.Core.Rules;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;

namespace KeyGov.CodeFixes
{
    /// <summary>
    /// KG1003, and KG1001 where the key is passed straight to an SDK credential parameter: replaces the literal with
    /// <c>Environment.GetEnvironmentVariable("NAME") ?? throw …</c>, NAME being the provider's conventional variable
    /// (<c>OPENAI_API_KEY</c>). An auth scheme written in the literal (<c>"Bearer …"</c>) is kept. Not offered inside
    /// a <c>const</c>, an attribute or a default parameter value, where only constants may stand.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadFromEnvironmentFix))]
    public sealed class ReadFromEnvironmentFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KG1003, RuleIds.KG1001);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public static string TitleFor(string variable) => "Read it from the environment variable " + variable;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node is ArgumentSyntax argument)
                {
                    node = argument.Expression;
                }

                if (node is not ExpressionSyntax expression || !MayHoldACall(expression))
                {
                    continue;
                }

                string? variable = diagnostic.Id == RuleIds.KG1003
                    ? Property(diagnostic, Descriptors.EnvironmentVariableProperty)
                    : await VariableForKeyAtSinkAsync(context.Document, expression, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (string.IsNullOrEmpty(variable))
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        TitleFor(variable!),
                        cancellationToken => ReplaceAsync(document, expression, variable!, cancellationToken),
                        equivalenceKey: "KeyGov.ReadFromEnvironment:" + variable),
                    diagnostic);
            }
        }

        /// <summary>For KG1001: the provider's variable when the whole literal is the key and it is passed straight to a credential sink; else null.</summary>
        private static async Task<string?> VariableForKeyAtSinkAsync(Document document, ExpressionSyntax expression, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (expression is not LiteralExpressionSyntax literal || literal.Token.ValueText.Length != diagnostic.Location.SourceSpan.Length)
            {
                return null;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var operation = model?.GetOperation(literal, cancellationToken);
            if (operation == null)
            {
                return null;
            }

            var apis = CredentialApis.Create(model!.Compilation);
            var parent = operation.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            bool atSink = parent switch
            {
                IArgumentOperation argument => apis.TryMatchArgument(argument, out _),
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => apis.TryMatchProperty(property.Property, out _),
                _ => false,
            };
            return atSink ? CredentialNameConventions.ConventionalEnvironmentVariable(Property(diagnostic, Descriptors.ProviderProperty)) ?? "API_KEY" : null;
        }

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string variable, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            string environment = Spell(model, expression.SpanStart, "System", "Environment", cancellationToken);
            string exception = Spell(model, expression.SpanStart, "System", "InvalidOperationException", cancellationToken);
            string read = environment + ".GetEnvironmentVariable(\"" + variable + "\") ?? throw new " + exception + "(\"Set the " +
                variable + " environment variable.\")";

            // Keep the scheme of an Authorization value: "Bearer " + (the variable).
            string code = "(" + read + ")";
            if (model?.GetConstantValue(expression, cancellationToken).Value is string value)
            {
                string key = SinkCatalog.StripScheme(value);
                if (key.Length != value.Length)
                {
                    string scheme = value.Substring(0, value.Length - key.Length);
                    code = "(" + SymbolDisplay.FormatLiteral(scheme, quote: true) + " + (" + read + "))";
                }
            }

            ExpressionSyntax replacement = SyntaxFactory.ParseExpression(code);
            if (IsWholeValue(expression) && replacement is ParenthesizedExpressionSyntax parenthesized)
            {
                replacement = parenthesized.Expression; // an argument or initializer needs no parentheses
            }

            replacement = replacement.WithTriviaFrom(expression).WithAdditionalAnnotations(Formatter.Annotation);
            return document.WithSyntaxRoot(root!.ReplaceNode(expression, replacement));
        }

        /// <summary>The type's simple name where it already means that type (a <c>using System;</c>), else its full name.</summary>
        internal static string Spell(SemanticModel? model, int position, string ns, string name, CancellationToken cancellationToken)
        {
            if (model != null)
            {
                var found = model.LookupNamespacesAndTypes(position, name: name);
                if (found.Length == 1 && found[0] is INamedTypeSymbol type && type.ContainingNamespace?.ToDisplayString() == ns)
                {
                    return name;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return "global::" + ns + "." + name;
        }

        private static bool IsWholeValue(ExpressionSyntax expression) =>
            expression.Parent is ArgumentSyntax || expression.Parent is EqualsValueClauseSyntax ||
            (expression.Parent is AssignmentExpressionSyntax assignment && assignment.Right == expression);

        /// <summary>False where only a constant may stand: a const declaration, an attribute argument, a default parameter value, a case label.</summary>
        private static bool MayHoldACall(ExpressionSyntax expression)
        {
            foreach (var ancestor in expression.Ancestors())
            {
                switch (ancestor)
                {
                    case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                    case LocalDeclarationStatementSyntax local when local.IsConst:
                    case AttributeArgumentSyntax:
                    case ParameterSyntax:
                    case CaseSwitchLabelSyntax:
                        return false;
                    case StatementSyntax:
                    case MemberDeclarationSyntax:
                        return true;
                }
            }

            return true;
        }

        private static string? Property(Diagnostic diagnostic, string name) =>
            diagnostic.Properties.TryGetValue(name, out var value) ? value : null;
    }
}
