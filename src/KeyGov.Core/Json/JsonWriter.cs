using System;
using System.Globalization;
using System.Text;

namespace KeyGov.Core.Json
{
    /// <summary>
    /// A small indented JSON writer for KeyGov's outputs (SARIF, inventory): Core has no dependency, so no
    /// System.Text.Json. The caller writes a well-formed sequence; the writer places commas and escapes strings.
    /// Strings are escaped so that any input, lone surrogates included, gives valid JSON in any encoding.
    /// </summary>
    internal sealed class JsonWriter
    {
        private readonly StringBuilder _out = new StringBuilder();

        // Per open container: has it an item yet? The depth is the stack's size.
        private readonly System.Collections.Generic.List<bool> _hasItem = new System.Collections.Generic.List<bool>();
        private bool _afterName;

        public JsonWriter StartObject() => Open('{');

        public JsonWriter EndObject() => Close('}');

        public JsonWriter StartArray() => Open('[');

        public JsonWriter EndArray() => Close(']');

        public JsonWriter Name(string name)
        {
            Separate();
            AppendString(name);
            _out.Append(": ");
            _afterName = true;
            return this;
        }

        public JsonWriter String(string? value)
        {
            Separate();
            if (value == null)
            {
                _out.Append("null");
            }
            else
            {
                AppendString(value);
            }

            return this;
        }

        public JsonWriter Number(int value)
        {
            Separate();
            _out.Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        public JsonWriter Bool(bool value)
        {
            Separate();
            _out.Append(value ? "true" : "false");
            return this;
        }

        public JsonWriter Null()
        {
            Separate();
            _out.Append("null");
            return this;
        }

        /// <summary>An array of strings, each passed through <paramref name="map"/> (the writers' redaction) first.</summary>
        public JsonWriter Strings(System.Collections.Generic.IEnumerable<string> values, System.Func<string, string?> map)
        {
            StartArray();
            foreach (var value in values)
            {
                String(map(value));
            }

            return EndArray();
        }

        public JsonWriter Property(string name, string? value) => Name(name).String(value);

        public JsonWriter Property(string name, int value) => Name(name).Number(value);

        public JsonWriter Property(string name, bool value) => Name(name).Bool(value);

        public override string ToString() => _out.ToString() + "\n";

        private JsonWriter Open(char bracket)
        {
            Separate();
            _out.Append(bracket);
            _hasItem.Add(false);
            return this;
        }

        private JsonWriter Close(char bracket)
        {
            bool hadItems = _hasItem[_hasItem.Count - 1];
            _hasItem.RemoveAt(_hasItem.Count - 1);
            if (hadItems)
            {
                NewLine();
            }

            _out.Append(bracket);
            return this;
        }

        /// <summary>Before a value or a name: a comma and a new line inside a container, nothing right after a name.</summary>
        private void Separate()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_hasItem.Count == 0)
            {
                return;
            }

            if (_hasItem[_hasItem.Count - 1])
            {
                _out.Append(',');
            }

            _hasItem[_hasItem.Count - 1] = true;
            NewLine();
        }

        private void NewLine()
        {
            _out.Append('\n');
            _out.Append(' ', _hasItem.Count * 2);
        }

        private void AppendString(string value)
        {
            _out.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"':
                        _out.Append("\\\"");
                        break;
                    case '\\':
                        _out.Append("\\\\");
                        break;
                    case '\n':
                        _out.Append("\\n");
                        break;
                    case '\r':
                        _out.Append("\\r");
                        break;
                    case '\t':
                        _out.Append("\\t");
                        break;
                    default:
                        if (c < ' ' || c == '\u007F' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                        {
                            _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _out.Append(c);
                        }

                        break;
                }
            }

            _out.Append('"');
        }
    }
}
