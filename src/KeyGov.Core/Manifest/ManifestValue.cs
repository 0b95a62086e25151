using KeyGov.Core.Json;

namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// A manifest value and where the file spells it (the token: quotes included for strings). A value that comes
    /// from a default has no position (<see cref="HasPosition"/> is false, line 0).
    /// </summary>
    public sealed class ManifestValue<T>
    {
        public ManifestValue(T value, SourceRange range)
        {
            Value = value;
            Range = range;
        }

        public T Value { get; }

        public SourceRange Range { get; }

        public int Line => Range.Line;

        public int Column => Range.Column;

        public int EndLine => Range.EndLine;

        public int EndColumn => Range.EndColumn;

        /// <summary>True when the value is written in the file; false for a default.</summary>
        public bool HasPosition => !Range.IsNone;

        public override string ToString() => Value?.ToString() ?? string.Empty;
    }

    public static class ManifestValue
    {
        public static ManifestValue<T> At<T>(T value, SourceRange range) => new ManifestValue<T>(value, range);

        /// <summary>A default value: not written in the file, so no position.</summary>
        public static ManifestValue<T> Default<T>(T value) => new ManifestValue<T>(value, SourceRange.None);
    }
}
