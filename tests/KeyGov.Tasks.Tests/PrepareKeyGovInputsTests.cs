using System.Diagnostics;
using Microsoft.Build.Utilities;

namespace KeyGov.Tasks.Tests;

/// <summary>
/// PrepareKeyGovInputs keeps the AdditionalFiles the analyzers read to regular, readable files of bounded size, so the
/// compiler never fails (CS2001, CS1504), hangs (FIFO) or runs out of memory on a file KeyGov added.
/// </summary>
public sealed class PrepareKeyGovInputsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("keygov-inputs-").FullName;
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private PrepareKeyGovInputs Run(params TaskItem[] items)
    {
        var task = new PrepareKeyGovInputs { BuildEngine = _engine, AdditionalFiles = items, CopyFolder = PathOf("obj/keygov/config") };
        Assert.True(Within30Seconds(task));
        return task;
    }

    private static bool Within30Seconds(PrepareKeyGovInputs task)
    {
        var run = System.Threading.Tasks.Task.Run(task.Execute);
        Assert.True(run.Wait(TimeSpan.FromSeconds(30)), "the task did not finish in 30 s");
        return run.Result;
    }

    private static TaskItem Ours(string path, string kind = "Config") => new(path, new Dictionary<string, string> { ["KeyGovKind"] = kind });

    private static void MkFifo(string path) => Process.Start("mkfifo", [path])!.WaitForExit();

    [Fact]
    public void Dangling_links_loops_and_FIFOs_of_KeyGov_are_removed_and_a_users_are_kept_unscanned()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no FIFOs; links need privileges
        }

        File.CreateSymbolicLink(PathOf("appsettings.Development.json"), PathOf("nowhere.json"));
        File.CreateSymbolicLink(PathOf(".env"), PathOf(".env.loop"));
        File.CreateSymbolicLink(PathOf(".env.loop"), PathOf(".env"));
        MkFifo(PathOf("appsettings.Staging.json"));
        MkFifo(PathOf("user.settings.json"));
        File.WriteAllText(PathOf("appsettings.json"), "{}");
        MkFifo(PathOf("notes.txt")); // not a file KeyGov reads: left alone

        var task = Run(Ours(PathOf("appsettings.Development.json")), Ours(PathOf(".env")), Ours(PathOf("appsettings.Staging.json")),
            new TaskItem(PathOf("user.settings.json")), Ours(PathOf("appsettings.json")), new TaskItem(PathOf("notes.txt")));

        Assert.Equal(
            new[] { "appsettings.Development.json", ".env", "appsettings.Staging.json", "user.settings.json" },
            task.Remove.Select(i => Path.GetFileName(i.ItemSpec)));
        var kept = Assert.Single(task.Add);
        Assert.Equal((PathOf("user.settings.json"), "false"), (kept.ItemSpec, kept.GetMetadata("KeyGovScan")));
        Assert.Empty(task.Copies);
        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
        Assert.Contains(_engine.Messages, m => m.Message!.Contains("symbolic link to nothing", StringComparison.Ordinal));
        Assert.Contains(_engine.Messages, m => m.Message!.Contains("not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_huge_config_file_is_scanned_through_a_prefix_copy_cut_at_a_line_end_and_written_only_when_it_changes()
    {
        string big = PathOf("appsettings.Development.json");
        string head = "{\n  \"OpenAI\": { \"ApiKey\": \"value\" },\n  \"Padding\": \"";
        using (var stream = File.Create(big))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(head));
            stream.SetLength(1L << 30); // sparse: 1 GB on paper
        }

        var task = Run(Ours(big));

        Assert.Equal(big, Assert.Single(task.Remove).ItemSpec);
        var copy = Assert.Single(task.Add);
        Assert.Equal(("appsettings.Development.json", big, "Config"), (Path.GetFileName(copy.ItemSpec), copy.GetMetadata("KeyGovOriginalPath"), copy.GetMetadata("KeyGovKind")));
        Assert.StartsWith(PathOf("obj/keygov/config"), copy.ItemSpec, StringComparison.Ordinal);
        byte[] bytes = File.ReadAllBytes(copy.ItemSpec);
        Assert.Equal(head.LastIndexOf('\n') + 1, bytes.Length); // the zeros after it hold no line end: cut at the last one
        Assert.Equal(head[..bytes.Length], System.Text.Encoding.UTF8.GetString(bytes));

        var written = File.GetLastWriteTimeUtc(copy.ItemSpec);
        Thread.Sleep(20);
        Run(Ours(big));
        Assert.Equal(written, File.GetLastWriteTimeUtc(copy.ItemSpec));
    }

    [Fact]
    public void A_users_huge_config_file_stays_for_them_but_is_not_read_by_KeyGov()
    {
        string big = PathOf("appsettings.json");
        File.WriteAllText(big, "{\n" + new string(' ', (int)PrepareKeyGovInputs.MaxConfigBytes) + "\n}\n");

        var task = Run(new TaskItem(big, new Dictionary<string, string> { ["Mine"] = "yes" }));

        Assert.Equal(big, Assert.Single(task.Remove).ItemSpec);
        Assert.Equal(2, task.Add.Length);
        Assert.Contains(task.Add, i => i.ItemSpec == big && i.GetMetadata("KeyGovScan") == "false" && i.GetMetadata("Mine") == "yes");
        Assert.Contains(task.Add, i => i.GetMetadata("KeyGovOriginalPath") == big && new FileInfo(i.ItemSpec).Length <= PrepareKeyGovInputs.MaxConfigBytes);
    }

    [Fact]
    public void An_oversized_or_special_manifest_is_removed_and_small_regular_files_are_untouched()
    {
        string manifest = PathOf("keygov.json");
        using (var stream = File.Create(manifest))
        {
            stream.SetLength(ManifestFile.MaxBytes + 1);
        }

        File.WriteAllText(PathOf("appsettings.json"), "{}");

        string device = OperatingSystem.IsWindows() ? PathOf("missing.json") : "/dev/zero";
        var task = Run(Ours(manifest, "Manifest"), Ours(PathOf("appsettings.json")), Ours(device, "Manifest"));

        Assert.Equal(new[] { manifest, device }, task.Remove.Select(i => i.ItemSpec));
        Assert.Empty(task.Add);
    }

    [Fact]
    public void The_manifest_hash_follows_content_not_time_stamps_and_is_rewritten_only_when_it_changes()
    {
        string manifest = PathOf("keygov.json");
        string hashFile = PathOf("obj/App.keygov-manifest.sha256");
        File.WriteAllText(manifest, "{ \"version\": 1 }");
        PrepareKeyGovInputs Hash() => new() { BuildEngine = _engine, ManifestPath = manifest, ManifestHashFile = hashFile };

        Assert.True(Hash().Execute());
        string first = File.ReadAllText(hashFile);
        Assert.Equal(manifest + "\n" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(manifest))), first);
        var written = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(hashFile, written);

        Assert.True(Hash().Execute());
        Assert.Equal(written, File.GetLastWriteTimeUtc(hashFile)); // unchanged content: untouched, so incremental stays incremental

        // A bad manifest with an older time stamp (cp -p, an archive) still changes the hash file.
        File.WriteAllText(manifest, "{ \"version\": 2 }");
        File.SetLastWriteTimeUtc(manifest, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.True(Hash().Execute());
        Assert.NotEqual(first, File.ReadAllText(hashFile));
        Assert.True(File.GetLastWriteTimeUtc(hashFile) > written);
    }

    [Fact]
    public void The_manifest_hash_of_a_FIFO_or_a_device_is_written_at_once_without_reading_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string fifo = PathOf("keygov.json");
        MkFifo(fifo);
        foreach (string manifest in new[] { fifo, "/dev/zero" })
        {
            string hashFile = PathOf("obj/" + Path.GetFileName(manifest) + ".sha256");
            var task = new PrepareKeyGovInputs { BuildEngine = _engine, ManifestPath = manifest, ManifestHashFile = hashFile };
            Assert.True(Within30Seconds(task));
            Assert.Contains("not a regular file", File.ReadAllText(hashFile), StringComparison.Ordinal);
        }
    }
}
