using System.Text;

namespace KeyGov.Benchmarks.Corpus;

/// <summary>Lines of one generated file, with indentation, that knows the line each planted key went to.</summary>
internal sealed class CodeWriter
{
    private readonly List<string> _lines = [];
    private int _indent;

    /// <summary>0-based index of the next line written.</summary>
    public int NextLine => _lines.Count;

    public void Line(string text = "")
    {
        _lines.Add(text.Length == 0 ? string.Empty : new string(' ', _indent * 4) + text);
    }

    /// <summary>Writes a block of lines (a raw or verbatim literal body) exactly as given, without indenting them.</summary>
    public void Raw(string text) => _lines.Add(text);

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    /// <summary>JSON style: <paramref name="prefix"/> and the brace on one line.</summary>
    public void OpenInline(string prefix)
    {
        Line(prefix + "{");
        _indent++;
    }

    public void Close(string closing = "}")
    {
        _indent--;
        Line(closing);
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var line in _lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
