using System;

namespace KeyGov.Core.Json
{
    /// <summary>
    /// Where a piece of a JSON text (keygov.json, a SARIF log, a config file) sits: offsets into the text the reader was given, and 1-based line and column
    /// (columns count UTF-16 chars; a tab is one column; a leading BOM is not a column). <see cref="EndColumn"/> is
    /// exclusive (the column just after the last char), as SARIF's <c>endColumn</c>. Line 0 means "no position":
    /// a default value that the file does not spell out.
    /// </summary>
    public readonly struct SourceRange : IEquatable<SourceRange>
    {
        public SourceRange(int start, int length, int line, int column, int endLine, int endColumn)
        {
            Start = start;
            Length = length;
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        /// <summary>No position: a value that comes from a default, not from the file.</summary>
        public static SourceRange None => default;

        /// <summary>Offset of the first char in the text (a leading BOM char counts here, as in the string).</summary>
        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public int Line { get; }

        public int Column { get; }

        public int EndLine { get; }

        /// <summary>The column just after the last char (exclusive).</summary>
        public int EndColumn { get; }

        public bool IsNone => Line == 0;

        /// <summary>The first char alone (an object's opening brace): where findings about a whole object point.</summary>
        public SourceRange Opening => IsNone ? this : new SourceRange(Start, Math.Min(1, Length), Line, Column, Line, Column + 1);

        public bool Equals(SourceRange other) =>
            Start == other.Start && Length == other.Length && Line == other.Line && Column == other.Column &&
            EndLine == other.EndLine && EndColumn == other.EndColumn;

        public override bool Equals(object? obj) => obj is SourceRange other && Equals(other);

        public override int GetHashCode() => unchecked((Start * 397) ^ (Length * 31) ^ Line);

        public static bool operator ==(SourceRange left, SourceRange right) => left.Equals(right);

        public static bool operator !=(SourceRange left, SourceRange right) => !left.Equals(right);

        public override string ToString() => "(" + Line + "," + Column + ")-(" + EndLine + "," + EndColumn + ")";
    }
}
