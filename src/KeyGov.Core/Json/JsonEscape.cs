using System.Text;

namespace KeyGov.Core.Json
{
    /// <summary>
    /// JSON string escapes, decoded one way for the reader and for whoever looks at a string's value without parsing
    /// the whole file (KG3014 in a manifest that may not even be readable).
    /// </summary>
    internal static class JsonEscape
    {
        /// <summary>
        /// At <c>text[i] == '\\'</c>: appends the char the escape stands for and returns the escape's length (2, or 6
        /// for <c>\uXXXX</c>); 0 when the escape is cut short or not one JSON has.
        /// </summary>
        public static int Decode(string text, int i, StringBuilder builder)
        {
            if (i + 1 >= text.Length)
            {
                return 0;
            }

            char e = text[i + 1];
            switch (e)
            {
                case '"':
                case '\\':
                case '/':
                    builder.Append(e);
                    return 2;
                case 'b':
                    builder.Append('\b');
                    return 2;
                case 'f':
                    builder.Append('\f');
                    return 2;
                case 'n':
                    builder.Append('\n');
                    return 2;
                case 'r':
                    builder.Append('\r');
                    return 2;
                case 't':
                    builder.Append('\t');
                    return 2;
                case 'u':
                    int code = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        int digit = i + 2 + k < text.Length ? HexValue(text[i + 2 + k]) : -1;
                        if (digit < 0)
                        {
                            return 0;
                        }

                        code = (code * 16) + digit;
                    }

                    builder.Append((char)code);
                    return 6;
                default:
                    return 0;
            }
        }

        /// <summary>
        /// Calls <paramref name="visit"/> with the start, length (quotes included) and decoded value of every string
        /// token of <paramref name="text"/> that holds an escape, skipping comments; a string cut short by a line end or
        /// the end of the text ends where it breaks. Tolerant: the text need not be valid JSON.
        /// </summary>
        public static void ForEachEscapedString(string text, System.Action<int, int, string> visit)
        {
            if (text.IndexOf('\\') < 0)
            {
                return; // the usual manifest: nothing is escaped, and nothing decodes to other text
            }

            StringBuilder? builder = null;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*'))
                {
                    i = SkipComment(text, i);
                    continue;
                }

                if (c != '"')
                {
                    i++;
                    continue;
                }

                int start = i++;
                bool escaped = false;
                (builder ??= new StringBuilder()).Clear();
                while (i < text.Length && text[i] != '"' && text[i] != '\n' && text[i] != '\r')
                {
                    if (text[i] != '\\')
                    {
                        builder.Append(text[i++]);
                        continue;
                    }

                    escaped = true;
                    int length = Decode(text, i, builder);
                    i += length == 0 ? 1 : length; // a bad escape: keep reading past the backslash
                }

                int end = i < text.Length && text[i] == '"' ? i + 1 : i;
                if (escaped)
                {
                    visit(start, end - start, builder.ToString());
                }

                i = end;
            }
        }

        private static int SkipComment(string text, int i)
        {
            if (text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n' && text[i] != '\r')
                {
                    i++;
                }

                return i;
            }

            int close = text.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
            return close < 0 ? text.Length : close + 2;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
