using KeyGov.Core.Config;

namespace KeyGov.Core.Tests.Config;

public class ConfigValueReaderTests
{
    private static IReadOnlyList<ConfigValue> Read(ConfigFileKind kind, string text)
    {
        var values = ConfigValueReader.Read(kind, text);
        foreach (var value in values)
        {
            // Every value points at its exact spelling in the file: that is where a finding is reported.
            Assert.Equal(value.Value, text.Substring(value.Start, value.Length));
        }

        return values;
    }

    [Theory]
    [InlineData("appsettings.json", ConfigFileKind.Json)]
    [InlineData("appsettings.Production.json", ConfigFileKind.Json)]
    [InlineData("Properties/launchSettings.json", ConfigFileKind.Json)]
    [InlineData("local.settings.json", ConfigFileKind.Json)]
    [InlineData(".env", ConfigFileKind.DotEnv)]
    [InlineData(".env.local", ConfigFileKind.DotEnv)]
    [InlineData("App.config", ConfigFileKind.Xml)]
    [InlineData("web.config", ConfigFileKind.Xml)]
    [InlineData("keygov.json", ConfigFileKind.None)]
    [InlineData("package.json", ConfigFileKind.None)]
    [InlineData("notes.txt", ConfigFileKind.None)]
    public void Classifies_the_config_files_of_the_design(string path, ConfigFileKind kind) =>
        Assert.Equal(kind, ConfigFile.Classify("/src/app/" + path));

    [Fact]
    public void Json_values_carry_their_colon_separated_path_and_a_sibling_endpoint_host()
    {
        var values = Read(ConfigFileKind.Json, """
            {
              // comments are allowed in appsettings
              "AzureOpenAI": { "Endpoint": "https://contoso.openai.azure.com/", "ApiKey": "abc123" },
              "Items": [ "first", { "Key": "second" } ],
            }
            """);

        var key = Assert.Single(values, v => v.Value == "abc123");
        Assert.Equal("AzureOpenAI:ApiKey", key.Context);
        Assert.Equal("contoso.openai.azure.com", key.EndpointHost);
        Assert.Equal("Items:0", Assert.Single(values, v => v.Value == "first").Context);
        Assert.Equal("Items:1:Key", Assert.Single(values, v => v.Value == "second").Context);
    }

    [Fact]
    public void Connection_string_parts_are_values_of_their_own_with_the_endpoint_host()
    {
        var values = Read(ConfigFileKind.Json, """
            { "ConnectionStrings": { "openai": "Endpoint=https://api.groq.com/openai/v1;Key=secretvalue42" } }
            """);

        var key = Assert.Single(values, v => v.Value == "secretvalue42");
        Assert.Equal("ConnectionStrings:openai:Key", key.Context);
        Assert.Equal("api.groq.com", key.EndpointHost);
    }

    [Fact]
    public void Dotenv_lines_with_export_quotes_and_comments()
    {
        var values = Read(ConfigFileKind.DotEnv, "# comment\nexport OPENAI_API_KEY=\"quoted value\"\r\nCOHERE_API_KEY=plain\n\nBROKEN LINE\n");

        Assert.Equal(["OPENAI_API_KEY", "COHERE_API_KEY"], values.Select(v => v.Context));
        Assert.Equal(["quoted value", "plain"], values.Select(v => v.Value));
    }

    [Fact]
    public void Xml_app_settings_connection_strings_and_settings()
    {
        var values = Read(ConfigFileKind.Xml, """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="MistralApiKey" value="value-one" />
              </appSettings>
              <connectionStrings>
                <add name="ai" connectionString="Endpoint=https://x.services.ai.azure.com/;ApiKey=value-two" />
              </connectionStrings>
              <applicationSettings><App.Properties.Settings>
                <setting name="CohereKey" serializeAs="String"><value>value-three</value></setting>
              </App.Properties.Settings></applicationSettings>
            </configuration>
            """);

        Assert.Equal("MistralApiKey", Assert.Single(values, v => v.Value == "value-one").Context);
        var part = Assert.Single(values, v => v.Value == "value-two");
        Assert.Equal("ai:ApiKey", part.Context);
        Assert.Equal("x.services.ai.azure.com", part.EndpointHost);
        Assert.Equal("CohereKey", Assert.Single(values, v => v.Value == "value-three").Context);
    }

    [Theory]
    [InlineData(ConfigFileKind.Json, "{ \"a\": ")]
    [InlineData(ConfigFileKind.Json, "")]
    [InlineData(ConfigFileKind.Xml, "<add key=\"x\" value=\"unterminated")]
    [InlineData(ConfigFileKind.DotEnv, "=\n==\n\"")]
    public void Malformed_files_give_no_values_and_never_throw(ConfigFileKind kind, string text) =>
        Assert.Empty(ConfigValueReader.Read(kind, text));

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(42);
        const string alphabet = "{}[]\":,=;<>/'\n\r\t ab-_#&.";
        foreach (var kind in new[] { ConfigFileKind.Json, ConfigFileKind.DotEnv, ConfigFileKind.Xml })
        {
            for (int i = 0; i < 2000; i++)
            {
                var chars = new char[random.Next(0, 80)];
                for (int c = 0; c < chars.Length; c++)
                {
                    chars[c] = alphabet[random.Next(alphabet.Length)];
                }

                _ = Read(kind, new string(chars));
            }
        }
    }
}
