using KeyGov.Core.Rules;
using KeyGov.Core.Sarif;

namespace KeyGov.Tasks.Tests;

/// <summary>The manifest rules' pages say what the SARIF log says: their framework mappings, and how to configure them.</summary>
public sealed class RuleDocsTests
{
    public static TheoryData<string> ManifestRules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in SarifLogWriter.ManifestRules)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ManifestRules))]
    public void Each_page_has_its_sections_and_the_mappings_the_SARIF_help_carries(string id)
    {
        string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md"));
        foreach (var section in new[] { "# " + id + ": ", "## What it finds", "## Why it matters", "## How to fix", "## How to suppress or configure", "## What it does not catch" })
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }

        Assert.Contains("OWASP NHI Top 10 2025", page, StringComparison.Ordinal);
        Assert.Contains("NIST CSF 2.0", page, StringComparison.Ordinal);
        foreach (var item in RuleMappings.OwaspNhi(id).Concat(RuleMappings.NistCsf(id)))
        {
            Assert.Contains(item, page, StringComparison.Ordinal);
        }

        Assert.Contains(RuleCatalog.Find(id)!.DefaultSeverity == RuleSeverity.Time ? "KeyGovTimeChecks" : "NoWarn", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_reference_names_every_property_and_rule()
    {
        string reference = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "manifest.md"));
        foreach (var property in new[] { "KeyGovManifest", "KeyGovValidateManifest", "KeyGovRequireManifest", "KeyGovEvaluationDate", "KeyGovTimeChecks",
            "KeyGovSarifOutput", "KeyGovInventoryOutput", "KeyGovSourceRoot", "NoWarn", "MSBuildWarningsAsMessages", "MSBuildWarningsAsErrors" })
        {
            Assert.Contains("`" + property, reference, StringComparison.Ordinal);
        }

        foreach (var rule in SarifLogWriter.ManifestRules)
        {
            Assert.Contains("[" + rule.Id + "](rules/" + rule.Id + ".md)", reference, StringComparison.Ordinal);
        }
    }
}
