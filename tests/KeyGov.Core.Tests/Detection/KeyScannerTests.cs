using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

public class KeyScannerTests
{
    [Fact]
    public void Every_kind_is_found_alone_for_thousands_of_seeds()
    {
        // Also the placeholder filter's false-negative check: no generated key may look like a placeholder.
        foreach (var (kindId, key, seed) in Samples.Keys(1000))
        {
            var findings = KeyScanner.Scan(key);
            Assert.True(findings.Count == 1, $"seed {seed}: {kindId} found {findings.Count} times");
            var finding = findings[0];
            Assert.True(kindId == finding.Kind.Id, $"seed {seed}: {kindId} reported as {finding.Kind.Id}");
            Assert.Equal(Samples.Span(kindId, key), (finding.Start, finding.Length));
        }
    }

    [Fact]
    public void Every_kind_is_found_at_its_offset_in_prose_json_and_code()
    {
        var rng = new Random(7);
        foreach (var (kindId, key, seed) in Samples.Keys(300))
        {
            var (text, start) = Samples.Embed(rng, key);
            var findings = KeyScanner.Scan(text);
            Assert.True(findings.Count == 1, $"seed {seed}: {kindId} found {findings.Count} times in {text.Length} chars");
            Assert.True(kindId == findings[0].Kind.Id, $"seed {seed}: {kindId} reported as {findings[0].Kind.Id}");
            var (offset, length) = Samples.Span(kindId, key);
            Assert.Equal((start + offset, length), (findings[0].Start, findings[0].Length));
        }
    }

    [Fact]
    public void Every_kind_is_found_after_the_rare_characters_the_scan_looks_near()
    {
        // The scan reads the text only just before each -, _, A or J (AnchorPairs.Signals): runs of them right before a
        // key, and inside the reach of its own signal character, must not hide it.
        var rng = new Random(13);
        string signals = new string(AnchorPairs.Signals);
        const string separators = " \"':(,"; // not '=', which a base64 key takes for its padding
        foreach (var (kindId, key, seed) in Samples.Keys(300))
        {
            var prefix = new System.Text.StringBuilder("x");
            for (int i = rng.Next(0, 16); i > 0; i--)
            {
                prefix.Append(rng.Next(3) == 0 ? separators[rng.Next(separators.Length)] : signals[rng.Next(signals.Length)]);
            }

            prefix.Append(separators[rng.Next(separators.Length)]);
            var findings = KeyScanner.Scan(prefix + key + separators[rng.Next(separators.Length)]);
            Assert.True(findings.Count == 1, $"seed {seed}: {kindId} found {findings.Count} times after '{prefix}'");
            var (offset, length) = Samples.Span(kindId, key);
            Assert.Equal((kindId, prefix.Length + offset, length), (findings[0].Kind.Id, findings[0].Start, findings[0].Length));
        }
    }

    [Fact]
    public void Every_anchor_holds_a_signal_character_or_is_searched_for_on_its_own()
    {
        foreach (var group in ProviderCatalog.AnchorGroups)
        {
            int signal = group.Anchor.IndexOfAny(AnchorPairs.Signals);
            Assert.True(
                (signal >= 0 && AnchorPairs.Lead[group.Anchor[signal]] >= signal) || AnchorPairs.Unpaired.Contains(group),
                $"anchor of {group.Formats[0].Kind.Id} is neither reachable from a signal character nor searched for alone");
        }
    }

    [Fact]
    public void Several_keys_are_reported_once_each_in_text_order()
    {
        var rng = new Random(11);
        for (int round = 0; round < 200; round++)
        {
            var keys = new List<(string KindId, string Key)>();
            var text = new System.Text.StringBuilder();
            var starts = new List<int>();
            for (int i = rng.Next(1, 8); i > 0; i--)
            {
                var all = FakeKeys.All(rng.Next());
                var pick = all[rng.Next(all.Count)];
                var (chunk, offset) = Samples.Embed(rng, pick.Key);
                text.Append(' ');
                starts.Add(text.Length + offset + Samples.Span(pick.KindId, pick.Key).Start);
                text.Append(chunk);
                keys.Add(pick);
            }

            var findings = KeyScanner.Scan(text.ToString());
            Assert.Equal(keys.Count, findings.Count);
            for (int i = 0; i < keys.Count; i++)
            {
                Assert.Equal(keys[i].KindId, findings[i].Kind.Id);
                Assert.Equal(starts[i], findings[i].Start);
                Assert.Equal(Samples.Span(keys[i].KindId, keys[i].Key).Length, findings[i].Length);
            }
        }
    }

    [Fact]
    public void Scoped_key_is_not_also_reported_as_the_lenient_kind()
    {
        // Every OpenAI key also has the lenient shape (sk-…T3BlbkFJ…): the specific kind wins, once.
        string key = FakeKeys.OpenAIProject(1);
        var finding = Assert.Single(KeyScanner.Scan("a " + key + " b"));
        Assert.Equal("openai/project-key", finding.Kind.Id);

        var legacy = Assert.Single(KeyScanner.Scan(FakeKeys.OpenAILegacy(1)));
        Assert.Equal("openai/user-key", legacy.Kind.Id);
    }

    [Fact]
    public void Key_with_the_signature_twice_is_reported_once()
    {
        string key = "sk-" + "None-" + FakeKeys.Chars(new Random(3), FakeKeys.UrlSafe, 30) + FakeKeys.OpenAISignature
            + FakeKeys.Chars(new Random(4), FakeKeys.UrlSafe, 30) + FakeKeys.OpenAISignature + FakeKeys.Chars(new Random(5), FakeKeys.UrlSafe, 30);
        var finding = Assert.Single(KeyScanner.Scan(key));
        Assert.Equal(key.Length, finding.Length);
    }

    [Fact]
    public void Nothing_found_returns_the_shared_empty_array()
    {
        Assert.Same(Array.Empty<KeyFinding>(), KeyScanner.Scan("no key in here, just sk- and T3BlbkFJ"));
        Assert.Same(Array.Empty<KeyFinding>(), KeyScanner.Scan(string.Empty));
        Assert.Same(Array.Empty<KeyFinding>(), KeyScanner.Scan(null!));
    }

    [Fact]
    public void Ambiguous_prefixes_are_returned_but_not_as_self_identifying()
    {
        // AIza… serves every Google API and AKIA… every AWS service: the analyzer settles KG1001 or KG1004 from context.
        foreach (var key in new[] { FakeKeys.GoogleApiKey(1), FakeKeys.AwsAccessKeyId(1), FakeKeys.AwsAccessKeyId(2, "ASIA") })
        {
            var finding = Assert.Single(KeyScanner.Scan("value: " + key));
            Assert.False(finding.Kind.SelfIdentifying);
            Assert.Equal(KeyKindClass.AmbiguousPrefix, finding.Kind.Class);
        }
    }

    [Fact]
    public void Prefix_less_values_are_never_returned_by_the_scanner()
    {
        foreach (var (kindId, value, context, seed) in Samples.PrefixLess(300))
        {
            Assert.True(KeyScanner.Scan(context + "=" + value + "\n").Count == 0, $"{kindId} seed {seed}");
        }
    }

    [Fact]
    public void Every_scanned_kind_is_self_identifying_or_ambiguous_and_every_contextual_one_prefix_less()
    {
        Assert.All(ProviderCatalog.Formats, f => Assert.NotEqual(KeyKindClass.PrefixLess, f.Kind.Class));
        Assert.All(ProviderCatalog.ContextualFormats, f => Assert.Equal(KeyKindClass.PrefixLess, f.Kind.Class));
        Assert.All(ProviderCatalog.ContextualFormats, f => Assert.Null(f.Anchor));
    }

    [Fact]
    public void Scanning_text_without_keys_allocates_nothing()
    {
        string text = Samples.Prose(new Random(5), 20_000);
        KeyScanner.Scan(text); // warm up: type initialisers and the per-thread buffer
        long before = GC.GetAllocatedBytesForCurrentThread();
        KeyScanner.Scan(text);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
