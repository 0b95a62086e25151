namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// A real build of a Razor class library: the component's @code block reaches the compiler as C# from the Razor
/// source generator, and its configuration read is reported at its line in the .razor file.
/// </summary>
[Collection(PackageCollection.Name)]
public class RazorBuildTests(PackageFixture package)
{
    [Fact]
    public void A_read_in_a_razor_code_block_is_reported_at_the_razor_line()
    {
        string project = package.CreateProject("RazorComponent", new Dictionary<string, string>());
        string component = Path.Combine(project, "Components", "Chat.razor");

        var build = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-11-28");

        Assert.Equal(0, build.ExitCode); // KG2001 is a warning
        var (line, column) = BuildTests.PositionOf(component, "Configuration[\"apikey\"]");
        Assert.True(build.Output.Contains(
            $"Chat.razor({line},{column}): warning KG2001: Configuration key 'apikey' is read as a credential (provider unknown)",
            StringComparison.Ordinal), build.ToString());
        Assert.DoesNotContain("_razor.g.cs", build.Output, StringComparison.Ordinal);
    }
}
