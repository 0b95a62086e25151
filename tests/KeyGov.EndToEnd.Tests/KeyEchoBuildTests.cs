using System.Text.RegularExpressions;
using KeyGov.Core.Detection;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// Issue #16, "no input can leak a key", through a real build of the packed package: fake keys planted in every
/// free-text field of keygov.json (tests/EndToEnd/Projects/KeyEcho/keygov.json.in: <c>{{Pnn}}</c> plain,
/// <c>{{Enn}}</c> written with <c>\u</c> escapes), in a project whose code reads the credentials of those entries, so that the analyzers' KG2002,
/// KG2003 and KG2005 name them. Nothing the build writes (console, a diagnostic build log, the compiler's SARIF,
/// KeyGov's SARIF logs, the inventory, anything under bin/ and obj/) holds any 20-character run of any planted key,
/// plain, decoded or escaped; and KG3014 reports every one of them, at the key or at the escaped string.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class KeyEchoBuildTests(PackageFixture package)
{
    private const int Run = 20;

    [Fact]
    public void Keys_planted_in_every_free_text_field_are_reported_by_KG3014_and_never_echoed()
    {
        var (tokens, planted) = Plant();
        string project = package.CreateProject("KeyEcho", tokens);
        string manifest = Path.Combine(project, "keygov.json");
        File.Move(manifest + ".in", manifest); // not named keygov.json in the repository: it is no manifest until filled in
        string log = Path.Combine(project, "out", "build.log");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);

        var build = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-11-28", "-p:KeyGovSarif=true",
            "-p:KeyGovInventoryOutput=out/inventory", "-flp:logfile=" + log + ";verbosity=diagnostic");

        Assert.NotEqual(0, build.ExitCode); // KG3014 and the revoked read (KG2002) are errors
        foreach (string rule in new[] { "KG2002", "KG2003", "KG2005" })
        {
            Assert.True(build.Output.Contains(": error " + rule + ": ", StringComparison.Ordinal) || build.Output.Contains(": warning " + rule + ": ", StringComparison.Ordinal),
                rule + " is missing:\n" + build);
        }

        string obj = Path.Combine(project, "obj", "Debug", "net10.0");
        string[] evidence =
        [
            log,
            Path.Combine(obj, "KeyEcho.compiler.sarif"),
            Path.Combine(obj, "KeyEcho.keygov.sarif"),
            Path.Combine(project, "out", "inventory.json"),
            Path.Combine(project, "out", "inventory.md"),
        ];
        foreach (string file in evidence)
        {
            Assert.True(File.Exists(file), file + " was not written:\n" + build);
        }

        Assert.Contains("KG2002", File.ReadAllText(evidence[1]), StringComparison.Ordinal);
        Assert.Contains("KG3014", File.ReadAllText(evidence[2]), StringComparison.Ordinal);

        var runs = Runs(planted.Select(p => p.Key).Concat(planted.Where(p => p.Token[0] == 'E').Select(p => FakeKeys.JsonEscaped(p.Key, every: 3))));
        AssertNoRun(runs, "the console", build.Output);
        var outputs = evidence.Concat(new[] { "obj", "bin" }.Select(folder => Path.Combine(project, folder)).Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))).Distinct().ToList();
        Assert.Contains(outputs, file => file.EndsWith("KeyEcho.keygov-manifest.sarif", StringComparison.Ordinal));
        foreach (string file in outputs)
        {
            AssertNoRun(runs, file, File.ReadAllText(file));
        }

        Assert.Contains("but its keygov.json entry credentials[0] was revoked on 2026-09-01 ((a value that looks like a key, not shown)) (no owner)", build.Output, StringComparison.Ordinal);
        Assert.Contains("is not a consumer of its keygov.json entry credentials[1] (no owner; consumers: Other.App, (a value that looks like a key, not shown))", build.Output, StringComparison.Ordinal);

        // KG3014 for each planted key: at the key when it is plain, at the string that decodes to it when escaped.
        foreach (var (token, key) in planted)
        {
            var (line, column) = BuildTests.PositionOf(manifest, token[0] == 'E' ? "\"" + FakeKeys.JsonEscaped(key, every: 3) : key);
            Assert.True(build.Output.Contains($"keygov.json({line},{column}): error KG3014: ", StringComparison.Ordinal), $"no KG3014 for {token} at ({line},{column}):\n{build}");
        }

        // A key glued to a number is a syntax error: the message says where, without a piece of the key.
        string glued = planted[0].Key;
        File.WriteAllText(manifest, "{\n  \"version\": 1,\n  \"policy\": { \"expiryWarningDays\": 1" + glued + " }\n}\n");
        var broken = DotNet.Run(project, null, "build", "-p:KeyGovEvaluationDate=2026-11-28", "-p:KeyGovSarif=true", "--no-restore",
            "-flp:logfile=" + log + ";verbosity=diagnostic");
        Assert.Contains("keygov.json(3,36): error KG3001: Invalid number (a value that looks like a key, not shown)", broken.Output, StringComparison.Ordinal);
        AssertNoRun(runs, "the console", broken.Output);
        foreach (string file in new[] { log, evidence[2] })
        {
            AssertNoRun(runs, file, File.ReadAllText(file));
        }
    }

    /// <summary>A fake key for each <c>{{Pnn}}</c> and <c>{{Enn}}</c> of the template, the escaped ones as the file holds them.</summary>
    private static (Dictionary<string, string> Tokens, List<(string Token, string Key)> Planted) Plant()
    {
        string template = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "EndToEnd", "Projects", "KeyEcho", "keygov.json.in"));
        var tokens = new Dictionary<string, string>
        {
            // Allowed fingerprints of keys planted nowhere: the allow entries are there for their reason and owner.
            ["AllowedFingerprint1"] = Fingerprint.Of(FakeKeys.OpenAIProject(1698)),
            ["AllowedFingerprint2"] = Fingerprint.Of(FakeKeys.OpenAIProject(1699)),
        };
        var planted = new List<(string, string)>();
        foreach (Match match in Token().Matches(template))
        {
            string token = match.Groups[1].Value;
            int n = int.Parse(token.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            string key = token[0] == 'P' ? FakeKeys.OpenAIProject(1600 + n) : FakeKeys.AnthropicApi(1700 + n);
            if (tokens.TryAdd(token, token[0] == 'P' ? key : FakeKeys.JsonEscaped(key, every: 3)))
            {
                planted.Add((token, key));
            }
        }

        Assert.True(planted.Count >= 50, "the template plants " + planted.Count + " keys");
        return (tokens, planted);
    }

    /// <summary>Every <see cref="Run"/>-character run of the texts.</summary>
    private static HashSet<string> Runs(IEnumerable<string> texts)
    {
        var runs = new HashSet<string>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            for (int i = 0; i + Run <= text.Length; i++)
            {
                runs.Add(text.Substring(i, Run));
            }
        }

        return runs;
    }

    private static void AssertNoRun(HashSet<string> runs, string where, string text)
    {
        var lookup = runs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i + Run <= text.Length; i++)
        {
            if (lookup.Contains(text.AsSpan(i, Run)))
            {
                Assert.Fail($"{where} holds a {Run}-character run of a planted key at offset {i}"); // where, never what
            }
        }
    }

    [GeneratedRegex(@"\{\{([PE]\d\d)\}\}")]
    private static partial Regex Token();
}
