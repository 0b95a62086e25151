using KeyGov.Core.Usage;
using Microsoft.Build.Utilities;
using static KeyGov.Tasks.Tests.ProviderExportTests;

namespace KeyGov.Tasks.Tests;

/// <summary>
/// The usage facts (suppressed KG0001 results in the compiler's SARIF log): written by <see cref="CheckKeyGovUsage"/>
/// after a project's compile, held against keygov.json by <see cref="MergeKeyGovInventory"/> over a solution (KG3018;
/// KG3017 is the analyzer's: StaleConsumerTests), and read by <see cref="DraftKeyGovManifest"/>, which writes what the reads need.
/// </summary>
public sealed class UsageTaskTests : IDisposable
{
    /// <summary>The rules whose cases are here (RuleFindingTests covers the manifest-only ones).</summary>
    public static readonly string[] Rules = ["KG3018"];

    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    private string Program => Path.Combine(_runner.Folder, "src", "App", "Program.cs");

    [Fact]
    public void The_task_records_the_reads_and_leaves_KG3017_to_the_analyzer()
    {
        // The build's compiler already reported KG3017 for this consumer: the task must not print it a second time.
        string manifest = Manifest(false, Entry("openai-app", "\"consumers\": [\"App\"],\n      \"sources\": { \"env\": [\"OPENAI_API_KEY\"] }"));
        Assert.Empty(Check(manifest, Fact("GROQ_API_KEY")));
        Assert.Equal("GROQ_API_KEY", Assert.Single(UsageFactsFile.Read(File.ReadAllText(AppFacts), out _)!.Reads).Source);
    }

    [Fact]
    public void A_missing_log_writes_no_facts_and_reports_nothing()
    {
        string manifest = Manifest(false, Entry("openai-app", "\"consumers\": [\"App\"],\n      \"sources\": { \"env\": [\"OPENAI_API_KEY\"] }"));
        var task = CheckTask(manifest, null);
        task.CompilerLog = Path.Combine(_runner.Folder, "obj", "missing.sarif") + ",version=2.1";
        Assert.True(task.Execute());
        Assert.Empty(_runner.Logged());
        Assert.False(File.Exists(AppFacts));
    }

    [Fact]
    public void The_facts_file_and_the_inventory_say_where_each_credential_is_read_and_never_hold_a_key()
    {
        string key = FakeKeys.OpenAIProject(1901);
        string manifest = Manifest(false, Entry("openai-app", "\"consumers\": [\"App\"],\n      \"sources\": { \"env\": [\"OPENAI_API_KEY\"] }"));
        var task = CheckTask(manifest, Log(Fact("OPENAI_API_KEY", line: 7, sink: "'apiKey' of OpenAI.OpenAIClient", apis: "chat,images"), Fact("GROQ_API_KEY", line: 9), Fact(key, line: 11)));
        task.InventoryOutput = Path.Combine(_runner.Folder, "evidence", "inventory");
        Assert.True(task.Execute());

        var usage = UsageFactsFile.Read(File.ReadAllText(AppFacts), out var error);
        Assert.Null(error);
        Assert.Equal(("App", "App", "keygov.json"), (usage!.Project, usage.Assembly, usage.Manifest));
        Assert.Equal(["OPENAI_API_KEY", "GROQ_API_KEY"], usage.Reads.Select(r => r.Source)); // the key read as a name is no fact
        Assert.Equal(("src/App/Program.cs", 7, "'apiKey' of OpenAI.OpenAIClient"), (usage.Reads[0].File, usage.Reads[0].Line, usage.Reads[0].Sink));
        Assert.Equal(["chat", "images"], usage.Reads[0].Apis);

        string json = File.ReadAllText(task.InventoryOutput + ".json");
        Assert.Contains("\"reads\": [\n        {\n          \"project\": \"App\",\n          \"file\": \"src/App/Program.cs\",\n          \"line\": 7,", json.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains("\"unregisteredReads\": [\n      {\n        \"project\": \"App\",\n        \"file\": \"src/App/Program.cs\",\n        \"line\": 9,", json.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains("\"apisUsed\": [\n        \"chat\",\n        \"images\"\n      ]", json.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains("| openai-app | App | `src/App/Program.cs:7` | env `OPENAI_API_KEY` | 'apiKey' of OpenAI.OpenAIClient | chat, images |", File.ReadAllText(task.InventoryOutput + ".md"), StringComparison.Ordinal);
        foreach (string text in new[] { File.ReadAllText(AppFacts), json, File.ReadAllText(task.InventoryOutput + ".md") })
        {
            Assert.DoesNotContain(key[..20], text, StringComparison.Ordinal);
            Assert.DoesNotContain(key[^20..], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void KG3018_is_reported_in_the_merge_for_an_active_entry_no_built_project_reads()
    {
        string manifest = Manifest(false,
            Entry("openai-app", "\"consumers\": [\"App\"],\n      \"sources\": { \"env\": [\"OPENAI_API_KEY\"] }"),
            Entry("cohere-worker", "\"consumers\": [\"Worker\"],\n      \"sources\": { \"env\": [\"COHERE_API_KEY\"] }"),
            Entry("groq-anyone", "\"sources\": { \"env\": [\"GROQ_API_KEY\"] }"),
            Entry("mistral-offline", "\"consumers\": [\"Offline\"],\n      \"sources\": { \"env\": [\"MISTRAL_API_KEY\"] }"),
            Entry("deepseek-report", "\"consumers\": [\"App\"],\n      \"externalConsumers\": [\"ops/report.py\"],\n      \"sources\": { \"env\": [\"DEEPSEEK_API_KEY\"] }"),
            Entry("xai-old", "\"status\": \"deprecated\",\n      \"sunset\": \"2027-01-01\",\n      \"consumers\": [\"App\"],\n      \"sources\": { \"env\": [\"XAI_API_KEY\"] }"));
        var facts = new[]
        {
            FactsFile("App", ("OPENAI_API_KEY", "env")),
            FactsFile("Worker"),
        };

        var logged = Merge(manifest, facts);

        // cohere-worker: its only consumer was built and reads nothing; groq-anyone: no consumer named, nothing reads it.
        // mistral-offline: its consumer was not built; deepseek-report: read outside the build; xai-old: not active.
        Assert.Equal(
            [("KG3018", Position(manifest, "\"cohere-worker\"")), ("KG3018", Position(manifest, "\"groq-anyone\""))],
            logged.Select(l => (l.Code, (l.Line, l.Column))));
        Assert.Equal("No code reads 'cohere-worker' (sources: COHERE_API_KEY; consumers built: Worker): revoke it, or say where it is used (externalConsumers)", logged[0].Message);
        Assert.Equal("No code reads 'groq-anyone' (sources: GROQ_API_KEY; consumers built: none): revoke it, or say where it is used (externalConsumers)", logged[1].Message);
    }

    [Fact]
    public void The_merge_without_facts_warns_that_the_solution_was_not_built()
    {
        var task = MergeTask(Manifest(false, Entry("openai-app", "\"consumers\": [\"App\"],\n      \"sources\": { \"env\": [\"OPENAI_API_KEY\"] }")), []);
        Assert.True(task.Execute());
        Assert.Contains(_runner.Engine.Warnings, w => w.Message!.StartsWith("KeyGov found no usage facts to merge", StringComparison.Ordinal));
        Assert.DoesNotContain(_runner.Logged(), l => l.Code == "KG3018");
    }

    [Fact]
    public void The_draft_creates_the_manifest_joins_shared_sources_keeps_comments_and_changes_nothing_the_second_time()
    {
        string path = _runner.ManifestPath;
        var draft = Draft(path, FactsFile("App", ("OPENAI_API_KEY", "env"), ("Mistral:ApiKey", "config")), FactsFile("Worker", ("OPENAI_API_KEY", "env")));
        Assert.True(draft.Execute(), string.Join("\n", _runner.Engine.Errors.Select(e => e.Message)));
        var read = Core.Manifest.ManifestReader.Read(File.ReadAllText(path));
        Assert.NotNull(read.Manifest);
        Assert.Equal(["x-openai-api-key", "x-mistral-apikey"], read.Manifest!.Credentials.Select(c => c.Id!.Value));
        Assert.Equal(["App", "Worker"], read.Manifest.Credentials[0].Consumers.Select(c => c.Value));
        Assert.Equal("", read.Manifest.Credentials[0].Owner!.Value);

        string once = File.ReadAllText(path);
        Assert.True(Draft(path, FactsFile("App", ("OPENAI_API_KEY", "env"), ("Mistral:ApiKey", "config")), FactsFile("Worker", ("OPENAI_API_KEY", "env"))).Execute());
        Assert.Equal(once, File.ReadAllText(path));

        // A manifest with comments keeps them; a read it covers is left alone.
        string commented = "// Our AI keys.\n{\n  \"version\": 1, // the format\n  \"credentials\": [\n    // support\n" +
            "    { \"id\": \"openai-support\", \"provider\": \"openai\", \"consumers\": [\"App\"], \"sources\": { \"env\": [\"OPENAI_API_KEY\"] } }\n  ]\n}\n";
        File.WriteAllText(path, commented);
        Assert.True(Draft(path, FactsFile("App", ("OPENAI_API_KEY", "env"), ("GROQ_API_KEY", "env"))).Execute());
        string after = File.ReadAllText(path);
        Assert.StartsWith("// Our AI keys.\n{\n  \"version\": 1, // the format\n  \"credentials\": [\n    // support\n    { \"id\": \"openai-support\"", after, StringComparison.Ordinal);
        Assert.Equal(["openai-support", "x-groq-api-key"], Core.Manifest.ManifestReader.Read(after).Manifest!.Credentials.Select(c => c.Id!.Value));
    }

    [Fact]
    public void The_draft_refuses_a_manifest_it_cannot_read()
    {
        File.WriteAllText(_runner.ManifestPath, "{ \"version\": 1, \"credentials\": [ ");
        var draft = Draft(_runner.ManifestPath, FactsFile("App", ("OPENAI_API_KEY", "env")));
        Assert.False(draft.Execute());
        Assert.Equal("KG3001", Assert.Single(_runner.Engine.Errors).Code);
        Assert.Equal("{ \"version\": 1, \"credentials\": [ ", File.ReadAllText(_runner.ManifestPath));
    }

    private string AppFacts => Path.Combine(_runner.Folder, "obj", "App.keygov-usage.json");

    private IReadOnlyList<Logged> CheckLog(string manifest, string log)
    {
        var task = CheckTask(manifest, log);
        Assert.True(task.Execute());
        return _runner.Logged();
    }

    private CheckKeyGovUsage CheckTask(string manifest, string? log)
    {
        File.WriteAllText(_runner.ManifestPath, manifest);
        string logPath = Path.Combine(_runner.Folder, "obj", "App.compiler.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        if (log != null)
        {
            File.WriteAllText(logPath, log);
        }

        return new CheckKeyGovUsage
        {
            BuildEngine = _runner.Engine,
            CompilerLog = logPath + ",version=2.1",
            ProjectDirectory = Path.Combine(_runner.Folder, "src", "App"),
            ProjectName = "App",
            AssemblyName = "App",
            UsageOutput = AppFacts,
            ManifestPath = _runner.ManifestPath,
            ProjectFile = Path.Combine(_runner.Folder, "src", "App", "App.csproj"),
            EvaluationDate = TaskRunner.EvaluationDate,
            TimeChecks = "error",
            SourceRoot = _runner.Folder,
        };
    }

    private IReadOnlyList<Logged> Merge(string manifest, string[] facts)
    {
        var task = MergeTask(manifest, facts);
        Assert.True(task.Execute());
        return _runner.Logged();
    }

    private MergeKeyGovInventory MergeTask(string manifest, string[] facts)
    {
        File.WriteAllText(_runner.ManifestPath, manifest);
        return new MergeKeyGovInventory
        {
            BuildEngine = _runner.Engine,
            Inputs = facts.Select(f => new TaskItem(f)).ToArray(),
            InventoryOutput = Path.Combine(_runner.Folder, "keygov-inventory"),
            ManifestPath = _runner.ManifestPath,
            ProjectFile = _runner.ProjectFile,
            EvaluationDate = TaskRunner.EvaluationDate,
            TimeChecks = "error",
            SourceRoot = _runner.Folder,
        };
    }

    private DraftKeyGovManifest Draft(string manifest, params string[] facts) => new()
    {
        BuildEngine = _runner.Engine,
        ManifestPath = manifest,
        UsageFacts = facts.Select(f => new TaskItem(f)).ToArray(),
        EvaluationDate = TaskRunner.EvaluationDate,
    };

    /// <summary>A usage facts file of one project, as CheckKeyGovUsage writes it.</summary>
    private string FactsFile(string project, params (string Source, string Kind)[] reads)
    {
        var usage = new ProjectUsage { Project = project, Assembly = project, Manifest = "keygov.json" };
        int line = 1;
        foreach (var (source, kind) in reads)
        {
            usage.Reads.Add(new UsageRead { Consumer = project, File = project + "/Program.cs", Line = line++, Column = 1, SourceKind = kind, Source = source, Status = "unregistered" });
        }

        string path = Path.Combine(_runner.Folder, project, "obj", project + UsageFactsFile.Extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, UsageFactsFile.Write(usage));
        return path;
    }

    private string Fact(string source, string kind = "env", int line = 3, string? sink = null, string? apis = null) =>
        "{ \"ruleId\": \"KG0001\", \"level\": \"note\", \"message\": { \"text\": \"a read\" }, \"suppressions\": [ { \"kind\": \"inSource\" } ], " +
        "\"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"" + new Uri(Program).AbsoluteUri + "\" }, " +
        "\"region\": { \"startLine\": " + line + ", \"startColumn\": 5, \"endLine\": " + line + ", \"endColumn\": 30 } } } ], " +
        "\"properties\": { \"customProperties\": { \"source\": \"" + source + "\", \"sourceKind\": \"" + kind + "\", \"consumer\": \"App\", \"status\": \"registered\"" +
        (sink == null ? string.Empty : ", \"sink\": \"" + sink + "\"") + (apis == null ? string.Empty : ", \"apis\": \"" + apis + "\"") + " } } }";

    private static string Log(params string[] results) =>
        "{ \"$schema\": \"http://json.schemastore.org/sarif-2.1.0\", \"version\": \"2.1.0\", \"runs\": [ { \"results\": [ " + string.Join(", ", results) + " ] } ] }";

    private IReadOnlyList<Logged> Check(string manifest, params string[] results) => CheckLog(manifest, Log(results));

    /// <summary>1-based line and column of <paramref name="needle"/> (after the first <paramref name="after"/>).</summary>
    private static (int Line, int Column) Position(string text, string needle, string? after = null)
    {
        int index = text.IndexOf(needle, after == null ? 0 : text.IndexOf(after, StringComparison.Ordinal), StringComparison.Ordinal);
        int line = text[..index].Count(c => c == '\n') + 1;
        int column = index - (text.LastIndexOf('\n', index - 1) + 1) + 1;
        return (line, column);
    }
}
