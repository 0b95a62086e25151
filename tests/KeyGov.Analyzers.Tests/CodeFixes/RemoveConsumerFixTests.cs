using KeyGov.CodeFixes;
using KeyGov.Core.Manifest;

namespace KeyGov.Analyzers.Tests.CodeFixes;

/// <summary>KG3017's fix, in keygov.json where the finding is: the project leaves the entry's consumers, with its comma.</summary>
public class RemoveConsumerFixTests
{
    private const string Source = "System.Console.WriteLine(\"This project calls no AI provider\");\n";

    [Fact]
    public async Task Is_offered_in_keygov_json_and_removes_the_project_and_its_comma_keeping_everything_else()
    {
        const string manifest = """
            {
              // Reviewed by @contoso/appsec
              "version": 1,
              "credentials": [
                { "id": "mistral-shared", "provider": "mistral", "owner": "@contoso/ai", "purpose": "Summaries for two services",
                  "consumers": ["TestProject", "Support.Worker"], "sources": { "env": ["MISTRAL_API_KEY"] }, "expires": "2027-01-31" }
              ]
            }
            """;
        var (title, edited, path) = await ManifestFixRunner.ApplyAsync(new CredentialUseAnalyzer(), new RemoveConsumerFix(), Source, manifest);

        Assert.Equal(RemoveConsumerFix.Title, title);
        Assert.Equal(manifest.Replace("[\"TestProject\", \"Support.Worker\"]", "[\"Support.Worker\"]"), edited);
        Assert.Equal("/src/keygov.json", path);
    }

    [Theory]
    [InlineData("[\"A\", \"TestProject\"]", "[\"A\"]")] // the last: the comma before it goes
    [InlineData("[\"A\", \"TestProject\", \"B\"]", "[\"A\", \"B\"]")]
    [InlineData("[ \"TestProject\" ]", "[]")]
    [InlineData("[\n    \"TestProject\",\n    \"B\"\n  ]", "[\n    \"B\"\n  ]")]
    public void The_edit_removes_one_item_and_one_comma(string consumers, string expected)
    {
        string text = "{ \"version\": 1, \"credentials\": [ { \"id\": \"x\", \"consumers\": " + consumers + " } ] }";
        string edited = ManifestEditor.RemoveConsumer(text, text.IndexOf("\"TestProject\"", StringComparison.Ordinal))!;
        Assert.Equal(text.Replace(consumers, expected), edited);
        Assert.NotNull(ManifestReader.Read(edited).Manifest);
    }

    [Fact]
    public void A_position_that_is_no_consumer_any_more_changes_nothing()
    {
        string text = "{ \"version\": 1, \"credentials\": [ { \"id\": \"x\", \"consumers\": [\"A\"] } ] }";
        Assert.Null(ManifestEditor.RemoveConsumer(text, text.IndexOf("\"x\"", StringComparison.Ordinal)));
        Assert.Null(ManifestEditor.RemoveConsumer("{ not json", 2));
    }
}
