namespace KeyGov.Core.Json
{
    /// <summary>
    /// How the reader's error messages show text from the document. The reader cannot tell what a name or a token
    /// holds (a key, for one); the caller that can decides, so Json depends on nothing else in Core.
    /// </summary>
    public interface IJsonEcho
    {
        /// <summary>A whole value or property name, quoted for a message.</summary>
        string Quote(string value);

        /// <summary>A raw piece of the document (<paramref name="length"/> chars at <paramref name="start"/>), quoted for a message.</summary>
        string QuoteFragment(string text, int start, int length);
    }
}
