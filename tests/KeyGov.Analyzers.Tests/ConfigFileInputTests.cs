using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KeyGov.Analyzers.Tests;

/// <summary>
/// What the package's PrepareKeyGovInputs task and the KeyGovScanConfigFiles property tell ConfigFileKeyAnalyzer through
/// the compiler's editorconfig: scanning off (user-listed files too), a file not to be read, and a bounded copy that
/// reports at the original.
/// </summary>
public class ConfigFileInputTests
{
    private static readonly string Key = FakeKeys.OpenAIProject(1602);

    private static string Settings(string keyMarkup) => "{\n  \"OpenAI\": {\n    \"ApiKey\": \"" + keyMarkup + "\"\n  }\n}\n";

    private static CSharpAnalyzerTest<ConfigFileKeyAnalyzer, DefaultVerifier> Test(string path, string content, string editorConfig)
    {
        var test = Verifier<ConfigFileKeyAnalyzer>.Create("class C { }");
        test.TestState.AdditionalFiles.Add((path, content));
        // build_property.* are global options (the SDK writes them into a global config); per-file metadata lives in sections.
        test.TestState.AnalyzerConfigFiles.Add(editorConfig.StartsWith("build_property", StringComparison.Ordinal)
            ? ("/.globalconfig", "is_global = true\n" + editorConfig)
            : ("/.editorconfig", "root = true\n\n" + editorConfig));
        return test;
    }

    [Theory]
    [InlineData("false")]
    [InlineData(" False ")]
    public Task KeyGovScanConfigFiles_false_stops_a_config_file_the_user_listed(string value) =>
        Test("/app/appsettings.json", Settings(Key), "build_property.KeyGovScanConfigFiles = " + value + "\n").RunAsync();

    [Fact]
    public Task KeyGovScanConfigFiles_true_scans() =>
        Test("/app/appsettings.json", Settings("{|KG1002:" + Key + "|}"), "build_property.KeyGovScanConfigFiles = true\n").RunAsync();

    [Fact]
    public Task A_file_marked_KeyGovScan_false_is_not_read() =>
        Test("/app/appsettings.json", Settings(Key), "[/app/appsettings.json]\nbuild_metadata.AdditionalFiles.KeyGovScan = false\n").RunAsync();

    [Fact]
    public async Task A_bounded_copy_reports_at_the_original_path_and_position()
    {
        // The copy's name classifies it; the original's decides where the finding goes (same line and column: a prefix).
        var test = Test("/app/obj/keygov/config/0123456789ab/appsettings.Development.json", Settings(Key),
            "[/app/obj/keygov/config/0123456789ab/appsettings.Development.json]\nbuild_metadata.AdditionalFiles.KeyGovOriginalPath = /app/appsettings.Development.json\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.KG1002_KeyInConfigFile)
            .WithSpan("/app/appsettings.Development.json", 3, 16, 3, 16 + Key.Length)
            .WithArguments("OpenAI", "project key", "sk-proj-\u2026" + Key[^4..], KeyGov.Core.Detection.Fingerprint.Short(KeyGov.Core.Detection.Fingerprint.Of(Key))));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_file_longer_than_the_bound_is_scanned_up_to_it()
    {
        // 4 Mi characters are scanned: a key at the start is found, one past the bound is not read.
        string late = FakeKeys.AnthropicApi(1603);
        string content = Settings("{|KG1002:" + Key + "|}") + new string(' ', 4 * 1024 * 1024) + "\n{ \"x\": \"" + late + "\" }\n";
        await Test("/app/appsettings.json", content, string.Empty).RunAsync();
    }
}
