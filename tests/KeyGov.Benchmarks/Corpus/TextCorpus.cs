using System.Text;

namespace KeyGov.Benchmarks.Corpus;

/// <summary>
/// The scanner's input: about 1 MB of C# files, appsettings JSON and Markdown prose, in seeded random order, and the
/// same text with one generated key inserted (on a line of its own) every 10 KB.
/// </summary>
internal static class TextCorpus
{
    public const int TargetChars = 1_000_000;
    public const int KeyEvery = 10_000;

    /// <summary>Lines a key is inserted in, by kind of surrounding text: what keys look like in code, config and chat logs.</summary>
    private static readonly string[] KeyLines =
    [
        "        var apiKey = \"{0}\";",
        "  \"ApiKey\": \"{0}\",",
        "OPENAI_API_KEY={0}",
        "Authorization: Bearer {0}",
        "api_key = \"{0}\"",
        "> I pasted my key {0} into the issue by mistake, please delete it.",
    ];

    public static string WithoutKeys(int seed = 42)
    {
        var rng = new Random(seed);
        var text = new StringBuilder(TargetChars + 64 * 1024);
        int file = 0;
        while (text.Length < TargetChars)
        {
            switch (rng.Next(10))
            {
                case < 4:
                    text.Append(CSharpCorpus.GenerateFile(rng, file++, rng.Pick(Words.Areas), plant: null).Text);
                    break;
                case < 7:
                    var json = new CodeWriter();
                    JsonText.AppSettings(json, rng);
                    text.Append(json.ToString());
                    break;
                default:
                    AppendProse(text, rng);
                    break;
            }
        }

        // Cut at a line end near the target, so every corpus has the same size whatever its last chunk.
        int cut = text.ToString(0, TargetChars).LastIndexOf('\n') + 1;
        return text.ToString(0, cut);
    }

    /// <summary>
    /// <paramref name="baseText"/> with a key line inserted after the first line break at or past every
    /// <see cref="KeyEvery"/> characters; returns the text and the number of keys inserted.
    /// </summary>
    public static (string Text, int Keys) WithKeys(string baseText, int seed = 7)
    {
        var text = new StringBuilder(baseText.Length + (baseText.Length / KeyEvery * 200));
        int keys = 0;
        int from = 0;
        for (int mark = KeyEvery; mark < baseText.Length; mark += KeyEvery)
        {
            int lineEnd = baseText.IndexOf('\n', Math.Max(mark, from));
            if (lineEnd < 0)
            {
                break;
            }

            text.Append(baseText, from, lineEnd + 1 - from);
            var all = FakeKeys.All(seed + keys);
            string key = all[keys % all.Count].Key;
            text.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, KeyLines[keys % KeyLines.Length], key).Append('\n');
            keys++;
            from = lineEnd + 1;
        }

        text.Append(baseText, from, baseText.Length - from);
        return (text.ToString(), keys);
    }

    /// <summary>A Markdown page: headings, paragraphs, lists, inline code and links.</summary>
    public static void AppendProse(StringBuilder text, Random rng)
    {
        text.Append("# ").Append(Words.Pascal(rng.Pick(Words.Areas))).Append(' ').Append(rng.Pick(Words.Nouns)).Append(" notes\n\n");
        int sections = rng.Next(2, 6);
        for (int s = 0; s < sections; s++)
        {
            text.Append("## ").Append(Words.Sentence(rng, 3, 6).TrimEnd('.')).Append("\n\n");
            for (int p = rng.Next(1, 4); p > 0; p--)
            {
                for (int n = rng.Next(2, 6); n > 0; n--)
                {
                    text.Append(Words.Sentence(rng)).Append(' ');
                }

                text.Append("See `").Append(rng.Pick(Words.Verbs)).Append(Words.Pascal(rng.Pick(Words.Nouns))).Append("Async` and ")
                    .Append("[the runbook](https://wiki.example.test/").Append(rng.Pick(Words.Nouns)).Append("-runbook).\n\n");
            }

            for (int i = rng.Next(0, 5); i > 0; i--)
            {
                text.Append("- ").Append(Words.Sentence(rng, 3, 9)).Append('\n');
            }

            text.Append('\n');
        }
    }
}
