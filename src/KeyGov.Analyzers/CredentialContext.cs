using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// What the code says about a value, from Roslyn rather than guesswork: the symbol it is assigned to, the
    /// parameter it is passed to (and the method and type that own it, and the creation that wraps it), the dictionary
    /// key it sits under, and the host of an endpoint URL among its sibling arguments. Core decides what the words
    /// mean (provider, credential); this only collects them. Called only for values that already look like a key.
    /// </summary>
    internal static class CredentialContext
    {
        private const int MaxDepth = 3;

        /// <summary>Space-separated names around <paramref name="value"/>, and the endpoint host (or null) found beside it.</summary>
        public static string Describe(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken, out string? endpointHost)
        {
            var words = new StringBuilder();
            endpointHost = null;
            ExpressionSyntax current = value;
            for (int depth = 0; depth < MaxDepth; depth++)
            {
                var parent = SkipWrappers(current.Parent);
                switch (parent)
                {
                    case EqualsValueClauseSyntax equals:
                        AddDeclaration(words, equals.Parent);
                        return words.ToString();
                    case AssignmentExpressionSyntax assignment when assignment.Right == Unwrap(current, assignment.Right):
                        AddTarget(words, assignment.Left, model, cancellationToken);
                        return words.ToString();
                    case ArgumentSyntax argument:
                        AddArgument(words, argument, model, cancellationToken, ref endpointHost);
                        if (argument.Parent?.Parent is ExpressionSyntax call && (call is BaseObjectCreationExpressionSyntax || call is InvocationExpressionSyntax))
                        {
                            current = call; // new Client(new Credential("…")): the outer creation names the provider
                            continue;
                        }

                        return words.ToString();
                    case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                        // { "AzureOpenAI:ApiKey", "…" } in a dictionary initializer
                        if (initializer.Expressions.Count == 2 && initializer.Expressions[1] == Unwrap(current, initializer.Expressions[1]))
                        {
                            Add(words, ConstantText(initializer.Expressions[0], model, cancellationToken));
                        }

                        return words.ToString();
                    case ArrowExpressionClauseSyntax arrow:
                        AddDeclaration(words, arrow.Parent);
                        return words.ToString();
                    case ReturnStatementSyntax ret:
                        AddDeclaration(words, ret.FirstAncestorOrSelf<MemberDeclarationSyntax>());
                        return words.ToString();
                    default:
                        return words.ToString();
                }
            }

            return words.ToString();
        }

        private static ExpressionSyntax Unwrap(ExpressionSyntax inner, ExpressionSyntax outer) =>
            outer is ParenthesizedExpressionSyntax || outer is CastExpressionSyntax ? outer : inner;

        private static SyntaxNode? SkipWrappers(SyntaxNode? node)
        {
            while (node is ParenthesizedExpressionSyntax || node is CastExpressionSyntax || node is ConditionalExpressionSyntax
                || node is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression }
                || node is SwitchExpressionArmSyntax || node is SwitchExpressionSyntax)
            {
                node = node.Parent;
            }

            return node;
        }

        private static void AddDeclaration(StringBuilder words, SyntaxNode? declaration)
        {
            switch (declaration)
            {
                case VariableDeclaratorSyntax variable:
                    Add(words, variable.Identifier.ValueText);
                    AddContainingType(words, variable);
                    break;
                case PropertyDeclarationSyntax property:
                    Add(words, property.Identifier.ValueText);
                    AddContainingType(words, property);
                    break;
                case ParameterSyntax parameter:
                    Add(words, parameter.Identifier.ValueText);
                    AddContainingType(words, parameter);
                    break;
                case MethodDeclarationSyntax method:
                    Add(words, method.Identifier.ValueText);
                    AddContainingType(words, method);
                    break;
                case AccessorDeclarationSyntax accessor:
                    AddDeclaration(words, accessor.Parent?.Parent);
                    break;
                case MemberDeclarationSyntax member:
                    AddContainingType(words, member);
                    break;
            }
        }

        private static void AddContainingType(StringBuilder words, SyntaxNode node)
        {
            if (node.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is BaseTypeDeclarationSyntax type)
            {
                Add(words, type.Identifier.ValueText);
            }
        }

        private static void AddTarget(StringBuilder words, ExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
        {
            // An indexer such as config["OpenAI:ApiKey"] = "…" or { ["OpenAI:ApiKey"] = "…" } names the key in its argument.
            var arguments = target is ElementAccessExpressionSyntax element ? element.ArgumentList
                : target is ImplicitElementAccessSyntax implicitElement ? implicitElement.ArgumentList
                : null;
            if (arguments != null)
            {
                if (arguments.Arguments.Count == 1)
                {
                    Add(words, ConstantText(arguments.Arguments[0].Expression, model, cancellationToken));
                }

                return;
            }

            var symbol = model.GetSymbolInfo(target, cancellationToken).Symbol;
            if (symbol != null)
            {
                Add(words, symbol.Name);
                Add(words, symbol.ContainingType?.Name);
                return;
            }

            Add(words, target.ToString());
        }

        private static void AddArgument(StringBuilder words, ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken, ref string? endpointHost)
        {
            if (!(argument.Parent is BaseArgumentListSyntax list) || list.Parent == null)
            {
                return;
            }

            var method = model.GetSymbolInfo(list.Parent, cancellationToken).Symbol as IMethodSymbol;
            var parameter = method == null ? null : ParameterOf(method, list, argument);
            Add(words, parameter?.Name ?? argument.NameColon?.Name.Identifier.ValueText);
            if (method != null)
            {
                Add(words, method.MethodKind == MethodKind.Constructor ? null : method.Name);
                Add(words, method.ContainingType?.Name);
            }

            // Sibling arguments may name the provider through an endpoint: new Uri("https://api.deepseek.com").
            foreach (var sibling in list.Arguments)
            {
                if (sibling != argument && endpointHost == null)
                {
                    endpointHost = FindHost(sibling, model, cancellationToken);
                }
            }
        }

        private static IParameterSymbol? ParameterOf(IMethodSymbol method, BaseArgumentListSyntax list, ArgumentSyntax argument)
        {
            if (argument.NameColon != null)
            {
                foreach (var parameter in method.Parameters)
                {
                    if (parameter.Name == argument.NameColon.Name.Identifier.ValueText)
                    {
                        return parameter;
                    }
                }

                return null;
            }

            int index = list.Arguments.IndexOf(argument);
            if (index >= 0 && index < method.Parameters.Length)
            {
                return method.Parameters[index];
            }

            return method.Parameters.Length != 0 && method.Parameters[method.Parameters.Length - 1].IsParams
                ? method.Parameters[method.Parameters.Length - 1]
                : null;
        }

        private static string? FindHost(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
        {
            // Bounded: string literals inside one sibling argument (new Uri("…"), new Options { Endpoint = new Uri("…") }).
            int seen = 0;
            foreach (var node in argument.DescendantNodes())
            {
                if (++seen > 64)
                {
                    break;
                }

                if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) &&
                    Uri.TryCreate(literal.Token.ValueText, UriKind.Absolute, out var uri) &&
                    (uri.Scheme == "https" || uri.Scheme == "http"))
                {
                    return uri.Host;
                }
            }

            return null;
        }

        private static string? ConstantText(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
            model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string text } ? text : null;

        private static void Add(StringBuilder words, string? word)
        {
            if (string.IsNullOrEmpty(word))
            {
                return;
            }

            if (words.Length != 0)
            {
                words.Append(' ');
            }

            words.Append(word);
        }
    }
}
