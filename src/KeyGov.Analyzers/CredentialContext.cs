using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using KeyGov.Core.Detection;
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
    /// <remarks>
    /// Weaker words — the member a local, a parameter default or an assignment sits in, and the short constant strings
    /// beside the value (<c>SetEnvironmentVariable("DEEPSEEK_API_KEY", …)</c>, <c>[ProviderKey("azure-openai", …)]</c>,
    /// <c>new Options { Provider = "aws", ApiKey = … }</c>) — come first: Core lets the provider named last win, so
    /// the value's own names still decide when both name one.
    /// </remarks>
    internal static class CredentialContext
    {
        private const int MaxDepth = 3;

        /// <summary>Sibling constants longer than this are data, not names.</summary>
        private const int MaxSiblingLength = 64;

        /// <summary>At most this many siblings are read: the context of one value stays cheap.</summary>
        private const int MaxSiblings = 8;

        /// <summary>
        /// KG1004's decision for a value with no recognisable prefix (a whole literal, a folded concatenation, the text of
        /// an interpolated string): the names around <paramref name="owner"/>, the name the value is stored under or
        /// returned from, and for an authorization value (<c>"Bearer " + "…"</c>) the member it is built in, judged by
        /// <see cref="ContextualKeys.Match(string, string, string)"/>. <paramref name="names"/> is the context the
        /// message shows. Call it only when <see cref="ContextualKeys.MayBeKey"/> or
        /// <see cref="ContextualKeys.MayHoldAuthorizationKey"/> holds for the value.
        /// </summary>
        public static KeyFinding? Match(string value, ExpressionSyntax owner, SemanticModel model, CancellationToken cancellationToken, out string names)
        {
            var types = new List<string>(2);
            string described = Describe(owner, model, cancellationToken, out var host, out var ownName, types);
            if (!ContextualKeys.MayBeKey(value))
            {
                // A token after "Bearer " is a credential by its place: the setup method it is built in may name the provider.
                string? member = EnclosingMemberName(owner);
                described = member != null && described.IndexOf(member, StringComparison.Ordinal) >= 0 ? described : Weaker(member, described);
            }

            names = ContextualKeys.Context(described, host);
            return names.Length == 0 ? null : ContextualKeys.Match(value, names, ownName, Without(described, types));
        }

        /// <summary>
        /// The names without the types that hold them: what may say what else a value is (a <c>ModelRouter</c> holds
        /// keys as well as model names, a <c>ComputeHash</c> method holds hashes).
        /// </summary>
        private static string Without(string names, List<string> types)
        {
            if (types.Count == 0)
            {
                return names;
            }

            var kept = new StringBuilder(names.Length);
            foreach (var word in names.Split(' '))
            {
                int at = types.IndexOf(word);
                if (at >= 0)
                {
                    types.RemoveAt(at);
                    continue;
                }

                Add(kept, word);
            }

            return kept.ToString();
        }

        /// <summary>Space-separated names around <paramref name="value"/>, and the endpoint host (or null) found beside it.</summary>
        public static string Describe(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken, out string? endpointHost) =>
            Describe(value, model, cancellationToken, out endpointHost, out _);

        /// <summary>
        /// <see cref="Describe(ExpressionSyntax, SemanticModel, CancellationToken, out string)"/>, and the value's own name
        /// (or null): the variable, field, property or parameter it initializes, the member or indexer key it is assigned
        /// to, the method or property that returns it (through a switch arm or a ternary), the collection it is an element
        /// of, the parameter it is passed as.
        /// </summary>
        public static string Describe(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken, out string? endpointHost, out string? ownName) =>
            Describe(value, model, cancellationToken, out endpointHost, out ownName, types: null);

        private static string Describe(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken, out string? endpointHost, out string? ownName, List<string>? types)
        {
            var words = new StringBuilder();
            endpointHost = null;
            ownName = null;
            ExpressionSyntax current = value;
            for (int depth = 0; depth < MaxDepth; depth++)
            {
                var parent = SkipWrappers(current.Parent);
                switch (parent)
                {
                    case InitializerExpressionSyntax elements when (elements.IsKind(SyntaxKind.ArrayInitializerExpression) || elements.IsKind(SyntaxKind.CollectionInitializerExpression))
                        && (elements.Parent is ExpressionSyntax || elements.Parent is EqualsValueClauseSyntax):
                        // An element of a collection of candidate values: the collection's name is the value's.
                        if (elements.Parent is EqualsValueClauseSyntax arrayEquals)
                        {
                            ownName ??= DeclaredName(arrayEquals.Parent);
                            AddDeclaration(words, arrayEquals.Parent, types);
                            return words.ToString();
                        }

                        current = (ExpressionSyntax)elements.Parent!;
                        continue;
                    case ExpressionElementSyntax element when element.Parent is CollectionExpressionSyntax collection:
                        current = collection;
                        continue;
                    case EqualsValueClauseSyntax equals:
                        ownName ??= DeclaredName(equals.Parent);
                        AddDeclaration(words, equals.Parent, types);
                        // A local or a parameter default: the method it belongs to may name the provider (UseAzureOpenAI(string apiKey = "…")).
                        return equals.Parent is ParameterSyntax || equals.Parent?.Parent?.Parent is LocalDeclarationStatementSyntax
                            ? Weaker(EnclosingMemberName(equals), words)
                            : words.ToString();
                    case AssignmentExpressionSyntax assignment when assignment.Right == Unwrap(current, assignment.Right):
                        int before = words.Length;
                        AddTarget(words, assignment.Left, model, cancellationToken, types);
                        ownName ??= TargetName(assignment.Left, words, before);
                        var weaker = new StringBuilder();
                        Add(weaker, EnclosingMemberName(assignment));
                        if (assignment.Parent is InitializerExpressionSyntax objectInitializer)
                        {
                            AddSiblingConstants(weaker, objectInitializer.Expressions, assignment, model, cancellationToken);
                        }

                        return Weaker(weaker.ToString(), words);
                    case AttributeArgumentSyntax attributeArgument:
                        return Weaker(AttributeSiblings(attributeArgument, model, cancellationToken), Attribute(attributeArgument, model, cancellationToken));
                    case ArgumentSyntax argument:
                        if (argument.Parent is BaseArgumentListSyntax arguments)
                        {
                            var siblings = new StringBuilder();
                            AddSiblingConstants(siblings, arguments.Arguments, argument, model, cancellationToken);
                            if (siblings.Length != 0)
                            {
                                words.Insert(0, siblings.Append(' ').ToString());
                            }
                        }

                        AddArgument(words, argument, model, cancellationToken, ref endpointHost, ref ownName, types);
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
                            string? key = ConstantText(initializer.Expressions[0], model, cancellationToken);
                            ownName ??= key;
                            Add(words, key);
                        }

                        return words.ToString();
                    case ArrowExpressionClauseSyntax arrow:
                        ownName ??= DeclaredName(arrow.Parent);
                        AddDeclaration(words, arrow.Parent, types);
                        return words.ToString();
                    case ReturnStatementSyntax ret:
                        var returning = ret.FirstAncestorOrSelf<MemberDeclarationSyntax>();
                        ownName ??= DeclaredName(returning);
                        AddDeclaration(words, returning, types);
                        return words.ToString();
                    default:
                        return words.ToString();
                }
            }

            return words.ToString();
        }

        /// <summary><paramref name="weaker"/> words before <paramref name="words"/>, so that the latter's provider wins.</summary>
        private static string Weaker(string? weaker, StringBuilder words) => Weaker(weaker, words.ToString());

        private static string Weaker(string? weaker, string words) =>
            string.IsNullOrEmpty(weaker) ? words : words.Length == 0 ? weaker! : weaker + " " + words;

        private static string? EnclosingMemberName(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case LocalFunctionStatementSyntax local:
                        return local.Identifier.ValueText;
                    case MethodDeclarationSyntax method:
                        return method.Identifier.ValueText;
                    case PropertyDeclarationSyntax property:
                        return property.Identifier.ValueText;
                    case ConstructorDeclarationSyntax constructor:
                        return constructor.Identifier.ValueText;
                    case BaseTypeDeclarationSyntax:
                        return null;
                }
            }

            return null;
        }

        /// <summary>Short constant strings among the other items (arguments, or <c>Name = "…"</c> initializers) beside the value.</summary>
        private static void AddSiblingConstants<T>(StringBuilder words, SeparatedSyntaxList<T> items, SyntaxNode self, SemanticModel model, CancellationToken cancellationToken)
            where T : SyntaxNode
        {
            for (int i = 0; i < items.Count && i < MaxSiblings; i++)
            {
                var item = items[i];
                if (item == self)
                {
                    continue;
                }

                var expression = item is ArgumentSyntax argument ? argument.Expression
                    : item is AttributeArgumentSyntax attributeArgument ? attributeArgument.Expression
                    : item is AssignmentExpressionSyntax assignment ? assignment.Right
                    : null;
                if (expression != null && ConstantText(expression, model, cancellationToken) is string text && text.Length <= MaxSiblingLength)
                {
                    Add(words, text);
                }
            }
        }

        /// <summary><c>[ProviderKey("azure-openai", "…")]</c>: the attribute's name (without <c>Attribute</c>) and the parameter's.</summary>
        private static string Attribute(AttributeArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
        {
            var words = new StringBuilder();
            if (argument.Parent?.Parent is AttributeSyntax attribute)
            {
                string name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : attribute.Name.ToString();
                Add(words, name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name);
                if (argument.NameEquals != null || argument.NameColon != null)
                {
                    Add(words, argument.NameEquals?.Name.Identifier.ValueText ?? argument.NameColon!.Name.Identifier.ValueText);
                }
                else if (model.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol constructor && argument.Parent is AttributeArgumentListSyntax list)
                {
                    int index = list.Arguments.IndexOf(argument);
                    Add(words, index >= 0 && index < constructor.Parameters.Length ? constructor.Parameters[index].Name : null);
                }
            }

            return words.ToString();
        }

        private static string AttributeSiblings(AttributeArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
        {
            var words = new StringBuilder();
            if (argument.Parent is AttributeArgumentListSyntax list)
            {
                AddSiblingConstants(words, list.Arguments, argument, model, cancellationToken);
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

        /// <summary>The name a declaration gives its value: a variable, property, parameter or method (an accessor's property).</summary>
        private static string? DeclaredName(SyntaxNode? declaration) => declaration switch
        {
            VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            ParameterSyntax parameter => parameter.Identifier.ValueText,
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            AccessorDeclarationSyntax accessor => DeclaredName(accessor.Parent?.Parent),
            _ => null,
        };

        /// <summary>An assignment's own name: the first word <see cref="AddTarget"/> added (the member or the indexer key).</summary>
        private static string? TargetName(ExpressionSyntax target, StringBuilder words, int before)
        {
            if (words.Length <= before)
            {
                return null;
            }

            string added = words.ToString(before, words.Length - before).TrimStart();
            int space = target is ElementAccessExpressionSyntax || target is ImplicitElementAccessSyntax ? -1 : added.IndexOf(' ');
            return space < 0 ? added : added.Substring(0, space);
        }

        private static void AddDeclaration(StringBuilder words, SyntaxNode? declaration, List<string>? types)
        {
            switch (declaration)
            {
                case VariableDeclaratorSyntax variable:
                    Add(words, variable.Identifier.ValueText);
                    AddContainingType(words, variable, types);
                    break;
                case PropertyDeclarationSyntax property:
                    Add(words, property.Identifier.ValueText);
                    AddContainingType(words, property, types);
                    break;
                case ParameterSyntax parameter:
                    Add(words, parameter.Identifier.ValueText);
                    AddContainingType(words, parameter, types);
                    break;
                case MethodDeclarationSyntax method:
                    Add(words, method.Identifier.ValueText);
                    AddContainingType(words, method, types);
                    break;
                case AccessorDeclarationSyntax accessor:
                    AddDeclaration(words, accessor.Parent?.Parent, types);
                    break;
                case MemberDeclarationSyntax member:
                    AddContainingType(words, member, types);
                    break;
            }
        }

        private static void AddContainingType(StringBuilder words, SyntaxNode node, List<string>? types)
        {
            if (node.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is BaseTypeDeclarationSyntax type)
            {
                AddType(words, type.Identifier.ValueText, types);
            }
        }

        /// <summary>A type's name: part of the context, and kept apart (<paramref name="types"/>) as the weakest of its words.</summary>
        private static void AddType(StringBuilder words, string? name, List<string>? types)
        {
            Add(words, name);
            if (!string.IsNullOrEmpty(name))
            {
                types?.Add(name!);
            }
        }

        private static void AddTarget(StringBuilder words, ExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken, List<string>? types)
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
                AddType(words, symbol.ContainingType?.Name, types);
                return;
            }

            Add(words, target.ToString());
        }

        private static void AddArgument(StringBuilder words, ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken, ref string? endpointHost, ref string? ownName, List<string>? types)
        {
            if (!(argument.Parent is BaseArgumentListSyntax list) || list.Parent == null)
            {
                return;
            }

            var method = model.GetSymbolInfo(list.Parent, cancellationToken).Symbol as IMethodSymbol;
            var parameter = method == null ? null : ParameterOf(method, list, argument);
            string? parameterName = parameter?.Name ?? argument.NameColon?.Name.Identifier.ValueText;
            ownName ??= parameterName;
            Add(words, parameterName);
            if (method != null)
            {
                Add(words, method.MethodKind == MethodKind.Constructor ? null : method.Name);
                AddType(words, method.ContainingType?.Name, types);
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
