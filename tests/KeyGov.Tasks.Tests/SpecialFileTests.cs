using System.Diagnostics;
using System.Text;

namespace KeyGov.Tasks.Tests;

/// <summary>
/// Manifests that are not regular files, or are endless, are a KG3001 in bounded time and memory: the task never opens a
/// FIFO (open() would block until a writer came) and never reads more than <see cref="ManifestFile.MaxBytes"/>.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    private (bool Result, Logged Logged, TimeSpan Took) Validate(string manifestPath)
    {
        var task = _runner.Task(null);
        task.ManifestPath = manifestPath;
        var clock = Stopwatch.StartNew();
        var run = System.Threading.Tasks.Task.Run(task.Execute);
        Assert.True(run.Wait(TimeSpan.FromSeconds(30)), "the task did not finish in 30 s on " + manifestPath);
        return (run.Result, _runner.Logged()[0], clock.Elapsed);
    }

    [Fact]
    public void A_FIFO_is_KG3001_at_once_and_never_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no FIFOs or /dev on Windows
        }

        string fifo = Path.Combine(_runner.Folder, "keygov.json");
        Assert.Equal(0, Process.Start("mkfifo", [fifo]).WaitForExitAndCode());

        var (result, logged, took) = Validate(fifo);

        Assert.False(result);
        Assert.Equal(("KG3001", "error", fifo), (logged.Code, logged.Kind, logged.File));
        Assert.Contains("not a regular file", logged.Message, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(5), took.ToString());
    }

    [Fact]
    public void Dev_zero_is_KG3001_without_reading_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var (result, logged, took) = Validate("/dev/zero");

        Assert.False(result);
        Assert.Equal(("KG3001", "/dev/zero"), (logged.Code, logged.File));
        Assert.Contains("not a regular file", logged.Message, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(5), took.ToString());
    }

    [Fact]
    public void A_regular_file_larger_than_the_bound_is_KG3001_after_reading_only_the_bound()
    {
        // Sparse: 1 GB on paper, nothing on disk; the read stops one byte past the bound.
        string big = Path.Combine(_runner.Folder, "keygov.json");
        using (var stream = File.Create(big))
        {
            stream.SetLength(1L << 30);
        }

        var (result, logged, took) = Validate(big);

        Assert.False(result);
        Assert.Equal(("KG3001", big), (logged.Code, logged.File));
        Assert.StartsWith("The manifest is larger than 16 MB", logged.Message, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(10), took.ToString());
    }

    [Fact]
    public void A_directory_is_never_read()
    {
        var (result, logged, _) = Validate(_runner.Folder);
        Assert.False(result);
        Assert.Equal("KG3016", logged.Code);
        Assert.Contains("is a folder", logged.Message, StringComparison.Ordinal);

        Assert.Equal(InputFileKind.Directory, InputFile.KindOf(_runner.Folder));
        Assert.Null(InputFile.ReadPrefix(_runner.Folder, 100, out _, out string? problem));
        Assert.Contains("folder", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Kinds_of_regular_files_links_FIFOs_devices_and_loops()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no FIFOs or /dev on Windows
        }

        string file = Path.Combine(_runner.Folder, "a.json");
        File.WriteAllText(file, "{}");
        string fifo = Path.Combine(_runner.Folder, "fifo");
        Assert.Equal(0, Process.Start("mkfifo", [fifo]).WaitForExitAndCode());
        File.CreateSymbolicLink(Path.Combine(_runner.Folder, "to-file"), file);
        File.CreateSymbolicLink(Path.Combine(_runner.Folder, "to-fifo"), fifo);
        File.CreateSymbolicLink(Path.Combine(_runner.Folder, "dangling"), Path.Combine(_runner.Folder, "nowhere"));
        File.CreateSymbolicLink(Path.Combine(_runner.Folder, "loop1"), Path.Combine(_runner.Folder, "loop2"));
        File.CreateSymbolicLink(Path.Combine(_runner.Folder, "loop2"), Path.Combine(_runner.Folder, "loop1"));

        Assert.Equal(InputFileKind.Regular, InputFile.KindOf(file));
        Assert.Equal(InputFileKind.Regular, InputFile.KindOf(Path.Combine(_runner.Folder, "to-file")));
        Assert.Equal(InputFileKind.Special, InputFile.KindOf(fifo));
        Assert.Equal(InputFileKind.Special, InputFile.KindOf(Path.Combine(_runner.Folder, "to-fifo")));
        Assert.Equal(InputFileKind.Special, InputFile.KindOf("/dev/zero"));
        Assert.Equal(InputFileKind.Missing, InputFile.KindOf(Path.Combine(_runner.Folder, "dangling")));
        Assert.Equal(InputFileKind.Special, InputFile.KindOf(Path.Combine(_runner.Folder, "loop1")));
        Assert.Equal(InputFileKind.Missing, InputFile.KindOf(Path.Combine(_runner.Folder, "nowhere")));
    }

    [Fact]
    public void A_key_in_a_manifest_that_is_not_UTF8_is_still_KG3014_and_never_shown()
    {
        string key = FakeKeys.OpenAIProject(3014);
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n  \"version\": 1,\n  \"x-note\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\",\n  \"x-pasted\": \"" + key + "\"\n}")];
        File.WriteAllBytes(_runner.ManifestPath, bytes);
        var task = _runner.Task(null);
        task.ManifestPath = _runner.ManifestPath;

        Assert.False(task.Execute());

        var logged = _runner.Logged();
        Assert.Equal(("KG3001", 3, 17), (logged[0].Code, logged[0].Line, logged[0].Column));
        var leak = Assert.Single(logged, l => l.Code == "KG3014");
        Assert.Equal(("error", 4, 16), (leak.Kind, leak.Line, leak.Column));
        Assert.Contains(key[^4..], leak.Message, StringComparison.Ordinal);
        Assert.All(logged, l => Assert.DoesNotContain(key, l.Message, StringComparison.Ordinal));
    }
}

internal static class ProcessExtensions
{
    public static int WaitForExitAndCode(this Process? process)
    {
        Assert.NotNull(process);
        process.WaitForExit();
        return process.ExitCode;
    }
}
