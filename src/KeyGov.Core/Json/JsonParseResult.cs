namespace KeyGov.Core.Json
{
    /// <summary>Why a text is not JSON, and where (1-based line and column of the offending char or token).</summary>
    public sealed class JsonError
    {
        public JsonError(string message, SourceRange range)
        {
            Message = message;
            Range = range;
        }

        /// <summary>What is wrong, in one sentence. Echoes at most one char or a short token of the input, never a value.</summary>
        public string Message { get; }

        public SourceRange Range { get; }

        public int Line => Range.Line;

        public int Column => Range.Column;

        public override string ToString() => "(" + Line + "," + Column + "): " + Message;
    }

    /// <summary>The root value, or the first error: the reader stops at the first one (a broken file has no reliable rest).</summary>
    public sealed class JsonParseResult
    {
        internal JsonParseResult(JsonNode? root, JsonError? error)
        {
            Root = root;
            Error = error;
        }

        /// <summary>The document's value; null exactly when <see cref="Error"/> is set.</summary>
        public JsonNode? Root { get; }

        public JsonError? Error { get; }
    }
}
