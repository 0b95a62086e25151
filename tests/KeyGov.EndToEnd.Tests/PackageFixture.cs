namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// Packs KeyGov.Analyzers once per test run into a folder feed with a version of its own, so that no stale copy in a
/// package cache can stand in for it, and writes sample projects outside the repository that restore it from there.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("keygov-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = "0.0.1-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        var pack = DotNet.Run(RepoPaths.Root, null,
            "pack", Path.Combine(RepoPaths.Root, "src", "KeyGov.Package", "KeyGov.Package.csproj"),
            "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nologo");
        PackOutput = pack.Output;
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack);
        }

        Package = Path.Combine(Feed, "KeyGov.Analyzers." + Version + ".nupkg");

        // The sample projects' own world: our feed first, nuget.org for anything else, a private package folder.
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="keygov-local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string Package { get; }

    public string PackOutput { get; }

    /// <summary>Copies tests/EndToEnd/Projects/<paramref name="template"/> into a fresh folder, filling in {{Name}} tokens.</summary>
    public string CreateProject(string template, IReadOnlyDictionary<string, string> tokens)
    {
        string source = Path.Combine(RepoPaths.Root, "tests", "EndToEnd", "Projects", template);
        string target = Path.Combine(Root, template + "-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            string text = File.ReadAllText(file).Replace("{{KeyGovVersion}}", Version, StringComparison.Ordinal);
            foreach (var (name, value) in tokens)
            {
                text = text.Replace("{{" + name + "}}", value, StringComparison.Ordinal);
            }

            File.WriteAllText(destination, text);
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build process that is still closing may hold a file; the temp folder is cleaned by the OS.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "KeyGov package";
}
