using System;
using System.Collections.Generic;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// Finds provider keys that carry their own prefix or signature in text (docs/architecture.md): the self-identifying kinds,
    /// and the ambiguous prefixes (<c>AIza…</c>, AWS access key ids: <see cref="KeyKind.SelfIdentifying"/> false), whose
    /// rule the analyzer settles with <see cref="ContextualKeys"/>. Prefix-less kinds are never returned here.
    /// Contract: never throws; returns an empty array (no allocation) when nothing matches; findings in text order,
    /// each key once; linear time in the text length, so a huge literal costs a few fast passes and no more.
    /// </summary>
    public static class KeyScanner
    {
        // Segment ends of the match being checked: one small buffer per thread, so a scan allocates nothing until it
        // has a key to report (analyzers scan concurrently, hence not one shared buffer).
        [ThreadStatic]
        private static int[]? segmentEnds;

        /// <summary>
        /// Texts shorter than this (most literals) are read start by start from their first signal character on; in
        /// longer ones (files, comments, config) the search skips to each signal character. A search per signal costs
        /// more than it skips in a short, dense string (<c>OPENAI_API_KEY</c> holds four): measured on the literals and
        /// the files of a generated corpus, NLog, Newtonsoft.Json, Semantic Kernel and openai-dotnet.
        /// </summary>
        internal const int SignalSearchFrom = 64;

        /// <summary>
        /// The keys in <paramref name="text"/>. Work is a vectorised search for the rare characters every anchor holds
        /// (<see cref="AnchorPairs.Signals"/>) and, just before each one found, a look-up of the few places where an
        /// anchor holding it may start; in a text shorter than <see cref="SignalSearchFrom"/>, of every place from just
        /// before the first one on (none: nothing to look up). A look-up is one table read where no anchor starts
        /// (<see cref="AnchorPairs"/>); per anchor found, a check bounded by the longest format (at most a few hundred
        /// characters), so it stays linear.
        /// </summary>
        public static IReadOnlyList<KeyFinding> Scan(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return Array.Empty<KeyFinding>();
            }

            int[] ends = SegmentEnds();
            List<Candidate>? candidates = null;
            int last = text.Length - 3; // the last start with three characters
            char[] signals = AnchorPairs.Signals;
            if (text.Length < SignalSearchFrom)
            {
                int first = text.IndexOfAny(signals);
                if (first >= 0)
                {
                    LookUp(text, Math.Max(0, first - AnchorPairs.MaxLead), last, ends, ref candidates);
                }
            }
            else
            {
                int[] lead = AnchorPairs.Lead;
                int next = 0; // every start before it is looked up
                for (int signal = text.IndexOfAny(signals); signal >= 0 && next <= last; signal = text.IndexOfAny(signals, signal + 1))
                {
                    // An anchor whose first signal character this is starts at most Lead characters before it; one that
                    // starts earlier or holds an earlier signal character was looked for at that one.
                    LookUp(text, Math.Max(next, signal - lead[text[signal]]), Math.Min(signal, last), ends, ref candidates);
                    next = signal + 1;
                }
            }

            foreach (var group in AnchorPairs.Unpaired)
            {
                for (int hit = text.IndexOf(group.Anchor, StringComparison.Ordinal); hit >= 0; hit = text.IndexOf(group.Anchor, hit + 1, StringComparison.Ordinal))
                {
                    MatchAt(text, hit, group, ends, ref candidates);
                }
            }

            return candidates == null ? Array.Empty<KeyFinding>() : ToFindings(text, candidates);
        }

        /// <summary>The anchors that start at <paramref name="from"/> to <paramref name="to"/> (inclusive), each matched.</summary>
        private static void LookUp(string text, int from, int to, int[] ends, ref List<Candidate>? candidates)
        {
            // The tables in locals: this method is optimised before AnchorPairs is initialised, and would otherwise
            // check that on every read of them.
            byte[] slots = AnchorPairs.Slots;
            ulong[] masks = AnchorPairs.Masks;
            for (int at = from; at <= to; at++)
            {
                int first = text[at], second = text[at + 1], third = text[at + 2];
                if ((first | second | third) >= 128)
                {
                    continue;
                }

                int slot = slots[(first << 7) | second];
                if (slot == 0 || (masks[(slot << 1) | (third >> 6)] & (1UL << (third & 63))) == 0)
                {
                    continue;
                }

                foreach (var group in AnchorPairs.GroupsBySlot[slot])
                {
                    if (KeyFormat.LiteralAt(text, at, group.Anchor))
                    {
                        MatchAt(text, at, group, ends, ref candidates);
                    }
                }
            }
        }

        // The formats of an anchor group found at hit: a fixed prefix gives one possible start, an anchor after a
        // variable run a short range.
        private static void MatchAt(string text, int hit, AnchorGroup group, int[] ends, ref List<Candidate>? candidates)
        {
            foreach (var format in group.Formats)
            {
                if (format.Anchor!.Length != group.Anchor.Length && !KeyFormat.LiteralAt(text, hit, format.Anchor))
                {
                    continue;
                }

                int first = Math.Max(0, hit - format.MaxAnchorOffset);
                for (int start = hit - format.MinAnchorOffset; start >= first; start--)
                {
                    int end = format.TryMatch(text, start, ends);
                    if (end >= 0)
                    {
                        (candidates ??= new List<Candidate>()).Add(new Candidate(format, start, end));
                    }
                }
            }
        }

        /// <summary>This thread's segment-end buffer, long enough for every format of the catalog.</summary>
        internal static int[] SegmentEnds() => segmentEnds ??= new int[ProviderCatalog.MaxSegments];

        // One key can match several formats (a project key also has the lenient shape, a key seen from two anchors):
        // keep, among overlapping matches, the most specific, then the longest, and report them in text order.
        private static KeyFinding[] ToFindings(string text, List<Candidate> candidates)
        {
            candidates.Sort(CompareByStartThenPreference);
            var kept = new List<Candidate>(candidates.Count);
            foreach (var candidate in candidates)
            {
                int last = kept.Count - 1;
                if (last >= 0 && candidate.Start < kept[last].End)
                {
                    if (IsPreferred(candidate, kept[last]))
                    {
                        kept[last] = candidate;
                    }

                    continue;
                }

                kept.Add(candidate);
            }

            var findings = new KeyFinding[kept.Count];
            for (int i = 0; i < findings.Length; i++)
            {
                var c = kept[i];
                var kind = c.Format.Kind;
                int length = c.End - c.Start;
                findings[i] = new KeyFinding(kind, c.Start, length, Redaction.Redact(kind, text, c.Start, length), Fingerprint.Of(text, c.Start, length));
            }

            return findings;
        }

        private static bool IsPreferred(Candidate a, Candidate b) =>
            a.Format.Specificity > b.Format.Specificity
            || (a.Format.Specificity == b.Format.Specificity && a.End - a.Start > b.End - b.Start);

        private static int CompareByStartThenPreference(Candidate a, Candidate b)
        {
            if (a.Start != b.Start)
            {
                return a.Start.CompareTo(b.Start);
            }

            return IsPreferred(a, b) ? -1 : IsPreferred(b, a) ? 1 : 0;
        }

        private readonly struct Candidate
        {
            public Candidate(KeyFormat format, int start, int end)
            {
                Format = format;
                Start = start;
                End = end;
            }

            public KeyFormat Format { get; }

            public int Start { get; }

            public int End { get; }
        }
    }
}
