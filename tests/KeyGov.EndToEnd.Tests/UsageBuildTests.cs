using System.Text.Json;
using System.Text.RegularExpressions;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// What the code reads against the manifest, on a packed package and real builds: a solution of three projects whose
/// manifest lists a consumer that stopped reading its key (KG3017 in the build), a key no code reads (KG3018 in the merge)
/// and a key read only outside the build (externalConsumers: never judged); the merged inventory says where each key is
/// read and holds no planted key; an incremental rebuild reports a deleted read at once and an unchanged one is quiet;
/// a build that asks for no evidence turns no compiler log on and leaves no usage facts behind.
/// </summary>
[Collection(PackageCollection.Name)]
public class UsageBuildTests(PackageFixture package)
{
    private const string EvaluationDate = "-p:KeyGovEvaluationDate=2026-11-28";
    private const int Run = 20;
    private static readonly string Planted = FakeKeys.OpenAIProject(1801);

    [Fact]
    public void A_consumer_that_stopped_reading_is_KG3017_in_its_build_and_an_unread_key_is_KG3018_in_the_merge()
    {
        string root = package.CreateProject("Usage", new Dictionary<string, string> { ["PlantedKey"] = Planted });
        string manifest = Path.Combine(root, "keygov.json");

        // The evidence for the merge is asked for (KeyGovUsageFacts): the facts ride on a compiler log turned on for them.
        var build = DotNet.Run(root, null, "build", "Usage.slnx", EvaluationDate, "-p:KeyGovUsageFacts=true");
        Assert.True(build.ExitCode == 0, build.ToString());
        var (bLine, bColumn) = BuildTests.PositionOf(manifest, "\"App.B\", \"App.C\"");
        string inline = Inline(build.Output);
        Assert.Equal(1, Regex.Count(inline, "warning KG3017"));
        Assert.Contains($"keygov.json({bLine},{bColumn}): warning KG3017: Credential 'mistral-shared' (owner @contoso/platform) lists 'App.B' among its consumers, " +
            "but 'App.B' no longer reads it (sources: MISTRAL_API_KEY): remove 'App.B' from its consumers, or revoke the credential if its purpose has ended",
            inline, StringComparison.Ordinal);
        Assert.DoesNotContain("KG3018", build.Output, StringComparison.Ordinal); // a repository-wide finding: the merge's

        string inventory = Path.Combine(root, "evidence", "inventory");
        var merge = DotNet.Run(root, null, "msbuild", "App.A/App.A.csproj", "-t:KeyGovInventoryMerge", EvaluationDate, "-p:KeyGovInventoryMergeOutput=" + inventory);
        Assert.True(merge.ExitCode == 0, merge.ToString());
        var (cohereLine, cohereColumn) = BuildTests.PositionOf(manifest, "\"cohere-unused\"");
        Assert.Equal(1, Regex.Count(Inline(merge.Output), "warning KG3018"));
        Assert.Contains($"keygov.json({cohereLine},{cohereColumn}): warning KG3018: No code reads 'cohere-unused' (sources: COHERE_API_KEY; consumers built: none)",
            merge.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("nightly-report", merge.Output, StringComparison.Ordinal); // its consumer is outside the build

        using var json = JsonDocument.Parse(File.ReadAllText(inventory + ".json"));
        var credentials = json.RootElement.GetProperty("credentials").EnumerateArray().ToDictionary(c => c.GetProperty("credential").GetString()!);
        var openAi = Assert.Single(credentials["openai-app-a"].GetProperty("reads").EnumerateArray());
        Assert.Equal("App.A", openAi.GetProperty("project").GetString());
        Assert.Equal("App.A/Program.cs", openAi.GetProperty("file").GetString());
        Assert.Equal(1, openAi.GetProperty("line").GetInt32());
        Assert.Equal("env:OPENAI_API_KEY", openAi.GetProperty("source").GetString());
        var mistral = Assert.Single(credentials["mistral-shared"].GetProperty("reads").EnumerateArray());
        Assert.Equal("App.C", mistral.GetProperty("project").GetString());
        Assert.Equal("App.C/Program.cs", mistral.GetProperty("file").GetString());
        Assert.Empty(credentials["cohere-unused"].GetProperty("reads").EnumerateArray());
        Assert.Empty(credentials["nightly-report"].GetProperty("reads").EnumerateArray());
        var usage = json.RootElement.GetProperty("usage");
        Assert.Equal(["App.A", "App.B", "App.C"], usage.GetProperty("projects").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("| openai-app-a | App.A | `App.A/Program.cs:1` | env `OPENAI_API_KEY` |", File.ReadAllText(inventory + ".md"), StringComparison.Ordinal);

        // The key read as a name is no fact: not in the console, the merge, the inventory or any usage facts file.
        var runs = Runs(Planted);
        AssertNoRun(runs, "the build output", build.Output);
        AssertNoRun(runs, "the merge output", merge.Output);
        AssertNoRun(runs, "the inventory (JSON)", File.ReadAllText(inventory + ".json"));
        AssertNoRun(runs, "the inventory (Markdown)", File.ReadAllText(inventory + ".md"));
        var facts = Directory.GetFiles(root, "*.keygov-usage.json", SearchOption.AllDirectories);
        Assert.Equal(3, facts.Length);
        foreach (string file in facts)
        {
            AssertNoRun(runs, Path.GetFileName(file), File.ReadAllText(file));
        }

        // A later build without the evidence leaves no stale facts for the next merge.
        var plain = DotNet.Run(root, null, "build", Path.Combine(root, "App.A", "App.A.csproj"), EvaluationDate, "--no-restore");
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Equal(2, Directory.GetFiles(root, "*.keygov-usage.json", SearchOption.AllDirectories).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "App.A"), "*.keygov-usage.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void Deleting_a_read_is_KG3017_in_the_next_incremental_build_and_an_unchanged_rebuild_is_quiet()
    {
        string root = package.CreateProject("Usage", new Dictionary<string, string> { ["PlantedKey"] = "not a key" });
        string project = Path.Combine(root, "App.A", "App.A.csproj");
        var first = DotNet.Run(root, null, "build", project, EvaluationDate);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.DoesNotContain("KG3017", first.Output, StringComparison.Ordinal);

        // A consumer's build judges KG3017 in the compiler: no compiler log is turned on for it, no facts are written.
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "App.A", "obj"), "*.compiler.sarif", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "App.A", "obj"), "*.keygov-usage.json", SearchOption.AllDirectories));

        File.WriteAllText(Path.Combine(root, "App.A", "Program.cs"), "System.Console.WriteLine(\"App.A no longer calls OpenAI\");\n");
        var edited = DotNet.Run(root, null, "build", project, EvaluationDate, "--no-restore");
        Assert.True(edited.ExitCode == 0, edited.ToString());
        var (line, column) = BuildTests.PositionOf(Path.Combine(root, "keygov.json"), "\"App.A\"");
        Assert.Contains($"keygov.json({line},{column}): warning KG3017: Credential 'openai-app-a' (owner @contoso/app-a) lists 'App.A' among its consumers", edited.Output, StringComparison.Ordinal);

        var unchanged = DotNet.Run(root, null, "build", project, EvaluationDate, "--no-restore", "-v:n");
        Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
        Assert.DoesNotContain("KG3017", unchanged.Output, StringComparison.Ordinal);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", unchanged.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void KG3017_reaches_the_code_review_log_at_the_consumer_and_the_facts_ride_on_that_log()
    {
        string root = package.CreateProject("Usage", new Dictionary<string, string> { ["PlantedKey"] = "not a key" });
        var build = DotNet.Run(root, null, "build", Path.Combine(root, "App.B", "App.B.csproj"), EvaluationDate, "-p:KeyGovSarif=true");
        Assert.True(build.ExitCode == 0, build.ToString());

        string log = Path.Combine(root, "App.B", "obj", "Debug", "net10.0", "App.B.keygov.sarif");
        Assert.Empty(SarifMultitool.Errors(log));
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var result = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "KG3017");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var (line, column) = BuildTests.PositionOf(Path.Combine(root, "keygov.json"), "\"App.B\", \"App.C\"");
        Assert.Equal(("keygov.json", line, column), (location.GetProperty("artifactLocation").GetProperty("uri").GetString(),
            location.GetProperty("region").GetProperty("startLine").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32()));
        Assert.NotEmpty(result.GetProperty("partialFingerprints").EnumerateObject());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(),
            r => r.GetProperty("id").GetString() == "KG3017" && r.GetProperty("helpUri").GetString()!.EndsWith("docs/rules/KG3017.md", StringComparison.Ordinal));

        // The log was there for code review: the facts came with it, at no extra cost.
        Assert.Single(Directory.GetFiles(Path.Combine(root, "App.B", "obj"), "App.B.keygov-usage.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_facts_come_from_the_users_own_error_log_too_in_SARIF_1()
    {
        string root = package.CreateProject("Usage", new Dictionary<string, string> { ["PlantedKey"] = "not a key" });
        string log = Path.Combine(root, "mine.sarif");
        var build = DotNet.Run(root, null, "build", Path.Combine(root, "App.C", "App.C.csproj"), EvaluationDate, "-p:ErrorLog=" + log + "%2Cversion=1");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("\"version\": \"1.0.0\"", File.ReadAllText(log), StringComparison.Ordinal); // the user's log, as they asked for it
        Assert.DoesNotContain("KG3017", build.Output, StringComparison.Ordinal); // App.C's read of MISTRAL_API_KEY was seen
        var facts = Core.Usage.UsageFactsFile.Read(File.ReadAllText(Assert.Single(Directory.GetFiles(root, "App.C.keygov-usage.json", SearchOption.AllDirectories))), out _);
        Assert.Equal(("MISTRAL_API_KEY", "App.C/Program.cs", 1), (Assert.Single(facts!.Reads).Source, facts.Reads[0].File, facts.Reads[0].Line));
    }

    /// <summary>The build output before the console logger's closing summary, which repeats every warning and error.</summary>
    private static string Inline(string output)
    {
        var summary = Regex.Match(output, "^Build (succeeded|FAILED)\\.", RegexOptions.Multiline);
        return summary.Success ? output[..summary.Index] : output;
    }

    private static HashSet<string> Runs(string key)
    {
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + Run <= key.Length; i++)
        {
            runs.Add(key.Substring(i, Run));
        }

        return runs;
    }

    private static void AssertNoRun(HashSet<string> runs, string where, string text)
    {
        foreach (string run in runs)
        {
            Assert.False(text.Contains(run, StringComparison.Ordinal), $"{where} holds a {Run}-character run of the planted key"); // where, never what
        }
    }
}
