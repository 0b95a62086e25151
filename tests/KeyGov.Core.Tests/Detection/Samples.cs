using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

/// <summary>Text around keys, the way keys really sit in files: prose, JSON, C#, .env, XML, HTTP headers.</summary>
internal static class Samples
{
    private static readonly string[] Words =
    [
        "the", "client", "reads", "its", "key", "from", "configuration", "task-list", "disk-usage", "risk-score",
        "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OpenAI:ApiKey", "sk-learn", "T3BlbkFJ", "token", "Bearer", "é", "日本",
        "hf_hub", "AKIA", "ghp_", "AIza", "fw_init", "r8_", "gsk_", "pa-", "JQQJ99", "AzSe", "xai-", "gpt-4o-mini",
        "claude-3-5-sonnet-20241022", "lsv2_", "pcsk_", "github_pat_", "-----BEGIN", "service_account", "ABSK", "csk-",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "\n", "\r\n", "\t", ", ", ". ", "; "];

    // Each template holds the key between characters a key can never contain, as real files do.
    private static readonly string[][] Templates =
    [
        ["", ""],
        ["The key is ", " and it must not be here."],
        ["{\n  \"OpenAI\": {\n    \"ApiKey\": \"", "\"\n  }\n}"],
        ["var client = new OpenAIClient(\"", "\");"],
        ["private const string ApiKey = @\"", "\";"],
        ["// old key: ", "\n"],
        ["OPENAI_API_KEY=", "\n"],
        ["export GROQ_API_KEY=", "\n"],
        ["client.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer ", "\");"],
        ["<add key=\"OpenAIKey\" value=\"", "\" />"],
        ["<setting name=\"Token\" serializeAs=\"String\"><value>", "</value></setting>"],
        ["$\"{prefix}", "{suffix}\""],
        ["Endpoint=https://api.openai.com/v1;Key=", ";"],
        ["'", "'"],
        ["(", ")"],
        ["\"environmentVariables\": { \"HF_TOKEN\": \"", "\" }"],
    ];

    /// <summary>The key inside random prose and a random template; returns the text and the key's offset.</summary>
    public static (string Text, int Start) Embed(Random rng, string key)
    {
        var template = Templates[rng.Next(Templates.Length)];
        string before = Prose(rng, rng.Next(0, 40)) + Separators[rng.Next(Separators.Length)] + template[0];
        string after = template[1] + Separators[rng.Next(Separators.Length)] + Prose(rng, rng.Next(0, 40));
        return (before + key + after, before.Length);
    }

    /// <summary>Words and separators, with no key in them.</summary>
    public static string Prose(Random rng, int words)
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < words; i++)
        {
            text.Append(Words[rng.Next(Words.Length)]).Append(Separators[rng.Next(Separators.Length)]);
        }

        return text.ToString();
    }

    /// <summary>The catalog kind for a <see cref="FakeKeys.All"/> or <see cref="FakeKeys.PrefixLess"/> id.</summary>
    public static KeyKind Kind(string kindId)
    {
        var parts = kindId.Split('/');
        return ProviderCatalog.FindKind(parts[0], parts[1]) ?? throw new ArgumentException("No kind " + kindId);
    }

    /// <summary>The scanned formats of a kind.</summary>
    public static KeyFormat[] Formats(string kindId) => ProviderCatalog.Formats.Where(f => f.Kind.Id == kindId).ToArray();

    /// <summary>The kinds whose length is fixed: a character more or less is not that kind.</summary>
    public static bool IsFixedLength(string kindId) => Formats(kindId).All(f => f.MinLength == f.MaxLength);

    /// <summary>True for the kinds whose keys carry a checksum or a structural check.</summary>
    public static bool IsValidated(string kindId) => Formats(kindId).Any(f => f.Checksum != null);

    /// <summary>
    /// Where the finding lies in a generated key text: the whole text, except for the Vertex service-account JSON,
    /// whose finding is the private key PEM inside.
    /// </summary>
    public static (int Start, int Length) Span(string kindId, string key)
    {
        if (kindId != "google-vertex/service-account-key")
        {
            return (0, key.Length);
        }

        int start = key.IndexOf(FakeKeys.PemBegin, StringComparison.Ordinal);
        return (start, key.IndexOf(FakeKeys.PemEnd, StringComparison.Ordinal) + FakeKeys.PemEnd.Length - start);
    }

    /// <summary>The format that matches the key and the offsets of its segment ends (absolute, in <paramref name="key"/>).</summary>
    public static (KeyFormat Format, int[] Ends) Match(string kindId, string key)
    {
        var (start, length) = Span(kindId, key);
        foreach (var format in Formats(kindId))
        {
            var ends = new int[ProviderCatalog.MaxSegments];
            if (format.TryMatch(key, start, ends) == start + length)
            {
                return (format, ends[..format.Segments.Length]);
            }
        }

        throw new ArgumentException("No format of " + kindId + " matches the key");
    }

    /// <summary>The random runs of the key, in order, with the matching format.</summary>
    public static (KeyFormat Format, List<(int Start, int End, KeySegment Segment)> Runs) Runs(string kindId, string key)
    {
        var (format, ends) = Match(kindId, key);
        var runs = new List<(int, int, KeySegment)>();
        int from = Span(kindId, key).Start;
        for (int i = 0; i < ends.Length; i++)
        {
            if (format.Segments[i].IsRandom)
            {
                runs.Add((from, ends[i], format.Segments[i]));
            }

            from = ends[i];
        }

        return (format, runs);
    }

    /// <summary>Where the random part starts: after the kind's fixed prefix (for the Vertex JSON, inside the PEM).</summary>
    public static int BodyStart(string kindId, string key) => Span(kindId, key).Start + Kind(kindId).DisplayPrefix.Length;

    /// <summary>
    /// Characters that no format of the provider can hold: one of them inside the key breaks it, and does not turn it
    /// into a sibling kind (a '-' in a legacy OpenAI key makes it the lenient kind).
    /// </summary>
    public static char[] ForeignChars(KeyFormat format)
    {
        char[] candidates = ['.', '+', '/', '=', '!', '~', ' ', '\u00e9', '\u2026', '*', '"', '-', '_', ':'];
        var siblings = ProviderCatalog.Formats.Where(f => f.Kind.ProviderId == format.Kind.ProviderId).ToArray();
        return candidates.Where(c => !siblings.Any(f => f.Segments.Any(s => s.Chars?.Contains(c) == true || s.Literal?.Contains(c) == true))).ToArray();
    }

    /// <summary>Characters that may not stand right before a key of this format.</summary>
    public static string[] Glue(KeyFormat format) =>
        new[] { "a", "Z", "0", "_", "-", "x-", "+", "/" }.Where(g => format.Boundary.Before.Contains(g[^1])).ToArray();

    /// <summary>Every generated key for a range of seeds.</summary>
    public static IEnumerable<(string KindId, string Key, int Seed)> Keys(int seeds)
    {
        for (int seed = 0; seed < seeds; seed++)
        {
            foreach (var (kindId, key) in FakeKeys.All(seed))
            {
                yield return (kindId, key, seed);
            }
        }
    }

    /// <summary>Every generated prefix-less value with its context name for a range of seeds.</summary>
    public static IEnumerable<(string KindId, string Value, string Context, int Seed)> PrefixLess(int seeds)
    {
        for (int seed = 0; seed < seeds; seed++)
        {
            foreach (var (kindId, value, context) in FakeKeys.PrefixLess(seed))
            {
                yield return (kindId, value, context, seed);
            }
        }
    }

    /// <summary>
    /// A text of the format's exact shape whose runs and fields are <paramref name="fill"/>, repeated and cut to length
    /// (variable runs take their shortest length, at least 20): the placeholder a documentation writer would type.
    /// </summary>
    public static string Shaped(KeyFormat format, string fill)
    {
        var text = new System.Text.StringBuilder();
        foreach (var segment in format.Segments)
        {
            text.Append(segment.Literal ?? Fill(fill, Math.Min(segment.Max, Math.Max(segment.Min, 20))));
        }

        return text.ToString();
    }

    private static string Fill(string fill, int length)
    {
        var text = new System.Text.StringBuilder(length + fill.Length);
        while (text.Length < length)
        {
            text.Append(fill);
        }

        return text.ToString(0, length);
    }
}
