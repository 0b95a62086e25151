using System.Text.Json;

namespace KeyGov.Tasks.Tests;

/// <summary>
/// Two builds of one project at once, and builds killed half-way: the compiler rewrites its error log in place while the
/// other build's WriteKeyGovSarif reads it, and a killed build leaves the temporary files of its atomic writes.
/// </summary>
public sealed class ConcurrentBuildTests : IDisposable
{
    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    private string Obj(string name) => Path.Combine(_runner.Folder, "obj", name);

    private static string CompilerLog(string uri) => $$"""
        { "version": "2.1.0", "runs": [ { "results": [
          { "ruleId": "KG2002", "level": "error", "message": { "text": "Environment variable 'OPENAI_API_KEY' is read as a credential (OpenAI) but its keygov.json entry 'a' was revoked" },
            "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": 1, "startColumn": 1 } } } ] } ],
          "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler" } } } ] }
        """;

    [Fact]
    public async Task A_compiler_log_being_rewritten_by_another_build_is_read_again_and_its_finding_kept()
    {
        Directory.CreateDirectory(Obj(""));
        string source = Path.Combine(_runner.Folder, "Program.cs");
        File.WriteAllText(source, "class P { }\n");
        string log = CompilerLog(new Uri(source).AbsoluteUri);
        string compilerLog = Obj("App.compiler.sarif");
        File.WriteAllText(compilerLog, log[..(log.Length / 2)]); // the other build's compiler, half-way through its write

        var finisher = Task.Run(async () =>
        {
            await Task.Delay(700);
            File.WriteAllText(compilerLog, log);
        });
        var writer = new WriteKeyGovSarif
        {
            BuildEngine = _runner.Engine,
            CompilerLog = compilerLog + ",version=2.1",
            OutputFile = Obj("App.keygov.sarif"),
            SourceRoot = _runner.Folder,
            ProjectDirectory = _runner.Folder,
        };

        Assert.True(writer.Execute());
        await finisher;

        Assert.Empty(_runner.Engine.Warnings);
        Assert.Contains(_runner.Engine.Messages, m => m.Message!.Contains("another build was writing it", StringComparison.Ordinal));
        using var sarif = JsonDocument.Parse(File.ReadAllText(Obj("App.keygov.sarif")));
        Assert.Equal("KG2002", sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single().GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Two_compiler_logs_written_over_each_other_give_the_first_whole_log()
    {
        Directory.CreateDirectory(Obj(""));
        string source = Path.Combine(_runner.Folder, "Program.cs");
        File.WriteAllText(source, "class P { }\n");
        string log = CompilerLog(new Uri(source).AbsoluteUri);
        string compilerLog = Obj("App.compiler.sarif");
        // The shorter log whole, then the tail of a longer one (with a "}" inside a string, which must not end the object).
        File.WriteAllText(compilerLog, log + "\n        \"text\": \"a } b\" } ] } ] }\n");
        var writer = new WriteKeyGovSarif
        {
            BuildEngine = _runner.Engine,
            CompilerLog = compilerLog,
            OutputFile = Obj("App.keygov.sarif"),
            SourceRoot = _runner.Folder,
            ProjectDirectory = _runner.Folder,
        };

        Assert.True(writer.Execute());

        Assert.Empty(_runner.Engine.Warnings);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Obj("App.keygov.sarif")));
        Assert.Equal("KG2002", sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single().GetProperty("ruleId").GetString());
        Assert.Equal(log.Length, SarifFiles.EndOfFirstObject(log + " }"));
        Assert.Equal(-1, SarifFiles.EndOfFirstObject(log[..^1]));
    }

    [Fact]
    public void Temporary_files_a_killed_build_left_are_removed_by_the_next_write_and_a_running_writers_are_not()
    {
        File.WriteAllText(_runner.ManifestPath, "{ \"version\": 1 }");
        string inventory = Path.Combine(_runner.Folder, "evidence", "inventory");
        Directory.CreateDirectory(Path.GetDirectoryName(inventory)!);
        string killed = inventory + ".json.0badf00d.tmp";
        string running = inventory + ".json.1234abcd.tmp";
        string other = inventory + ".txt.0badf00d.tmp"; // not a temporary of this output
        foreach (string file in new[] { killed, running, other })
        {
            File.WriteAllText(file, "{ \"half\": ");
        }

        var old = DateTime.UtcNow - TimeSpan.FromHours(1);
        File.SetLastWriteTimeUtc(killed, old);
        File.SetLastWriteTimeUtc(other, old);

        Assert.True(_runner.Task(null, "warning", t => { t.ManifestPath = _runner.ManifestPath; t.InventoryOutput = inventory; }).Execute());

        Assert.False(File.Exists(killed));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(other));
        Assert.True(File.Exists(inventory + ".json"));
    }
}
