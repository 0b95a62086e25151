using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// Strings a reader sees whole but the compiler does not fold: <c>string.Concat("sk-", "…")</c>,
    /// <c>string.Join("", "…", "…")</c> and character arrays (<c>new string(new[] { 's', 'k', … })</c>). Splitting a
    /// key this way hides it from a literal-by-literal scan, not from a reader of the repository. Only literal pieces
    /// are folded, read from syntax alone: no semantic model, and nothing is built unless the shape matches.
    /// </summary>
    internal static class FoldedStrings
    {
        /// <summary>Shorter than any catalog key: nothing shorter is worth building.</summary>
        private const int MinLength = 16;

        /// <summary>Bounds the work on a generated table of characters or pieces.</summary>
        private const int MaxLength = 64 * 1024;

        /// <summary>Each piece of a call asks whether the call folds: bounding the pieces bounds that work too.</summary>
        private const int MaxPieces = 512;

        /// <summary>The string a call of <c>string.Concat</c> or <c>string.Join</c> on literal pieces builds, or null.</summary>
        public static string? FoldCall(InvocationExpressionSyntax call)
        {
            if (Fold(call, builder: null) < MinLength)
            {
                return null; // measured first: most calls are not foldable, and none of those builds anything
            }

            var builder = new System.Text.StringBuilder();
            Fold(call, builder);
            return builder.ToString();
        }

        /// <summary>The string of an array initializer or collection expression of character literals, or null.</summary>
        public static string? FoldCharacters(ExpressionSyntax initializer)
        {
            int count = initializer is InitializerExpressionSyntax array ? array.Expressions.Count
                : initializer is CollectionExpressionSyntax collection ? collection.Elements.Count : 0;
            if (count < MinLength || count > MaxLength)
            {
                return null;
            }

            if (Character(initializer, 0) == null)
            {
                return null; // a table of numbers or strings: decided without building anything
            }

            var characters = new char[count];
            for (int i = 0; i < count; i++)
            {
                if (!(Character(initializer, i) is char c))
                {
                    return null;
                }

                characters[i] = c;
            }

            return new string(characters);
        }

        private static char? Character(ExpressionSyntax initializer, int i)
        {
            var element = initializer is InitializerExpressionSyntax array ? array.Expressions[i]
                : (((CollectionExpressionSyntax)initializer).Elements[i] as ExpressionElementSyntax)?.Expression;
            if (element == null || !element.IsKind(SyntaxKind.CharacterLiteralExpression))
            {
                return null;
            }

            string value = ((LiteralExpressionSyntax)element).Token.ValueText;
            return value.Length == 1 ? value[0] : (char?)null;
        }

        /// <summary>
        /// The expression whose surroundings name a folded character array: <c>new string(…)</c> around it when there
        /// is one, else the array itself.
        /// </summary>
        public static ExpressionSyntax OwnerOfCharacters(ExpressionSyntax initializer)
        {
            ExpressionSyntax owner = initializer.Parent is ArrayCreationExpressionSyntax || initializer.Parent is ImplicitArrayCreationExpressionSyntax
                ? (ExpressionSyntax)initializer.Parent
                : initializer;
            return owner.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } ? creation : owner;
        }

        /// <summary>The foldable <c>string.Concat</c>/<c>string.Join</c> call that reads <paramref name="literal"/> with its neighbours, or null.</summary>
        public static InvocationExpressionSyntax? FoldedCallOf(LiteralExpressionSyntax literal)
        {
            var node = literal.Parent is InitializerExpressionSyntax initializer ? initializer.Parent?.Parent : literal.Parent;
            return node is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } && IsStringMethod(call, out _)
                && Fold(call, builder: null) >= MinLength
                ? call
                : null;
        }

        /// <summary>
        /// True when <paramref name="literal"/> is the first literal of <paramref name="call"/>'s pieces (a foldable call
        /// has one: its pieces are literals or <c>string.Empty</c>, and empty pieces alone are shorter than any key), the
        /// one that reads the call, so that it is read once.
        /// </summary>
        public static bool IsFirstPiece(InvocationExpressionSyntax call, LiteralExpressionSyntax literal)
        {
            foreach (var node in call.ArgumentList.DescendantNodes())
            {
                // A piece is a string or character literal (TryPiece); a number (new string[2] { … }) is not one.
                if (node is LiteralExpressionSyntax first && (first.IsKind(SyntaxKind.StringLiteralExpression) || first.IsKind(SyntaxKind.CharacterLiteralExpression)))
                {
                    return first == literal;
                }
            }

            return false;
        }

        /// <summary>The array initializer or collection expression whose first element <paramref name="character"/> is, or null.</summary>
        public static ExpressionSyntax? CharactersStartingWith(LiteralExpressionSyntax character)
        {
            switch (character.Parent)
            {
                case InitializerExpressionSyntax array when array.IsKind(SyntaxKind.ArrayInitializerExpression) && array.Expressions[0] == character:
                    return array;
                case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element when collection.Elements[0] == element:
                    return collection;
                default:
                    return null;
            }
        }

        /// <summary>The length of the folded string (appended to <paramref name="builder"/> when given), or -1.</summary>
        private static int Fold(InvocationExpressionSyntax call, System.Text.StringBuilder? builder)
        {
            if (!IsStringMethod(call, out bool join))
            {
                return -1;
            }

            var arguments = call.ArgumentList.Arguments;
            if (arguments.Count > MaxPieces)
            {
                return -1;
            }

            int first = 0;
            string separator = string.Empty;
            if (join)
            {
                if (arguments.Count < 2 || !TryPiece(arguments[0].Expression, out separator))
                {
                    return -1;
                }

                first = 1;
            }

            int length = 0;
            if (arguments.Count == first + 1 && Elements(arguments[first].Expression) is SeparatedSyntaxList<ExpressionSyntax> array && array.Count <= MaxPieces)
            {
                // string.Concat(new[] { "…", "…" }): the params array written out
                for (int i = 0; i < array.Count; i++)
                {
                    if (!Append(builder, ref length, i == 0 ? string.Empty : separator, array[i]))
                    {
                        return -1;
                    }
                }

                return length;
            }

            if (arguments.Count - first < 2)
            {
                return -1;
            }

            for (int i = first; i < arguments.Count; i++)
            {
                if (arguments[i].NameColon != null || !Append(builder, ref length, i == first ? string.Empty : separator, arguments[i].Expression))
                {
                    return -1;
                }
            }

            return length;
        }

        private static bool IsStringMethod(InvocationExpressionSyntax call, out bool join)
        {
            join = false;
            if (!(call.Expression is MemberAccessExpressionSyntax access))
            {
                return false;
            }

            string name = access.Name.Identifier.ValueText;
            join = name == "Join";
            return (join || name == "Concat") && IsStringType(access.Expression);
        }

        private static bool IsStringType(ExpressionSyntax type) => type switch
        {
            PredefinedTypeSyntax predefined => predefined.Keyword.IsKind(SyntaxKind.StringKeyword),
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "String",
            MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText == "String"
                && qualified.Expression is IdentifierNameSyntax { Identifier.ValueText: "System" },
            _ => false,
        };

        private static SeparatedSyntaxList<ExpressionSyntax>? Elements(ExpressionSyntax argument) => argument switch
        {
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
            _ => null,
        };

        private static bool Append(System.Text.StringBuilder? builder, ref int length, string separator, ExpressionSyntax piece)
        {
            if (!TryPiece(piece, out string value))
            {
                return false;
            }

            length += separator.Length + value.Length;
            builder?.Append(separator).Append(value);
            return length <= MaxLength;
        }

        /// <summary>A string or character literal, or <c>string.Empty</c>.</summary>
        private static bool TryPiece(ExpressionSyntax expression, out string value)
        {
            value = string.Empty;
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.CharacterLiteralExpression):
                    value = literal.Token.ValueText;
                    return true;
                case MemberAccessExpressionSyntax access when access.Name.Identifier.ValueText == "Empty" && IsStringType(access.Expression):
                    return true;
                default:
                    return false;
            }
        }
    }
}
