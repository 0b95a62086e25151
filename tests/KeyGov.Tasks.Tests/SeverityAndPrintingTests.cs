using Microsoft.Build.Framework;

namespace KeyGov.Tasks.Tests;

/// <summary>MSBuild's severity settings as the task applies them, and once-per-node printing of a shared manifest.</summary>
public sealed class SeverityAndPrintingTests : IDisposable
{
    // One KG3006 (warning, expires in 12 days), one KG3013 (warning, mixed environments), one KG3011 (error, placeholder purpose).
    private const string Manifest = """
        {
          "version": 1,
          "credentials": [
            {
              "id": "openai-support-summaries",
              "provider": "openai",
              "owner": "@contoso/support-bot",
              "purpose": "TODO",
              "environments": ["production", "staging"],
              "expires": "2026-12-10"
            }
          ]
        }
        """;

    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    private IReadOnlyList<Logged> Run(Action<ValidateKeyManifest> configure, out bool result)
    {
        _runner.Engine = new FakeBuildEngine();
        result = _runner.Task(Manifest, "error", configure).Execute();
        return _runner.Logged();
    }

    private static string KindOf(IReadOnlyList<Logged> logged, string code) => Assert.Single(logged, l => l.Code == code).Kind;

    [Fact]
    public void Without_settings_each_rule_has_its_default_severity()
    {
        var logged = Run(_ => { }, out bool result);
        Assert.False(result);
        Assert.Equal(("error", "warning", "warning"), (KindOf(logged, "KG3011"), KindOf(logged, "KG3006"), KindOf(logged, "KG3013")));
    }

    [Fact]
    public void NoWarn_and_WarningsAsMessages_log_a_rule_as_a_low_importance_message_errors_included()
    {
        // The targets pass $(MSBuildWarningsAsMessages);$(NoWarn).
        var logged = Run(t => t.WarningsAsMessages = ";KG3006;CS1591;KG3011", out bool result);
        Assert.True(result);
        Assert.Equal(("suppressed", "suppressed", "warning"), (KindOf(logged, "KG3011"), KindOf(logged, "KG3006"), KindOf(logged, "KG3013")));
        var message = _runner.Engine.Messages.Single(m => m.Code == "KG3006");
        Assert.Equal(MessageImportance.Low, message.Importance);
        Assert.Equal((10, 18), (message.LineNumber, message.ColumnNumber));
    }

    [Fact]
    public void WarningsAsErrors_makes_a_warning_an_error()
    {
        var logged = Run(t => t.WarningsAsErrors = "KG3013", out bool result);
        Assert.False(result);
        Assert.Equal(("error", "warning"), (KindOf(logged, "KG3013"), KindOf(logged, "KG3006")));
    }

    [Fact]
    public void TreatWarningsAsErrors_spares_WarningsNotAsErrors_and_messages_win_over_errors()
    {
        var logged = Run(t =>
        {
            t.TreatWarningsAsErrors = true;
            t.WarningsNotAsErrors = "KG3013";
            t.WarningsAsErrors = "KG3011";
            t.WarningsAsMessages = "KG3011";
        }, out _);
        Assert.Equal(("error", "warning", "suppressed"), (KindOf(logged, "KG3006"), KindOf(logged, "KG3013"), KindOf(logged, "KG3011")));
    }

    // ---- once per build node ----

    private ValidateKeyManifest Project(string name, string? framework = null, Action<ValidateKeyManifest>? configure = null) =>
        _runner.Task(Manifest, "error", t =>
        {
            t.ProjectFile = Path.Combine(_runner.Folder, name, name + ".csproj");
            t.TargetFramework = framework;
            t.StampFile = Path.Combine(_runner.Folder, name, "obj", framework ?? "", "keygov.validated");
            t.SarifOutput = Path.Combine(_runner.Folder, name, "obj", framework ?? "", "keygov.sarif");
            configure?.Invoke(t);
        });

    [Fact]
    public void A_shared_manifest_is_printed_once_per_build_but_recorded_by_every_project()
    {
        var engine = _runner.Engine = new FakeBuildEngine();
        Assert.False(Project("App").Execute());
        Assert.Equal(3, _runner.Logged().Count);

        foreach (var (project, framework) in new[] { ("Lib", "net8.0"), ("Lib", "net10.0"), ("Tool", null) })
        {
            engine.ClearLog();
            Assert.True(Project(project, framework).Execute());
            Assert.Empty(_runner.Logged());
            var note = Assert.Single(engine.Messages);
            Assert.Equal(MessageImportance.Normal, note.Importance);
            Assert.Contains("were printed earlier in this build by App; they apply to " + project + (framework != null ? " (" + framework + ")" : ""), note.Message, StringComparison.Ordinal);

            // Recorded all the same: its own SARIF holds the findings, and it has no success stamp.
            string sarif = File.ReadAllText(Path.Combine(_runner.Folder, project, "obj", framework ?? "", "keygov.sarif"));
            Assert.Contains("\"ruleId\": \"KG3011\"", sarif, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(_runner.Folder, project, "obj", framework ?? "", "keygov.validated")));
        }
    }

    [Fact]
    public void The_next_build_prints_again()
    {
        _runner.Engine = new FakeBuildEngine();
        Project("App").Execute();
        _runner.Engine = new FakeBuildEngine(); // a new build: MSBuild drops build-lifetime task objects
        Assert.False(Project("App").Execute());
        Assert.Equal(3, _runner.Logged().Count);
    }

    [Fact]
    public void A_project_that_sees_another_result_prints_its_own()
    {
        var engine = _runner.Engine = new FakeBuildEngine();
        Project("App").Execute();

        engine.ClearLog();
        Assert.True(Project("Tool", configure: t => t.WarningsAsMessages = "KG3011").Execute());
        Assert.Equal(3, _runner.Logged().Count);

        engine.ClearLog();
        var changed = Project("Lib");
        File.WriteAllText(_runner.ManifestPath, Manifest.Replace("TODO", "tbd", StringComparison.Ordinal));
        Assert.False(changed.Execute());
        Assert.Equal(3, _runner.Logged().Count);
    }

    [Fact]
    public void A_missing_manifest_is_reported_by_every_project()
    {
        var engine = _runner.Engine = new FakeBuildEngine();
        foreach (var project in new[] { "App", "Tool" })
        {
            engine.ClearLog();
            var task = _runner.Task(null);
            task.ProjectFile = Path.Combine(_runner.Folder, project + ".csproj");
            Assert.True(task.Execute());
            Assert.Equal("KG3016", Assert.Single(_runner.Logged()).Code);
        }
    }

    [Fact]
    public void A_missing_manifest_is_printed_once_per_project_not_once_per_target_framework()
    {
        var engine = _runner.Engine = new FakeBuildEngine();
        foreach (var (project, framework, printed) in new[] { ("App", "net8.0", true), ("App", "net10.0", false), ("Tool", "net8.0", true) })
        {
            engine.ClearLog();
            var task = _runner.Task(null);
            task.ProjectFile = Path.Combine(_runner.Folder, project + ".csproj");
            task.TargetFramework = framework;
            Assert.True(task.Execute());
            if (printed)
            {
                Assert.Equal("KG3016", Assert.Single(_runner.Logged()).Code);
                continue;
            }

            Assert.Empty(_runner.Logged());
            Assert.Contains(engine.Messages, m => m.Message!.Contains("were printed earlier in this build by App (net8.0); they apply to App (net10.0)", StringComparison.Ordinal));
        }
    }
}
