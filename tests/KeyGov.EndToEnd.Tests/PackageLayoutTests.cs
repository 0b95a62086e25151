using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace KeyGov.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public class PackageLayoutTests(PackageFixture package)
{
    /// <summary>The platform KeyGov.ReadyToRun compiles for.</summary>
    public const string ReadyToRunPlatform = "linux-x64";

    /// <summary>The runtime the copies are made for: the one of the SDK that packs (this test runs on it too).</summary>
    public static readonly string ReadyToRunFramework = "net" + Environment.Version.Major + ".0";

    private static readonly string ReadyToRunFolder = "readytorun/" + ReadyToRunFramework + "/" + ReadyToRunPlatform + "/";

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
                ReadyToRunFolder + "KeyGov.Analyzers.dll",
                ReadyToRunFolder + "KeyGov.CodeFixes.dll",
                ReadyToRunFolder + "KeyGov.Core.dll",
                "tasks/net472/KeyGov.Core.dll",
                "tasks/net472/KeyGov.Tasks.dll",
                "tasks/net8.0/KeyGov.Core.dll",
                "tasks/net8.0/KeyGov.Tasks.dll",
            },
            files);
    }

    [Theory]
    [InlineData("KeyGov.Analyzers.dll")]
    [InlineData("KeyGov.Core.dll")]
    public void ReadyToRun_copies_are_the_IL_assemblies_precompiled(string name)
    {
        using var zip = ZipFile.OpenRead(package.Package);
        var (ilMvid, ilNative) = Read(zip, "analyzers/dotnet/cs/" + name);
        var (copyMvid, copyNative) = Read(zip, ReadyToRunFolder + name);

        Assert.False(ilNative);
        Assert.True(copyNative); // a ReadyToRun image carries a managed native header
        Assert.Equal(ilMvid, copyMvid); // made from the same build
    }

    [Fact]
    public void The_code_fixes_beside_the_copies_are_the_IL_assembly_itself()
    {
        using var zip = ZipFile.OpenRead(package.Package);
        Assert.Equal(Bytes(zip, "analyzers/dotnet/cs/KeyGov.CodeFixes.dll"), Bytes(zip, ReadyToRunFolder + "KeyGov.CodeFixes.dll"));
    }

    private static (Guid Mvid, bool Native) Read(ZipArchive zip, string path)
    {
        using var pe = new PEReader(new MemoryStream(Bytes(zip, path)));
        var metadata = pe.GetMetadataReader();
        return (metadata.GetGuid(metadata.GetModuleDefinition().Mvid), pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size != 0);
    }

    private static byte[] Bytes(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
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
