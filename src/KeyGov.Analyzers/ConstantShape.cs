using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// Whether a '+' tree or an interpolated string may be a string constant, from its syntax alone: C# folds a
    /// concatenation or an interpolation only when every operand is a string constant (a number, a character or a
    /// <c>bool</c> would have to be boxed, which a constant expression may not do). So an operand that is a call, a
    /// number, a character, <c>this</c>, an element access or a creation settles "no" without the semantic model, and a
    /// tree of string literals alone is folded here; only a tree with names (a <c>const</c> may hide behind one) is left
    /// to the compiler. The one-pass walk of <see cref="HardcodedProviderKeyAnalyzer"/> asks this of every outermost
    /// '+', most of which are numbers or messages built from values.
    /// </summary>
    internal static class ConstantShape
    {
        /// <summary>Operands looked at before the answer is "ask the compiler": the work per '+' tree stays bounded.</summary>
        private const int MaxOperands = 64;

        public enum Kind
        {
            /// <summary>Not a string constant, whatever its names stand for.</summary>
            NotString,

            /// <summary>String literals only: <see cref="FoldLiterals"/> gives its value.</summary>
            Literals,

            /// <summary>May be a string constant; the compiler knows.</summary>
            Unknown,
        }

        /// <summary>The shape of a '+' tree.</summary>
        public static Kind Of(BinaryExpressionSyntax add)
        {
            int budget = MaxOperands;
            return Of(add, ref budget);
        }

        /// <summary>The shape of an interpolated string's holes (which C# folds only when each is a string constant).</summary>
        public static Kind OfHoles(InterpolatedStringExpressionSyntax interpolated)
        {
            int budget = MaxOperands;
            var kind = Kind.Literals;
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolationSyntax hole)
                {
                    kind = Combine(kind, Operand(hole.Expression, ref budget));
                    if (kind == Kind.NotString)
                    {
                        return kind;
                    }
                }
            }

            return kind;
        }

        /// <summary>The value of a '+' tree of string literals (<see cref="Kind.Literals"/>), as the compiler folds it.</summary>
        public static string FoldLiterals(BinaryExpressionSyntax add)
        {
            var builder = new StringBuilder();
            Append(builder, add);
            return builder.ToString();
        }

        private static void Append(StringBuilder builder, ExpressionSyntax expression)
        {
            // A long chain a + b + c + … is left-deep: walk its left spine in a loop, so the recursion stays shallow.
            var rights = new System.Collections.Generic.Stack<ExpressionSyntax>();
            var node = Skip(expression);
            while (node is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                rights.Push(binary.Right);
                node = Skip(binary.Left);
            }

            builder.Append(((LiteralExpressionSyntax)node).Token.ValueText);
            while (rights.Count != 0)
            {
                Append(builder, rights.Pop());
            }
        }

        private static Kind Of(BinaryExpressionSyntax add, ref int budget)
        {
            var kind = Kind.Literals;
            ExpressionSyntax current = add;
            while (Skip(current) is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                kind = Combine(kind, Operand(binary.Right, ref budget));
                if (kind == Kind.NotString)
                {
                    return kind;
                }

                current = binary.Left;
            }

            return Combine(kind, Operand(current, ref budget));
        }

        private static Kind Operand(ExpressionSyntax operand, ref int budget)
        {
            if (--budget < 0)
            {
                return Kind.Unknown;
            }

            var node = Skip(operand);
            switch (node.Kind())
            {
                case SyntaxKind.AddExpression:
                    return Of((BinaryExpressionSyntax)node, ref budget);
                case SyntaxKind.StringLiteralExpression:
                    return Kind.Literals;
                case SyntaxKind.NumericLiteralExpression:
                case SyntaxKind.CharacterLiteralExpression:
                case SyntaxKind.TrueLiteralExpression:
                case SyntaxKind.FalseLiteralExpression:
                case SyntaxKind.Utf8StringLiteralExpression:
                case SyntaxKind.ThisExpression:
                case SyntaxKind.BaseExpression:
                case SyntaxKind.ElementAccessExpression:
                case SyntaxKind.ConditionalAccessExpression:
                case SyntaxKind.ObjectCreationExpression:
                case SyntaxKind.ImplicitObjectCreationExpression:
                case SyntaxKind.ArrayCreationExpression:
                case SyntaxKind.ImplicitArrayCreationExpression:
                case SyntaxKind.AnonymousObjectCreationExpression:
                case SyntaxKind.SimpleLambdaExpression:
                case SyntaxKind.ParenthesizedLambdaExpression:
                case SyntaxKind.AwaitExpression:
                case SyntaxKind.TypeOfExpression:
                case SyntaxKind.SizeOfExpression:
                case SyntaxKind.PostIncrementExpression:
                case SyntaxKind.PostDecrementExpression:
                case SyntaxKind.PreIncrementExpression:
                case SyntaxKind.PreDecrementExpression:
                case SyntaxKind.SimpleAssignmentExpression:
                case SyntaxKind.SubtractExpression:
                case SyntaxKind.MultiplyExpression:
                case SyntaxKind.DivideExpression:
                case SyntaxKind.ModuloExpression:
                    return Kind.NotString;
                case SyntaxKind.InvocationExpression:
                    // nameof(…) is the one call that is a string constant.
                    return ((InvocationExpressionSyntax)node).Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } ? Kind.Unknown : Kind.NotString;
                default:
                    return Kind.Unknown; // a name, a member access, a cast, ?:, null, default, an interpolation: the compiler knows
            }
        }

        private static Kind Combine(Kind a, Kind b) =>
            a == Kind.NotString || b == Kind.NotString ? Kind.NotString
            : a == Kind.Unknown || b == Kind.Unknown ? Kind.Unknown
            : Kind.Literals;

        private static ExpressionSyntax Skip(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }
    }
}
