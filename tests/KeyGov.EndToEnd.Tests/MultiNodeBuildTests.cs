using System.Text.RegularExpressions;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// A solution under one keygov.json built with -m: the nodes are separate processes, and a shared manifest's warning is
/// printed once per build, not once per node; the next (incremental) build prints it again.
/// </summary>
[Collection(PackageCollection.Name)]
public class MultiNodeBuildTests(PackageFixture package)
{
    [Fact]
    public void A_shared_manifest_warning_prints_once_per_build_with_many_nodes_and_again_in_an_incremental_build()
    {
        string solution = package.CreateProject("SharedManifest", new Dictionary<string, string>());

        foreach (string[] extra in new[] { Array.Empty<string>(), ["--no-restore"] })
        {
            var build = DotNet.Run(solution, null, ["build", "Shared.slnx", "-p:KeyGovEvaluationDate=2026-11-28", "-m:4", "-v:n", .. extra]);
            Assert.True(build.ExitCode == 0, build.ToString());
            string inline = Inline(build.Output);
            Assert.Equal(1, Regex.Count(inline, "warning KG3005: Credential 'openai-support-summaries'"));

            // App, Lib (net8.0, net10.0) and Tool each validated: the three that did not print said where it was printed.
            Assert.Equal(3, Regex.Count(inline, "finding\\(s\\) of [^\\n]*keygov.json \\(0 error\\(s\\), [0-9]+ warning\\(s\\)\\) were printed earlier in this build by"));
        }
    }

    /// <summary>The build output before the console logger's closing summary, which repeats every warning and error.</summary>
    private static string Inline(string output)
    {
        var summary = Regex.Match(output, "^Build (succeeded|FAILED)\\.", RegexOptions.Multiline);
        return summary.Success ? output[..summary.Index] : output;
    }
}
