using System.Text.Json;
using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;
using NJsonSchema;

namespace KeyGov.Tasks.Tests;

/// <summary>
/// docs/keygov.schema.json describes the format the reader enforces: every manifest of the repository passes it, it
/// rejects what KG3001–KG3003 reject wherever JSON Schema can say so (not duplicate properties), and it describes
/// every field for editors.
/// </summary>
public sealed class ManifestSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepoPaths.Root, "docs", "keygov.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath)).GetAwaiter().GetResult());

    private static readonly ManifestCheckOptions Options = new(new DateTime(2026, 11, 28), TimeCheckMode.Off);

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(string manifest) => Schema.Value.Validate(manifest);

    /// <summary>True when the reader (and the required-field check) reports a KG3001, KG3002 or KG3003: what the schema should reject too.</summary>
    private static bool ReaderRejects(string manifest) =>
        ManifestValidator.Validate(manifest, Options).Any(f => f.RuleId is "KG3001" or "KG3002" or "KG3003");

    public static TheoryData<string> RepositoryManifests()
    {
        var data = new TheoryData<string>();
        foreach (var path in ManifestFiles())
        {
            data.Add(path);
        }

        return data;
    }

    private static List<string> ManifestFiles()
    {
        var data = new List<string>();
        foreach (var root in new[] { "tests", "samples" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, root), "*.json", SearchOption.AllDirectories))
            {
                string name = Path.GetFileName(file);
                bool manifest = name == "keygov.json" || name.EndsWith(".keygov.json", StringComparison.Ordinal);
                bool built = file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
                    file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
                if (manifest && !built)
                {
                    data.Add(Path.GetRelativePath(RepoPaths.Root, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryManifests))]
    public void Every_manifest_in_tests_and_samples_passes_the_schema_and_the_reader(string path)
    {
        // End-to-end templates fill in fingerprints of keys generated at run time ({{AllowedFingerprint}}).
        string text = System.Text.RegularExpressions.Regex.Replace(
            File.ReadAllText(Path.Combine(RepoPaths.Root, path)), @"\{\{\w*Fingerprint\}\}", Fingerprint.Prefix + new string('0', 64));
        Assert.Empty(Validate(text).Select(e => e.ToString()));
        Assert.False(ReaderRejects(text), path);
    }

    [Fact]
    public void The_repository_has_manifests_to_check() => Assert.True(ManifestFiles().Count >= 3);

    [Fact]
    public void The_schema_is_draft_07_with_the_documented_id_and_allows_schema_and_x_fields()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        Assert.Equal("http://json-schema.org/draft-07/schema#", json.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(KeyGov.Core.Rules.KeyGovLinks.Schema, json.RootElement.GetProperty("$id").GetString());
        Assert.Empty(Validate("{ \"$schema\": \"https://example.com/keygov.schema.json\", \"version\": 1, \"x-team\": { \"any\": [1] } }"));
        Assert.NotEmpty(Validate("{ \"version\": 1, \"credentials\": [ { \"$schema\": \"x\" } ] }"));
    }

    [Fact]
    public void Every_field_has_a_description_for_editors()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var definitions = json.RootElement.GetProperty("definitions");
        var missing = new List<string>();
        void Walk(JsonElement node, string path)
        {
            if (node.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (node.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    bool described = property.Value.TryGetProperty("description", out var d) && d.GetString()!.Length > 10;
                    if (!described && property.Value.TryGetProperty("$ref", out var reference))
                    {
                        described = definitions.GetProperty(reference.GetString()!.Split('/')[^1]).TryGetProperty("description", out _);
                    }

                    if (!described)
                    {
                        missing.Add(path + "." + property.Name);
                    }

                    Walk(property.Value, path + "." + property.Name);
                }
            }

            foreach (var child in node.EnumerateObject().Where(c => c.Name is "items" or "definitions" or "patternProperties"))
            {
                foreach (var inner in child.Value.ValueKind == JsonValueKind.Object && child.Name != "items" ? child.Value.EnumerateObject().Select(p => (p.Name, p.Value)) : [(child.Name, child.Value)])
                {
                    Walk(inner.Value, path + "." + inner.Name);
                }
            }
        }

        Walk(json.RootElement, "$");
        Assert.Empty(missing);
    }

    [Fact]
    public void The_provider_enum_is_the_catalog()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var provider = json.RootElement.GetProperty("definitions").GetProperty("credential").GetProperty("properties").GetProperty("provider");
        var ids = provider.GetProperty("anyOf")[0].GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(ProviderCatalog.ProviderIds, ids);
    }

    private static readonly (string Name, string Value)[] ValidFields =
    [
        ("id", "\"openai-support-summaries\""),
        ("provider", "\"openai\""),
        ("owner", "\"@contoso/support-bot\""),
        ("purpose", "\"Drafts answers to support tickets in SupportBot.Api\""),
        ("expires", "\"2026-12-29\""),
    ];

    /// <summary>A manifest of one entry: the valid fields, each given field replacing or joining them.</summary>
    private static string Entry(IEnumerable<(string Name, string Value)> fields)
    {
        var entry = ValidFields.ToDictionary(f => f.Name, f => f.Value);
        foreach (var (name, value) in fields)
        {
            entry[name] = value;
        }

        return "{\n  \"version\": 1,\n  \"credentials\": [\n    {\n      " +
            string.Join(",\n      ", entry.Select(f => "\"" + f.Key + "\": " + f.Value)) + "\n    }\n  ]\n}\n";
    }

    /// <summary>Field values, each judged the same way by the schema and by the reader (a field of the entry is replaced, never repeated).</summary>
    private static readonly (string Name, string Value)[] Fields =
    [
        // accepted
        ("created", "\"2028-02-29\""), ("created", "\"2000-02-29\""), ("risk", "\"low\""), ("status", "\"revoked\""), ("owner", "\"ai-team@mail.contoso.co.uk\""),
        ("owner", "\"group:platform/ai/keys\""), ("owner", "\"équipe@contoso.com\""), ("provider", "\"x-internal-llm\""), ("provider", "\"azure-ai-search\""),
        ("rotation", "{ \"everyDays\": 36500 }"), ("fingerprint", "\"sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\""),
        ("x-cost-center", "42"), ("sources", "{ \"env\": [\"A\"], \"config\": [\"B:C\"], \"x-note\": 1 }"),
        ("exception", "{ \"approvedBy\": \"sec@contoso.com\", \"approved\": \"2026-01-01\" }"), ("keyType", "\"\""), ("storage", "\"vault\""),
        ("environments", "[\"production\", \"staging\"]"), ("consumers", "[]"),
        ("providerKeyId", "\"key_abc\""), ("hint", "\"sk-proj-\u2026Q7xZ\""), ("hint", "\"sk-ant-api03-R2D...igAA\""),
        ("monitoring", "{ \"alerts\": \"#ai-alerts\", \"limit\": \"USD 200 / month\" }"), ("monitoring", "{}"),
        // rejected: KG3001
        ("expirs", "\"2027-01-01\""), ("owner", "7"), ("consumers", "\"App\""), ("consumers", "[1]"), ("rotation", "{ \"everyDays\": \"30\" }"), ("sources", "[\"A\"]"),
        ("revoked", "true"), ("rotation", "{ \"every\": 30 }"), ("$schema", "\"x\""), ("keyType", "null"), ("expires", "20261229"),
        ("monitoring", "{ \"alert\": \"#ai\" }"), ("monitoring", "[]"), ("providerKeyId", "7"),
        // rejected: KG3002
        ("purpose", "\"  \""), ("provider", "\"\""), ("expires", "\"\""),
        // rejected: KG3003
        ("expires", "\"2026-02-30\""), ("created", "\"2026-02-29\""), ("created", "\"1900-02-29\""), ("created", "\"2100-02-29\""), ("created", "\"2026-1-5\""),
        ("created", "\"1899-12-31\""), ("created", "\"3000-01-01\""), ("created", "\"2026-04-31\""), ("risk", "\"High\""), ("status", "\"retired\""),
        ("owner", "\"support team\""), ("owner", "\"@contoso\""), ("owner", "\"@contoso/a/b\""), ("owner", "\"alice@contoso\""), ("owner", "\"group:platform\""),
        ("owner", "\"@contoso/équipe\""), ("owner", "\"a@b@contoso.com\""), ("provider", "\"OpenAI\""), ("provider", "\"x-\""), ("provider", "\"acme\""),
        ("id", "\"OpenAI Key\""), ("id", "\"-openai\""), ("rotation", "{ \"everyDays\": 0 }"), ("rotation", "{ \"everyDays\": 36501 }"),
        ("rotation", "{ \"everyDays\": -3 }"), ("fingerprint", "\"sha256:ABC\""), ("consumers", "[\"A\", \" \"]"), ("sources", "{ \"env\": [\"\"] }"),
        ("exception", "{ \"approvedBy\": \"security team\" }"), ("revoked", "{ \"on\": \"01-09-2026\" }"),
        ("providerKeyId", "\" \""), ("hint", "\"Q7xZ\""), ("hint", "\"sk-proj-\u2026Q7\""), ("hint", "\"sk-\u2026ab\u2026cdef\""),
    ];

    public static TheoryData<string, string> FieldCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, value) in Fields)
        {
            data.Add(name, value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FieldCases))]
    public void The_schema_and_the_reader_agree_on_each_field(string name, string value)
    {
        string text = Entry([(name, value)]);
        bool reader = ReaderRejects(text);
        var schema = Validate(text);
        Assert.True(reader == (schema.Count > 0), $"reader rejects: {reader}; schema errors: {string.Join(", ", schema)}\n{text}");
    }

    [Theory]
    [InlineData("\"providerScopes\": [ { \"provider\": \"openai\", \"scope\": \"proj_abc\" } ]", false)]
    [InlineData("\"providerScopes\": [ { \"provider\": \"anthropic\", \"scope\": \"default\", \"x-note\": 1 } ]", false)]
    [InlineData("\"policy\": { \"tiers\": { \"low\": { \"maxIdleDays\": 200 } } }", false)]
    [InlineData("\"providerScopes\": [ { \"provider\": \"openai\" } ]", true)]
    [InlineData("\"providerScopes\": [ { \"provider\": \"OpenAI\", \"scope\": \"proj_abc\" } ]", true)]
    [InlineData("\"providerScopes\": [ { \"provider\": \"openai\", \"scope\": \" \" } ]", true)]
    [InlineData("\"providerScopes\": [ { \"provider\": \"openai\", \"scope\": \"p\", \"project\": \"p\" } ]", true)]
    [InlineData("\"providerScopes\": { }", true)]
    [InlineData("\"policy\": { \"tiers\": { \"low\": { \"maxIdleDays\": 0 } } }", true)]
    public void The_schema_and_the_reader_agree_on_provider_scopes_and_idle_limits(string field, bool rejected)
    {
        string text = "{ \"version\": 1, " + field + " }";
        Assert.Equal(rejected, ReaderRejects(text));
        Assert.Equal(rejected, Validate(text).Count > 0);
    }

    [Fact]
    public void The_schema_and_the_reader_agree_on_random_manifests()
    {
        // Property: for entries built from random valid and invalid field values, the schema rejects exactly what the reader rejects.
        var random = new Random(20261128);
        int rejected = 0;
        for (int i = 0; i < 300; i++)
        {
            var chosen = new Dictionary<string, string>();
            for (int n = random.Next(1, 5); n > 0; n--)
            {
                var (name, value) = Fields[random.Next(Fields.Length)];
                chosen[name] = value;
            }

            string text = Entry(chosen.Select(c => (c.Key, c.Value)));
            bool reader = ReaderRejects(text);
            rejected += reader ? 1 : 0;
            Assert.True(reader == (Validate(text).Count > 0), text);
        }

        Assert.InRange(rejected, 60, 290);
    }
}
