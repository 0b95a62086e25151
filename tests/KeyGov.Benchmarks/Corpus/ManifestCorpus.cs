using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KeyGov.Benchmarks.Corpus;

/// <summary>
/// keygov.json of a large organisation: <c>count</c> credentials using every field of docs/manifest.md (comments,
/// policy, sources, rotation, exceptions, tombstones, fingerprints), mostly valid, with the findings a real manifest
/// has (a few expired, shared, near expiry). Deterministic for a seed.
/// </summary>
internal static class ManifestCorpus
{
    public static readonly DateTime EvaluationDate = new(2026, 12, 1);

    private static readonly string[] Risks = ["critical", "high", "moderate", "low"];
    private static readonly string[] Environments = ["production", "staging", "development", "test"];
    private static readonly string[] KeyTypes = ["project", "service-account", "admin", "workspace"];

    public static string Generate(int count = 1000, int seed = 3)
    {
        var rng = new Random(seed);
        var json = new StringBuilder(count * 1100);
        json.Append("""
            {
              "$schema": "https://example.test/keygov/docs/keygov.schema.json",
              "version": 1,
              // Contoso's AI credentials: reviewed by AppSec every quarter.
              "policy": {
                "expiryWarningDays": 30,
                "maxExceptionDays": 90,
                "owners": ["@contoso/*", "*@contoso.example"],
                "tiers": {
                  "critical": { "maxKeyAgeDays": 30, "reviewEveryDays": 30 },
                  "high": { "maxKeyAgeDays": 90, "reviewEveryDays": 90 },
                  "moderate": { "maxKeyAgeDays": 180, "reviewEveryDays": 90 },
                  "low": { "maxKeyAgeDays": 365, "reviewEveryDays": 180 }
                }
              },
              "credentials": [

            """);
        for (int i = 0; i < count; i++)
        {
            AppendCredential(json, rng, i);
            json.Append(i + 1 < count ? ",\n" : "\n");
        }

        json.Append("  ],\n  \"allow\": [\n");
        for (int i = 0; i < 20; i++)
        {
            json.Append("    { \"fingerprint\": \"").Append(Fingerprint("allow-" + i)).Append("\", \"reason\": \"Published documentation sample ")
                .Append(i).Append("\", \"owner\": \"@contoso/docs\" }").Append(i + 1 < 20 ? ",\n" : "\n");
        }

        json.Append("  ]\n}\n");
        return json.ToString();
    }

    private static void AppendCredential(StringBuilder json, Random rng, int i)
    {
        string provider = rng.Next(3) == 0 ? "anthropic" : "openai";
        string area = rng.Pick(Words.Areas);
        string team = area.ToLowerInvariant();
        string id = $"{provider}-{team}-{rng.Pick(Words.Nouns)}-{i:D4}";
        string risk = Risks[rng.Next(Risks.Length)];
        int maxAge = risk switch { "critical" => 30, "high" => 90, "moderate" => 180, _ => 365 };

        // Most entries are healthy; about 3% expired, 5% near expiry, 2% revoked tombstones, 2% deprecated.
        int roll = rng.Next(100);
        string status = roll switch { < 2 => "revoked", < 4 => "deprecated", < 6 => "rotating", _ => "active" };
        var created = EvaluationDate.AddDays(-rng.Next(5, maxAge - 2));
        var expires = created.AddDays(maxAge - 1);
        if (roll is >= 6 and < 9)
        {
            expires = EvaluationDate.AddDays(-rng.Next(1, 20)); // expired
        }
        else if (roll is >= 9 and < 14)
        {
            expires = EvaluationDate.AddDays(rng.Next(1, 25)); // within the warning window
        }

        string envName = (provider == "openai" ? "OPENAI" : "ANTHROPIC") + "_API_KEY";
        string consumer = $"Contoso.{area}.Api";
        bool shared = rng.Next(25) == 0;

        json.Append("    {\n");
        Field(json, "id", id);
        Field(json, "provider", provider);
        Field(json, "owner", rng.Next(10) == 0 ? $"{team}-lead@contoso.example" : $"@contoso/{team}");
        Field(json, "purpose", $"Used to {rng.Pick(Words.Verbs).ToLowerInvariant()} {rng.Pick(Words.Nouns)}s in {consumer} ({rng.Pick(Words.Adjectives)} pipeline)");
        Field(json, "risk", risk);
        json.Append("      \"environments\": [\"").Append(Environments[rng.Next(2)]).Append("\"],\n");
        json.Append("      \"consumers\": [\"").Append(consumer).Append(shared ? $"\", \"Contoso.{area}.Worker\"],\n" : "\"],\n");
        json.Append("      \"sources\": { \"env\": [\"").Append(area.ToUpperInvariant()).Append('_').Append(envName)
            .Append("\"], \"config\": [\"").Append(area).Append(':').Append(provider == "openai" ? "OpenAI" : "Anthropic").Append(":ApiKey\"] },\n");
        Field(json, "keyType", KeyTypes[rng.Next(KeyTypes.Length)]);
        Field(json, "status", status);
        Field(json, "created", Date(created));
        Field(json, "expires", Date(expires));
        int every = Math.Max(7, maxAge / 2);
        json.Append("      \"rotation\": { \"everyDays\": ").Append(every).Append(", \"lastRotated\": \"").Append(Date(created.AddDays(rng.Next(0, 5)))).Append("\" },\n");
        Field(json, "lastReviewed", Date(EvaluationDate.AddDays(-rng.Next(1, 28))));
        Field(json, "storage", $"Azure Key Vault kv-{team}/{id}");
        if (shared)
        {
            json.Append("      \"exception\": { \"reason\": \"Shared until the worker gets its own key\", \"approvedBy\": \"@contoso/appsec\", \"approved\": \"")
                .Append(Date(EvaluationDate.AddDays(-10))).Append("\", \"expires\": \"").Append(Date(EvaluationDate.AddDays(40))).Append("\", \"ticket\": \"SEC-")
                .Append(4000 + i).Append("\" },\n");
        }

        if (status == "revoked")
        {
            json.Append("      \"revoked\": { \"on\": \"").Append(Date(EvaluationDate.AddDays(-3))).Append("\", \"reason\": \"leaked-in-logs\" },\n");
        }
        else if (status == "deprecated")
        {
            Field(json, "sunset", Date(EvaluationDate.AddDays(20)));
        }

        if (rng.Next(5) == 0)
        {
            json.Append("      // ticket SEC-").Append(1000 + i).Append(": fingerprint recorded at creation\n");
        }

        json.Append("      \"fingerprint\": \"").Append(Fingerprint(id)).Append("\"\n    }");
    }

    private static void Field(StringBuilder json, string name, string value) =>
        json.Append("      \"").Append(name).Append("\": \"").Append(value).Append("\",\n");

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A well-formed fingerprint of a made-up value (not of any key).</summary>
    private static string Fingerprint(string seedText) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seedText)));
}
