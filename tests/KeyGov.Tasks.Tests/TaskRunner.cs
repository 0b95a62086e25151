using Microsoft.Build.Framework;

namespace KeyGov.Tasks.Tests;

/// <summary>Runs <see cref="ValidateKeyManifest"/> as the targets do, on a manifest written to a temp folder.</summary>
public sealed class TaskRunner : IDisposable
{
    public const string EvaluationDate = "2026-11-28";

    public TaskRunner()
    {
        Folder = Directory.CreateTempSubdirectory("keygov-task-").FullName;
        Engine = new FakeBuildEngine();
    }

    public string Folder { get; }

    public FakeBuildEngine Engine { get; set; }

    public string ManifestPath => Path.Combine(Folder, "keygov.json");

    public string ProjectFile => Path.Combine(Folder, "App.csproj");

    public string StampFile => Path.Combine(Folder, "obj", "keygov." + EvaluationDate + ".stamp.validated");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A task for the manifest text (none when null), configured as the targets configure it.</summary>
    public ValidateKeyManifest Task(string? manifest, string timeChecks = "error", Action<ValidateKeyManifest>? configure = null)
    {
        if (manifest != null)
        {
            File.WriteAllText(ManifestPath, manifest);
        }

        var task = new ValidateKeyManifest
        {
            BuildEngine = Engine,
            ManifestPath = manifest != null ? ManifestPath : "",
            ProjectFile = ProjectFile,
            EvaluationDate = EvaluationDate,
            TimeChecks = timeChecks,
            StampFile = StampFile,
            SourceRoot = Folder,
        };
        configure?.Invoke(task);
        return task;
    }

    /// <summary>Every KG event the engine saw, as (code, kind, file, line, column, message), in order.</summary>
    public IReadOnlyList<Logged> Logged() =>
        Engine.Errors.Select(e => new Logged(e.Code, "error", e.File, e.LineNumber, e.ColumnNumber, e.Message!, e.HelpLink))
            .Concat(Engine.Warnings.Select(e => new Logged(e.Code, "warning", e.File, e.LineNumber, e.ColumnNumber, e.Message!, e.HelpLink)))
            .Concat(Engine.Messages.Where(m => m.Code != null).Select(e => new Logged(e.Code, e.Importance == MessageImportance.Low ? "suppressed" : "info", e.File, e.LineNumber, e.ColumnNumber, e.Message!, null)))
            .ToList();
}

public sealed record Logged(string Code, string Kind, string File, int Line, int Column, string Message, string? HelpLink);
