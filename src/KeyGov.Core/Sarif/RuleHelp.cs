using System;
using System.Text;

namespace KeyGov.Core.Sarif
{
    /// <summary>A rule's help as SARIF carries it: plain text (required by GitHub) and markdown (shown when present).</summary>
    public sealed class RuleHelp
    {
        public RuleHelp(string text, string markdown)
        {
            Text = text;
            Markdown = markdown;
        }

        public string Text { get; }

        public string Markdown { get; }

        /// <summary>
        /// A rule page (docs/rules/&lt;ID&gt;.md) as help: the markdown with its relative links made absolute against
        /// the page's own address (a SARIF viewer shows it far from the repository), and a plain-text reading of it
        /// without heading marks, emphasis, code ticks or link syntax (a link keeps its text and its address).
        /// </summary>
        public static RuleHelp FromMarkdown(string markdown, string pageUri)
        {
            string normalized = AbsoluteLinks(markdown.Replace("\r\n", "\n").Trim(), new Uri(pageUri, UriKind.Absolute));
            return new RuleHelp(PlainText(normalized), normalized);
        }

        /// <summary><c>](../providers.md)</c> → <c>](https://…/docs/providers.md)</c>; absolute links and anchors stay.</summary>
        private static string AbsoluteLinks(string markdown, Uri page)
        {
            var result = new StringBuilder(markdown.Length + 256);
            int at = 0;
            while (true)
            {
                int open = markdown.IndexOf("](", at, StringComparison.Ordinal);
                int close = open < 0 ? -1 : markdown.IndexOf(')', open + 2);
                if (close < 0)
                {
                    return result.Append(markdown, at, markdown.Length - at).ToString();
                }

                string target = markdown.Substring(open + 2, close - open - 2);
                result.Append(markdown, at, open + 2 - at);
                bool relative = target.Length > 0 && target[0] != '#' && target.IndexOf(' ') < 0 && !Uri.IsWellFormedUriString(target, UriKind.Absolute);
                result.Append(relative && Uri.TryCreate(page, target, out var absolute) ? absolute.AbsoluteUri : target).Append(')');
                at = close + 1;
            }
        }

        private static string PlainText(string markdown)
        {
            var text = new StringBuilder(markdown.Length);
            foreach (var rawLine in markdown.Split('\n'))
            {
                string line = rawLine.TrimStart('#', ' ');
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    continue;
                }

                AppendInline(text, line);
                text.Append('\n');
            }

            return text.ToString().Trim();
        }

        /// <summary><c>[text](url)</c> becomes <c>text (url)</c>; <c>**</c>, <c>__</c> and backticks go.</summary>
        private static void AppendInline(StringBuilder text, string line)
        {
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (c == '`' || ((c == '*' || c == '_') && i + 1 < line.Length && line[i + 1] == c))
                {
                    i += c == '`' ? 0 : 1;
                    continue;
                }

                if (c == '[')
                {
                    int close = line.IndexOf("](", i, StringComparison.Ordinal);
                    int end = close < 0 ? -1 : line.IndexOf(')', close);
                    if (end > 0)
                    {
                        text.Append(line, i + 1, close - i - 1).Append(" (").Append(line, close + 2, end - close - 2).Append(')');
                        i = end;
                        continue;
                    }
                }

                text.Append(c);
            }
        }
    }
}
