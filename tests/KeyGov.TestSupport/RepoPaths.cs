namespace KeyGov;

/// <summary>Where the repository is, found from the test binaries without any environment variable.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "KeyGov.Analyzers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KeyGov.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
