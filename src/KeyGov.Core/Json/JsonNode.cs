using System;
using System.Collections.Generic;
using System.Threading;

namespace KeyGov.Core.Json
{
    public enum JsonNodeKind
    {
        Object,
        Array,
        String,
        Number,
        Boolean,
        Null,
    }

    /// <summary>A JSON value and where it is: from its first char (<c>{</c>, <c>[</c>, the opening quote, …) to its last.</summary>
    public abstract class JsonNode
    {
        // A scalar keeps its range as a token (its end follows from its start: a token never spans lines); objects
        // and arrays, which do, keep their end themselves. A large manifest has tens of thousands of scalars.
        private readonly TokenRange _token;

        private protected JsonNode(SourceRange range)
        {
            _token = new TokenRange(range);
        }

        public abstract JsonNodeKind Kind { get; }

        public SourceRange Range => _token.ToRange(EndLine, EndColumn);

        /// <summary>The line of the last char: the first line, unless an object or array says otherwise.</summary>
        private protected virtual int EndLine => _token.Line;

        /// <summary>The column just after the last char: the token's end, unless an object or array says otherwise.</summary>
        private protected virtual int EndColumn => _token.EndColumn;

        /// <summary>"an object", "a string", …: how messages name a kind of value.</summary>
        public string KindDescription => Describe(Kind);

        public static string Describe(JsonNodeKind kind)
        {
            switch (kind)
            {
                case JsonNodeKind.Object:
                    return "an object";
                case JsonNodeKind.Array:
                    return "an array";
                case JsonNodeKind.String:
                    return "a string";
                case JsonNodeKind.Number:
                    return "a number";
                case JsonNodeKind.Boolean:
                    return "a boolean";
                default:
                    return "null";
            }
        }
    }

    /// <summary>A JSON object. Properties keep their file order; names are unique (the reader rejects duplicates).</summary>
    public sealed class JsonObject : JsonNode
    {
        // The pairs as structs in one array. JsonProperty objects are made only when Properties is asked for: the
        // manifest reader walks the members instead, and a large manifest has tens of thousands of them.
        private readonly JsonMember[] _members;
        private readonly int _endLine;
        private readonly int _endColumn;
        private IReadOnlyList<JsonProperty>? _properties;

        internal JsonObject(JsonMember[] members, SourceRange range)
            : base(range)
        {
            _members = members;
            _endLine = range.EndLine;
            _endColumn = range.EndColumn;
        }

        public override JsonNodeKind Kind => JsonNodeKind.Object;

        private protected override int EndLine => _endLine;

        private protected override int EndColumn => _endColumn;

        public IReadOnlyList<JsonProperty> Properties
        {
            get
            {
                if (_properties == null)
                {
                    var properties = new JsonProperty[_members.Length];
                    for (int i = 0; i < properties.Length; i++)
                    {
                        properties[i] = new JsonProperty(_members[i]);
                    }

                    Interlocked.CompareExchange(ref _properties, properties, null);
                }

                return _properties;
            }
        }

        /// <summary>How many properties the object has; with <see cref="Member"/>, the allocation-free view of <see cref="Properties"/>.</summary>
        internal int MemberCount => _members.Length;

        /// <summary>The range of the opening brace alone: where findings about the object as a whole point.</summary>
        public SourceRange OpeningBrace => new SourceRange(Range.Start, 1, Range.Line, Range.Column, Range.Line, Range.Column + 1);

        /// <summary>The property with this exact (ordinal) name, or null.</summary>
        public JsonProperty? Find(string name)
        {
            int i = IndexOf(name);
            return i < 0 ? null : Properties[i];
        }

        /// <summary>The <paramref name="index"/>-th property, as <see cref="Properties"/> has it.</summary>
        internal JsonMember Member(int index) => _members[index];

        /// <summary>The property with this exact (ordinal) name.</summary>
        internal bool TryGetMember(string name, out JsonMember member)
        {
            int i = IndexOf(name);
            member = i < 0 ? default : _members[i];
            return i >= 0;
        }

        /// <summary>The value of the property with this exact (ordinal) name, or null.</summary>
        internal JsonNode? ValueOf(string name) => TryGetMember(name, out var member) ? member.Value : null;

        private int IndexOf(string name)
        {
            for (int i = 0; i < _members.Length; i++)
            {
                if (string.Equals(_members[i].Name, name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>One <c>"name": value</c> pair of an object.</summary>
    public sealed class JsonProperty
    {
        private readonly JsonMember _member;

        internal JsonProperty(JsonMember member)
        {
            _member = member;
        }

        /// <summary>The name, unescaped.</summary>
        public string Name => _member.Name;

        /// <summary>The name token, quotes included.</summary>
        public SourceRange NameRange => _member.NameRange;

        public JsonNode Value => _member.Value;
    }

    /// <summary>One <c>"name": value</c> pair as a <see cref="JsonObject"/> keeps it: a struct, with no object of its own.</summary>
    internal readonly struct JsonMember
    {
        private readonly TokenRange _name;

        public JsonMember(string name, SourceRange nameRange, JsonNode value)
        {
            Name = name;
            _name = new TokenRange(nameRange);
            Value = value;
        }

        /// <summary>The name, unescaped.</summary>
        public string Name { get; }

        /// <summary>The name token, quotes included.</summary>
        public SourceRange NameRange => _name.ToRange(_name.Line, _name.EndColumn);

        public JsonNode Value { get; }
    }

    public sealed class JsonArray : JsonNode
    {
        private readonly int _endLine;
        private readonly int _endColumn;

        internal JsonArray(IReadOnlyList<JsonNode> items, SourceRange range)
            : base(range)
        {
            Items = items;
            _endLine = range.EndLine;
            _endColumn = range.EndColumn;
        }

        public override JsonNodeKind Kind => JsonNodeKind.Array;

        private protected override int EndLine => _endLine;

        private protected override int EndColumn => _endColumn;

        public IReadOnlyList<JsonNode> Items { get; }
    }

    public sealed class JsonString : JsonNode
    {
        internal JsonString(string value, SourceRange range)
            : base(range)
        {
            Value = value;
        }

        public override JsonNodeKind Kind => JsonNodeKind.String;

        /// <summary>The value, unescaped (the range covers the quoted token).</summary>
        public string Value { get; }
    }

    /// <summary>A JSON number, kept as written: the manifest only needs whole numbers, and says so when it gets another.</summary>
    public sealed class JsonNumber : JsonNode
    {
        internal JsonNumber(string text, SourceRange range)
            : base(range)
        {
            Text = text;
        }

        public override JsonNodeKind Kind => JsonNodeKind.Number;

        /// <summary>The number as written in the file (valid JSON number syntax).</summary>
        public string Text { get; }

        /// <summary>True when written as a whole number: no fraction, no exponent.</summary>
        public bool IsInteger => Text.IndexOf('.') < 0 && Text.IndexOf('e') < 0 && Text.IndexOf('E') < 0;

        /// <summary>The value when it is written as a whole number that fits an <see cref="int"/>.</summary>
        public bool TryGetInt32(out int value)
        {
            value = 0;
            if (!IsInteger || Text.Length > 11)
            {
                return false;
            }

            long result = 0;
            int i = Text[0] == '-' ? 1 : 0;
            for (; i < Text.Length; i++)
            {
                result = (result * 10) + (Text[i] - '0');
            }

            if (Text[0] == '-')
            {
                result = -result;
            }

            if (result < int.MinValue || result > int.MaxValue)
            {
                return false;
            }

            value = (int)result;
            return true;
        }
    }

    public sealed class JsonBool : JsonNode
    {
        internal JsonBool(bool value, SourceRange range)
            : base(range)
        {
            Value = value;
        }

        public override JsonNodeKind Kind => JsonNodeKind.Boolean;

        public bool Value { get; }
    }

    public sealed class JsonNull : JsonNode
    {
        internal JsonNull(SourceRange range)
            : base(range)
        {
        }

        public override JsonNodeKind Kind => JsonNodeKind.Null;
    }

    /// <summary>
    /// A range less its end, 16 bytes instead of 24: for a token, whose end is on its line at <see cref="EndColumn"/>
    /// (a JSON token never spans lines), the end need not be stored.
    /// </summary>
    internal readonly struct TokenRange
    {
        private readonly int _start;
        private readonly int _length;

        public TokenRange(SourceRange range)
        {
            _start = range.Start;
            _length = range.Length;
            Line = range.Line;
            Column = range.Column;
        }

        public int Line { get; }

        public int Column { get; }

        public int EndColumn => Column + _length;

        public SourceRange ToRange(int endLine, int endColumn) => new SourceRange(_start, _length, Line, Column, endLine, endColumn);
    }
}
