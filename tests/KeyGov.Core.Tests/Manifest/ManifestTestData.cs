using System.Text;
using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Tests.Manifest;

/// <summary>Manifests as users write them, and small helpers to find where things are in them.</summary>
internal static class ManifestTestData
{
    public const string SampleFingerprint = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public const string AllowFingerprint = "sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    /// <summary>The example of docs/manifest.md, word for word but for the fingerprints, which are now well-formed.</summary>
    public const string Example = """
        {
          "$schema": "https://…/docs/keygov.schema.json",
          "version": 1,
          "policy": {                                    // every field optional; these are the defaults
            "expiryWarningDays": 30,
            "maxExceptionDays": 90,
            "owners": [],                                // e.g. ["@contoso/*", "*@contoso.com"]; empty = any
            "tiers": {
              "critical": { "maxKeyAgeDays": 30,  "reviewEveryDays": 30 },
              "high":     { "maxKeyAgeDays": 90,  "reviewEveryDays": 90 },
              "moderate": { "maxKeyAgeDays": 180, "reviewEveryDays": 90 },
              "low":      { "maxKeyAgeDays": 365, "reviewEveryDays": 180 }
            }
          },
          "credentials": [
            {
              "id": "openai-support-summaries",          // [a-z0-9][a-z0-9._-]*, unique
              "provider": "openai",                       // a provider id from the catalog, or "x-…"
              "owner": "@contoso/support-bot",            // @org/team, email, or group:ns/name
              "purpose": "Drafts answers to support tickets in SupportBot.Api",
              "risk": "high",                             // critical | high | moderate | low (default high)
              "environments": ["production"],
              "consumers": ["SupportBot.Api"],            // assembly names allowed to use it
              "sources": { "env": ["OPENAI_API_KEY"], "config": ["OpenAI:ApiKey"] },
              "keyType": "service-account",               // optional: project | service-account | personal | workspace | admin | resource-key | …
              "status": "active",                         // active | rotating | suspended | deprecated | revoked
              "created": "2026-10-01",
              "expires": "2026-12-29",                    // governance expiry: renew, rotate or retire by then
              "rotation": { "everyDays": 30, "lastRotated": "2026-11-15" },
              "lastReviewed": "2026-11-01",
              "storage": "Azure Key Vault kv-prod/openai-support",
              "fingerprint": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"  // optional: ties a leaked value to this entry
            },
            {
              "id": "anthropic-eval-shared",
              "provider": "anthropic",
              "owner": "@contoso/ai-eval",
              "purpose": "Offline evaluation runs for the ranking experiments",
              "risk": "moderate",
              "environments": ["staging"],
              "consumers": ["Eval.Runner", "Eval.Ingest"],
              "sources": { "env": ["ANTHROPIC_API_KEY"] },
              "expires": "2027-01-31",
              "exception": { "reason": "Shared until Eval.Ingest gets its own key", "approvedBy": "@contoso/appsec",
                             "approved": "2026-11-01", "expires": "2026-12-15", "ticket": "SEC-4411" }
            },
            {
              "id": "openai-labs-prototype",
              "provider": "openai",
              "owner": "@contoso/labs",
              "purpose": "Prototype ticket summariser used during the Q3 labs experiment",
              "sources": { "config": ["Labs:OpenAIKey"] },
              "expires": "2026-09-30",
              "status": "revoked",
              "revoked": { "on": "2026-09-01", "reason": "project-sunset" }
            }
          ],
          "allow": [                                      // known non-secrets that look like keys
            { "fingerprint": "sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", "reason": "Published documentation sample", "owner": "@contoso/docs" }
          ]
        }
        """;

    /// <summary>A manifest of one credential whose fields (the inside of its object, one per line) are given.</summary>
    public static string OneCredential(string fields) =>
        "{\n  \"version\": 1,\n  \"credentials\": [\n    {\n" + fields + "\n    }\n  ]\n}\n";

    /// <summary>Complete, valid fields for <see cref="OneCredential"/>: add or override lines around them.</summary>
    public const string ValidFields = """
              "id": "openai-support-summaries",
              "provider": "openai",
              "owner": "@contoso/support-bot",
              "purpose": "Drafts answers to support tickets in SupportBot.Api",
              "expires": "2026-12-29"
        """;

    /// <summary>
    /// <see cref="ValidFields"/> with one more field line (<c>"name": value</c>); a valid line of the same name is
    /// replaced, so the entry never holds a duplicate.
    /// </summary>
    public static string WithField(string line)
    {
        string name = line.Substring(0, line.IndexOf(':', StringComparison.Ordinal));
        var kept = ValidFields.Split('\n').Where(l => !l.TrimStart().StartsWith(name, StringComparison.Ordinal));
        return string.Join("\n", kept).TrimEnd(',') + ",\n      " + line;
    }

    /// <summary>A manifest of <paramref name="count"/> valid, distinct credentials, with <paramref name="tail"/> just before the closing brackets.</summary>
    public static string ManyCredentials(int count, string tail = "", string head = "")
    {
        var builder = new StringBuilder("{\n  \"version\": 1,\n" + head + "  \"credentials\": [\n");
        for (int i = 0; i < count; i++)
        {
            builder.Append($$"""
                    {
                      "id": "openai-key-{{i}}", "provider": "openai", "owner": "@contoso/team-{{i % 17}}",
                      "purpose": "Drafts answers to support tickets in SupportBot.Api", "risk": "high",
                      "environments": ["production"], "consumers": ["SupportBot.Api{{i}}"],
                      "sources": { "env": ["OPENAI_API_KEY"], "config": ["OpenAI:Key{{i}}"] },
                      "status": "active", "created": "2026-10-01", "expires": "2026-12-29",
                      "rotation": { "everyDays": 30, "lastRotated": "2026-11-15" }, "lastReviewed": "2026-11-01",
                      "storage": "Azure Key Vault kv-prod/openai-{{i}}", "fingerprint": "{{Fingerprint.Of("key-" + i)}}"
                    }{{(i + 1 < count || tail.Length > 0 ? "," : "")}}

                """);
        }

        builder.Append(tail).Append("  ]\n}\n");
        return builder.ToString();
    }

    /// <summary>
    /// 1-based line and column of the <paramref name="occurrence"/>-th match of <paramref name="needle"/> in a text
    /// with LF line breaks and no BOM (tests with CRLF, BOM or tabs spell their positions out).
    /// </summary>
    public static (int Line, int Column) Find(string text, string needle, int occurrence = 0)
    {
        int index = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' (occurrence {occurrence}) not in the text");
        }

        int line = 1, lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    public static ManifestFinding Single(IEnumerable<ManifestFinding> findings, string ruleId)
    {
        var matching = findings.Where(f => f.RuleId == ruleId).ToList();
        Assert.True(matching.Count == 1, $"expected one {ruleId}, got: {string.Join(" | ", findings)}");
        return matching[0];
    }

    public static void At(ManifestFinding finding, (int Line, int Column) expected) =>
        Assert.True(finding.Line == expected.Line && finding.Column == expected.Column,
            $"expected ({expected.Line},{expected.Column}), got {finding}");

    public static void At(ManifestFinding finding, int line, int column) => At(finding, (line, column));
}
