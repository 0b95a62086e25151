using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;

namespace KeyGov.Core.Tests.Usage;

public class CredentialSourceTests
{
    [Theory]
    [InlineData("OpenAI__ApiKey", "OpenAI:ApiKey")]
    [InlineData("OpenAI--ApiKey", "OpenAI:ApiKey")]
    [InlineData("Clients__Chat__Credential__Key", "Clients:Chat:Credential:Key")]
    [InlineData("OPENAI_API_KEY", "OPENAI_API_KEY")]
    [InlineData("a___b", "a:_b")]
    public void Canonical_keys_follow_Microsoft_Extensions_Configuration(string key, string canonical) =>
        Assert.Equal(canonical, ConfigurationKey.Canonicalize(key));

    [Fact]
    public void Connection_strings_have_their_own_section()
    {
        Assert.Equal("ConnectionStrings:openai", ConfigurationKey.ConnectionString("openai"));
        Assert.Equal("ApiKey", ConfigurationKey.Combine("", "ApiKey"));
        Assert.Equal("OpenAI:ApiKey", ConfigurationKey.Combine("OpenAI", "ApiKey"));
    }

    [Fact]
    public void Configuration_keys_ignore_case_and_separator_spelling()
    {
        var sources = Sources(config: ["openai:apikey"]);
        Assert.True(CredentialSource.Configuration("OpenAI:ApiKey").IsListedIn(sources));
        Assert.True(CredentialSource.Configuration("OPENAI__APIKEY").IsListedIn(sources));
        Assert.True(CredentialSource.Environment("OpenAI__ApiKey").IsListedIn(sources), "the environment variables provider makes it the same key");
        Assert.False(CredentialSource.Configuration("OpenAI:Key").IsListedIn(sources));
    }

    [Fact]
    public void Environment_variables_match_their_own_spelling_and_configuration_reads_of_them()
    {
        var sources = Sources(env: ["OPENAI_API_KEY"]);
        Assert.True(CredentialSource.Environment("OPENAI_API_KEY").IsListedIn(sources));
        Assert.False(CredentialSource.Environment("openai_api_key").IsListedIn(sources), "environment variable names are case-sensitive");
        Assert.True(CredentialSource.Configuration("OPENAI_API_KEY").IsListedIn(sources), "config[\"OPENAI_API_KEY\"] reads the variable");
        Assert.True(CredentialSource.Configuration("openai_api_key").IsListedIn(sources), "configuration keys ignore case");
    }

    [Fact]
    public void Descriptions_name_the_kind_and_the_name()
    {
        Assert.Equal("environment variable 'X_API_KEY'", CredentialSource.Environment("X_API_KEY").Description);
        Assert.Equal("configuration key 'OpenAI:ApiKey'", CredentialSource.Configuration("OpenAI__ApiKey").Description);
        Assert.Equal("config", CredentialSource.Configuration("a").ManifestField);
        Assert.Equal("env", CredentialSource.Environment("a").ManifestField);
    }

    [Fact]
    public void Descriptions_show_the_name_only_through_ManifestText()
    {
        string key = FakeKeys.OpenAIProject(2001);
        string env = CredentialSource.Environment(key).Description;
        string config = CredentialSource.Configuration(key).Description;
        Assert.Equal("environment variable " + ManifestText.Quote(key), env);
        Assert.Equal("configuration key " + ManifestText.Quote(key), config);
        Assert.DoesNotContain(key.Substring(8, 16), env, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Substring(8, 16), config, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_made_from_a_key_shaped_name_is_not_shown()
    {
        string key = FakeKeys.AnthropicApi(2001);
        foreach (var source in new[] { CredentialSource.Environment(key), CredentialSource.Configuration("Llm:" + key) })
        {
            foreach (string? provider in new[] { null, "anthropic" })
            {
                var template = ManifestEntryTemplate.For(source, provider, "App", null, DateTime.MinValue);
                Assert.False(template.IsShowable);
                Assert.Equal(ManifestText.HoldsKeyNotShown, template.ToCompactJson());
            }
        }

        var ordinary = ManifestEntryTemplate.For(CredentialSource.Configuration("Weather:ApiKey"), null, "App", null, DateTime.MinValue);
        Assert.True(ordinary.IsShowable);
        Assert.Equal(
            "{ \"id\": \"x-weather-apikey\", \"provider\": \"x-weather\", \"consumers\": [\"App\"], \"sources\": { \"config\": [\"Weather:ApiKey\"] } }",
            ordinary.ToCompactJson());
    }

    internal static DeclaredSources Sources(string[]? env = null, string[]? config = null) => new()
    {
        Env = (env ?? []).Select(e => ManifestValue.Default(e)).ToArray(),
        Config = (config ?? []).Select(c => ManifestValue.Default(c)).ToArray(),
    };
}
