using System.Text.Json;
using KeyGov.Core.Rules;

namespace KeyGov.Tasks.Tests;

/// <summary>WriteKeyGovSarif (one project's code-review log) and MergeKeyGovSarif (one file per solution), run as the targets run them.</summary>
public sealed class SarifTasksTests : IDisposable
{
    private const string ExpiredManifest = """
        {
          "version": 1,
          "credentials": [
            { "id": "openai-support", "provider": "openai", "owner": "@contoso/support-bot", "purpose": "Drafts answers to support tickets",
              "consumers": ["App"], "sources": { "env": ["OPENAI_API_KEY"] }, "created": "2026-10-01", "expires": "2026-11-01" }
          ],
          "allow": [ { "fingerprint": "sha256:0000000000000000000000000000000000000000000000000000000000000000", "reason": "Docs sample", "owner": "@contoso/appsec" } ]
        }
        """;

    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    private string Obj(string name) => Path.Combine(_runner.Folder, "obj", name);

    private string ManifestLog => Obj("App.keygov-manifest.sarif");

    private string CompilerLog => Obj("App.compiler.sarif");

    private string Output => Obj("App.keygov.sarif");

    private void ValidateManifest()
    {
        _runner.Task(ExpiredManifest, "warning", t => t.SarifOutput = ManifestLog).Execute();
        Assert.True(File.Exists(ManifestLog));
        _runner.Engine.ClearLog(); // its KG3005 warning is not the SARIF tasks' business
    }

    /// <summary>A compiler error log (SARIF 2.1) with a KeyGov finding in src/A.cs and a compiler warning.</summary>
    private void WriteCompilerLog(int keyLine = 6)
    {
        Directory.CreateDirectory(Path.Combine(_runner.Folder, "src"));
        string source = Path.Combine(_runner.Folder, "src", "A.cs");
        File.WriteAllText(source, "class A { }\n");
        string uri = new Uri(source).AbsoluteUri;
        File.WriteAllText(CompilerLog, $$"""
            { "version": "2.1.0", "runs": [ { "results": [
              { "ruleId": "CS0168", "level": "warning", "message": { "text": "unused" },
                "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": 1, "startColumn": 1 } } } ] },
              { "ruleId": "KG1001", "level": "error", "message": { "text": "OpenAI project key 'sk-proj-…AbCd' is hard-coded (sha256:0123456789ab)" },
                "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": {{keyLine}}, "startColumn": 5, "endLine": {{keyLine}}, "endColumn": 50 } } } ],
                "properties": { "customProperties": { "fingerprint": "sha256:0123456789abcdef" } } } ],
              "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler" } } } ] }
            """);
    }

    private WriteKeyGovSarif Writer(string? compilerLog = null) => new()
    {
        BuildEngine = _runner.Engine,
        CompilerLog = (compilerLog ?? CompilerLog) + ",version=2.1",
        ManifestLog = ManifestLog,
        ManifestPath = _runner.ManifestPath,
        OutputFile = Output,
        SourceRoot = _runner.Folder,
        ProjectDirectory = _runner.Folder,
        EvaluationDate = TaskRunner.EvaluationDate,
        TimeChecks = "warning",
    };

    [Fact]
    public void Project_log_holds_the_analyzer_and_the_manifest_findings_with_KG_rules_only_and_their_help_pages()
    {
        ValidateManifest();
        WriteCompilerLog();

        Assert.True(Writer().Execute());

        Assert.Empty(_runner.Engine.Warnings);
        using var log = JsonDocument.Parse(File.ReadAllText(Output));
        var run = log.RootElement.GetProperty("runs").EnumerateArray().Single();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.StartsWith("# " + r.GetProperty("id").GetString() + ": ", r.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal));
        var kg1001 = rules.Single(r => r.GetProperty("id").GetString() == "KG1001").GetProperty("properties");
        Assert.Contains("external/cwe/cwe-798", kg1001.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("error", kg1001.GetProperty("problem.severity").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["KG1001", "KG3005"], results.Select(r => r.GetProperty("ruleId").GetString()).Order());
        Assert.Equal(["keygov.json", "src/A.cs"], results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).Order());
        var allowed = run.GetProperty("properties").GetProperty("keygovAllowed")[0];
        Assert.Equal("Docs sample", allowed.GetProperty("reason").GetString());
        Assert.Equal("warning", run.GetProperty("properties").GetProperty("timeChecks").GetString());
    }

    [Fact]
    public void Without_a_compiler_log_the_manifest_findings_are_still_written()
    {
        ValidateManifest();

        Assert.True(Writer(Obj("missing.sarif")).Execute());

        Assert.Empty(_runner.Engine.Warnings);
        using var log = JsonDocument.Parse(File.ReadAllText(Output));
        Assert.Equal("KG3005", log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single().GetProperty("ruleId").GetString());
    }

    [Fact]
    public void An_unreadable_compiler_log_is_a_warning_never_a_failed_build()
    {
        ValidateManifest();
        File.WriteAllText(CompilerLog, "{ this is not SARIF");

        Assert.True(Writer().Execute());

        var warning = Assert.Single(_runner.Engine.Warnings);
        Assert.Contains("could not read the SARIF log", warning.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Output));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_a_warning()
    {
        ValidateManifest();
        File.WriteAllText(Obj("blocker"), "a file where a folder should be");
        var writer = Writer();
        writer.OutputFile = Path.Combine(Obj("blocker"), "App.keygov.sarif");

        Assert.True(writer.Execute());

        Assert.Contains("could not write the SARIF log", Assert.Single(_runner.Engine.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_lists_a_shared_manifest_finding_once_and_skips_its_own_output()
    {
        ValidateManifest();
        WriteCompilerLog(keyLine: 6);
        Assert.True(Writer().Execute());
        string second = Obj("Worker.keygov.sarif");
        File.Copy(Output, second);
        WriteCompilerLog(keyLine: 9); // the second project's leak is elsewhere in the file: the same key, another place
        var writer = Writer();
        Assert.True(writer.Execute());
        string merged = Obj("merged.keygov.sarif");
        File.WriteAllText(merged, "stale");

        var merge = new MergeKeyGovSarif
        {
            BuildEngine = _runner.Engine,
            Inputs = [new Microsoft.Build.Utilities.TaskItem(Output), new Microsoft.Build.Utilities.TaskItem(second), new Microsoft.Build.Utilities.TaskItem(merged)],
            OutputFile = merged,
            SourceRoot = _runner.Folder,
        };
        Assert.True(merge.Execute());

        Assert.Empty(_runner.Engine.Warnings);
        using var log = JsonDocument.Parse(File.ReadAllText(merged));
        var run = log.RootElement.GetProperty("runs")[0];
        var lines = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("ruleId").GetString() + "@" + r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() +
                ":" + r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32())
            .ToList();
        Assert.Equal(["KG1001@src/A.cs:6", "KG1001@src/A.cs:9", "KG3005@keygov.json:5"], lines.Order());
        Assert.Single(run.GetProperty("properties").GetProperty("keygovAllowed").EnumerateArray());
        Assert.Contains(_runner.Engine.Messages, m => m.Message!.Contains("merged 2 logs (3 findings)", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_with_nothing_to_merge_warns_and_writes_an_empty_log()
    {
        string merged = Obj("merged.keygov.sarif");
        var merge = new MergeKeyGovSarif { BuildEngine = _runner.Engine, Inputs = [], OutputFile = merged, SourceRoot = _runner.Folder };

        Assert.True(merge.Execute());

        Assert.Contains("-p:KeyGovSarif=true", Assert.Single(_runner.Engine.Warnings).Message, StringComparison.Ordinal);
        using var log = JsonDocument.Parse(File.ReadAllText(merged));
        Assert.Empty(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }
}
