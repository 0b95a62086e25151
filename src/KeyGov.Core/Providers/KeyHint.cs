using System;

namespace KeyGov.Core.Providers
{
    /// <summary>
    /// A redacted key as providers show it: a visible start, a gap (<c>…</c>, <c>...</c> or stars) and the last few
    /// characters (<c>sk-proj-…Q7xZ</c>, OpenAI's <c>redacted_value</c>, Anthropic's <c>partial_key_hint</c>
    /// <c>sk-ant-api03-R2D...igAA</c>). Two hints match when one visible start begins the other and the shorter visible
    /// end closes the longer: providers show different amounts of the same key. Too much visible text is no hint: it may be the key.
    /// </summary>
    public readonly struct KeyHint
    {
        /// <summary>Most characters shown before the gap: Anthropic shows its 13-char prefix and 3 more.</summary>
        public const int MaxStart = 24;

        /// <summary>Fewest and most characters after the gap (OpenAI's examples show 3, consoles 4).</summary>
        public const int MinEnd = 3;

        public const int MaxEnd = 8;

        private KeyHint(string start, string end)
        {
            Start = start;
            End = end;
        }

        /// <summary>What is shown before the gap (<c>sk-proj-</c>).</summary>
        public string Start { get; }

        /// <summary>What is shown after the gap (<c>Q7xZ</c>).</summary>
        public string End { get; }

        /// <summary>The hint as KeyGov shows it: <c>sk-proj-…Q7xZ</c>.</summary>
        public override string ToString() => Start + "\u2026" + End;

        public static bool TryParse(string? text, out KeyHint hint)
        {
            hint = default;
            if (text == null)
            {
                return false;
            }

            string value = text.Trim();
            int gap = -1, gapEnd = -1;
            for (int i = 0; i < value.Length; i++)
            {
                if (IsGap(value[i]))
                {
                    if (gap >= 0 && gapEnd != i)
                    {
                        return false; // two gaps: not a shape any provider shows
                    }

                    gap = gap < 0 ? i : gap;
                    gapEnd = i + 1;
                }
                else if (!IsShown(value[i]))
                {
                    return false;
                }
            }

            if (gap < 0)
            {
                return false;
            }

            string start = value.Substring(0, gap), end = value.Substring(gapEnd);
            if (start.Length < 2 || start.Length > MaxStart || end.Length < MinEnd || end.Length > MaxEnd)
            {
                return false;
            }

            hint = new KeyHint(start, end);
            return true;
        }

        /// <summary>True when both could be the same key: one start begins the other, and the shorter end closes the longer.</summary>
        public bool Matches(KeyHint other)
        {
            if (Start == null || other.Start == null)
            {
                return false;
            }

            bool starts = Start.Length <= other.Start.Length
                ? other.Start.StartsWith(Start, StringComparison.Ordinal)
                : Start.StartsWith(other.Start, StringComparison.Ordinal);
            bool ends = End.Length <= other.End.Length
                ? other.End.EndsWith(End, StringComparison.Ordinal)
                : End.EndsWith(other.End, StringComparison.Ordinal);
            return starts && ends;
        }

        private static bool IsGap(char c) => c == '.' || c == '\u2026' || c == '*';

        private static bool IsShown(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
