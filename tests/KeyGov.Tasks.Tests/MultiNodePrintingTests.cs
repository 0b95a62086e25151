namespace KeyGov.Tasks.Tests;

/// <summary>
/// Under -m, the nodes of a build are separate processes with separate task-object registries: a shared manifest's
/// warnings are printed by the first node only (a lock held until the build ends), errors by every node, and the next
/// build prints again.
/// </summary>
public sealed class MultiNodePrintingTests : IDisposable
{
    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    // A fresh manifest per test run: the lock is machine-wide, keyed by the manifest's path and content.
    private string Manifest(string expires, string purpose = "Drafts answers to support tickets") => $$"""
        {
          "version": 1,
          "x-run": "{{Guid.NewGuid():N}}",
          "credentials": [
            { "id": "openai-support", "provider": "openai", "owner": "@contoso/support-bot", "purpose": "{{purpose}}",
              "consumers": ["App"], "sources": { "env": ["OPENAI_API_KEY"] }, "created": "2026-10-01", "expires": "{{expires}}" }
          ]
        }
        """;

    private FakeBuildEngine Node() => new() { IsRunningMultipleNodes = true };

    private void Validate(FakeBuildEngine node, string project, string timeChecks = "warning")
    {
        _runner.Engine = node;
        var task = _runner.Task(null, timeChecks, t => t.ProjectFile = Path.Combine(_runner.Folder, project, project + ".csproj"));
        task.ManifestPath = _runner.ManifestPath;
        task.Execute();
    }

    private static int Printed(FakeBuildEngine node, string code) =>
        node.Warnings.Count(w => w.Code == code) + node.Errors.Count(e => e.Code == code);

    [Fact]
    public void A_warning_is_printed_by_one_node_of_the_build_and_again_in_the_next_build()
    {
        File.WriteAllText(_runner.ManifestPath, Manifest("2026-11-01")); // expired: KG3005, a warning locally
        var nodes = new[] { Node(), Node(), Node() };

        Validate(nodes[0], "App");
        Validate(nodes[1], "Lib");
        Validate(nodes[2], "Tool");

        Assert.Equal([1, 0, 0], nodes.Select(n => Printed(n, "KG3005")));
        Assert.Contains(nodes[1].Messages, m => m.Message!.Contains("were printed earlier in this build by another node of this build", StringComparison.Ordinal));

        // The build ends: every node disposes its Build-lifetime objects, the lock goes, and the next build prints again.
        foreach (var node in nodes)
        {
            node.EndBuild();
            node.ClearLog();
        }

        Validate(nodes[2], "Tool");
        Validate(nodes[0], "App");
        Assert.Equal([0, 0, 1], nodes.Select(n => Printed(n, "KG3005")));
    }

    [Fact]
    public void An_error_is_printed_by_every_node_so_no_concurrent_build_can_pass_without_it()
    {
        File.WriteAllText(_runner.ManifestPath, Manifest("2026-11-01"));
        var nodes = new[] { Node(), Node() };

        Validate(nodes[0], "App", "error");
        Validate(nodes[1], "Lib", "error");

        Assert.Equal([1, 1], nodes.Select(n => Printed(n, "KG3005")));
        foreach (var node in nodes)
        {
            node.EndBuild();
        }
    }

    [Fact]
    public void One_node_prints_as_before()
    {
        File.WriteAllText(_runner.ManifestPath, Manifest("2026-11-01"));
        var node = new FakeBuildEngine();
        Validate(node, "App");
        Validate(node, "Lib");
        Assert.Equal(1, Printed(node, "KG3005"));
        node.EndBuild();
    }
}
