using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// Part of a syntax tree's text as one string: <see cref="Text"/> starts at tree position <see cref="Offset"/> and
    /// answers for the positions [<see cref="From"/>, <see cref="To"/>); it reaches before and after them far enough
    /// that a key, a name or the prose before a key that starts there lies whole inside it. A class: a list of a struct
    /// from outside the runtime is compiled just in time in every cold compiler (issue #14).
    /// </summary>
    internal sealed class TextWindow
    {
        public TextWindow(string text, int offset, int from, int to)
        {
            Text = text;
            Offset = offset;
            From = from;
            To = to;
        }

        public string Text { get; }

        public int Offset { get; }

        public int From { get; }

        public int To { get; }

        /// <summary>True when a match found at <paramref name="index"/> of <see cref="Text"/> belongs to this window.</summary>
        public bool Owns(int index) => index + Offset >= From && index + Offset < To;
    }

    /// <summary>
    /// Each syntax tree's text as strings no larger than the large-object heap's threshold, made once per compilation for
    /// every KeyGov analyzer that searches it (<see cref="HardcodedProviderKeyAnalyzer"/>'s trivia scan, the credential-flow
    /// name filter). A file the compiler holds as one string (up to 40,000 characters) is that string, one window at no
    /// cost. A larger one is held in chunks; copying it whole made a new string on the large-object heap, and measured
    /// in the command-line compiler on NLog (issue #14) those copies of its 12 large files cost 0.14 s per analyzer that
    /// made them (the collections they set off, charged to the analyzer), as much as all of KeyGov's scanning. So a large
    /// file is read in windows of <see cref="Step"/> characters, each cut at the start of a line that lies in no block
    /// comment, string or disabled code (so every comment lies whole in the window that owns its start), with
    /// <see cref="Before"/> characters of prose before and <see cref="After"/> characters after.
    /// </summary>
    internal sealed class TreeTexts
    {
        /// <summary>The longest text kept as one window: a file the compiler reads as one string.</summary>
        internal const int MaxWhole = 40000;

        /// <summary>Characters each window of a large file answers for.</summary>
        internal const int Step = 30000;

        /// <summary>Characters before a window's own part: the prose a comment's key is judged by (two short lines).</summary>
        internal const int Before = 1024;

        /// <summary>Characters after a window's own part: longer than any key or name that starts inside it.</summary>
        internal const int After = 8192;

        private static readonly ConditionalWeakTable<Compilation, TreeTexts> Tables = new ConditionalWeakTable<Compilation, TreeTexts>();

        private readonly TreeSlots<TextWindow[]> _windows;

        private TreeTexts(Compilation compilation) => _windows = new TreeSlots<TextWindow[]>(compilation);

        public static TreeTexts For(Compilation compilation) => Tables.GetValue(compilation, c => new TreeTexts(c));

        /// <summary>The windows of <paramref name="tree"/>, in text order.</summary>
        public TextWindow[] Of(SyntaxTree tree, CancellationToken cancellationToken) => _windows.GetOrAdd(tree, Split, cancellationToken);

        internal static TextWindow[] Split(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken);
            if (text.Length <= MaxWhole)
            {
                return new[] { new TextWindow(text.ToString(), 0, 0, text.Length) };
            }

            var root = tree.GetRoot(cancellationToken);
            var windows = new List<TextWindow>();
            int from = 0;
            while (from < text.Length)
            {
                int to = from + Step >= text.Length ? text.Length : Cut(text, root, from, from + Step);
                int offset = from < Before ? 0 : from - Before;
                int end = to + After > text.Length ? text.Length : to + After;
                windows.Add(new TextWindow(text.ToString(TextSpan.FromBounds(offset, end)), offset, from, to));
                from = to;
            }

            return windows.ToArray();
        }

        /// <summary>
        /// A line start at or before <paramref name="target"/> (and after <paramref name="from"/>) that no multi-line
        /// comment, string or disabled block spans; else the end of the one that spans it.
        /// </summary>
        private static int Cut(SourceText text, SyntaxNode root, int from, int target)
        {
            int at = text.Lines.GetLineFromPosition(target).Start;
            for (int tries = 0; tries < 8 && at > from; tries++)
            {
                var token = root.FindToken(at);
                var spanned = token.Span.Start < at && at < token.Span.End ? token.Span : default;
                if (spanned == default)
                {
                    var trivia = root.FindTrivia(at);
                    if (trivia.Span.Start < at && at < trivia.Span.End && IsMultiLine(trivia))
                    {
                        spanned = trivia.Span;
                    }
                }

                if (spanned == default)
                {
                    return at;
                }

                int before = text.Lines.GetLineFromPosition(spanned.Start).Start;
                if (before <= from)
                {
                    // Longer than a window: cut after it (that window is larger than the others, once).
                    return text.Lines.GetLineFromPosition(spanned.End).EndIncludingLineBreak;
                }

                at = before;
            }

            return at > from ? at : target;
        }

        private static bool IsMultiLine(SyntaxTrivia trivia) =>
            trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
            || trivia.IsKind(SyntaxKind.DisabledTextTrivia);
    }
}
