using System.Collections.Generic;
using System.Collections.Immutable;
using KeyGov.Core.Config;
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
    /// that is where the whole key exists), <c>string.Concat</c>/<c>string.Join</c> of literals and character arrays
    /// (read whole, see <see cref="FoldedStrings"/>), comments, XML doc comments and disabled <c>#if</c> code.
    /// KG1004, in the same pass so that no literal is read twice: a prefix-less key (or an ambiguous prefix such as
    /// <c>AIza…</c> without AI context) that the names around it tie to a provider and a credential.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardcodedProviderKeyAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>A JSON document in a literal is parsed only up to this size: work on a huge literal stays bounded.</summary>
        private const int MaxEmbeddedJson = 64 * 1024;

        /// <summary>Longest literal without whitespace that is taken for one token rather than a JSON document.</summary>
        private const int MaxTokenLength = 256;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.KG1001_HardcodedProviderKey, Descriptors.KG1004_ContextualProviderKey);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A Settings.Designer.cs or a generated client can hold a key as well as hand-written code (docs/architecture.md).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

            context.RegisterCompilationStartAction(start =>
            {
                // Callbacks only for the nodes a string is made of (issue #14): a string.Concat/Join call and a char array
                // are read from their first literal piece, not from a callback on every invocation and initializer.
                var reporter = new Reporter(ManifestSnapshot.Create(start), TreeTexts.For(start.Compilation));
                start.RegisterSyntaxNodeAction(
                    reporter.AnalyzeLiteral,
                    SyntaxKind.StringLiteralExpression,
                    SyntaxKind.Utf8StringLiteralExpression,
                    SyntaxKind.CharacterLiteralExpression);
                start.RegisterSyntaxNodeAction(reporter.AnalyzeInterpolatedString, SyntaxKind.InterpolatedStringExpression);
                start.RegisterSyntaxNodeAction(reporter.AnalyzeConcatenation, SyntaxKind.AddExpression);
                start.RegisterSyntaxTreeAction(reporter.AnalyzeTrivia);
            });
        }

        private sealed class Reporter
        {
            private readonly ManifestSnapshot _manifest;
            private readonly TreeTexts _texts;

            public Reporter(ManifestSnapshot manifest, TreeTexts texts)
            {
                _manifest = manifest;
                _texts = texts;
            }

            public void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
            {
                var literal = (LiteralExpressionSyntax)context.Node;
                if (IsOperandOfConcatenation(literal))
                {
                    return; // the outermost concatenation reads it, together with its neighbours
                }

                var call = FoldedStrings.FoldedCallOf(literal);
                if (call != null && FoldedStrings.IsFirstPiece(call, literal) && FoldedStrings.FoldCall(call) is string folded)
                {
                    // string.Concat/Join of literal pieces: read whole, once, from its first literal piece.
                    Report(context, folded, KeyScanner.Scan(folded), call.GetLocation(), token: default, call);
                }

                if (literal.IsKind(SyntaxKind.CharacterLiteralExpression))
                {
                    // new[] { 's', 'k', … }: read whole, once, from its first element (also when a call reads it too).
                    if (FoldedStrings.CharactersStartingWith(literal) is ExpressionSyntax initializer && FoldedStrings.FoldCharacters(initializer) is string characters)
                    {
                        var owner = FoldedStrings.OwnerOfCharacters(initializer);
                        Report(context, characters, KeyScanner.Scan(characters), owner.GetLocation(), token: default, owner);
                    }

                    return; // a character alone is no key
                }

                if (call != null)
                {
                    return; // the call reads it, together with its neighbours
                }

                ReportToken(context, literal.Token, literal);
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
            /// One pass over the file's text (a large file's in windows: <see cref="TreeTexts"/>) finds every key; only a key that lies in trivia is reported here
            /// (keys in tokens belong to the literal actions). Keys are rare, so the trivia lookup runs rarely.
            /// </summary>
            public void AnalyzeTrivia(SyntaxTreeAnalysisContext context)
            {
                foreach (var window in _texts.Of(context.Tree, context.CancellationToken))
                {
                    AnalyzeTrivia(context, window);
                }
            }

            private void AnalyzeTrivia(SyntaxTreeAnalysisContext context, TextWindow window)
            {
                var text = window.Text;
                if (text.IndexOf("#if", System.StringComparison.Ordinal) >= 0)
                {
                    ReportPrefixLessInDisabledCode(context, window);
                }

                ReportPrefixLessInComments(context, window);
                var findings = KeyScanner.Scan(text);
                if (findings.Count == 0)
                {
                    return;
                }

                var root = context.Tree.GetRoot(context.CancellationToken);
                for (int i = 0; i < findings.Count; i++)
                {
                    var finding = findings[i];
                    int start = finding.Start + window.Offset;
                    if (!window.Owns(finding.Start) || root.FindTrivia(start).RawKind == 0 || _manifest.IsAllowed(finding.Fingerprint))
                    {
                        continue;
                    }

                    // No names around a comment: an ambiguous prefix there is KG1004.
                    var location = Location.Create(context.Tree, new TextSpan(start, finding.Length));
                    context.ReportDiagnostic(finding.Kind.SelfIdentifying
                        ? KeyDiagnostics.Create(Descriptors.KG1001_HardcodedProviderKey, location, finding)
                        : KeyDiagnostics.Create(Descriptors.KG1004_ContextualProviderKey, location, finding, "its prefix"));
                }
            }

            /// <summary>
            /// A prefix-less key in a comment, judged by the words before it (<see cref="ContextualKeys.ScanComments"/>):
            /// <c>// old Cohere key (rotated): …</c>, an XML doc example <c>new MistralClient("…")</c>. Core reads the
            /// comment-like regions of the text; only a key that really lies in trivia is reported here.
            /// </summary>
            private void ReportPrefixLessInComments(SyntaxTreeAnalysisContext context, TextWindow window)
            {
                var findings = ContextualKeys.ScanComments(window.Text);
                if (findings.Count == 0)
                {
                    return;
                }

                var root = context.Tree.GetRoot(context.CancellationToken);
                for (int i = 0; i < findings.Count; i++)
                {
                    var finding = findings[i];
                    int start = finding.Start + window.Offset;
                    if (window.Owns(finding.Start) && root.FindTrivia(start).RawKind != 0 && !_manifest.IsAllowed(finding.Fingerprint))
                    {
                        context.ReportDiagnostic(KeyDiagnostics.Create(Descriptors.KG1004_ContextualProviderKey,
                            Location.Create(context.Tree, new TextSpan(start, finding.Length)), finding, "the comment before it"));
                    }
                }
            }

            /// <summary>
            /// Disabled code has no symbols, so a prefix-less key there (<c>#if LEGACY … const string AwsSecretAccessKey
            /// = "…";</c>) is judged by the name it is assigned to, read from the tokens: <c>Name = "…"</c>. Disabled
            /// text sits in the leading trivia of the token after an <c>#if</c>/<c>#elif</c>/<c>#else</c> block, so only
            /// the tokens those directives belong to are visited, not every trivia of the file (most files with
            /// <c>#if DEBUG</c> have nothing disabled worth reading). A disabled block larger than the embedded-JSON bound
            /// is left alone.
            /// </summary>
            private void ReportPrefixLessInDisabledCode(SyntaxTreeAnalysisContext context, TextWindow window)
            {
                var text = window.Text;
                var root = context.Tree.GetRoot(context.CancellationToken);
                SyntaxToken visited = default;
                for (int at = text.IndexOf('#'); at >= 0; at = text.IndexOf('#', at + 1))
                {
                    // #if, #elif, #else, and #endif, which ends the block in the window where the block begins.
                    if (string.CompareOrdinal(text, at + 1, "if", 0, 2) != 0 && string.CompareOrdinal(text, at + 1, "el", 0, 2) != 0
                        && string.CompareOrdinal(text, at + 1, "en", 0, 2) != 0)
                    {
                        continue;
                    }

                    if (!HasCandidateBetweenDirectives(text, at))
                    {
                        continue; // no string in the lines around it that may be disabled: no look-up
                    }

                    var directive = root.FindTrivia(at + window.Offset);
                    if (!directive.IsDirective || directive.Token == visited)
                    {
                        continue;
                    }

                    visited = directive.Token;
                    foreach (var trivia in visited.LeadingTrivia)
                    {
                        if (trivia.IsKind(SyntaxKind.DisabledTextTrivia) && trivia.Span.Length <= MaxEmbeddedJson && window.Owns(trivia.SpanStart - window.Offset))
                        {
                            ReportPrefixLessIn(context, trivia);
                        }
                    }
                }
            }

            private void ReportPrefixLessIn(SyntaxTreeAnalysisContext context, SyntaxTrivia disabled)
            {
                string text = disabled.ToString();
                if (!HasQuotedCandidate(text, 0, text.Length))
                {
                    return; // most disabled blocks hold no string that could be a key: no need to lex them
                }

                SyntaxToken name = default, previous = default;
                foreach (var token in SyntaxFactory.ParseTokens(text, initialTokenPosition: disabled.SpanStart))
                {
                    if (token.IsKind(SyntaxKind.StringLiteralToken) && previous.IsKind(SyntaxKind.EqualsToken) && name.IsKind(SyntaxKind.IdentifierToken)
                        && ContextualKeys.MayBeKey(token.ValueText)
                        && ContextualKeys.Match(token.ValueText, name.ValueText, name.ValueText) is KeyFinding finding && !_manifest.IsAllowed(finding.Fingerprint))
                    {
                        context.ReportDiagnostic(KeyDiagnostics.Create(Descriptors.KG1004_ContextualProviderKey,
                            Location.Create(context.Tree, token.Span), finding, name.ValueText));
                    }

                    name = previous;
                    previous = token;
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
                        ReportToken(context, literal.Token, literal);
                        return;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                        if (ConstantString(context, binary) is string folded)
                        {
                            Report(context, folded, KeyScanner.Scan(folded), binary.GetLocation(), token: default, binary);
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

            /// <summary>
            /// The string constant a '+' tree folds to, or null. Only a tree that may be a string constant is folded:
            /// one of string literals alone is folded here, one with names in it by the compiler; one with a call, a
            /// number or any other operand that no string constant has is not one (<see cref="ConstantShape"/>), and
            /// the semantic model is not asked (most '+' trees are numbers or messages built from values).
            /// </summary>
            private static string? ConstantString(SyntaxNodeAnalysisContext context, BinaryExpressionSyntax binary)
            {
                switch (ConstantShape.Of(binary))
                {
                    case ConstantShape.Kind.NotString:
                        return null;
                    case ConstantShape.Kind.Literals:
                        return ConstantShape.FoldLiterals(binary);
                    default:
                        var constant = context.SemanticModel.GetConstantValue(binary, context.CancellationToken);
                        return constant.HasValue ? constant.Value as string : null;
                }
            }

            private void ReportInterpolatedString(SyntaxNodeAnalysisContext context, InterpolatedStringExpressionSyntax interpolated)
            {
                // A constant interpolated string ($"{Prefix}{Rest}" of constants) is read whole, like a concatenation.
                if (HasOnlyPlainHoles(interpolated) && ConstantShape.OfHoles(interpolated) != ConstantShape.Kind.NotString)
                {
                    var constant = context.SemanticModel.GetConstantValue(interpolated, context.CancellationToken);
                    if (constant.HasValue && constant.Value is string folded)
                    {
                        Report(context, folded, KeyScanner.Scan(folded), interpolated.GetLocation(), token: default, interpolated);
                        return;
                    }
                }

                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        ReportToken(context, text.TextToken, owner: interpolated);
                    }
                }
            }

            private void ReportToken(SyntaxNodeAnalysisContext context, SyntaxToken token, ExpressionSyntax? owner)
            {
                string value = token.ValueText;
                Report(context, value, KeyScanner.Scan(value), token.GetLocation(), token, owner);
            }

            /// <param name="owner">The expression whose surroundings name the value (null for interpolated text parts).</param>
            private void Report(SyntaxNodeAnalysisContext context, string value, IReadOnlyList<KeyFinding> findings, Location whole, SyntaxToken token, ExpressionSyntax? owner)
            {
                if (findings.Count == 0)
                {
                    ReportPrefixLess(context, value, whole, token, owner);
                    return;
                }

                for (int i = 0; i < findings.Count; i++)
                {
                    var finding = findings[i];
                    if (_manifest.IsAllowed(finding.Fingerprint))
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

                    if (finding.Kind.SelfIdentifying)
                    {
                        context.ReportDiagnostic(KeyDiagnostics.Create(Descriptors.KG1001_HardcodedProviderKey, location, finding));
                        continue;
                    }

                    string names = owner == null ? string.Empty : Describe(context, owner);
                    context.ReportDiagnostic(KeyDiagnostics.ForAmbiguousPrefix(
                        Descriptors.KG1001_HardcodedProviderKey, Descriptors.KG1001_HardcodedProviderKey.DefaultSeverity, location, finding, names,
                        awsSecretNearby: ContextualKeys.IsAwsAccessKeyId(finding.Kind) && owner != null && HasAwsSecretInScope(owner)));
                }
            }

            /// <summary>
            /// A value with no recognisable prefix is a key only where its names say so. Most literals are short or
            /// contain spaces, so Core's cheap shape test runs first and the Roslyn context is computed only for the rest.
            /// A literal that is one token (no whitespace, at most <see cref="MaxTokenLength"/> chars) is never read as
            /// embedded JSON.
            /// </summary>
            private void ReportPrefixLess(SyntaxNodeAnalysisContext context, string value, Location location, SyntaxToken token, ExpressionSyntax? owner)
            {
                if (owner == null)
                {
                    return;
                }

                if (!ContextualKeys.MayBeKey(value) && !ContextualKeys.MayHoldAuthorizationKey(value))
                {
                    if (!IsOneToken(value))
                    {
                        ReportInEmbeddedJson(context, value, location, token, owner);
                    }

                    return;
                }

                if (!(CredentialContext.Match(value, owner, context.SemanticModel, context.CancellationToken, out string names) is KeyFinding finding)
                    || _manifest.IsAllowed(finding.Fingerprint))
                {
                    return;
                }

                if (finding.Length < value.Length && token.RawKind != 0)
                {
                    // A token inside the value ("Bearer …"): point at it when the source spells it as the value does.
                    int at = token.Text.IndexOf(value.Substring(finding.Start, finding.Length), System.StringComparison.Ordinal);
                    location = at < 0 ? location : Location.Create(token.SyntaxTree!, new TextSpan(token.SpanStart + at, finding.Length));
                }

                context.ReportDiagnostic(KeyDiagnostics.Create(Descriptors.KG1004_ContextualProviderKey, location, finding, names));
            }

            /// <summary>
            /// A JSON document in a literal (a test fixture, a sample config): its values are judged like a config
            /// file's, by the key path they sit under, with the literal's own names as weaker context. Only literals
            /// that start with <c>{</c> and are of config size are parsed.
            /// </summary>
            private void ReportInEmbeddedJson(SyntaxNodeAnalysisContext context, string value, Location whole, SyntaxToken token, ExpressionSyntax owner)
            {
                if (value.Length < 32 || value.Length > MaxEmbeddedJson || !OpensJsonObject(value))
                {
                    return;
                }

                string? ownerNames = null;
                foreach (var entry in ConfigValueReader.Read(ConfigFileKind.Json, value))
                {
                    if (!ContextualKeys.MayBeKey(entry.Value))
                    {
                        continue;
                    }

                    ownerNames ??= Describe(context, owner);
                    string names = ContextualKeys.Context(ownerNames + " " + entry.Context, entry.EndpointHost);
                    if (ContextualKeys.Match(entry.Value, names, entry.Context) is KeyFinding finding && !_manifest.IsAllowed(finding.Fingerprint))
                    {
                        int at = token.RawKind == 0 ? -1 : token.Text.IndexOf(entry.Value, System.StringComparison.Ordinal);
                        var location = at < 0 ? whole : Location.Create(token.SyntaxTree!, new TextSpan(token.SpanStart + at, entry.Value.Length));
                        context.ReportDiagnostic(KeyDiagnostics.Create(Descriptors.KG1004_ContextualProviderKey, location, finding, names.Trim()));
                    }
                }
            }

            /// <summary>
            /// The value starts like a JSON object: <c>{</c>, then a quoted name, <c>}</c> or a comment (which config
            /// files allow), white space between. A format string (<c>"{0}: {1} …"</c>, common in libraries) is no
            /// document and is not handed to the parser (issue #14).
            /// </summary>
            private static bool OpensJsonObject(string value)
            {
                int at = 0;
                while (at < value.Length && char.IsWhiteSpace(value[at]))
                {
                    at++;
                }

                if (at >= value.Length || value[at] != '{')
                {
                    return false;
                }

                for (at++; at < value.Length; at++)
                {
                    if (!char.IsWhiteSpace(value[at]))
                    {
                        return value[at] == '"' || value[at] == '}' || value[at] == '/';
                    }
                }

                return false;
            }

            private static string Describe(SyntaxNodeAnalysisContext context, ExpressionSyntax owner)
            {
                string names = CredentialContext.Describe(owner, context.SemanticModel, context.CancellationToken, out var host);
                return ContextualKeys.Context(names, host);
            }

            /// <summary>An AWS access key id is KG1001 when a secret access key sits in the same type (docs/architecture.md).</summary>
            private static bool HasAwsSecretInScope(ExpressionSyntax owner)
            {
                var scope = (SyntaxNode?)owner.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? owner.SyntaxTree.GetRoot();
                foreach (var node in scope.DescendantNodes())
                {
                    if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                        && ContextualKeys.IsAwsSecretKeyShape(literal.Token.ValueText))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// True when some text between two quotes of <paramref name="text"/>[<paramref name="from"/>, <paramref name="to"/>)
        /// may be a key (<see cref="ContextualKeys.MayBeKey"/>) or holds an escape (which the lexer would turn into the
        /// value): only then is disabled code looked up and lexed. Every quote is tried as an opening one, so a quote
        /// in a character literal or a comment does not hide the string after it.
        /// </summary>
        private static bool HasQuotedCandidate(string text, int from, int to)
        {
            for (int open = NextQuote(text, from, to); open >= 0; open = NextQuote(text, open + 1, to))
            {
                int close = NextQuote(text, open + 1, to);
                if (close < 0)
                {
                    return false;
                }

                if (text.IndexOf('\\', open + 1, close - open - 1) >= 0 || ContextualKeys.MayBeKey(text, open + 1, close - open - 1))
                {
                    return true;
                }

                open = close - 1; // the closing quote may open the next string
            }

            return false;
        }

        private static int NextQuote(string text, int from, int to) => from < to ? text.IndexOf('"', from, to - from) : -1;

        /// <summary>
        /// True when a string that may be a key (<see cref="HasQuotedCandidate"/>) lies in the lines between the
        /// conditional directive before the line of <paramref name="at"/> and the one after it (<c>#if</c>,
        /// <c>#elif</c>, <c>#else</c>, <c>#endif</c> first on a line): disabled text lies only between two of them, and
        /// a key in it is only read from such a string (<see cref="ReportPrefixLessIn"/> asks the same of each disabled
        /// block), so a directive without one on either side leads to nothing. Other directives (<c>#region</c> in
        /// disabled code is disabled text) bound nothing.
        /// </summary>
        private static bool HasCandidateBetweenDirectives(string text, int at)
        {
            int lineStart = text.LastIndexOf('\n', at) + 1, lineEnd = text.IndexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;

            // '#' is rare in code: the directives around are found from it, not line by line.
            int from = 0;
            for (int hash = lineStart == 0 ? -1 : text.LastIndexOf('#', lineStart - 1); hash >= 0; hash = hash == 0 ? -1 : text.LastIndexOf('#', hash - 1))
            {
                if (IsConditionalDirective(text, hash))
                {
                    int end = text.IndexOf('\n', hash);
                    from = end < 0 ? text.Length : end + 1;
                    break;
                }
            }

            int to = text.Length;
            for (int hash = text.IndexOf('#', lineEnd); hash >= 0; hash = text.IndexOf('#', hash + 1))
            {
                if (IsConditionalDirective(text, hash))
                {
                    to = text.LastIndexOf('\n', hash) + 1;
                    break;
                }
            }

            return HasQuotedCandidate(text, from, to);
        }

        /// <summary>The <c>#</c> at <paramref name="hash"/> starts a line (after white space) and a conditional directive.</summary>
        private static bool IsConditionalDirective(string text, int hash)
        {
            for (int before = hash - 1; before >= 0 && text[before] != '\n'; before--)
            {
                if (text[before] != ' ' && text[before] != '\t' && text[before] != '\r')
                {
                    return false;
                }
            }

            foreach (string keyword in ConditionalDirectives)
            {
                int after = hash + 1 + keyword.Length;
                if (string.CompareOrdinal(text, hash + 1, keyword, 0, keyword.Length) == 0
                    && (after >= text.Length || !(char.IsLetterOrDigit(text[after]) || text[after] == '_')))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] ConditionalDirectives = { "if", "elif", "else", "endif" };

        /// <summary>
        /// A literal without whitespace of at most <see cref="MaxTokenLength"/> chars is one token (an id, a hash, a
        /// URL), not a document: <see cref="Reporter"/> reads it as a possible key only, never as embedded JSON.
        /// </summary>
        private static bool IsOneToken(string value)
        {
            if (value.Length > MaxTokenLength)
            {
                return false;
            }

            foreach (char c in value)
            {
                if (c <= ' ')
                {
                    return false;
                }
            }

            return true;
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
