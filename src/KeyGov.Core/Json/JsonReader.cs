using System;
using System.Collections.Generic;
using System.Text;

namespace KeyGov.Core.Json
{
    /// <summary>
    /// A small, strict JSON reader that knows where everything is. Strict: one value per document, double-quoted
    /// strings, JSON escapes and numbers only, no duplicate names in an object. Lenient only where keygov.json allows
    /// it (docs/manifest.md): <c>//</c> and <c>/* */</c> comments, a trailing comma before <c>}</c> or <c>]</c>, a leading
    /// BOM char. Never throws: any input yields a root or an error with line and column.
    /// </summary>
    /// <remarks>
    /// Ours, not System.Text.Json: beside an analyzer, the host's System.Text.Json wins (docs/architecture.md).
    /// Recursive descent with an explicit depth bound, so a hostile file ends in an error, never a stack overflow.
    /// </remarks>
    public static class JsonReader
    {
        /// <summary>Deepest nesting of objects and arrays accepted; keygov.json needs 4.</summary>
        public const int DefaultMaxDepth = 64;

        /// <summary>Parses <paramref name="text"/>; <paramref name="echo"/> is how error messages show text from it.</summary>
        /// <param name="echo">
        /// The caller's echo policy: the reader knows nothing of what a name or a token may hold (a key, for one), so the
        /// caller that does decides how it is shown (KeyGov's readers pass <c>ManifestText.JsonEcho</c>, which never
        /// echoes key material).
        /// </param>
        public static JsonParseResult Parse(string? text, IJsonEcho echo, int maxDepth = DefaultMaxDepth)
        {
            var parser = new Parser(text ?? string.Empty, echo, maxDepth < 1 ? 1 : maxDepth);
            var root = parser.ParseDocument();
            return root != null && parser.Error == null
                ? new JsonParseResult(root, null)
                : new JsonParseResult(null, parser.Error ?? new JsonError("Unreadable JSON", new SourceRange(0, 0, 1, 1, 1, 1)));
        }

        private sealed class Parser
        {
            /// <summary>What follows a member or an item.</summary>
            private enum Next
            {
                More,
                End,
                Error,
            }

            // Objects with more properties than this find duplicates through a set instead of a linear scan.
            private const int LinearDuplicateScanLimit = 8;

            private readonly string _text;
            private readonly IJsonEcho _echo;
            private readonly int _maxDepth;
            private readonly StringTable _strings;

            private readonly List<Scratch> _scratch = new List<Scratch>();
            private int _pos;
            private int _line = 1;
            private int _lineStart;
            private int _depth;

            public Parser(string text, IJsonEcho echo, int maxDepth)
            {
                _text = text;
                _echo = echo;
                _maxDepth = maxDepth;
                _strings = new StringTable(text);
            }

            public JsonError? Error { get; private set; }

            public JsonNode? ParseDocument()
            {
                if (_text.Length > 0 && _text[0] == '\uFEFF')
                {
                    // The BOM is an encoding mark, not a column: editors count from the char after it.
                    _pos = 1;
                    _lineStart = 1;
                }

                if (!SkipTrivia())
                {
                    return null;
                }

                if (_pos >= _text.Length)
                {
                    return Fail("The file is empty; expected a JSON object", new SourceRange(0, 0, 1, 1, 1, 1));
                }

                var root = ParseValue();
                if (root == null || !SkipTrivia())
                {
                    return null;
                }

                if (_pos < _text.Length)
                {
                    return Fail("Unexpected " + DescribeAt(_pos) + " after the end of the JSON document", HereRange(1));
                }

                return root;
            }

            private JsonNode? ParseValue()
            {
                if (_pos >= _text.Length)
                {
                    return Fail("Unexpected end of file; expected a value", HereRange(0));
                }

                char c = _text[_pos];
                switch (c)
                {
                    case '{':
                        return ParseObject();
                    case '[':
                        return ParseArray();
                    case '"':
                        return ParseString(out var range) is string value ? new JsonString(value, range) : null;
                    case 't':
                        return ParseLiteral("true", new JsonBool(true, LiteralRange(4)));
                    case 'f':
                        return ParseLiteral("false", new JsonBool(false, LiteralRange(5)));
                    case 'n':
                        return ParseLiteral("null", new JsonNull(LiteralRange(4)));
                    default:
                        if (c == '-' || (c >= '0' && c <= '9'))
                        {
                            return ParseNumber();
                        }

                        return FailUnexpectedValue();
                }
            }

            private JsonNode? ParseObject()
            {
                int start = _pos, line = _line, column = Column(_pos);
                if (++_depth > _maxDepth)
                {
                    return Fail("Objects and arrays are nested deeper than " + _maxDepth + " levels", HereRange(1));
                }

                _pos++;
                var scratch = ScratchOfDepth();
                var properties = scratch.Properties;
                properties.Clear();
                Dictionary<string, JsonMember>? index = null;
                if (!SkipTrivia())
                {
                    return null;
                }

                while (true)
                {
                    if (_pos >= _text.Length)
                    {
                        return Unclosed("object", line, column);
                    }

                    if (_text[_pos] == '}')
                    {
                        break;
                    }

                    if (_text[_pos] != '"')
                    {
                        return Fail("Expected a property name in double quotes or '}', found " + DescribeAt(_pos), HereRange(1));
                    }

                    // A name is read as a token only: its value and range go into the property, no node is made for it.
                    var name = ParseString(out var nameRange);
                    if (name == null)
                    {
                        return null;
                    }

                    if (TryFindDuplicate(properties, scratch, ref index, name, out var existing))
                    {
                        return Fail(
                            "Duplicate property " + _echo.Quote(name) + "; it is already defined at line " + existing.NameRange.Line +
                            ", column " + existing.NameRange.Column,
                            nameRange);
                    }

                    if (!SkipTrivia())
                    {
                        return null;
                    }

                    if (_pos >= _text.Length || _text[_pos] != ':')
                    {
                        return Fail("Expected ':' after the property name " + _echo.Quote(name) + ", found " + DescribeAt(_pos), HereRange(1));
                    }

                    _pos++;
                    if (!SkipTrivia())
                    {
                        return null;
                    }

                    var value = ParseValue();
                    if (value == null)
                    {
                        return null;
                    }

                    var property = new JsonMember(name, nameRange, value);
                    properties.Add(property);
                    index?.Add(property.Name, property);
                    var next = AfterElement('}', "object", line, column, name);
                    if (next == Next.Error)
                    {
                        return null;
                    }

                    if (next == Next.End)
                    {
                        break;
                    }
                }

                _pos++;
                _depth--;
                return new JsonObject(properties.ToArray(), RangeFrom(start, line, column));
            }

            private JsonNode? ParseArray()
            {
                int start = _pos, line = _line, column = Column(_pos);
                if (++_depth > _maxDepth)
                {
                    return Fail("Objects and arrays are nested deeper than " + _maxDepth + " levels", HereRange(1));
                }

                _pos++;
                var items = ScratchOfDepth().Items;
                items.Clear();
                if (!SkipTrivia())
                {
                    return null;
                }

                while (true)
                {
                    if (_pos >= _text.Length)
                    {
                        return Unclosed("array", line, column);
                    }

                    if (_text[_pos] == ']')
                    {
                        break;
                    }

                    var item = ParseValue();
                    if (item == null)
                    {
                        return null;
                    }

                    items.Add(item);
                    var next = AfterElement(']', "array", line, column, propertyName: null);
                    if (next == Next.Error)
                    {
                        return null;
                    }

                    if (next == Next.End)
                    {
                        break;
                    }
                }

                _pos++;
                _depth--;
                return new JsonArray(items.ToArray(), RangeFrom(start, line, column));
            }

            /// <summary>
            /// After a member or an item: a comma (then more, or the closer: a trailing comma is allowed, docs/manifest.md), the
            /// closer, or an error (<see cref="Error"/> set). The message names the property only when one fails.
            /// </summary>
            private Next AfterElement(char closer, string container, int line, int column, string? propertyName)
            {
                if (!SkipTrivia())
                {
                    return Next.Error;
                }

                if (_pos < _text.Length && _text[_pos] == ',')
                {
                    _pos++;
                    return SkipTrivia() ? Next.More : Next.Error;
                }

                if (_pos < _text.Length && _text[_pos] == closer)
                {
                    return Next.End;
                }

                if (_pos >= _text.Length)
                {
                    Unclosed(container, line, column);
                    return Next.Error;
                }

                string after = propertyName == null ? "an array item" : "the value of " + _echo.Quote(propertyName);
                Fail("Expected ',' or '" + closer + "' after " + after + ", found " + DescribeAt(_pos), HereRange(1));
                return Next.Error;
            }

            private JsonNode? Unclosed(string container, int line, int column) =>
                Fail("Unexpected end of file; the " + container + " opened at line " + line + ", column " + column + " is not closed", HereRange(0));

            /// <summary>Reads a string token: its value, unescaped, and its range (quotes included); null when it is broken (<see cref="Error"/> set).</summary>
            private string? ParseString(out SourceRange range)
            {
                range = default;
                int start = _pos, line = _line, column = Column(_pos);
                int i = _pos + 1;

                // Fast path: most manifest strings have no escape, so the value is one substring.
                while (i < _text.Length)
                {
                    char c = _text[i];
                    if (c == '"')
                    {
                        string value = _strings.Get(_pos + 1, i - _pos - 1);
                        _pos = i + 1;
                        range = RangeFrom(start, line, column);
                        return value;
                    }

                    if (c == '\\' || c < ' ')
                    {
                        break;
                    }

                    i++;
                }

                var builder = new StringBuilder(_text, _pos + 1, i - _pos - 1, Math.Max(16, (i - _pos) * 2));
                while (i < _text.Length)
                {
                    char c = _text[i];
                    if (c == '"')
                    {
                        _pos = i + 1;
                        range = RangeFrom(start, line, column);
                        return builder.ToString();
                    }

                    if (c == '\n' || c == '\r')
                    {
                        // A string cannot span lines: the quote that closes it is missing.
                        break;
                    }

                    if (c < ' ')
                    {
                        _pos = i;
                        return FailString("A string holds the control character U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) +
                            "; write it as an escape (\\t, \\n, \\u0000)", HereRange(1));
                    }

                    if (c != '\\')
                    {
                        builder.Append(c);
                        i++;
                        continue;
                    }

                    if (i + 1 >= _text.Length)
                    {
                        break;
                    }

                    int escape = JsonEscape.Decode(_text, i, builder);
                    if (escape == 0)
                    {
                        _pos = i;
                        return _text[i + 1] == 'u'
                            ? FailString("Invalid escape in a string: \\u must be followed by 4 hex digits", HereRange(2))
                            : FailString("Invalid escape '\\" + Printable(_text[i + 1]) + "' in a string; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", HereRange(2));
                    }

                    i += escape;
                }

                _pos = start;
                return FailString("Unterminated string: the closing '\"' is missing", new SourceRange(start, 1, line, column, line, column + 1));
            }

            private JsonNode? ParseNumber()
            {
                int start = _pos, line = _line, column = Column(_pos);
                int i = _pos;
                if (_text[i] == '-')
                {
                    i++;
                }

                bool valid = true;
                if (i < _text.Length && _text[i] == '0')
                {
                    i++;
                }
                else if (i < _text.Length && _text[i] >= '1' && _text[i] <= '9')
                {
                    i = SkipDigits(i);
                }
                else
                {
                    valid = false;
                }

                if (valid && i < _text.Length && _text[i] == '.')
                {
                    int fraction = SkipDigits(i + 1);
                    valid = fraction > i + 1;
                    i = fraction;
                }

                if (valid && i < _text.Length && (_text[i] == 'e' || _text[i] == 'E'))
                {
                    i++;
                    if (i < _text.Length && (_text[i] == '+' || _text[i] == '-'))
                    {
                        i++;
                    }

                    int exponent = SkipDigits(i);
                    valid = exponent > i;
                    i = exponent;
                }

                // "01", "1x", "1.": a number must end where JSON says; what follows cannot continue it.
                if (valid && i < _text.Length && IsWordChar(_text[i]))
                {
                    valid = false;
                }

                if (!valid)
                {
                    int end = i;
                    while (end < _text.Length && end - start < 40 && (IsWordChar(_text[end]) || _text[end] == '-' || _text[end] == '+'))
                    {
                        end++;
                    }

                    _pos = start;
                    return Fail("Invalid number " + _echo.QuoteFragment(_text, start, Math.Max(1, end - start)), HereRange(Math.Max(1, end - start)));
                }

                string text = _strings.Get(start, i - start);
                _pos = i;
                return new JsonNumber(text, RangeFrom(start, line, column));
            }

            private JsonNode? ParseLiteral(string literal, JsonNode node)
            {
                if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) == 0 &&
                    (_pos + literal.Length >= _text.Length || !IsWordChar(_text[_pos + literal.Length])))
                {
                    _pos += literal.Length;
                    return node;
                }

                return FailUnexpectedValue();
            }

            private JsonNode? FailUnexpectedValue()
            {
                char c = _text[_pos];
                if (c == '\'')
                {
                    return Fail("Strings must be in double quotes, found '''", HereRange(1));
                }

                if (IsAsciiWordChar(c))
                {
                    int end = _pos;
                    while (end < _text.Length && end - _pos < 40 && IsAsciiWordChar(_text[end]))
                    {
                        end++;
                    }

                    return Fail("Unexpected " + _echo.QuoteFragment(_text, _pos, end - _pos) + "; expected a value: a string in double quotes, a number, an object, an array, true, false or null", HereRange(end - _pos));
                }

                return Fail("Unexpected " + DescribeAt(_pos) + "; expected a value", HereRange(1));
            }

            /// <summary>Skips whitespace and comments, counting lines. False (with <see cref="Error"/> set) on a broken comment.</summary>
            private bool SkipTrivia()
            {
                while (_pos < _text.Length)
                {
                    char c = _text[_pos];
                    if (c == ' ' || c == '\t')
                    {
                        _pos++;
                    }
                    else if (c == '\n' || c == '\r')
                    {
                        SkipLineBreak();
                    }
                    else if (c == '/')
                    {
                        if (!SkipComment())
                        {
                            return false;
                        }
                    }
                    else
                    {
                        return true;
                    }
                }

                return true;
            }

            private bool SkipComment()
            {
                char next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
                if (next == '/')
                {
                    _pos += 2;
                    while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                    {
                        _pos++;
                    }

                    return true;
                }

                if (next == '*')
                {
                    var opening = HereRange(2);
                    _pos += 2;
                    while (_pos < _text.Length)
                    {
                        char c = _text[_pos];
                        if (c == '*' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
                        {
                            _pos += 2;
                            return true;
                        }

                        if (c == '\n' || c == '\r')
                        {
                            SkipLineBreak();
                        }
                        else
                        {
                            _pos++;
                        }
                    }

                    Fail("Unterminated comment: the '*/' that closes it is missing", opening);
                    return false;
                }

                Fail("Unexpected '/'; comments start with '//' or '/*'", HereRange(1));
                return false;
            }

            /// <summary>Consumes one line break: CRLF, LF or a lone CR.</summary>
            private void SkipLineBreak()
            {
                if (_text[_pos] == '\r' && _pos + 1 < _text.Length && _text[_pos + 1] == '\n')
                {
                    _pos++;
                }

                _pos++;
                _line++;
                _lineStart = _pos;
            }

            private static bool TryFindDuplicate(List<JsonMember> properties, Scratch scratch, ref Dictionary<string, JsonMember>? index, string name, out JsonMember existing)
            {
                if (index != null)
                {
                    return index.TryGetValue(name, out existing);
                }

                for (int i = 0; i < properties.Count; i++)
                {
                    if (string.Equals(properties[i].Name, name, StringComparison.Ordinal))
                    {
                        existing = properties[i];
                        return true;
                    }
                }

                existing = default;

                if (properties.Count >= LinearDuplicateScanLimit)
                {
                    index = scratch.Index;
                    index.Clear();
                    foreach (var property in properties)
                    {
                        index[property.Name] = property;
                    }
                }

                return false;
            }

            /// <summary>The scratch space of the value just opened (<see cref="_depth"/> already counts it).</summary>
            private Scratch ScratchOfDepth()
            {
                while (_scratch.Count < _depth)
                {
                    _scratch.Add(new Scratch());
                }

                return _scratch[_depth - 1];
            }

            private int SkipDigits(int i)
            {
                while (i < _text.Length && _text[i] >= '0' && _text[i] <= '9')
                {
                    i++;
                }

                return i;
            }

            private int Column(int offset) => offset - _lineStart + 1;

            private SourceRange LiteralRange(int length) => new SourceRange(_pos, length, _line, Column(_pos), _line, Column(_pos) + length);

            /// <summary>From a remembered start to the current position (a token or a whole object).</summary>
            private SourceRange RangeFrom(int start, int line, int column) => new SourceRange(start, _pos - start, line, column, _line, Column(_pos));

            /// <summary>The next <paramref name="length"/> chars at the current position, clipped to the text.</summary>
            private SourceRange HereRange(int length)
            {
                length = Math.Max(0, Math.Min(length, _text.Length - _pos));
                return new SourceRange(_pos, length, _line, Column(_pos), _line, Column(_pos) + length);
            }

            private JsonNode? Fail(string message, SourceRange range)
            {
                Error ??= new JsonError(message, range);
                return null;
            }

            private string? FailString(string message, SourceRange range)
            {
                Error ??= new JsonError(message, range);
                return null;
            }

            private string DescribeAt(int offset)
            {
                if (offset >= _text.Length)
                {
                    return "the end of the file";
                }

                return "'" + Printable(_text[offset]) + "'";
            }

            private static string Printable(char c) =>
                c >= ' ' && c < 0x7F ? c.ToString() : "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

            private static bool IsWordChar(char c) =>
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c > 0x7F;

            private static bool IsAsciiWordChar(char c) =>
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

            /// <summary>
            /// What one nesting depth reuses for every object or array opened at it (only one is open at a time):
            /// values gather here and are copied once into an array of the exact size, and the duplicate-name index
            /// of a large object is cleared rather than allocated again.
            /// </summary>
            private sealed class Scratch
            {
                public List<JsonMember> Properties { get; } = new List<JsonMember>();

                public List<JsonNode> Items { get; } = new List<JsonNode>();

                public Dictionary<string, JsonMember> Index { get; } = new Dictionary<string, JsonMember>(StringComparer.Ordinal);
            }
        }
    }
}
