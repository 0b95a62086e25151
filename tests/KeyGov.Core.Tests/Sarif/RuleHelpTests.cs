using KeyGov.Core.Sarif;

namespace KeyGov.Core.Tests.Sarif;

public class RuleHelpTests
{
    private const string Page = "https://github.com/keygov/KeyGov.Analyzers/blob/main/docs/rules/KG1001.md";

    [Fact]
    public void Relative_links_become_absolute_against_the_page_and_text_loses_the_markup()
    {
        string markdown = "# KG1001: Hard-coded key\r\n\r\nSee [the catalog](../providers.md), [KG1004](KG1004.md), [top](#fix) and [site](https://example.com/a).\r\n\r\n```csharp\r\nvar x = 1;\r\n```\r\n**Bold** and `code`.";

        var help = RuleHelp.FromMarkdown(markdown, Page);

        Assert.Contains("[the catalog](https://github.com/keygov/KeyGov.Analyzers/blob/main/docs/providers.md)", help.Markdown, StringComparison.Ordinal);
        Assert.Contains("[KG1004](https://github.com/keygov/KeyGov.Analyzers/blob/main/docs/rules/KG1004.md)", help.Markdown, StringComparison.Ordinal);
        Assert.Contains("[top](#fix)", help.Markdown, StringComparison.Ordinal);
        Assert.Contains("[site](https://example.com/a)", help.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", help.Markdown, StringComparison.Ordinal);

        Assert.StartsWith("KG1001: Hard-coded key", help.Text, StringComparison.Ordinal);
        Assert.Contains("the catalog (https://github.com/keygov/KeyGov.Analyzers/blob/main/docs/providers.md)", help.Text, StringComparison.Ordinal);
        Assert.Contains("var x = 1;", help.Text, StringComparison.Ordinal);
        Assert.Contains("Bold and code.", help.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("```", help.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_page_reads_as_help_that_names_its_rule()
    {
        foreach (var rule in KeyGov.Core.Rules.RuleCatalog.All)
        {
            var help = RuleHelp.FromMarkdown(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", rule.Id + ".md")), rule.HelpUri);

            Assert.Contains(rule.Id, help.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("](../", help.Markdown, StringComparison.Ordinal);
        }
    }
}
