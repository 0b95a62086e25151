using KeyGov.Core.Sarif;

namespace KeyGov.Core.Tests.Sarif;

public class SarifMergerTests
{
    private static SarifResult Result(string rule, string file, int line, string level = "warning", string fingerprint = "f", bool suppressed = false)
    {
        var result = new SarifResult(rule, level, "m", Path.Combine(Path.GetTempPath(), file), new SarifRegion(line, 1, line, 2)) { Fingerprint = fingerprint };
        if (suppressed)
        {
            result.Suppressions.Add(new SarifSuppression("external", "NoWarn"));
        }

        return result;
    }

    [Fact]
    public void A_finding_every_project_shares_is_kept_once_unsuppressed_at_its_highest_level()
    {
        var api = new[] { Result("KG3005", "keygov.json", 13, "warning", suppressed: true), Result("KG1001", "Api.cs", 6, "error", "k1") };
        var worker = new[] { Result("KG3005", "keygov.json", 13, "error"), Result("KG1001", "Worker.cs", 6, "error", "k2") };

        var merged = SarifMerger.Merge([api, worker]);

        Assert.Equal(["KG1001", "KG1001", "KG3005"], merged.Select(r => r.RuleId));
        var shared = merged.Single(r => r.RuleId == "KG3005");
        Assert.False(shared.IsSuppressed);
        Assert.Equal("error", shared.Level);
    }

    [Fact]
    public void Findings_that_differ_in_place_or_identity_all_stay()
    {
        var merged = SarifMerger.Merge([[Result("KG2001", "A.cs", 4, fingerprint: "a"), Result("KG2001", "A.cs", 5, fingerprint: "a"), Result("KG2001", "A.cs", 4, fingerprint: "b")]]);

        Assert.Equal(3, merged.Count);
    }

    [Fact]
    public void Allowances_are_joined_once_per_fingerprint()
    {
        var merged = SarifMerger.MergeAllowances([[new SarifAllowance("sha256:01", "a", "@x")], [new SarifAllowance("sha256:01", "a", "@x"), new SarifAllowance("sha256:02", null, null)]]);

        Assert.Equal(["sha256:01", "sha256:02"], merged.Select(a => a.Fingerprint));
    }
}
