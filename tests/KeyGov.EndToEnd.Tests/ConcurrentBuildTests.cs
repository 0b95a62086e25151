namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// Two builds of one project at once (two IDEs, a watcher and a terminal): the compiler of one rewrites its error log in
/// place while the other's WriteKeyGovSarif reads it. KeyGov's log must never lose a finding silently.
/// </summary>
[Collection(PackageCollection.Name)]
public class ConcurrentBuildTests(PackageFixture package)
{
    [Fact]
    public async Task Two_builds_of_one_project_at_once_keep_KG2002_in_the_SARIF_log()
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
                Assert.False(build.Output.Contains("could not read the SARIF log", StringComparison.Ordinal), build.ToString());
            }

            Assert.Contains("\"ruleId\": \"KG2002\"", File.ReadAllText(sarif), StringComparison.Ordinal);
        }
    }
}
