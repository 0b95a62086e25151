using System;

namespace KeyGov.Core.Detection
{
    /// <summary>Offline check of a shape-matched key (a checksum or a structural check); true when the key is valid.</summary>
    internal delegate bool KeyValidator(string text, int start, int length);

    /// <summary>What a key's random part must also show, beyond its alphabet, to pass as random (see <see cref="PlaceholderFilter"/>).</summary>
    [Flags]
    internal enum BodyRules
    {
        None = 0,

        /// <summary>An upper-case and a lower-case letter: a short prefix + one-case word is an identifier, not a key.</summary>
        MixedCase = 1,

        /// <summary>A letter and a digit: an all-digit or all-letter hex string is a number or a word (<c>deadbeef…</c>).</summary>
        LetterAndDigit = 2,

        /// <summary>Not PascalCase words (<c>GetFirmwareVersionString</c>): a digit, or few vowels, or many capitals.</summary>
        NotWords = 4,
    }

    /// <summary>
    /// One row of the catalog: the exact shape of one kind of key, the literal that finds it, and the checks a
    /// shape match must also pass. A kind with two lengths (OpenAI 74+74 or 58+58) has two rows. A row without an
    /// anchor is never scanned for: it is the shape <see cref="ContextualKeys"/> checks a named value against.
    /// </summary>
    internal sealed class KeyFormat
    {
        public KeyFormat(
            KeyKind kind,
            string? anchor,
            KeySegment[] segments,
            KeyBoundary? boundary = null,
            int specificity = 1,
            string[]? excludedPrefixes = null,
            KeyValidator? checksum = null,
            BodyRules rules = BodyRules.None)
        {
            if (segments.Length == 0)
            {
                throw new ArgumentException("A format needs segments: " + kind, nameof(segments));
            }

            Kind = kind;
            Anchor = anchor;
            Segments = segments;
            Boundary = boundary ?? KeyBoundary.UrlSafe;
            Specificity = specificity;
            ExcludedPrefixes = excludedPrefixes ?? Array.Empty<string>();
            Checksum = checksum;
            Rules = rules;

            bool anchorFound = false;
            CharClass? body = null;
            foreach (var segment in segments)
            {
                int at = anchor == null || anchorFound || segment.Literal == null ? -1 : segment.Literal.IndexOf(anchor, StringComparison.Ordinal);
                if (at >= 0)
                {
                    anchorFound = true;
                    MinAnchorOffset = MinLength + at;
                    MaxAnchorOffset = MaxLength + at;
                }

                if (segment.IsRandom)
                {
                    body = body == null ? segment.Chars : body.Union(segment.Chars!);
                }

                MinLength += segment.Min;
                MaxLength += segment.Max;
            }

            if (anchor != null && (!anchorFound || anchor.Length == 0))
            {
                throw new ArgumentException("The anchor '" + anchor + "' must lie inside a literal segment: " + kind, nameof(anchor));
            }

            BodyChars = body ?? throw new ArgumentException("A format needs a random part: " + kind, nameof(segments));
            EndsOnlyAtRunEnd = new bool[segments.Length];
            for (int i = 0; i < segments.Length; i++)
            {
                var chars = segments[i].Chars;
                string? next = i + 1 < segments.Length ? segments[i + 1].Literal : null;
                EndsOnlyAtRunEnd[i] = chars != null
                    && (next != null ? !chars.Contains(next[0]) : i + 1 == segments.Length && chars.IsSubsetOf(Boundary.After));
            }
        }

        public KeyKind Kind { get; }

        /// <summary>The literal the prefilter finds with ordinal <c>IndexOf</c>, part of a literal segment; null for a context-only shape.</summary>
        public string? Anchor { get; }

        public KeySegment[] Segments { get; }

        public KeyBoundary Boundary { get; }

        /// <summary>Where two formats match overlapping text, the higher specificity is reported (a lenient fallback is 0).</summary>
        public int Specificity { get; }

        /// <summary>Keys starting with one of these belong to a stricter format; when that one rejects them, so does this.</summary>
        public string[] ExcludedPrefixes { get; }

        public KeyValidator? Checksum { get; }

        public BodyRules Rules { get; }

        public int MinLength { get; }

        public int MaxLength { get; }

        /// <summary>The anchor's offset from the key's start: equal for fixed prefixes, a range after a variable run.</summary>
        public int MinAnchorOffset { get; }

        public int MaxAnchorOffset { get; }

        /// <summary>
        /// Per segment: true for a run that can only end where its characters stop, because what must follow (a literal
        /// whose first character the run cannot hold, or the end of the key where the boundary forbids every run
        /// character) cannot start inside it. Matching then tries that one end instead of giving back character by
        /// character, which keeps a long run that meets anchors inside it (<c>ghs_1_ghs_1_…</c>) from costing its length per hit.
        /// </summary>
        public bool[] EndsOnlyAtRunEnd { get; }

        /// <summary>The union of the run alphabets: its size sets the distinct-character floor of the placeholder filter.</summary>
        public CharClass BodyChars { get; }

        /// <summary>
        /// The end of a key of this format that starts at <paramref name="start"/>, or -1. On success
        /// <paramref name="ends"/> holds each segment's end offset. Shape, boundaries, exclusions, checksum and
        /// placeholder filter all have to pass.
        /// </summary>
        public int TryMatch(string text, int start, int[] ends)
        {
            if (start < 0 || start + MinLength > text.Length || !Boundary.StartsAt(text, start))
            {
                return -1;
            }

            if (StartsWithExcludedPrefix(text, start))
            {
                return -1;
            }

            int end = MatchSegment(text, 0, start, ends);
            if (end < 0)
            {
                return -1;
            }

            if (Checksum != null && !Checksum(text, start, end - start))
            {
                return -1;
            }

            return PlaceholderFilter.IsPlaceholder(text, start, this, ends) ? -1 : end;
        }

        // Backtracking over at most a handful of segments: a run tries its longest length first and gives back
        // characters only while a later literal may sit inside it (the lenient OpenAI form). Runs are capped by
        // their Max, so the work per start position is bounded by the format, not by the text.
        private int MatchSegment(string text, int index, int pos, int[] ends)
        {
            if (index == Segments.Length)
            {
                return Boundary.EndsAt(text, pos) ? pos : -1;
            }

            var segment = Segments[index];
            if (segment.Literal != null)
            {
                if (!LiteralAt(text, pos, segment.Literal))
                {
                    return -1;
                }

                ends[index] = pos + segment.Literal.Length;
                return MatchSegment(text, index + 1, ends[index], ends);
            }

            var chars = segment.Chars!;
            int limit = Math.Min(text.Length, pos + segment.Max);
            int run = pos;
            while (run < limit && chars.Contains(text[run]))
            {
                run++;
            }

            int shortest = EndsOnlyAtRunEnd[index] ? Math.Max(run, pos + segment.Min) : pos + segment.Min;
            for (int end = run; end >= shortest; end--)
            {
                ends[index] = end;
                int result = MatchSegment(text, index + 1, end, ends);
                if (result >= 0)
                {
                    return result;
                }
            }

            return -1;
        }

        private bool StartsWithExcludedPrefix(string text, int start)
        {
            foreach (var prefix in ExcludedPrefixes)
            {
                if (LiteralAt(text, start, prefix))
                {
                    return true;
                }
            }

            return false;
        }

        internal static bool LiteralAt(string text, int pos, string literal)
        {
            if (pos + literal.Length > text.Length)
            {
                return false;
            }

            for (int i = 0; i < literal.Length; i++)
            {
                if (text[pos + i] != literal[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override string ToString() => Kind + ": " + string.Join("", (object[])Segments);
    }
}
