using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using KeyGov.Benchmarks.AnalyzerCost;
using KeyGov.EndToEnd.Tests;

namespace KeyGov.Benchmarks.RealCode;

/// <summary>
/// <c>realcode</c> mode (docs/benchmarks.md): KeyGov's cost on a real codebase, as the compiler itself measures it.
/// Packs KeyGov from this repository to a private feed, then builds one project of a source checkout clean,
/// <c>--runs</c> times each, interleaved: WITH KeyGov and the peers (SecurityCodeScan, SonarAnalyzer.CSharp, at the
/// versions this repository pins for the <c>analyzers</c> mode, only their SCS0015 and S2068 rules on) and WITHOUT any
/// of them. Every build reports the
/// compiler's per-analyzer times (<c>ReportAnalyzer</c>, no shared compiler server) and MSBuild's Csc task time.
/// Nothing of the checkout is changed but its bin/ and obj/ (the references come in through
/// <c>CustomAfterMicrosoftCommonTargets</c>, so central package management works as well).
/// </summary>
internal static class RealCodeRunner
{
    private const string Usage =
        "realcode --source <checkout> --project <relative .csproj or .sln> [--runs N] [--properties \"-p:A=B;...\"] [--against \"-p:A=B ...\"] [--keep]";

    public static int Run(string[] args)
    {
        string? source = Option(args, "--source");
        string? project = Option(args, "--project");
        if (source is null || project is null)
        {
            Console.Error.WriteLine("Usage: " + Usage);
            return 2;
        }

        source = Path.GetFullPath(source);
        string projectPath = Path.Combine(source, project);
        if (!File.Exists(projectPath))
        {
            Console.Error.WriteLine($"No project at {projectPath}.");
            return 2;
        }

        int runs = int.TryParse(Option(args, "--runs"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 3;
        string[] properties = (Option(args, "--properties") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool keep = args.Contains("--keep");

        // --against: the other side of each pair is KeyGov too, with these properties (e.g. -p:KeyGovUsageFacts=false):
        // the cost of one KeyGov feature, measured side by side, instead of KeyGov's whole cost.
        string[]? against = Option(args, "--against")?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        string repo = RepoPaths.Root;
        string stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        string version = "0.0.1-bench." + stamp; // yyyy first: a numeric SemVer identifier has no leading zero
        string work = Path.Combine(Path.GetTempPath(), "keygov-realcode-" + stamp);
        Directory.CreateDirectory(work);
        try
        {
            return Measure(repo, work, version, source, projectPath, runs, properties, against);
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine($"Logs and feed kept in {work}.");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static int Measure(string repo, string work, string version, string source, string projectPath, int runs, string[] properties, string[]? against)
    {
        var peers = PeerVersions(repo);
        Console.WriteLine($"Packing KeyGov {version} from {repo} …");
        var pack = Dotnet(repo, ["pack", Path.Combine(repo, "src", "KeyGov.Package"), "-c", "Release", "-o", Path.Combine(work, "feed"), "-p:Version=" + version, "-nologo", "-v:q"]);
        if (pack.ExitCode != 0)
        {
            Console.Error.WriteLine(pack.Output);
            return 1;
        }

        string nugetConfig = WriteNuGetConfig(work);
        string withTargets = WriteWithTargets(work, version, peers);
        Console.WriteLine($"Source: {source} ({GitHead(source)}), project {Path.GetRelativePath(source, projectPath)}, properties: {string.Join(' ', properties)}");
        Console.WriteLine($"Peers: SecurityCodeScan.VS2019 {peers.Scs}, SonarAnalyzer.CSharp {peers.Sonar}; {runs} runs each, interleaved.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}; load before: {Load()}");

        var with = new List<Build>();
        var without = new List<Build>();
        for (int run = 1; run <= runs; run++)
        {
            // Alternate which goes first, so a trend in the machine's load does not favour one side.
            foreach (bool withKeyGov in run % 2 == 1 ? new[] { true, false } : [false, true])
            {
                var build = against is null || withKeyGov
                    ? BuildOnce(work, source, projectPath, properties, nugetConfig, withKeyGov ? withTargets : null, run)
                    : BuildOnce(work, source, projectPath, [.. properties, .. against], nugetConfig, withTargets, run, "against");
                if (build is null)
                {
                    return 1;
                }

                (withKeyGov ? with : without).Add(build);
            }
        }

        Console.WriteLine($"Load after: {Load()}");
        if (against is null)
        {
            Print(with, without);
        }
        else
        {
            PrintAgainst(with, without, against);
        }

        return 0;
    }

    /// <summary>One clean build (restore first, untimed; then a rebuild without restore, timed).</summary>
    private static Build? BuildOnce(string work, string source, string projectPath, string[] properties, string nugetConfig, string? withTargets, int run,
        string? label = null)
    {
        label ??= withTargets is null ? "without" : "with";
        var common = new List<string>(properties) { "-p:TreatWarningsAsErrors=false", "-nodeReuse:false", "-nologo" };
        if (withTargets is not null)
        {
            common.Add("-p:CustomAfterMicrosoftCommonTargets=" + withTargets);
        }

        var restore = Dotnet(source, ["restore", projectPath, "--configfile", nugetConfig, "-p:Configuration=Release", .. common, "-v:q"]);
        if (restore.ExitCode != 0)
        {
            Console.Error.WriteLine($"Restore ({label}) failed:\n{Tail(restore.Output)}");
            return null;
        }

        var stopwatch = Stopwatch.StartNew();
        var build = Dotnet(source, ["build", projectPath, "-c", "Release", "--no-restore", "--no-incremental", .. common,
            "-p:ReportAnalyzer=true", "-p:UseSharedCompilation=false", "-v:d", "-clp:PerformanceSummary"]);
        double wall = stopwatch.Elapsed.TotalSeconds;
        string log = Path.Combine(work, $"run{run}-{label}.log");
        File.WriteAllText(log, build.Output);
        if (build.ExitCode != 0)
        {
            Console.Error.WriteLine($"Build ({label}, run {run}) failed; log: {log}\n{Tail(build.Output)}");
            return null;
        }

        var report = AnalyzerReport.Parse(build.Output);
        Console.WriteLine($"  run {run} {label,-7}: wall {wall:F1} s, Csc {report.CscSeconds:F1} s ({report.CscCalls} call(s)), analyzers {report.TotalAnalyzerSeconds:F2} s");
        return new Build(wall, report);
    }

    private static void Print(List<Build> with, List<Build> without)
    {
        var keyGovAnalyzers = with.SelectMany(b => b.Report.Analyzers)
            .Where(a => a.Assembly.StartsWith(KeyGovPrefix, StringComparison.Ordinal))
            .Select(a => a.Analyzer)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(a => a, StringComparer.Ordinal)
            .ToList();
        var columns = new List<(string Name, Func<Build, double> Value, string Format)>
        {
            ("Csc s", b => b.Report.CscSeconds, "F2"),
            ("all analyzers s", b => b.Report.TotalAnalyzerSeconds, "F2"),
            ("KeyGov s", b => b.Report.AssemblySeconds(KeyGovPrefix), "F3"),
            ("KeyGov % of Csc", b => Share(b.Report.AssemblySeconds(KeyGovPrefix), b.Report.CscSeconds), "F2"),
        };
        columns.AddRange(keyGovAnalyzers.Select(name =>
            (ShortName(name) + " s", (Func<Build, double>)(b => b.Report.Analyzers.Where(a => a.Analyzer == name).Sum(a => a.Seconds)), "F3")));
        columns.Add(("SecurityCodeScan s", b => b.Report.AssemblySeconds(ScsPrefix), "F3"));
        columns.Add(("SCS % of Csc", b => Share(b.Report.AssemblySeconds(ScsPrefix), b.Report.CscSeconds), "F2"));
        columns.Add(("SCS0015 analyzer s", b => b.Report.RuleSeconds(ScsPrefix, "SCS0015"), "F3"));
        columns.Add(("SonarAnalyzer s", b => b.Report.AssemblySeconds(SonarPrefix), "F3"));
        columns.Add(("Sonar % of Csc", b => Share(b.Report.AssemblySeconds(SonarPrefix), b.Report.CscSeconds), "F2"));
        columns.Add(("S2068 analyzer s", b => b.Report.RuleSeconds(SonarPrefix, "S2068"), "F3"));

        Console.WriteLine();
        Console.WriteLine("Builds WITH KeyGov and the peers (the compiler's /reportanalyzer times; analyzers run concurrently, so their sum can exceed Csc):");
        Console.WriteLine("| run | wall s | " + string.Join(" | ", columns.Select(c => c.Name)) + " |");
        Console.WriteLine("|---|---|" + string.Concat(columns.Select(_ => "---|")));
        for (int i = 0; i < with.Count; i++)
        {
            var b = with[i];
            Console.WriteLine($"| {i + 1} | {b.WallSeconds:F1} | " + string.Join(" | ", columns.Select(c => Format(c.Value(b), c.Format))) + " |");
        }

        Console.WriteLine("| median (min–max) | " + Stat(with.Select(b => b.WallSeconds), "F1") + " | " +
                          string.Join(" | ", columns.Select(c => Stat(with.Select(c.Value), c.Format))) + " |");

        Console.WriteLine();
        Console.WriteLine("Builds WITHOUT any of them:");
        Console.WriteLine("| run | wall s | Csc s | all analyzers s |");
        Console.WriteLine("|---|---|---|---|");
        for (int i = 0; i < without.Count; i++)
        {
            var b = without[i];
            Console.WriteLine($"| {i + 1} | {b.WallSeconds:F1} | {b.Report.CscSeconds:F2} | {b.Report.TotalAnalyzerSeconds:F2} |");
        }

        Console.WriteLine($"| median (min–max) | {Stat(without.Select(b => b.WallSeconds), "F1")} | {Stat(without.Select(b => b.Report.CscSeconds), "F2")} | " +
                          $"{Stat(without.Select(b => b.Report.TotalAnalyzerSeconds), "F2")} |");

        var keyGovShares = with.Zip(without, (w, o) => Share(w.Report.AssemblySeconds(KeyGovPrefix), o.Report.CscSeconds)).ToList();
        var wallRatios = with.Zip(without, (w, o) => w.WallSeconds / o.WallSeconds).ToList();
        var cscRatios = with.Zip(without, (w, o) => w.Report.CscSeconds / o.Report.CscSeconds).ToList();
        Console.WriteLine();
        Console.WriteLine($"With/without, per run: build wall time {string.Join(", ", wallRatios.Select(r => Format(r, "F2")))} (median {Stat(wallRatios, "F2")}); " +
                          $"Csc time {string.Join(", ", cscRatios.Select(r => Format(r, "F2")))} (median {Stat(cscRatios, "F2")}).");
        Console.WriteLine($"KeyGov's seconds as a share of the paired WITHOUT build's Csc time (what the compile costs without any of them): " +
                          $"{string.Join(", ", keyGovShares.Select(r => Format(r, "F2") + "%"))} (median {Stat(keyGovShares, "F2")}%).");
        Console.WriteLine("The with/without ratios include the peers' two rules (SCS0015, S2068) as well as KeyGov.");
    }

    /// <summary>Both sides with KeyGov: the wall, Csc and KeyGov times, and the per-run ratios.</summary>
    private static void PrintAgainst(List<Build> with, List<Build> against, string[] properties)
    {
        Console.WriteLine();
        Console.WriteLine($"Builds WITH KeyGov as configured, and AGAINST: KeyGov with {string.Join(' ', properties)}:");
        Console.WriteLine("| run | side | wall s | Csc s | KeyGov analyzers s |");
        Console.WriteLine("|---|---|---|---|---|");
        for (int i = 0; i < with.Count; i++)
        {
            foreach (var (side, b) in new[] { ("with", with[i]), ("against", against[i]) })
            {
                Console.WriteLine($"| {i + 1} | {side} | {b.WallSeconds:F2} | {b.Report.CscSeconds:F3} | {b.Report.AssemblySeconds(KeyGovPrefix):F3} |");
            }
        }

        foreach (var (name, value) in new (string, Func<Build, double>)[] { ("wall", b => b.WallSeconds), ("Csc", b => b.Report.CscSeconds), ("KeyGov analyzers", b => b.Report.AssemblySeconds(KeyGovPrefix)) })
        {
            var ratios = with.Zip(against, (w, a) => value(a) > 0 ? value(w) / value(a) : double.NaN).ToList();
            Console.WriteLine($"with/against {name}, per run: {string.Join(", ", ratios.Select(r => Format(r, "F2")))} (median {Stat(ratios, "F2")}); " +
                              $"medians {Stat(with.Select(value), "F3")} vs {Stat(against.Select(value), "F3")}.");
        }
    }

    private const string KeyGovPrefix = "KeyGov.";
    private const string ScsPrefix = "SecurityCodeScan";
    private const string SonarPrefix = "SonarAnalyzer";

    private static double Share(double part, double whole) => whole > 0 ? 100 * part / whole : double.NaN;

    private static string ShortName(string type) => type[(type.LastIndexOf('.') + 1)..];

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Stat(IEnumerable<double> values, string format)
    {
        var list = values.ToList();
        return $"{Format(AnalyzerCostRunner.Median(list), format)} ({Format(list.Min(), format)}–{Format(list.Max(), format)})";
    }

    /// <summary>The peers' versions as Directory.Packages.props pins them for the analyzers mode: one source of truth.</summary>
    private static (string Scs, string Sonar) PeerVersions(string repo)
    {
        var props = XDocument.Load(Path.Combine(repo, "Directory.Packages.props"));
        string VersionOf(string id) =>
            props.Descendants("PackageVersion").FirstOrDefault(e => (string?)e.Attribute("Include") == id)?.Attribute("Version")?.Value
            ?? throw new InvalidOperationException($"Directory.Packages.props pins no {id}.");
        return (VersionOf("SecurityCodeScan.VS2019"), VersionOf("SonarAnalyzer.CSharp"));
    }

    /// <summary>
    /// A private packages folder (the bench version never reaches the machine's cache), the bench feed, the machine's
    /// own packages folder as a read-only feed (no download of what is already here), then nuget.org.
    /// </summary>
    private static string WriteNuGetConfig(string work)
    {
        string machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string cacheSource = Directory.Exists(machineCache) ? $"<add key=\"machine\" value=\"{machineCache}\" />" : "";
        string path = Path.Combine(work, "nuget.config");
        File.WriteAllText(path, $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(work, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="bench" value="{Path.Combine(work, "feed")}" />
                {cacheSource}
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return path;
    }

    /// <summary>
    /// A global analyzer config that turns off every rule of the peers but their hard-coded-credential rules (SCS0015,
    /// S2068), as the analyzers mode loads only those: the compiler then skips the peers' other analyzers, and the
    /// peer columns are the cost of the same job, not of SonarAnalyzer's whole rule set. The IDs come from the peers'
    /// own analyzers (the copies beside this app, of the same versions), as the analyzers mode finds them.
    /// </summary>
    private static string WritePeerRules(string work)
    {
        var loader = new AnalyzerLoader();
        var kept = new HashSet<string>(StringComparer.Ordinal) { "SCS0015", "S2068" };
        var ids = new[] { Path.Combine(AnalyzerTools.PeersFolder, "sonar", "SonarAnalyzer.CSharp.dll"), Path.Combine(AnalyzerTools.PeersFolder, "scs", "SecurityCodeScan.VS2019.dll") }
            .SelectMany(path => loader.Analyzers(path))
            .SelectMany(AnalyzerTools.SupportedIds)
            .Where(id => !kept.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        string path = Path.Combine(work, "peers.globalconfig");
        File.WriteAllLines(path, [
            "is_global = true",
            "global_level = 100",
            .. kept.Order(StringComparer.Ordinal).Select(id => $"dotnet_diagnostic.{id}.severity = warning"),
            .. ids.Select(id => $"dotnet_diagnostic.{id}.severity = none"),
        ]);
        return path;
    }

    /// <summary>
    /// The WITH build's additions, imported after the project (CustomAfterMicrosoftCommonTargets): KeyGov and the
    /// peers as analyzer PackageReferences (VersionOverride under central package management), and SonarLint.xml,
    /// without which Sonar's security hotspot rules, S2068 among them, do not run.
    /// </summary>
    private static string WriteWithTargets(string work, string version, (string Scs, string Sonar) peers)
    {
        string sonarLint = Path.Combine(work, "SonarLint.xml");
        File.WriteAllText(sonarLint, AnalyzerCostRunner.SonarLintXml);
        string peerRules = WritePeerRules(work);
        string References(string attribute) => $"""
                <PackageReference Include="KeyGov.Analyzers" {attribute}="{version}" PrivateAssets="all" />
                <PackageReference Include="SecurityCodeScan.VS2019" {attribute}="{peers.Scs}" PrivateAssets="all" />
                <PackageReference Include="SonarAnalyzer.CSharp" {attribute}="{peers.Sonar}" PrivateAssets="all" />
            """;
        string path = Path.Combine(work, "with.targets");
        File.WriteAllText(path, $"""
            <Project>
              <ItemGroup Condition="'$(ManagePackageVersionsCentrally)' != 'true'">
            {References("Version")}
              </ItemGroup>
              <ItemGroup Condition="'$(ManagePackageVersionsCentrally)' == 'true'">
            {References("VersionOverride")}
              </ItemGroup>
              <ItemGroup>
                <AdditionalFiles Include="{sonarLint}" />
                <EditorConfigFiles Include="{peerRules}" />
              </ItemGroup>
            </Project>
            """);
        return path;
    }

    /// <summary>The checkout's commit, from .git/HEAD (a detached checkout at a pinned commit names it there).</summary>
    private static string GitHead(string source)
    {
        string git = Path.Combine(source, ".git");
        string head = Path.Combine(git, "HEAD");
        if (!File.Exists(head))
        {
            return "commit unknown";
        }

        string text = File.ReadAllText(head).Trim();
        if (!text.StartsWith("ref: ", StringComparison.Ordinal))
        {
            return text;
        }

        string name = text[5..];
        string loose = Path.Combine(git, name);
        string packed = Path.Combine(git, "packed-refs");
        string? commit = File.Exists(loose) ? File.ReadAllText(loose).Trim()
            : File.Exists(packed) ? File.ReadLines(packed).FirstOrDefault(l => l.EndsWith(" " + name, StringComparison.Ordinal))?.Split(' ')[0]
            : null;
        return $"{name} at {commit ?? "an unknown commit"}";
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(40));

    /// <summary>The dotnet CLI isolated as the end-to-end tests run it (no node or server reuse, no CI variables).</summary>
    private static DotNet.Result Dotnet(string workingDirectory, string[] args) =>
        DotNet.RunWithin(TimeSpan.FromMinutes(30), workingDirectory, null, args);

    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private sealed record Build(double WallSeconds, AnalyzerReport Report);
}
