using System.IO.Compression;
using System.Xml.Linq;

namespace KeyGov.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public class PackageLayoutTests(PackageFixture package)
{
    [Fact]
    public void Nupkg_holds_exactly_the_layout_of_the_design()
    {
        using var zip = ZipFile.OpenRead(package.Package);
        var files = zip.Entries
            .Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal)
                && !n.StartsWith("package/", StringComparison.Ordinal)
                && n != "[Content_Types].xml"
                && !n.EndsWith(".nuspec", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            new[]
            {
                "README.md",
                "analyzers/dotnet/cs/KeyGov.Analyzers.dll",
                "analyzers/dotnet/cs/KeyGov.CodeFixes.dll",
                "analyzers/dotnet/cs/KeyGov.Core.dll",
                "build/KeyGov.Analyzers.globalconfig",
                "build/KeyGov.Analyzers.props",
                "build/KeyGov.Analyzers.targets",
                "buildMultiTargeting/KeyGov.Analyzers.targets",
                "buildTransitive/KeyGov.Analyzers.props",
                "buildTransitive/KeyGov.Analyzers.targets",
                "tasks/net472/KeyGov.Core.dll",
                "tasks/net472/KeyGov.Tasks.dll",
                "tasks/net8.0/KeyGov.Core.dll",
                "tasks/net8.0/KeyGov.Tasks.dll",
            },
            files);
    }

    [Fact]
    public void Nuspec_is_a_development_dependency_without_dependencies()
    {
        using var zip = ZipFile.OpenRead(package.Package);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        var nuspec = XDocument.Load(stream);
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        Assert.Equal("KeyGov.Analyzers", metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies");
    }

    [Fact]
    public void Pack_reports_no_NU5128()
    {
        Assert.DoesNotContain("NU5128", package.PackOutput, StringComparison.Ordinal);
    }
}
