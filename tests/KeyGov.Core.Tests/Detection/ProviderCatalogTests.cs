using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

public class ProviderCatalogTests
{
    // docs/providers.md, in its order.
    private static readonly string[] ReferenceIds =
    [
        "openai", "anthropic", "azure-ai-services", "azure-ai-search", "google-gemini", "google-vertex", "aws-bedrock",
        "huggingface", "cohere", "mistral", "groq", "replicate", "perplexity", "xai", "openrouter", "deepseek", "together",
        "fireworks", "langsmith", "pinecone", "elevenlabs", "voyage", "stability", "nvidia", "github", "cerebras",
        "deepgram", "assemblyai", "wandb",
    ];

    [Fact]
    public void The_README_and_the_provider_reference_name_each_provider_as_messages_do()
    {
        // One name per catalog entry: the README's provider list and each row of docs/providers.md's key table use the
        // display name that messages show (an Azure OpenAI key is not "Azure AI services" in one and "Azure OpenAI" in the other).
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        int open = readme.IndexOf("AI provider keys (", StringComparison.Ordinal);
        string list = readme[(open + "AI provider keys (".Length)..readme.IndexOf(" and the rest of", open, StringComparison.Ordinal)];
        var names = ProviderCatalog.ProviderIds.Select(id => ProviderCatalog.GetProviderName(id)!).ToHashSet();
        foreach (string listed in list.ReplaceLineEndings(" ").Split(", "))
        {
            Assert.Contains(listed.Trim(), names);
        }

        string reference = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "providers.md"));
        foreach (var id in ProviderCatalog.ProviderIds)
        {
            Assert.Contains("| " + ProviderCatalog.GetProviderName(id) + " (`" + id + "`) |", reference, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Knows_exactly_the_reference_providers()
    {
        Assert.Equal(ReferenceIds, ProviderCatalog.ProviderIds);
        foreach (var id in ReferenceIds)
        {
            Assert.True(ProviderCatalog.IsKnownProvider(id), id);
            Assert.False(string.IsNullOrWhiteSpace(ProviderCatalog.GetProviderName(id)));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("OpenAI")]
    [InlineData("open-ai")]
    [InlineData("x-internal")]
    [InlineData(" openai")]
    public void Rejects_anything_else(string? id) => Assert.False(ProviderCatalog.IsKnownProvider(id));

    [Fact]
    public void Kinds_have_unique_ids_and_known_providers()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in ProviderCatalog.Kinds)
        {
            Assert.True(ids.Add(kind.Id), kind.Id);
            Assert.True(ProviderCatalog.IsKnownProvider(kind.ProviderId), kind.Id);
            Assert.Same(kind, ProviderCatalog.FindKind(kind.ProviderId, kind.KindId));
        }

        Assert.Null(ProviderCatalog.FindKind("openai", "no-such-kind"));
    }

    [Fact]
    public void Every_format_starts_with_its_kinds_display_prefix()
    {
        // Redaction shows DisplayPrefix: it must be fixed format text, never part of the random body.
        foreach (var format in ProviderCatalog.Formats.Concat(ProviderCatalog.ContextualFormats))
        {
            string prefix = format.Kind.DisplayPrefix;
            Assert.True(prefix.Length == 0 || format.Segments[0].Literal?.StartsWith(prefix, StringComparison.Ordinal) == true, format.ToString());
            Assert.True(format.MinLength >= prefix.Length + 4 + 8, format + ": too short to show a tail");
        }
    }

    [Fact]
    public void Anchor_groups_cover_every_format_once()
    {
        var seen = new HashSet<object>();
        foreach (var group in ProviderCatalog.AnchorGroups)
        {
            foreach (var format in group.Formats)
            {
                Assert.StartsWith(group.Anchor, format.Anchor, StringComparison.Ordinal);
                Assert.True(seen.Add(format));
                Assert.InRange(format.MinAnchorOffset, 0, format.MaxAnchorOffset);
            }
        }

        Assert.Equal(ProviderCatalog.Formats.Length, seen.Count);
        Assert.Equal(ProviderCatalog.Formats.Concat(ProviderCatalog.ContextualFormats).Max(f => f.Segments.Length), ProviderCatalog.MaxSegments);

        // A search literal is never itself the prefix of another: "sk-" finds all eight sk- formats in one pass.
        Assert.DoesNotContain(ProviderCatalog.AnchorGroups, a => ProviderCatalog.AnchorGroups.Any(b => b != a && a.Anchor.StartsWith(b.Anchor, StringComparison.Ordinal)));
    }

    [Fact]
    public void Fake_keys_exist_for_every_kind()
    {
        // All covers exactly the scanned kinds, PrefixLess exactly the contextual ones.
        var scanned = ProviderCatalog.Formats.Select(f => f.Kind.Id).ToHashSet();
        var contextual = ProviderCatalog.ContextualFormats.Select(f => f.Kind.Id).ToHashSet();
        Assert.Equal(scanned.Order(), FakeKeys.All(0).Select(k => k.KindId).Distinct().Order());
        Assert.Equal(contextual.Order(), FakeKeys.PrefixLess(0).Select(k => k.KindId).Distinct().Order());
        Assert.Equal(scanned.Concat(contextual).Order(), ProviderCatalog.Kinds.Select(k => k.Id).Order());
    }

    [Fact]
    public void The_catalog_doc_lists_every_kind_with_its_class()
    {
        // docs/providers.md: one table row per kind or group of kinds; an empty provider cell continues the provider above.
        var documented = new Dictionary<string, string>();
        string provider = "";
        foreach (var line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "providers.md")))
        {
            var cells = line.Split('|');
            if (cells.Length < 6 || !cells[2].Contains('`') || cells[1].Contains("---"))
            {
                continue;
            }

            var id = System.Text.RegularExpressions.Regex.Match(cells[1], "\\(`([a-z0-9-]+)`\\)");
            provider = id.Success ? id.Groups[1].Value : provider;
            foreach (System.Text.RegularExpressions.Match kind in System.Text.RegularExpressions.Regex.Matches(cells[2], "`([a-z0-9-]+)`"))
            {
                documented[provider + "/" + kind.Groups[1].Value] = cells[4].Trim();
            }
        }

        var expected = ProviderCatalog.Kinds.ToDictionary(
            k => k.Id,
            k => k.Class switch { KeyKindClass.SelfIdentifying => "self-identifying", KeyKindClass.AmbiguousPrefix => "ambiguous prefix", _ => "prefix-less" });
        Assert.Equal(expected.OrderBy(e => e.Key), documented.OrderBy(e => e.Key));
    }

    [Fact]
    public void Every_reference_provider_has_a_kind()
    {
        // docs/providers.md lists 29 providers; each one has at least one kind (docs/providers.md gives the omissions).
        foreach (var id in ReferenceIds)
        {
            Assert.Contains(ProviderCatalog.Kinds, k => k.ProviderId == id);
        }
    }

    [Fact]
    public void A_format_whose_anchor_is_not_a_literal_is_refused()
    {
        var kind = ProviderCatalog.FindKind("openai", "project-key")!;
        Assert.Throws<ArgumentException>(() => new KeyFormat(kind, "T3BlbkFJ", [KeySegment.Lit("sk-proj-"), KeySegment.Run(CharClass.UrlSafe, 10)]));
    }

    [Fact]
    public void Anchor_after_a_variable_run_gives_an_offset_range()
    {
        var kind = ProviderCatalog.FindKind("openai", "api-key")!;
        var format = new KeyFormat(kind, "T3BlbkFJ", [KeySegment.Lit("sk-"), KeySegment.Run(CharClass.UrlSafe, 20, 200), KeySegment.Lit("T3BlbkFJ"), KeySegment.Run(CharClass.UrlSafe, 20)]);
        Assert.Equal(23, format.MinAnchorOffset);
        Assert.Equal(203, format.MaxAnchorOffset);
        Assert.Equal(51, format.MinLength);
    }

    [Theory]
    [InlineData("A-Za-z0-9_-", 64)]
    [InlineData("A-Za-z0-9", 62)]
    [InlineData("0-9a-f", 16)]
    [InlineData("A-Z2-7", 32)]
    [InlineData("-_", 2)]
    public void Character_classes_parse_the_reference_notation(string spec, int count)
    {
        var chars = CharClass.Parse(spec);
        Assert.Equal(count, chars.Count);
        Assert.False(chars.Contains('\u00e9'));
        Assert.False(chars.Contains('\uffff'));
    }
}
