using KeyGov.Core.Sarif;

namespace KeyGov.Core.Tests.Sarif;

public class SarifFingerprintsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "keygov-fingerprint-root");

    private static SarifResult Result(string rule, string file, int line, string message = "m", string? key = null, string? source = null)
    {
        var result = new SarifResult(rule, "warning", message, Path.Combine(Root, file), new SarifRegion(line, 5, line, 20));
        if (key != null)
        {
            result.Properties[SarifFingerprints.KeyFingerprintProperty] = key;
        }

        if (source != null)
        {
            result.Properties[SarifFingerprints.SourceProperty] = source;
        }

        return result;
    }

    private static List<string> Assign(Func<string, int, string?>? lines, params SarifResult[] results)
    {
        SarifFingerprints.Assign(results, Root, lines ?? ((_, _) => null));
        return results.Select(r => r.Fingerprint!).ToList();
    }

    [Fact]
    public void A_key_finding_keeps_its_fingerprint_when_its_line_moves_and_changes_with_rule_file_or_key()
    {
        var before = Assign(null, Result("KG1001", "A.cs", 6, key: "sha256:01"));
        var moved = Assign(null, Result("KG1001", "A.cs", 60, "another message", key: "sha256:01"));
        var otherKey = Assign(null, Result("KG1001", "A.cs", 6, key: "sha256:02"));
        var otherFile = Assign(null, Result("KG1001", "B.cs", 6, key: "sha256:01"));
        var otherRule = Assign(null, Result("KG1004", "A.cs", 6, key: "sha256:01"));

        Assert.Equal(before, moved);
        Assert.Equal(4, new[] { before[0], otherKey[0], otherFile[0], otherRule[0] }.Distinct().Count());
        Assert.Matches("^[0-9a-f]{32}$", before[0]);
    }

    [Fact]
    public void Two_leaks_of_one_key_in_a_file_stay_two_findings_in_file_order()
    {
        var first = Result("KG1001", "A.cs", 30, key: "sha256:01");
        var second = Result("KG1001", "A.cs", 10, key: "sha256:01");

        var fingerprints = Assign(null, first, second);
        var earlierAlone = Assign(null, Result("KG1001", "A.cs", 3, key: "sha256:01"));

        Assert.NotEqual(fingerprints[0], fingerprints[1]);
        Assert.Equal(earlierAlone[0], fingerprints[1]); // the first in the file is occurrence 0, wherever it was listed
    }

    [Fact]
    public void KG1003_hashes_its_line_without_white_space()
    {
        string text = "        Use(\"Bearer token\");";
        var original = Assign((_, line) => line == 4 ? text : null, Result("KG1003", "A.cs", 4));
        var reindented = Assign((_, line) => line == 9 ? "Use( \"Bearer token\" );" : null, Result("KG1003", "A.cs", 9));
        var edited = Assign((_, line) => line == 4 ? "Use(\"Bearer other\");" : null, Result("KG1003", "A.cs", 4));

        Assert.Equal(original, reindented);
        Assert.NotEqual(original, edited);
    }

    [Fact]
    public void Credential_findings_use_their_source_then_their_message_and_an_existing_fingerprint_is_kept()
    {
        var bySource = Assign(null, Result("KG2001", "A.cs", 4, "first wording", source: "OPENAI_API_KEY"));
        var bySourceReworded = Assign(null, Result("KG2001", "A.cs", 8, "second wording", source: "OPENAI_API_KEY"));
        var byMessage = Assign(null, Result("KG2002", "A.cs", 4, "entry 'x' revoked"));
        var byMessageMoved = Assign(null, Result("KG2002", "A.cs", 40, "entry 'x' revoked"));
        var kept = Result("KG3005", "keygov.json", 4);
        kept.Fingerprint = "given";

        Assign(null, kept);

        Assert.Equal(bySource, bySourceReworded);
        Assert.Equal(byMessage, byMessageMoved);
        Assert.Equal("given", kept.Fingerprint);
    }
}
