using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// The manifest task in real builds of the packed package: local warnings and CI failures on the same manifest, the
/// SARIF log and inventory evidence, MSBuild's severity settings, once-per-node printing, and incremental runs.
/// </summary>
[Collection(PackageCollection.Name)]
public class ManifestBuildTests(PackageFixture package)
{
    private const string EvaluationDate = "-p:KeyGovEvaluationDate=2026-11-28";

    private static readonly string Key = FakeKeys.AnthropicApi(20261128);

    private static readonly (string Rule, string Value)[] GovernedFindings =
    [
        ("KG3005", "\"2026-11-01\""),   // openai-support-summaries expired
        ("KG3006", "\"2026-12-10\""),   // openai-batch-summaries expires in 12 days
        ("KG3009", "\"2026-11-20\""),   // anthropic-eval-shared: its exception ended
        ("KG3008", "\"2026-10-02\""),   // openai-labs-prototype: rotation overdue
        ("KG3007", "\"2027-01-20\""),   // openai-labs-prototype: lifetime beyond its tier
        ("KG3013", "\"staging\""),      // openai-search-ranking: production and staging
        ("KG3015", "\"2026-08-01\""),   // openai-search-ranking: review overdue
        ("KG3010", "\"@fabrikam/bots\""), // azure-openai-partner: owner outside policy.owners
    ];

    private static readonly HashSet<string> DateDriven = ["KG3005", "KG3008", "KG3009", "KG3015"];

    private string Governed(string extraProperties = "") =>
        package.CreateProject("Governed", new Dictionary<string, string> { ["ExtraProperties"] = extraProperties });

    [Fact]
    public void The_same_manifest_warns_on_a_developer_machine_and_fails_a_CI_build_with_valid_SARIF_and_inventory()
    {
        string project = Governed();
        string manifest = Path.Combine(project, "keygov.json");

        var local = DotNet.Run(project, null, "build", EvaluationDate, "-p:KeyGovSarifOutput=out/local.sarif", "-p:KeyGovInventoryOutput=out/inventory");
        Assert.True(local.ExitCode == 0, local.ToString());
        Assert.DoesNotContain(": error KG", local.Output, StringComparison.Ordinal);
        foreach (var (rule, value) in GovernedFindings)
        {
            var (line, column) = PositionOf(manifest, value);
            Assert.Contains($"keygov.json({line},{column}): warning {rule}: ", local.Output, StringComparison.Ordinal);
        }

        var ci = DotNet.Run(project, null, "build", EvaluationDate, "-p:ContinuousIntegrationBuild=true", "-p:KeyGovSarifOutput=out/ci.sarif", "--no-restore");
        Assert.NotEqual(0, ci.ExitCode);
        foreach (var (rule, value) in GovernedFindings)
        {
            var (line, column) = PositionOf(manifest, value);
            string severity = DateDriven.Contains(rule) ? "error" : "warning";
            Assert.Contains($"keygov.json({line},{column}): {severity} {rule}: ", ci.Output, StringComparison.Ordinal);
        }

        // The SARIF logs: every finding at its level, and nothing the validator (SARIF and GitHub rules) calls an error.
        Assert.Equal(GovernedFindings.Select(f => f.Rule).Order(), Levels(Path.Combine(project, "out", "local.sarif")).Where(l => l.Level == "warning").Select(l => l.Rule).Order());
        Assert.Equal(DateDriven.Order(), Levels(Path.Combine(project, "out", "ci.sarif")).Where(l => l.Level == "error").Select(l => l.Rule).Order());
        Assert.Empty(SarifMultitool.Errors(Path.Combine(project, "out", "local.sarif")));
        Assert.Empty(SarifMultitool.Errors(Path.Combine(project, "out", "ci.sarif")));

        // The inventory: the manifest's hash and date, and a row per credential with its findings.
        using var inventory = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "out", "inventory.json")));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(manifest))), inventory.RootElement.GetProperty("manifest").GetProperty("sha256").GetString());
        Assert.Equal("2026-11-28", inventory.RootElement.GetProperty("evaluationDate").GetString());
        Assert.Equal(6, inventory.RootElement.GetProperty("credentials").GetArrayLength());
        string markdown = File.ReadAllText(Path.Combine(project, "out", "inventory.md"));
        Assert.Contains("| openai-labs-prototype | openai | @contoso/labs | Prototype ticket summariser for the Q4 labs experiment | high | — | — | active | 2027-01-20 | 53 | 2026-10-02 | — | — | — | any | not offered by the provider | KG3007, KG3008 |",
            markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_pasted_into_the_manifest_fails_the_build_and_reaches_no_output()
    {
        string project = Governed();
        string manifest = Path.Combine(project, "keygov.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(
            "\"purpose\": \"Nightly batch summaries of closed support tickets\",",
            "\"purpose\": \"Nightly batch summaries of closed support tickets\",\n      \"x-previous-key\": \"" + Key + "\",", StringComparison.Ordinal));

        var build = DotNet.Run(project, null, "build", EvaluationDate, "-p:KeyGovSarifOutput=out/keygov.sarif", "-p:KeyGovInventoryOutput=out/inventory");

        Assert.NotEqual(0, build.ExitCode);
        var (line, column) = PositionOf(manifest, Key);
        Assert.Contains($"keygov.json({line},{column}): error KG3014: keygov.json holds an Anthropic API key 'sk-ant-api03-\u2026{Key[^4..]}' in credential 'openai-batch-summaries' (owner @contoso/batch)",
            build.Output, StringComparison.Ordinal);
        AssertNoKeyIn(build.Output);
        foreach (var output in new[] { "keygov.sarif", "inventory.json", "inventory.md" })
        {
            AssertNoKeyIn(File.ReadAllText(Path.Combine(project, "out", output)));
        }

        Assert.Contains(("KG3014", "error"), Levels(Path.Combine(project, "out", "keygov.sarif")));
        Assert.Empty(SarifMultitool.Errors(Path.Combine(project, "out", "keygov.sarif")));
    }

    [Fact]
    public void NoWarn_MSBuildWarningsAsMessages_and_MSBuildWarningsAsErrors_apply_to_manifest_findings()
    {
        // A CI build, where the date-driven findings are errors: NoWarn silences errors and warnings alike,
        // MSBuildWarningsAsMessages demotes a warning, MSBuildWarningsAsErrors promotes one, which alone fails the build.
        string project = Governed("""
            <NoWarn>$(NoWarn);KG3005;KG3008;KG3009;KG3015;KG3006</NoWarn>
                <MSBuildWarningsAsMessages>$(MSBuildWarningsAsMessages);KG3007</MSBuildWarningsAsMessages>
                <MSBuildWarningsAsErrors>$(MSBuildWarningsAsErrors);KG3010</MSBuildWarningsAsErrors>
            """);

        var build = DotNet.Run(project, null, "build", EvaluationDate, "-p:ContinuousIntegrationBuild=true", "-p:KeyGovSarifOutput=out/keygov.sarif");

        Assert.NotEqual(0, build.ExitCode);
        foreach (var rule in new[] { "KG3005", "KG3006", "KG3007", "KG3008", "KG3009", "KG3015" })
        {
            Assert.DoesNotContain(" " + rule + ":", build.Output, StringComparison.Ordinal);
        }

        Assert.Contains(": error KG3010: Credential 'azure-openai-partner' (owner @fabrikam/bots) has an owner outside policy.owners", build.Output, StringComparison.Ordinal);
        Assert.Contains(": warning KG3013: ", build.Output, StringComparison.Ordinal);
        Assert.Equal(Regex.Count(build.Output, ": error KG3"), Regex.Count(build.Output, ": error KG3010: "));

        // Suppressed findings stay in the evidence, marked as suppressed.
        using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "out", "keygov.sarif")));
        var suppressed = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("suppressions", out _)).Select(r => r.GetProperty("ruleId").GetString()).Order();
        Assert.Equal(new[] { "KG3005", "KG3006", "KG3007", "KG3008", "KG3009", "KG3015" }, suppressed);
    }

    [Fact]
    public void A_shared_manifest_is_printed_once_per_build_node_yet_recorded_by_every_project()
    {
        string solution = package.CreateProject("SharedManifest", new Dictionary<string, string>());

        // One node (-m:1): App, Lib (net8.0 and net10.0) and Tool all validate the one manifest; the finding prints once.
        var build = DotNet.Run(solution, null, "build", "Shared.slnx", EvaluationDate, "-m:1");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(1, Regex.Count(Inline(build.Output), "warning KG3005: Credential 'openai-support-summaries'"));

        // Every project and target framework recorded it: its own SARIF log holds it, and it has no success stamp.
        foreach (var (project, framework) in new[] { ("App", "net10.0"), ("Lib", "net8.0"), ("Lib", "net10.0"), ("Tool", "net10.0") })
        {
            string sarif = File.ReadAllText(Path.Combine(solution, project, "obj", "keygov-" + framework + ".sarif"));
            Assert.Contains("\"ruleId\": \"KG3005\"", sarif, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(Path.Combine(solution, project, "obj", "Debug", framework), "keygov.*.validated"));
        }

        // So a later build of one project alone reports it just the same, and in CI fails.
        var alone = DotNet.Run(Path.Combine(solution, "Tool"), null, "build", EvaluationDate, "-p:ContinuousIntegrationBuild=true", "--no-restore");
        Assert.NotEqual(0, alone.ExitCode);
        Assert.Equal(1, Regex.Count(Inline(alone.Output), "error KG3005: Credential 'openai-support-summaries'"));
    }

    [Fact]
    public void A_clean_manifest_is_validated_once_and_again_when_it_changes()
    {
        string project = package.CreateProject("Clean", new Dictionary<string, string>());
        string obj = Path.Combine(project, "obj", "Debug", "net10.0");

        var first = DotNet.Run(project, null, "build", EvaluationDate);
        Assert.True(first.ExitCode == 0, first.ToString());
        string stamp = Assert.Single(Directory.GetFiles(obj, "keygov.*.validated"));
        Assert.Contains("keygov.2026-11-28.warning.", stamp, StringComparison.Ordinal);
        var stamped = File.GetLastWriteTimeUtc(stamp);

        var again = DotNet.Run(project, null, "build", EvaluationDate, "--no-restore");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(stamped, File.GetLastWriteTimeUtc(stamp)); // the target was up to date: the task did not run

        string manifest = Path.Combine(project, "keygov.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"version\": 1,", "\"version\": 1,\n  \"polcy\": {},", StringComparison.Ordinal));
        var edited = DotNet.Run(project, null, "build", EvaluationDate, "--no-restore");
        Assert.NotEqual(0, edited.ExitCode);
        Assert.Contains("error KG3001: Unknown field 'polcy'; did you mean 'policy'?", edited.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(obj, "keygov.*.validated"));

        var stillBroken = DotNet.Run(project, null, "build", EvaluationDate, "--no-restore");
        Assert.NotEqual(0, stillBroken.ExitCode);
        Assert.Contains("error KG3001", stillBroken.Output, StringComparison.Ordinal);
    }

    /// <summary>The build output before the console logger's closing summary, which repeats every warning and error.</summary>
    internal static string Inline(string output)
    {
        var summary = Regex.Match(output, "^Build (succeeded|FAILED)\\.", RegexOptions.Multiline);
        return summary.Success ? output[..summary.Index] : output;
    }

    private static List<(string? Rule, string? Level)> Levels(string sarif)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => !r.TryGetProperty("suppressions", out _))
            .Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("level").GetString())).ToList();
    }

    private static void AssertNoKeyIn(string text)
    {
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key.Substring(13, 16), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[^16..^4], text, StringComparison.Ordinal);
    }

    private static (int Line, int Column) PositionOf(string file, string needle)
    {
        var lines = File.ReadAllLines(file);
        for (int i = 0; i < lines.Length; i++)
        {
            int at = lines[i].IndexOf(needle, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (i + 1, at + 1);
            }
        }

        throw new InvalidOperationException(needle + " not in " + file);
    }
}
