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
                case SyntaxKind.IdentifierName:
                    return IsVariable((IdentifierNameSyntax)node) ? Kind.NotString : Kind.Unknown;
                case SyntaxKind.SimpleMemberAccessExpression:
                    // A member read through a variable or this is an instance member: a const cannot be (CS0176).
                    var receiver = Skip(((MemberAccessExpressionSyntax)node).Expression);
                    while (receiver is MemberAccessExpressionSyntax outer)
                    {
                        receiver = Skip(outer.Expression);
                    }

                    return receiver.IsKind(SyntaxKind.ThisExpression) || receiver.IsKind(SyntaxKind.BaseExpression)
                        || (receiver is IdentifierNameSyntax variable && IsVariable(variable)) ? Kind.NotString : Kind.Unknown;
                default:
                    return Kind.Unknown; // a name, a member access, a cast, ?:, null, default, an interpolation: the compiler knows
            }
        }

        /// <summary>
        /// True when the nearest declaration of <paramref name="name"/> above it is a parameter or a local that is not
        /// <c>const</c>, which no constant is (issue #14: <c>"text" + name</c> and <c>$"…{name}…"</c> are most of the '+'
        /// and interpolations of a library, and each question to the semantic model binds a method). C# lets no nested
        /// scope declare a name again (CS0136), so the nearest declaration is the one the name refers to. Anything not
        /// recognised here (a field, a pattern variable) is left to the compiler.
        /// </summary>
        private static bool IsVariable(IdentifierNameSyntax name)
        {
            string text = name.Identifier.ValueText;
            for (var node = name.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case BlockSyntax block:
                        if (Declares(block.Statements, text) is bool blockConst)
                        {
                            return !blockConst;
                        }

                        break;
                    case SwitchSectionSyntax section:
                        if (Declares(section.Statements, text) is bool sectionConst)
                        {
                            return !sectionConst;
                        }

                        break;
                    case SimpleLambdaExpressionSyntax lambda when lambda.Parameter.Identifier.ValueText == text:
                    case ParenthesizedLambdaExpressionSyntax parenthesized when HasParameter(parenthesized.ParameterList, text):
                    case AnonymousMethodExpressionSyntax anonymous when HasParameter(anonymous.ParameterList, text):
                    case LocalFunctionStatementSyntax function when HasParameter(function.ParameterList, text):
                    case IndexerDeclarationSyntax indexer when HasParameter(indexer.ParameterList, text):
                    case ForStatementSyntax loop when loop.Declaration != null && Declares(loop.Declaration, text):
                    case ForEachStatementSyntax each when each.Identifier.ValueText == text:
                    case UsingStatementSyntax statement when statement.Declaration != null && Declares(statement.Declaration, text):
                    case CatchClauseSyntax clause when clause.Declaration?.Identifier.ValueText == text:
                    case AccessorDeclarationSyntax accessor when text == "value" && !accessor.IsKind(SyntaxKind.GetAccessorDeclaration):
                        return true; // a parameter (a setter's implicit one too) or a loop, using or catch variable
                    case BaseMethodDeclarationSyntax method:
                        return HasParameter(method.ParameterList, text);
                    case TypeDeclarationSyntax type:
                        return HasParameter(type.ParameterList, text); // a primary constructor's parameter, else a member
                    case MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="statements"/> declare the local <paramref name="name"/>: null if not, else whether it is <c>const</c>.</summary>
        private static bool? Declares(SyntaxList<StatementSyntax> statements, string name)
        {
            foreach (var statement in statements)
            {
                if (statement is LocalDeclarationStatementSyntax local && Declares(local.Declaration, name))
                {
                    return local.IsConst;
                }
            }

            return null;
        }

        private static bool Declares(VariableDeclarationSyntax declaration, string name)
        {
            foreach (var variable in declaration.Variables)
            {
                if (variable.Identifier.ValueText == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasParameter(BaseParameterListSyntax? parameters, string name)
        {
            if (parameters != null)
            {
                foreach (var parameter in parameters.Parameters)
                {
                    if (parameter.Identifier.ValueText == name)
                    {
                        return true;
                    }
                }
            }

            return false;
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
