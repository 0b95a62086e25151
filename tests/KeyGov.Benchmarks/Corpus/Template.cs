namespace KeyGov.Benchmarks.Corpus;

/// <summary>
/// Writes a code template line by line at the writer's indentation, replacing <c>$Token$</c> placeholders.
/// A planted key is written as <c>$KEY$</c> (or split as <c>$KEY1$</c> + <c>$KEY2$</c>): the keys are generated at run
/// time (FakeKeys) and exist only in memory, never in the repository.
/// </summary>
internal static class Template
{
    /// <summary>
    /// Writes <paramref name="template"/>; returns the 0-based line that holds the key, or -1 when it has none, and adds
    /// the lines holding a password-like <c>$SECRET$</c> to <paramref name="secretLines"/>.
    /// </summary>
    public static int Write(CodeWriter writer, string template, IReadOnlyDictionary<string, string> tokens, List<int>? secretLines = null)
    {
        int keyLine = -1;
        foreach (var rawLine in template.Split('\n'))
        {
            string line = rawLine.TrimEnd('\r');
            if (line.Contains("$KEY", StringComparison.Ordinal))
            {
                keyLine = writer.NextLine;
            }

            if (line.Contains("$SECRET$", StringComparison.Ordinal))
            {
                secretLines?.Add(writer.NextLine);
            }

            writer.Line(Fill(line, tokens));
        }

        return keyLine;
    }

    public static string Fill(string text, IReadOnlyDictionary<string, string> tokens)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        foreach (var (token, value) in tokens)
        {
            text = text.Replace(token, value, StringComparison.Ordinal);
        }

        return text;
    }
}
