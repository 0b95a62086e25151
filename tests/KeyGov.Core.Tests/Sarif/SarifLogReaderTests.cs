using KeyGov.Core.Sarif;

namespace KeyGov.Core.Tests.Sarif;

public class SarifLogReaderTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "keygov-reader-root");

    private static string FileUri(params string[] parts) => new Uri(Path.Combine([Root, .. parts])).AbsoluteUri;

    /// <summary>The shape of the compiler's SARIF 2.1 error log (dotnet/roslyn "Error Log Format"), with another tool's rule mixed in.</summary>
    private static string CompilerLog21 => $$"""
        { "$schema": "http://json.schemastore.org/sarif-2.1.0", "version": "2.1.0", "runs": [ {
          "results": [
            { "ruleId": "CS0168", "level": "warning", "message": { "text": "unused" },
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{FileUri("src", "A.cs")}}" }, "region": { "startLine": 2, "startColumn": 3 } } } ] },
            { "ruleId": "KG1001", "ruleIndex": 317, "level": "error", "message": { "text": "OpenAI project key 'sk-proj-…AbCd' is hard-coded" },
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{FileUri("src", "A.cs")}}" },
                "region": { "startLine": 6, "startColumn": 5, "endLine": 6, "endColumn": 90 } } } ],
              "suppressions": [ { "kind": "inSource", "properties": { "suppressionType": "Pragma Directive" } } ],
              "properties": { "customProperties": { "fingerprint": "sha256:00ff", "provider": "openai", "created": "2026-11-28", "secret": "x" } } },
            { "ruleId": "KG2001", "message": { "text": "Environment variable 'X' is read" },
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{FileUri("src", "B.cs")}}" }, "region": { "startLine": 9, "startColumn": 1 } } } ],
              "suppressions": [ { "kind": "inSource", "justification": "Load tests only", "properties": { "suppressionType": "SuppressMessageAttribute" } } ] }
          ],
          "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "rules": [] } } } ] }
        """;

    [Fact]
    public void Compiler_log_21_gives_only_KG_results_with_paths_regions_suppressions_and_safe_properties()
    {
        var content = SarifLogReader.Read(CompilerLog21);

        Assert.Null(content.Error);
        Assert.Equal(["KG1001", "KG2001"], content.Results.Select(r => r.RuleId));
        var leak = content.Results[0];
        Assert.Equal(Path.Combine(Root, "src", "A.cs"), leak.File);
        Assert.Equal((6, 5, 6, 90), (leak.Region.StartLine, leak.Region.StartColumn, leak.Region.EndLine, leak.Region.EndColumn));
        Assert.Equal("error", leak.Level);
        Assert.Equal("Suppressed by #pragma warning disable with no justification given", Assert.Single(leak.Suppressions).Justification);
        Assert.Equal(["fingerprint", "provider"], leak.Properties.Keys); // not 'created' (a date) nor unknown properties

        var unregistered = content.Results[1];
        Assert.Equal("warning", unregistered.Level); // SARIF's default level
        Assert.Equal("Load tests only", Assert.Single(unregistered.Suppressions).Justification);
    }

    [Fact]
    public void Compiler_log_10_is_read_too()
    {
        string log = $$"""
            { "$schema": "http://json.schemastore.org/sarif-1.0.0", "version": "1.0.0", "runs": [ { "results": [
              { "ruleId": "KG1002", "level": "error", "message": "Anthropic API key is stored in a config file",
                "locations": [ { "resultFile": { "uri": "{{FileUri("appsettings.json")}}", "region": { "startLine": 3, "startColumn": 16, "endLine": 3, "endColumn": 40 } } } ],
                "suppressionStates": [ "suppressedInSource" ],
                "properties": { "warningLevel": 0, "customProperties": { "fingerprint": "sha256:aa" } } } ] } ] }
            """;

        var result = Assert.Single(SarifLogReader.Read(log).Results);

        Assert.Equal(("KG1002", "error", 3, 16), (result.RuleId, result.Level, result.Region.StartLine, result.Region.StartColumn));
        Assert.Equal(Path.Combine(Root, "appsettings.json"), result.File);
        Assert.Equal("Anthropic API key is stored in a config file", result.Message);
        Assert.True(result.IsSuppressed);
        Assert.Equal("sha256:aa", result.Properties["fingerprint"]);
    }

    [Fact]
    public void KeyGov_log_resolves_relative_uris_through_its_base_and_keeps_fingerprints_and_allowances()
    {
        string log = $$"""
            { "version": "2.1.0", "runs": [ {
              "originalUriBaseIds": { "%SRCROOT%": { "uri": "{{new Uri(Root + Path.DirectorySeparatorChar).AbsoluteUri}}" } },
              "results": [ { "ruleId": "KG3005", "level": "warning", "message": { "text": "expired." },
                "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "my%20app/keygov.json", "uriBaseId": "%SRCROOT%" }, "region": { "startLine": 4 } } } ],
                "partialFingerprints": { "primaryLocationLineHash": "abc", "keygovFinding/v1": "abc" },
                "properties": { "credentialId": "openai-support" } } ],
              "properties": { "timeChecks": "error", "evaluationDate": "2026-11-28",
                "keygovAllowed": [ { "fingerprint": "sha256:01", "reason": "docs sample", "owner": "@contoso/appsec" } ] },
              "tool": { "driver": { "name": "KeyGov" } } } ] }
            """;

        var content = SarifLogReader.Read(log);

        var result = Assert.Single(content.Results);
        Assert.Equal(Path.Combine(Root, "my app", "keygov.json"), result.File);
        Assert.Equal("abc", result.Fingerprint);
        Assert.Equal("openai-support", result.Properties["credentialId"]);
        var allowance = Assert.Single(content.Allowances);
        Assert.Equal(("sha256:01", "docs sample", "@contoso/appsec"), (allowance.Fingerprint, allowance.Reason, allowance.Owner));
        Assert.Equal(("error", "2026-11-28"), (content.TimeChecks, content.EvaluationDate));
    }

    [Fact]
    public void PathMap_is_undone_so_a_deterministic_build_still_points_at_the_file_on_disk()
    {
        string log = """
            { "version": "2.1.0", "runs": [ { "results": [ { "ruleId": "KG1001", "message": { "text": "m" },
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///_/src/A.cs" }, "region": { "startLine": 1 } } } ] } ] } ] }
            """;

        var result = Assert.Single(SarifLogReader.Read(log, pathMap: Root + Path.DirectorySeparatorChar + "=/_/").Results);

        Assert.Equal(Path.Combine(Root, "src", "A.cs"), result.File);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"version\": \"2.1.0\" }")]
    public void Anything_else_is_an_error_not_an_exception(string text)
    {
        var content = SarifLogReader.Read(text);

        Assert.NotNull(content.Error);
        Assert.Empty(content.Results);
    }

    [Fact]
    public void Odd_but_valid_results_are_read_without_throwing()
    {
        string log = """
            { "version": "2.1.0", "runs": [ 1, { "results": [ 7,
              { "ruleId": "KG1001" },
              { "ruleId": "KG1001", "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "::bad::" } } } ] },
              { "ruleId": "KG1001", "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "https://example.com/a.cs" } } } ] },
              { "ruleId": "KGX001" }, { "ruleId": 5 } ] } ] }
            """;

        var results = SarifLogReader.Read(log).Results;

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal("KG1001", r.RuleId));
        Assert.Null(results[0].File);
        Assert.Null(results[2].File); // not a file on disk
    }
}
