using System;

namespace KeyGov.Core.Detection
{
    /// <summary>Offline check of a shape-matched key (a checksum or a structural check); true when the key is valid.</summary>
    internal delegate bool KeyValidator(string text, int start, int length);

    /// <summary>
    /// One row of the catalog: the exact shape of one kind of key, the literal that finds it, and the checks a
    /// shape match must also pass. A kind with two lengths (OpenAI 74+74 or 58+58) has two rows.
    /// </summary>
    internal sealed class KeyFormat
    {
        public KeyFormat(
            KeyKind kind,
            string anchor,
            KeySegment[] segments,
            KeyBoundary? boundary = null,
            int specificity = 1,
            string[]? excludedPrefixes = null,
            KeyValidator? checksum = null)
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

            bool anchorFound = false;
            CharClass? body = null;
            foreach (var segment in segments)
            {
                int at = anchorFound || segment.Literal == null ? -1 : segment.Literal.IndexOf(anchor, StringComparison.Ordinal);
                if (at >= 0)
                {
                    anchorFound = true;
                    MinAnchorOffset = MinLength + at;
                    MaxAnchorOffset = MaxLength + at;
                }

                if (segment.Chars != null)
                {
                    body = body == null ? segment.Chars : body.Union(segment.Chars);
                }

                MinLength += segment.Min;
                MaxLength += segment.Max;
            }

            if (!anchorFound || anchor.Length == 0)
            {
                throw new ArgumentException("The anchor '" + anchor + "' must lie inside a literal segment: " + kind, nameof(anchor));
            }

            BodyChars = body ?? throw new ArgumentException("A format needs a random part: " + kind, nameof(segments));
        }

        public KeyKind Kind { get; }

        /// <summary>The literal the prefilter finds with ordinal <c>IndexOf</c>; part of a literal segment.</summary>
        public string Anchor { get; }

        public KeySegment[] Segments { get; }

        public KeyBoundary Boundary { get; }

        /// <summary>Where two formats match overlapping text, the higher specificity is reported (a lenient fallback is 0).</summary>
        public int Specificity { get; }

        /// <summary>Keys starting with one of these belong to a stricter format; when that one rejects them, so does this.</summary>
        public string[] ExcludedPrefixes { get; }

        public KeyValidator? Checksum { get; }

        public int MinLength { get; }

        public int MaxLength { get; }

        /// <summary>The anchor's offset from the key's start: equal for fixed prefixes, a range after a variable run.</summary>
        public int MinAnchorOffset { get; }

        public int MaxAnchorOffset { get; }

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

            for (int end = run; end >= pos + segment.Min; end--)
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
