using System.Globalization;

namespace KeyGov.Benchmarks.Corpus;

/// <summary>appsettings-like JSON: logging, endpoints, connection strings, feature flags, arrays of records with ids and hashes.</summary>
internal static class JsonText
{
    /// <summary>
    /// Writes one settings document; with <paramref name="keys"/> &gt; 0, that many provider keys (FakeKeys, seeds from
    /// <paramref name="firstKeySeed"/>) sit under <c>ApiKey</c> entries. Returns the 0-based line and kind of each key.
    /// </summary>
    public static List<(int Line, string KindId)> AppSettings(CodeWriter w, Random rng, int keys = 0, int firstKeySeed = 0)
    {
        var planted = new List<(int, string)>();
        w.OpenInline(string.Empty);
        w.OpenInline("\"Logging\": ");
        w.OpenInline("\"LogLevel\": ");
        w.Line("\"Default\": \"Information\",");
        w.Line("\"Microsoft.AspNetCore\": \"Warning\",");
        w.Line($"\"Contoso.{rng.Pick(Words.Areas)}\": \"Debug\"");
        w.Close("}");
        w.Close("},");
        w.Line("\"AllowedHosts\": \"*\",");
        w.OpenInline("\"ConnectionStrings\": ");
        w.Line($"\"Default\": \"Server=tcp:{rng.Pick(Words.Nouns)}-db.example.test,1433;Database={rng.Pick(Words.Areas)};Authentication=Active Directory Default;\",");
        w.Line($"\"Cache\": \"{rng.Pick(Words.Nouns)}-cache.example.test:6380,ssl=True,abortConnect=False\"");
        w.Close("},");

        int providers = Math.Max(2, keys);
        for (int p = 0; p < providers; p++)
        {
            string provider = p % 2 == 0 ? "OpenAI" : "Anthropic";
            w.OpenInline($"\"{provider}{(p < 2 ? string.Empty : p.ToString(CultureInfo.InvariantCulture))}\": ");
            w.Line($"\"Endpoint\": \"https://api.example.test/{provider.ToLowerInvariant()}/v1\",");
            w.Line($"\"Model\": \"{(p % 2 == 0 ? "gpt-4o-mini" : "claude-sonnet")}\",");
            w.Line($"\"MaxTokens\": {rng.Next(256, 4096)},");
            if (p < keys)
            {
                var (kind, key) = FakeKeys.All(firstKeySeed + p)[(p * 5) % 12];
                planted.Add((w.NextLine, kind));
                w.Line($"\"ApiKey\": \"{key}\"");
            }
            else
            {
                w.Line("\"ApiKey\": \"\"");
            }

            w.Close("},");
        }

        w.OpenInline("\"FeatureFlags\": ");
        for (int f = 0; f < 6; f++)
        {
            w.Line($"\"{Words.Pascal(rng.Pick(Words.Adjectives))}{Words.Pascal(rng.Pick(Words.Nouns))}\": {(rng.Next(2) == 0 ? "true" : "false")},");
        }

        w.Line("\"Telemetry\": true");
        w.Close("},");
        w.Line("\"Records\": [");
        int records = rng.Next(8, 24);
        for (int r = 0; r < records; r++)
        {
            var hash = new byte[32];
            rng.NextBytes(hash);
            w.Line($"  {{ \"id\": \"{Words.Guid(rng)}\", \"name\": \"{rng.Pick(Words.Nouns)}-{rng.Next(10000):D4}\", \"status\": \"{rng.Pick(Words.Adjectives)}\", " +
                   $"\"sha256\": \"{Convert.ToHexStringLower(hash)}\", \"blob\": \"{Convert.ToBase64String(hash)}\", \"note\": \"{Words.Sentence(rng, 4, 9)}\" }}{(r + 1 < records ? "," : string.Empty)}");
        }

        w.Line("]");
        w.Close("}");
        return planted;
    }
}
