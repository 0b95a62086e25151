using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

/// <summary>Text around keys, the way keys really sit in files: prose, JSON, C#, .env, HTTP headers.</summary>
internal static class Samples
{
    private static readonly string[] Words =
    [
        "the", "client", "reads", "its", "key", "from", "configuration", "task-list", "disk-usage", "risk-score",
        "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OpenAI:ApiKey", "sk-learn", "T3BlbkFJ", "token", "Bearer", "é", "日本",
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
        ["client.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer ", "\");"],
        ["<add key=\"OpenAIKey\" value=\"", "\" />"],
        ["$\"{prefix}", "{suffix}\""],
        ["Endpoint=https://api.openai.com/v1;Key=", ";"],
        ["'", "'"],
        ["(", ")"],
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

    /// <summary>The kinds whose length is fixed: a character more or less is not that kind.</summary>
    public static bool IsFixedLength(string kindId) =>
        kindId is "openai/project-key" or "openai/service-account-key" or "openai/admin-key" or "openai/user-key"
            or "anthropic/api-key" or "anthropic/admin-key";

    /// <summary>The catalog kind for a <see cref="FakeKeys.All"/> id.</summary>
    public static KeyKind Kind(string kindId)
    {
        var parts = kindId.Split('/');
        return ProviderCatalog.FindKind(parts[0], parts[1]) ?? throw new ArgumentException("No kind " + kindId);
    }

    /// <summary>Where the random part starts: after the kind's fixed prefix.</summary>
    public static int BodyStart(string kindId) => Kind(kindId).DisplayPrefix.Length;

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

    /// <summary>A key of the kind's exact shape whose random runs are <paramref name="fill"/>, repeated and cut to length.</summary>
    public static string Shaped(string kindId, string fill)
    {
        string sig = FakeKeys.OpenAISignature;
        return kindId switch
        {
            "openai/project-key" => "sk-proj-" + Fill(fill, 74) + sig + Fill(fill, 74),
            "openai/service-account-key" => "sk-svcacct-" + Fill(fill, 74) + sig + Fill(fill, 74),
            "openai/admin-key" => "sk-admin-" + Fill(fill, 58) + sig + Fill(fill, 58),
            "openai/user-key" => "sk-" + Fill(fill, 20) + sig + Fill(fill, 20),
            "openai/api-key" => "sk-" + Fill(fill, 40) + sig + Fill(fill, 40),
            "anthropic/api-key" => "sk-ant-api03-" + Fill(fill, 93) + "AA",
            "anthropic/admin-key" => "sk-ant-admin01-" + Fill(fill, 93) + "AA",
            "anthropic/oauth-access-token" => "sk-ant-oat01-" + Fill(fill, 95) + "AA",
            "anthropic/oauth-refresh-token" => "sk-ant-ort01-" + Fill(fill, 95) + "AA",
            _ => throw new ArgumentException("No shape for " + kindId),
        };
    }

    public static readonly string[] KindIds =
    [
        "openai/project-key", "openai/service-account-key", "openai/admin-key", "openai/user-key", "openai/api-key",
        "anthropic/api-key", "anthropic/admin-key", "anthropic/oauth-access-token", "anthropic/oauth-refresh-token",
    ];

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
