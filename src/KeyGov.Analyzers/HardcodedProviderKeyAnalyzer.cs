using System.Collections.Generic;
using System.Collections.Immutable;
using KeyGov.Core.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// KG1001: a self-identifying AI provider key in C# text. Reads every literal form (regular, verbatim, raw,
    /// UTF-8, interpolated text), constant-folded concatenations (reported once, at the outermost expression, because
    /// that is where the whole key exists), comments, XML doc comments and disabled <c>#if</c> code.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardcodedProviderKeyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.KG1001_HardcodedProviderKey);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A Settings.Designer.cs or a generated client can hold a key as well as hand-written code (DESIGN.md §1).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

            context.RegisterCompilationStartAction(start =>
            {
                var reporter = new Reporter(ManifestSnapshot.Create(start));
                start.RegisterSyntaxNodeAction(
                    reporter.AnalyzeLiteral,
                    SyntaxKind.StringLiteralExpression,
                    SyntaxKind.Utf8StringLiteralExpression);
                start.RegisterSyntaxNodeAction(reporter.AnalyzeInterpolatedString, SyntaxKind.InterpolatedStringExpression);
                start.RegisterSyntaxNodeAction(reporter.AnalyzeConcatenation, SyntaxKind.AddExpression);
                start.RegisterSyntaxTreeAction(reporter.AnalyzeTrivia);
            });
        }

        private sealed class Reporter
        {
            private readonly ManifestSnapshot _manifest;

            public Reporter(ManifestSnapshot manifest) => _manifest = manifest;

            public void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
            {
                var literal = (LiteralExpressionSyntax)context.Node;
                if (IsOperandOfConcatenation(literal))
                {
                    return; // the outermost concatenation reads it, together with its neighbours
                }

                ReportToken(context, literal.Token);
            }

            public void AnalyzeInterpolatedString(SyntaxNodeAnalysisContext context)
            {
                var interpolated = (InterpolatedStringExpressionSyntax)context.Node;
                if (IsOperandOfConcatenation(interpolated))
                {
                    return;
                }

                ReportInterpolatedString(context, interpolated);
            }

            public void AnalyzeConcatenation(SyntaxNodeAnalysisContext context)
            {
                var add = (BinaryExpressionSyntax)context.Node;
                if (IsOperandOfConcatenation(add))
                {
                    return; // only the outermost '+' reports
                }

                ReportExpression(context, add);
            }

            /// <summary>
            /// Comments, XML doc comments, disabled code and directives are trivia: no literal action sees them.
            /// One ordinal scan of the file's text finds every key; only a key that lies in trivia is reported here
            /// (keys in tokens belong to the literal actions). Keys are rare, so the trivia lookup runs rarely.
            /// </summary>
            public void AnalyzeTrivia(SyntaxTreeAnalysisContext context)
            {
                var text = context.Tree.GetText(context.CancellationToken).ToString();
                var findings = KeyScanner.Scan(text);
                if (findings.Count == 0)
                {
                    return;
                }

                var root = context.Tree.GetRoot(context.CancellationToken);
                for (int i = 0; i < findings.Count; i++)
                {
                    var finding = findings[i];
                    if (root.FindTrivia(finding.Start).RawKind == 0 || !IsReportable(finding))
                    {
                        continue;
                    }

                    var location = Location.Create(context.Tree, new TextSpan(finding.Start, finding.Length));
                    context.ReportDiagnostic(KeyDiagnostics.Create(Rules.KG1001_HardcodedProviderKey, location, finding));
                }
            }

            /// <summary>
            /// Reports the keys of an operand tree of '+': a constant part is read whole (so a key split across
            /// constants is found), a non-constant part is split further down to its literal and interpolated pieces.
            /// </summary>
            private void ReportExpression(SyntaxNodeAnalysisContext context, ExpressionSyntax expression)
            {
                expression = SkipParentheses(expression);
                switch (expression)
                {
                    case LiteralExpressionSyntax literal:
                        ReportToken(context, literal.Token);
                        return;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                        var constant = context.SemanticModel.GetConstantValue(binary, context.CancellationToken);
                        if (constant.HasValue && constant.Value is string folded)
                        {
                            Report(context, folded, KeyScanner.Scan(folded), binary.GetLocation(), token: default);
                            return;
                        }

                        ReportExpression(context, binary.Left);
                        ReportExpression(context, binary.Right);
                        return;
                    case InterpolatedStringExpressionSyntax interpolated:
                        ReportInterpolatedString(context, interpolated);
                        return;
                }
            }

            private void ReportInterpolatedString(SyntaxNodeAnalysisContext context, InterpolatedStringExpressionSyntax interpolated)
            {
                // A constant interpolated string ($"{Prefix}{Rest}" of constants) is read whole, like a concatenation.
                if (HasOnlyPlainHoles(interpolated))
                {
                    var constant = context.SemanticModel.GetConstantValue(interpolated, context.CancellationToken);
                    if (constant.HasValue && constant.Value is string folded)
                    {
                        Report(context, folded, KeyScanner.Scan(folded), interpolated.GetLocation(), token: default);
                        return;
                    }
                }

                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        ReportToken(context, text.TextToken);
                    }
                }
            }

            private void ReportToken(SyntaxNodeAnalysisContext context, SyntaxToken token)
            {
                string value = token.ValueText;
                var findings = KeyScanner.Scan(value);
                if (findings.Count != 0)
                {
                    Report(context, value, findings, token.GetLocation(), token);
                }
            }

            private void Report(SyntaxNodeAnalysisContext context, string value, IReadOnlyList<KeyFinding> findings, Location whole, SyntaxToken token)
            {
                for (int i = 0; i < findings.Count; i++)
                {
                    var finding = findings[i];
                    if (!IsReportable(finding))
                    {
                        continue;
                    }

                    var location = whole;
                    if (token.RawKind != 0)
                    {
                        // Point at the key itself when the source spells it as the value does (no escapes inside it).
                        int at = token.Text.IndexOf(value.Substring(finding.Start, finding.Length), System.StringComparison.Ordinal);
                        if (at >= 0)
                        {
                            location = Location.Create(token.SyntaxTree!, new TextSpan(token.SpanStart + at, finding.Length));
                        }
                    }

                    context.ReportDiagnostic(KeyDiagnostics.Create(Rules.KG1001_HardcodedProviderKey, location, finding));
                }
            }

            /// <summary>Self-identifying keys only, and none whose fingerprint the manifest allows.</summary>
            private bool IsReportable(KeyFinding finding) =>
                finding.Kind.SelfIdentifying && !_manifest.IsAllowed(finding.Fingerprint);
        }

        private static bool HasOnlyPlainHoles(InterpolatedStringExpressionSyntax interpolated)
        {
            bool hasHole = false;
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolationSyntax hole)
                {
                    hasHole = true;
                    if (hole.AlignmentClause != null || hole.FormatClause != null)
                    {
                        return false;
                    }
                }
            }

            return hasHole;
        }

        private static bool IsOperandOfConcatenation(ExpressionSyntax expression)
        {
            var parent = expression.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                parent = parent.Parent;
            }

            return parent != null && parent.IsKind(SyntaxKind.AddExpression);
        }

        private static ExpressionSyntax SkipParentheses(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }
    }
}
