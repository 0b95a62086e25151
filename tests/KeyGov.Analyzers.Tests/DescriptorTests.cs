using KeyGov.Core.Usage;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KeyGov.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeyGov.Analyzers.Tests;

/// <summary>
/// A rule's facts live in several places: Core's <see cref="RuleCatalog"/> (the source of truth, shared with the task
/// and SARIF), the analyzers' descriptors (src/KeyGov.Analyzers/Descriptors.cs), the rules index (docs/rules/README.md),
/// each rule's page (docs/rules/KGnnnn.md) and the release tracking files (AnalyzerReleases.*.md). These tests walk
/// every analyzer of the assembly by reflection, so a new analyzer or rule is checked without being listed here.
/// </summary>
public class DescriptorTests
{
    private static readonly string RulesDocs = Path.Combine(RepoPaths.Root, "docs", "rules");

    private static readonly string AnalyzersSource = Path.Combine(RepoPaths.Root, "src", "KeyGov.Analyzers");

    /// <summary>Every concrete analyzer in KeyGov.Analyzers.dll (the suppressor aside), instantiated as the compiler would.</summary>
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(HardcodedProviderKeyAnalyzer).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !typeof(DiagnosticSuppressor).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static TheoryData<string, string> SupportedRules()
    {
        var data = new TheoryData<string, string>();
        foreach (var analyzer in Analyzers)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (descriptor.Id == UsageFact.DiagnosticId)
                {
                    continue; // not a rule: The_usage_fact_is_no_rule_and_is_always_suppressed
                }

                data.Add(analyzer.GetType().Name, descriptor.Id);
            }
        }

        return data;
    }

    [Fact]
    public void The_assembly_has_analyzers_and_each_declares_its_rules_once()
    {
        Assert.NotEmpty(Analyzers);
        foreach (var analyzer in Analyzers)
        {
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToList();
            Assert.NotEmpty(ids);
            Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
        }
    }

    [Theory]
    [MemberData(nameof(SupportedRules))]
    public void Descriptor_matches_the_rule_catalog(string analyzer, string id)
    {
        var descriptor = Descriptor(analyzer, id);
        var rule = RuleCatalog.Find(id);
        Assert.True(rule != null, $"{analyzer} reports {id}, which RuleCatalog does not know");

        Assert.Equal(rule!.Title, descriptor.Title.ToString());
        Assert.Equal(rule.Description, descriptor.Description.ToString());
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(rule.DefaultSeverity, ToRuleSeverity(descriptor.DefaultSeverity));
        Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
        Assert.Equal(KeyGovLinks.RuleHelp(id), descriptor.HelpLinkUri);
        Assert.True(descriptor.IsEnabledByDefault, id);

        // KG1xxx and KG2xxx are the analyzers' (compiler diagnostics); KG3xxx belong to the MSBuild task, except KG3017,
        // which only the whole compilation's reads can judge: the analyzer reports it at the compilation's end.
        Assert.Matches("^(KG[12][0-9]{3}|KG3017)$", id);
        Assert.Equal(id == "KG3017", descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
    }

    [Theory]
    [MemberData(nameof(SupportedRules))]
    public void Descriptor_matches_its_doc_page_and_the_rules_index(string analyzer, string id)
    {
        var descriptor = Descriptor(analyzer, id);
        string page = Path.Combine(RulesDocs, id + ".md");
        Assert.True(File.Exists(page), $"{analyzer} reports {id}: missing {page}");

        var lines = File.ReadAllLines(page);
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);

        // The page's fact table: | ID | Category | Default severity | Reported by |
        var facts = lines.Select(Cells).FirstOrDefault(c => c.Length >= 4 && c[0] == id);
        Assert.True(facts != null, $"{page}: no '| {id} | Category | Severity |' row");
        Assert.Equal(descriptor.Category, facts![1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), LeadingWord(facts[2]));

        var row = IndexRows().GetValueOrDefault(id);
        Assert.True(row != null, $"docs/rules/README.md has no row for {id}");
        Assert.Equal(descriptor.Title.ToString(), row!.Title);
        Assert.Equal(descriptor.Category, row.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
    }

    [Fact]
    public void Every_catalog_rule_is_in_the_rules_index_with_its_facts()
    {
        var rows = IndexRows();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var rule in RuleCatalog.All)
        {
            var row = rows[rule.Id];
            Assert.Equal(rule.Title, row.Title);
            Assert.Equal(rule.Category, row.Category);
            Assert.Equal(rule.DefaultSeverity.ToString(), row.Severity);
            Assert.True(File.Exists(Path.Combine(RulesDocs, rule.Id + ".md")), rule.Id);
        }
    }

    [Fact]
    public void KG1002_description_names_every_kind_of_file_its_page_lists()
    {
        // docs/rules/KG1002.md: the bullets after "…as `AdditionalFiles`:", each naming files in backticks (examples in parentheses aside).
        var lines = File.ReadAllLines(Path.Combine(RulesDocs, "KG1002.md"));
        int start = Array.FindIndex(lines, l => l.EndsWith("`AdditionalFiles`:", StringComparison.Ordinal));
        Assert.True(start >= 0, "KG1002.md: no list of the files passed as AdditionalFiles");
        var files = lines.Skip(start + 1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal))
            .SelectMany(l => Regex.Matches(Regex.Replace(l, @"\([^)]*\)", ""), "`([^`]+)`").Select(m => m.Groups[1].Value))
            .Select(f => f.Substring(f.LastIndexOf('/') + 1))
            .ToList();
        Assert.Contains(".env.*", files);

        string description = RuleCatalog.KG1002.Description;
        foreach (string file in files)
        {
            Assert.True(description.Contains(file + ",", StringComparison.Ordinal) || description.Contains(file + ")", StringComparison.Ordinal),
                $"KG1002's description does not name {file}, which docs/rules/KG1002.md lists");
        }
    }

    [Fact]
    public void Every_catalog_analyzer_rule_is_supported_by_an_analyzer()
    {
        var supported = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var analyzerRules = RuleCatalog.All.Where(r => r.Id.StartsWith("KG1", StringComparison.Ordinal) || r.Id.StartsWith("KG2", StringComparison.Ordinal));
        foreach (var rule in analyzerRules)
        {
            Assert.True(supported.Contains(rule.Id), $"{rule.Id} is in RuleCatalog but no analyzer supports it");
        }

        Assert.All(supported.Where(id => id != UsageFact.DiagnosticId), id => Assert.NotNull(RuleCatalog.Find(id)));
    }

    [Fact]
    public void The_usage_fact_is_no_rule_and_is_always_suppressed()
    {
        var fact = Descriptor(nameof(CredentialUseAnalyzer), UsageFact.DiagnosticId);
        Assert.Null(RuleCatalog.Find(fact.Id));
        Assert.False(File.Exists(Path.Combine(RulesDocs, fact.Id + ".md")));
        Assert.Equal(DiagnosticSeverity.Info, fact.DefaultSeverity);
        var suppression = Assert.Single(new UsageFactSuppressor().SupportedSuppressions);
        Assert.Equal(fact.Id, suppression.SuppressedDiagnosticId);

        // The package's global config names it, so a bulk severity setting cannot switch the facts off.
        string config = File.ReadAllText(Path.Combine(RepoPaths.Root, "build", "KeyGov.Analyzers.globalconfig"));
        Assert.Contains("dotnet_diagnostic." + fact.Id + ".severity = suggestion", config, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_id_constant_is_in_the_catalog()
    {
        var constants = typeof(RuleIds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(constants.Order(StringComparer.Ordinal), RuleCatalog.All.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Release_tracking_lists_each_analyzer_rule_once_with_its_category_severity_and_analyzers()
    {
        // RS2000-RS2008 check these files against the descriptors at build time; this checks what they do not:
        // that a rule is in exactly one of them and that the Notes column names the analyzers that report it.
        var released = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (var cells in File.ReadAllLines(Path.Combine(AnalyzersSource, file)).Select(Cells))
            {
                if (cells.Length >= 3 && Regex.IsMatch(cells[0], "^KG[0-9]{4}$"))
                {
                    Assert.True(released.TryAdd(cells[0], cells), $"{cells[0]} is listed twice in the release tracking files");
                }
            }
        }

        var byId = Analyzers
            .SelectMany(a => a.SupportedDiagnostics.Select(d => (Analyzer: a.GetType().Name, Descriptor: d)))
            .GroupBy(p => p.Descriptor.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Assert.Equal(byId.Keys.Order(StringComparer.Ordinal), released.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, reporters) in byId)
        {
            var cells = released[id];
            Assert.Equal(reporters[0].Descriptor.Category, cells[1]);
            Assert.Equal(reporters[0].Descriptor.DefaultSeverity.ToString(), cells[2]);
            var notes = cells.Length > 3 ? cells[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            Assert.Equal(reporters.Select(r => r.Analyzer).Order(StringComparer.Ordinal), notes.Order(StringComparer.Ordinal));
        }
    }

    private static DiagnosticDescriptor Descriptor(string analyzer, string id) =>
        Analyzers.Single(a => a.GetType().Name == analyzer).SupportedDiagnostics.Single(d => d.Id == id);

    private static RuleSeverity ToRuleSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => RuleSeverity.Error,
        DiagnosticSeverity.Warning => RuleSeverity.Warning,
        DiagnosticSeverity.Info => RuleSeverity.Info,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "KeyGov has no hidden rule"),
    };

    /// <summary>
    /// docs/rules/README.md: <c>| [KG1001](KG1001.md) | Title | Category | Default severity |</c>, the severity cell's
    /// first word being the default (<c>Error (Warning in .env files)</c> is Error; <c>Time</c> is KeyGovTimeChecks').
    /// </summary>
    private static Dictionary<string, IndexRow> IndexRows()
    {
        var rows = new Dictionary<string, IndexRow>(StringComparer.Ordinal);
        foreach (var cells in File.ReadAllLines(Path.Combine(RulesDocs, "README.md")).Select(Cells))
        {
            var link = cells.Length >= 4 ? Regex.Match(cells[0], @"^\[(KG[0-9]{4})\]\((KG[0-9]{4})\.md\)$") : Match.Empty;
            if (link.Success)
            {
                Assert.Equal(link.Groups[1].Value, link.Groups[2].Value);
                Assert.True(rows.TryAdd(link.Groups[1].Value, new IndexRow(cells[1], cells[2], LeadingWord(cells[3]))), link.Groups[1].Value);
            }
        }

        return rows;
    }

    /// <summary>The trimmed cells of a Markdown table row, without the outer pipes; empty for any other line.</summary>
    private static string[] Cells(string line)
    {
        string trimmed = line.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '|')
        {
            // AnalyzerReleases tables have no outer pipes: "KG1001 | Security | Error | Notes".
            return trimmed.Contains('|') ? trimmed.Split('|').Select(c => c.Trim()).ToArray() : [];
        }

        return trimmed.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
    }

    private static string LeadingWord(string cell) => Regex.Match(cell, "^[A-Za-z]+").Value;

    private sealed record IndexRow(string Title, string Category, string Severity);
}
