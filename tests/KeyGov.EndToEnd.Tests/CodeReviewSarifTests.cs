using System.Text.Json;
using KeyGov.Core.Detection;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// KeyGovSarif=true on a solution of two projects with findings of every kind (a leaked key in code and in config, a
/// prefix-less key, a literal credential, unregistered, expired and revoked credentials, an expired manifest entry, a
/// #pragma and a [SuppressMessage] waiver, an allow-listed sample), then KeyGovSarifMerge: the one file a reviewer
/// uploads. Validated by Microsoft's SARIF validator with GitHub's ingestion rules.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CodeReviewSarifTests(PackageFixture package)
{
    private const string EvaluationDate = "-p:KeyGovEvaluationDate=2026-11-28";

    private static readonly Dictionary<string, string> Keys = new()
    {
        ["OpenAIKey"] = FakeKeys.OpenAIProject(601),
        ["AzureHexKey"] = FakeKeys.AzureOpenAILegacy(602),
        ["SuppressedKey"] = FakeKeys.OpenAIProject(603),
        ["AllowedKey"] = FakeKeys.OpenAIProject(604),
        ["BearerToken"] = FakeKeys.Chars(new Random(605), FakeKeys.Alnum, 40),
        ["AnthropicKey"] = FakeKeys.AnthropicApi(606),
    };

    [Fact]
    public void Merged_log_of_a_failing_solution_passes_GitHub_validation_and_keeps_its_fingerprints_when_lines_move()
    {
        var tokens = new Dictionary<string, string>(Keys) { ["AllowedFingerprint"] = Fingerprint.Of(Keys["AllowedKey"]) };
        string root = package.CreateProject("CodeReview", tokens);
        string merged = Path.Combine(root, "out", "keygov.sarif");

        var build = DotNet.Run(root, null, "build", "CodeReview.slnx", EvaluationDate);
        Assert.True(build.ExitCode != 0, "KG1001 and KG2002 are errors:\n" + build);
        string apiLog = Path.Combine(root, "Api", "obj", "Debug", "net10.0", "Api.keygov.sarif");
        string workerLog = Path.Combine(root, "Worker", "obj", "Debug", "net10.0", "Worker.keygov.sarif");
        Assert.True(File.Exists(apiLog) && File.Exists(workerLog), "a failed build still writes each project's log:\n" + build);
        Assert.Contains("KeyGov SARIF for code review: " + apiLog, build.Output, StringComparison.Ordinal);

        Merge(root, merged);
        Assert.Empty(SarifMultitool.Errors(merged));

        using (var log = JsonDocument.Parse(File.ReadAllText(merged)))
        {
            var run = log.RootElement.GetProperty("runs").EnumerateArray().Single();
            AssertTool(run);
            var results = run.GetProperty("results").EnumerateArray().ToList();
            var ids = results.Select(r => r.GetProperty("ruleId").GetString()!).ToHashSet();
            Assert.Superset(new HashSet<string> { "KG1001", "KG1002", "KG1003", "KG1004", "KG2001", "KG2002", "KG3005" }, ids);

            // The manifest's expired entry is found by both projects (three builds) and listed once; so is Worker's
            // revoked credential, found by both of its target frameworks.
            Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "KG3005");
            Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "KG2002" &&
                r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "Worker/Program.cs");
            Assert.All(results, r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
                Assert.False(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!.Contains("file:", StringComparison.Ordinal));
                Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
                Assert.Equal(32, r.GetProperty("partialFingerprints").GetProperty("keygovFinding/v1").GetString()!.Length);
            });

            // Waivers are visible with their reason: #pragma, [SuppressMessage], and the manifest's allow-list.
            var suppressed = results.Where(r => r.TryGetProperty("suppressions", out _)).ToList();
            Assert.Contains(suppressed, r => r.GetProperty("ruleId").GetString() == "KG1001" &&
                r.GetProperty("suppressions")[0].GetProperty("kind").GetString() == "inSource");
            Assert.Contains(suppressed, r => r.GetProperty("ruleId").GetString() == "KG2001" &&
                r.GetProperty("suppressions")[0].GetProperty("justification").GetString() == "Read only by the local load-test harness");
            var allowed = run.GetProperty("properties").GetProperty("keygovAllowed").EnumerateArray().Single();
            Assert.Equal(tokens["AllowedFingerprint"], allowed.GetProperty("fingerprint").GetString());
            Assert.Equal("@contoso/appsec", allowed.GetProperty("owner").GetString());
            Assert.Equal("Vendor documentation sample quoted in a code comment", allowed.GetProperty("reason").GetString());
        }

        var before = Fingerprints(merged);
        AssertNoKeyIn(root);

        // Three blank lines above every finding of Program.cs and appsettings.json: the lines move, the identities do not.
        foreach (var file in new[] { Path.Combine(root, "Api", "Program.cs"), Path.Combine(root, "Api", "appsettings.json") })
        {
            File.WriteAllText(file, "\n\n\n" + File.ReadAllText(file));
        }

        var again = DotNet.Run(root, null, "build", "CodeReview.slnx", EvaluationDate, "--no-restore");
        Assert.True(again.ExitCode != 0, again.ToString());
        Merge(root, merged);
        var after = Fingerprints(merged);

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (fingerprint, (uri, line)) in before)
        {
            int shift = uri.StartsWith("Api/", StringComparison.Ordinal) ? 3 : 0;
            Assert.True(after[fingerprint] == (uri, line + shift), $"{fingerprint} at {uri}:{line} is now at {after[fingerprint]}");
        }
    }

    [Fact]
    public void Turning_KeyGovSarif_on_after_a_build_and_building_again_unchanged_both_write_the_log()
    {
        string project = package.CreateProject("Leaky", new Dictionary<string, string> { ["OpenAIKey"] = "not a key" });
        string obj = Path.Combine(project, "obj", "Debug", "net10.0");
        string log = Path.Combine(obj, "Leaky.keygov.sarif");

        // A default build: nothing asks for the compiler's log (neither KeyGovSarif nor the usage facts), so none is written.
        var plain = DotNet.Run(project, null, "build", EvaluationDate);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.False(File.Exists(Path.Combine(obj, "Leaky.compiler.sarif")));

        // The assembly is up to date, but the compiler's log is a compile output now and missing: CoreCompile runs again.
        var on = DotNet.Run(project, null, "build", EvaluationDate, "-p:KeyGovSarif=true", "--no-restore");
        Assert.True(on.ExitCode == 0, on.ToString());
        Assert.True(File.Exists(Path.Combine(obj, "Leaky.compiler.sarif")), on.ToString());
        Assert.Contains("\"KG3005\"", File.ReadAllText(log), StringComparison.Ordinal);

        // Nothing changed: CoreCompile is skipped, and the log is still written from the logs it has.
        File.Delete(log);
        var again = DotNet.Run(project, null, "build", EvaluationDate, "-p:KeyGovSarif=true", "--no-restore");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Skipping target \"CoreCompile\"", DotNet.Run(project, null, "build", EvaluationDate, "-p:KeyGovSarif=true", "--no-restore", "-v:d").Output, StringComparison.Ordinal);
        Assert.True(File.Exists(log), again.ToString());
    }

    private static void Merge(string root, string output)
    {
        // Worker targets two frameworks: the merge runs in its outer build (buildMultiTargeting/ gives it the target).
        var merge = DotNet.Run(root, null, "msbuild", Path.Combine("Worker", "Worker.csproj"), "-t:KeyGovSarifMerge", "-p:KeyGovSarifMergeOutput=" + output, EvaluationDate);
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Contains("merged 3 logs", merge.Output, StringComparison.Ordinal);
    }

    private static void AssertTool(JsonElement run)
    {
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("KeyGov", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        foreach (var rule in driver.GetProperty("rules").EnumerateArray())
        {
            string id = rule.GetProperty("id").GetString()!;
            Assert.StartsWith("KG", id, StringComparison.Ordinal);
            var help = rule.GetProperty("help");
            Assert.Contains(id, help.GetProperty("text").GetString()!, StringComparison.Ordinal); // the rule's own page
            Assert.Contains("# " + id, help.GetProperty("markdown").GetString()!, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            var properties = rule.GetProperty("properties");
            Assert.Contains("security", properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.True(properties.TryGetProperty("security-severity", out _) && properties.TryGetProperty("precision", out _) &&
                properties.TryGetProperty("problem.severity", out _), id);
        }
    }

    /// <summary>Fingerprint → (relative URI, start line) of every result.</summary>
    private static Dictionary<string, (string Uri, int Line)> Fingerprints(string sarif)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var map = new Dictionary<string, (string, int)>();
        foreach (var result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            map.Add(result.GetProperty("partialFingerprints").GetProperty("keygovFinding/v1").GetString()!, (
                location.GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                location.GetProperty("region").GetProperty("startLine").GetInt32()));
        }

        return map;
    }

    /// <summary>Not one planted key (nor the bearer token) in any SARIF file the build and the merge wrote.</summary>
    private static void AssertNoKeyIn(string root)
    {
        var logs = Directory.EnumerateFiles(root, "*.sarif", SearchOption.AllDirectories).ToList();
        Assert.True(logs.Count >= 7, string.Join("\n", logs)); // three compiler logs, three manifest logs, three project logs, the merge
        foreach (var path in logs)
        {
            string text = File.ReadAllText(path);
            foreach (var (name, key) in Keys)
            {
                Assert.False(text.Contains(key, StringComparison.Ordinal), $"{name} appears in {path}");
            }
        }
    }
}
