namespace KeyGov.EndToEnd.Tests;

/// <summary>KG1002 through the package: config files become AdditionalFiles and findings point into them.</summary>
[Collection(PackageCollection.Name)]
public class ConfigFileBuildTests(PackageFixture package)
{
    private static readonly string AnthropicKey = FakeKeys.AnthropicApi(7001);
    private static readonly string OpenAIKey = FakeKeys.OpenAIProject(7002);

    private Dictionary<string, string> Tokens => new() { ["AnthropicKey"] = AnthropicKey, ["OpenAIKey"] = OpenAIKey };

    [Fact]
    public void Keys_in_config_files_are_reported_at_their_line_and_column_and_never_shown()
    {
        string project = package.CreateProject("ConfigLeak", Tokens);
        // A copy under bin/ (as a publish or a copy-to-output would make) must not be reported a second time.
        Directory.CreateDirectory(Path.Combine(project, "bin", "Debug"));
        File.Copy(Path.Combine(project, "appsettings.json"), Path.Combine(project, "bin", "Debug", "appsettings.json"));

        var build = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-11-28");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("appsettings.json(3,16): error KG1002: Anthropic API key 'sk-ant-api03-\u2026" + AnthropicKey[^4..] + "'", build.Output, StringComparison.Ordinal);
        Assert.Contains(".env(2,16): warning KG1002: OpenAI project key 'sk-proj-\u2026" + OpenAIKey[^4..] + "'", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.Combine("bin", "Debug", "appsettings.json") + "(", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(AnthropicKey, build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(OpenAIKey, build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyGovScanConfigFiles_false_turns_config_scanning_off()
    {
        string project = package.CreateProject("ConfigLeak", Tokens);

        var build = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-11-28", "-p:KeyGovScanConfigFiles=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("KG1002", build.Output, StringComparison.Ordinal);
    }
}
