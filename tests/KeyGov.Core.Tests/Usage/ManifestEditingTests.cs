using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;

namespace KeyGov.Core.Tests.Usage;

public class ManifestEditingTests
{
    private static readonly DateTime Today = new(2026, 11, 28);

    [Fact]
    public void Template_names_provider_consumer_and_source_and_leaves_the_rest_to_a_person()
    {
        var template = ManifestEntryTemplate.For(CredentialSource.Environment("OPENAI_API_KEY"), "openai", "SupportBot.Api", null, Today);
        Assert.Equal("openai-api-key", template.Id);
        Assert.Equal(
            "{ \"id\": \"openai-api-key\", \"provider\": \"openai\", \"consumers\": [\"SupportBot.Api\"], \"sources\": { \"env\": [\"OPENAI_API_KEY\"] } }",
            template.ToCompactJson());
        var lines = template.ToLines("  ");
        Assert.Contains("  \"owner\": \"\",", lines);
        Assert.Contains("  \"purpose\": \"\",", lines);
        Assert.Contains("  \"created\": \"2026-11-28\",", lines);
        Assert.Equal("  \"expires\": \"\"", lines[^2]);
    }

    [Theory]
    [InlineData("OPENAI_API_KEY", "openai", "openai-api-key")]
    [InlineData("Claude:ApiKey", "anthropic", "anthropic-claude-apikey")]
    [InlineData("GOOGLE_API_KEY", "google-vertex", "google-vertex-google-api-key")]
    public void One_source_file_in_several_projects_suggests_one_id(string name, string provider, string id)
    {
        var source = name.Contains(':') ? CredentialSource.Configuration(name) : CredentialSource.Environment(name);
        var ids = new[] { "SupportBot.Api", "SupportBot.Worker", "SupportBot.Tests" }
            .Select(consumer => ManifestEntryTemplate.For(source, provider, consumer, null, Today).Id)
            .Distinct();
        Assert.Equal(id, Assert.Single(ids));
    }

    [Fact]
    public void Template_for_an_unattributed_credential_uses_an_x_provider_and_a_free_id()
    {
        var manifest = ManifestReader.Read("""{ "version": 1, "credentials": [ { "id": "x-weather-apikey" } ] }""").Manifest;
        var template = ManifestEntryTemplate.For(CredentialSource.Configuration("Weather:ApiKey"), null, "App", manifest, DateTime.MinValue);
        Assert.Equal("x-weather", template.Provider);
        Assert.Equal("x-weather-apikey-2", template.Id);
        Assert.Null(template.Created);
        Assert.True(ManifestFormats.IsValidId(template.Id));
    }

    [Fact]
    public void Adding_a_credential_keeps_comments_and_layout_and_yields_a_readable_manifest()
    {
        const string text = """
            {
                // the inventory
                "version": 1,
                "credentials": [
                    { "id": "first", "provider": "openai" } // keep me
                ]
            }
            """;
        string? edited = ManifestEditor.AddCredential(text, Lines);
        Assert.NotNull(edited);
        Assert.Contains("// keep me", edited);
        Assert.Contains("\n        {\n            \"id\": \"openai-api-key\",", edited);
        var manifest = ManifestReader.Read(edited).Manifest!;
        Assert.Equal(["first", "openai-api-key"], manifest.Credentials.Select(c => c.Id!.Value));
        Assert.Equal("OPENAI_API_KEY", manifest.Credentials[1].Sources.Env[0].Value);
    }

    [Fact]
    public void Adding_to_an_empty_or_missing_array_and_keeping_CRLF()
    {
        string empty = ManifestEditor.AddCredential("{\r\n  \"version\": 1,\r\n  \"credentials\": []\r\n}\r\n", Lines)!;
        Assert.DoesNotContain("\n", empty.Replace("\r\n", ""));
        Assert.Single(ManifestReader.Read(empty).Manifest!.Credentials);

        string missing = ManifestEditor.AddCredential("{ \"version\": 1 }", Lines)!;
        Assert.Single(ManifestReader.Read(missing).Manifest!.Credentials);

        string bare = ManifestEditor.AddCredential("{}", Lines)!;
        Assert.Single(ManifestReader.Read(bare).Manifest!.Credentials);
    }

    [Fact]
    public void An_unreadable_manifest_is_not_edited()
    {
        Assert.Null(ManifestEditor.AddCredential("{ \"version\": 1, ", Lines));
        Assert.Null(ManifestEditor.AddCredential("{ \"credentials\": {} }", Lines));
    }

    [Fact]
    public void A_new_manifest_holds_the_entry()
    {
        var manifest = ManifestReader.Read(ManifestEditor.AddCredential(null, Lines)!).Manifest!;
        Assert.Equal("openai-api-key", Assert.Single(manifest.Credentials).Id!.Value);
        Assert.Equal(KeyGov.Core.Rules.KeyGovLinks.Schema, manifest.Schema!.Value);
    }

    [Fact]
    public void Allowing_a_fingerprint_adds_it_once()
    {
        string fingerprint = KeyGov.Core.Detection.Fingerprint.Of("documentation sample value");
        string once = ManifestEditor.AddAllowedFingerprint("{ \"version\": 1, \"credentials\": [] }", fingerprint)!;
        var allow = Assert.Single(ManifestReader.Read(once).Manifest!.Allow);
        Assert.Equal(fingerprint, allow.Fingerprint!.Value);
        Assert.Equal("", allow.Reason!.Value);
        Assert.Equal(once, ManifestEditor.AddAllowedFingerprint(once, fingerprint));
        Assert.Single(ManifestReader.Read(ManifestEditor.AddAllowedFingerprint(null, fingerprint)!).Manifest!.Allow);
    }

    private static IReadOnlyList<string> Lines(string unit) =>
        ManifestEntryTemplate.For(CredentialSource.Environment("OPENAI_API_KEY"), "openai", "App", null, Today).ToLines(unit);

    [Fact]
    public void A_consumer_joins_the_entry_that_lists_the_source_and_nothing_else_changes()
    {
        const string text = """
            {
              // shared by the solution
              "version": 1,
              "credentials": [
                { "id": "openai", "consumers": ["Api"], "sources": { "env": ["OPENAI_API_KEY"], "config": ["OpenAI:ApiKey"] } },
                { "id": "none", "consumers": [], "sources": { "env": ["MISTRAL_API_KEY"] } }
              ]
            }
            """;

        Assert.Equal(text.Replace("[\"Api\"]", "[\"Api\", \"Worker\"]"), ManifestEditor.AddConsumer(text, "env", "OPENAI_API_KEY", "Worker"));
        Assert.Equal(text.Replace("[\"Api\"]", "[\"Api\", \"Worker\"]"), ManifestEditor.AddConsumer(text, "config", "openai:apikey", "Worker")); // config keys ignore case
        Assert.Equal(text.Replace("\"consumers\": []", "\"consumers\": [\"Worker\"]"), ManifestEditor.AddConsumer(text, "env", "MISTRAL_API_KEY", "Worker"));
        Assert.Same(text, ManifestEditor.AddConsumer(text, "env", "OPENAI_API_KEY", "Api"));      // a consumer already
        Assert.Null(ManifestEditor.AddConsumer(text, "env", "openai_api_key", "Worker"));          // env names keep their case
        Assert.Null(ManifestEditor.AddConsumer(text, "env", "DEEPSEEK_API_KEY", "Worker"));        // no entry: register one
        Assert.Null(ManifestEditor.AddConsumer("{ not json", "env", "OPENAI_API_KEY", "Worker"));
    }

    [Fact]
    public void Register_joins_the_entry_that_lists_the_source_else_adds_one_and_is_idempotent()
    {
        var created = new DateTime(2026, 11, 28);
        string? first = ManifestEditor.Register(null, CredentialSource.Environment("OPENAI_API_KEY"), "openai", "Api", created);
        var manifest = ManifestReader.Read(first!).Manifest!;
        var entry = Assert.Single(manifest.Credentials);
        Assert.Equal(("openai-api-key", "Api", "2026-11-28"), (entry.Id!.Value, Assert.Single(entry.Consumers).Value, ManifestFormats.FormatDate(entry.Created!.Value)));

        string? joined = ManifestEditor.Register(first, CredentialSource.Environment("OPENAI_API_KEY"), "openai", "Worker", created);
        Assert.Equal(["Api", "Worker"], ManifestReader.Read(joined!).Manifest!.Credentials.Single().Consumers.Select(c => c.Value));
        Assert.Same(joined, ManifestEditor.Register(joined, CredentialSource.Environment("OPENAI_API_KEY"), "openai", "Worker", created));

        string? second = ManifestEditor.Register(joined, CredentialSource.Configuration("Mistral:ApiKey"), "mistral", "Worker", created);
        Assert.Equal(["openai-api-key", "mistral-apikey"], ManifestReader.Read(second!).Manifest!.Credentials.Select(c => c.Id!.Value));
        Assert.Null(ManifestEditor.Register("{ not json", CredentialSource.Environment("OPENAI_API_KEY"), "openai", "Api", created));
    }
}
