using System.Security.Cryptography;
using System.Text;
using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

/// <summary>What a finding may show of a key: the fixed prefix and the last 4 characters, and a SHA-256.</summary>
public class FindingTests
{
    [Fact]
    public void Redaction_shows_the_fixed_prefix_and_the_last_four_characters_only()
    {
        foreach (var (kindId, whole, seed) in Samples.Keys(100))
        {
            var (start, length) = Samples.Span(kindId, whole);
            string key = whole.Substring(start, length);
            var finding = Assert.Single(KeyScanner.Scan("key: " + whole));
            string prefix = finding.Kind.DisplayPrefix;
            Assert.StartsWith(prefix, key, StringComparison.Ordinal);
            Assert.Equal(prefix + "\u2026" + (finding.Kind.ShowsTail ? key[^4..] : string.Empty), finding.Redacted);

            // No 5 characters of the secret runs appear in the redacted text (the tail is 4, the prefix is public).
            foreach (var (runStart, runEnd, _) in Samples.Runs(kindId, whole).Runs)
            {
                for (int i = runStart; i + 5 <= runEnd; i++)
                {
                    Assert.True(!finding.Redacted.Contains(whole.Substring(i, 5), StringComparison.Ordinal), $"{kindId} seed {seed}");
                }
            }
        }
    }

    [Fact]
    public void Redaction_of_a_short_value_shows_no_tail()
    {
        var kind = ProviderCatalog.FindKind("openai", "project-key")!;
        // A tail is shown only when at least 8 characters stay hidden.
        Assert.Equal("sk-proj-\u2026", Redaction.Redact(kind, "sk-proj-" + "abcdefg" + "WXYZ"));
        Assert.Equal("sk-proj-\u2026WXYZ", Redaction.Redact(kind, "sk-proj-" + "abcdefgh" + "WXYZ"));
    }

    [Fact]
    public void A_service_account_finding_shows_the_PEM_header_and_no_tail()
    {
        // The last characters of a PEM are its END line: no information, so the redacted form stops at the prefix.
        var finding = Assert.Single(KeyScanner.Scan(FakeKeys.VertexServiceAccountJson(3)));
        Assert.Equal(FakeKeys.PemBegin + "\u2026", finding.Redacted);
    }

    [Fact]
    public void Fingerprint_is_the_sha256_of_the_key_alone()
    {
        var rng = new Random(3);
        foreach (var (kindId, whole, _) in Samples.Keys(100))
        {
            var (text, _) = Samples.Embed(rng, whole);
            var (start, length) = Samples.Span(kindId, whole);
            string key = whole.Substring(start, length);
            var finding = Assert.Single(KeyScanner.Scan(text));
            string expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
            Assert.Equal(expected, finding.Fingerprint);
            Assert.True(Fingerprint.IsWellFormed(finding.Fingerprint));
        }
    }

    [Fact]
    public void Finding_never_carries_the_key()
    {
        foreach (var (kindId, whole, _) in Samples.Keys(50))
        {
            var (start, length) = Samples.Span(kindId, whole);
            var finding = Assert.Single(KeyScanner.Scan(whole));
            Assert.DoesNotContain(whole.Substring(start, length), finding.Redacted + finding.Fingerprint + finding.Kind, StringComparison.Ordinal);
        }
    }
}
