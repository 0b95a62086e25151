using KeyGov.Core.Rules;

namespace KeyGov.Core.Tests;

public class RuleCatalogTests
{
    [Fact]
    public void Ids_are_unique_and_in_order()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Every_rule_has_a_doc_page_at_its_help_link()
    {
        string docs = Path.Combine(RepoPaths.Root, "docs", "rules");
        foreach (var rule in RuleCatalog.All)
        {
            Assert.StartsWith(KeyGovLinks.DocsBase + "rules/", rule.HelpUri, StringComparison.Ordinal);
            string page = Path.Combine(docs, rule.Id + ".md");
            Assert.True(File.Exists(page), $"{rule.Id}: missing {page}");
            Assert.Contains("# " + rule.Id, File.ReadAllText(page), StringComparison.Ordinal);
        }
    }
}
