namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// Two builds of one project at once (two IDEs, a watcher and a terminal): the compiler of one rewrites its error log in
/// place while the other's WriteKeyGovSarif reads it. KeyGov's log must never lose a finding silently: a build either
/// reads a whole log (waiting for the other compiler, or taking the first of two logs written over each other) or says
/// that the findings are missing; the next build on its own is whole again.
/// </summary>
/// <remarks>
/// The two compilers can also write their logs into each other mid-file (seen once in CI-like runs on 2 cores, after the
/// analyzers got faster and the compiles overlapped more): no reader can recover a finding from that, so the test holds
/// KeyGov to saying so, not to a race it cannot win.
/// </remarks>
[Collection(PackageCollection.Name)]
public class ConcurrentBuildTests(PackageFixture package)
{
    [Fact]
    public async Task Two_builds_of_one_project_at_once_never_lose_KG2002_silently()
    {
        string project = package.CreateProject("CredentialUse", new Dictionary<string, string>());
        string[] args = ["build", "-p:KeyGovEvaluationDate=2026-11-28", "-p:KeyGovSarif=true"];
        var restore = DotNet.Run(project, null, "restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        string sarif = Path.Combine(project, "obj", "Debug", "net10.0", "CredentialUse.keygov.sarif");

        for (int round = 0; round < 3; round++)
        {
            // Touch a source so that both builds compile.
            File.AppendAllText(Path.Combine(project, "Program.cs"), "\n");
            var builds = Enumerable.Range(0, 2).Select(_ => Task.Run(() => DotNet.Run(project, null, [.. args, "--no-restore"]))).ToArray();
            var results = await Task.WhenAll(builds);

            foreach (var build in results)
            {
                bool unread = build.Output.Contains("could not read the SARIF log", StringComparison.Ordinal);
                Assert.True(!unread || build.Output.Contains("The findings it holds are MISSING from KeyGov's log", StringComparison.Ordinal), build.ToString());
            }
        }

        // On its own, the next build reads a whole log again.
        File.AppendAllText(Path.Combine(project, "Program.cs"), "\n");
        var alone = DotNet.Run(project, null, [.. args, "--no-restore"]);
        Assert.DoesNotContain("could not read the SARIF log", alone.Output, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"KG2002\"", File.ReadAllText(sarif), StringComparison.Ordinal);
    }
}
