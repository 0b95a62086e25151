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
        foreach (var (kindId, key, seed) in Samples.Keys(300))
        {
            var finding = Assert.Single(KeyScanner.Scan("key: " + key));
            string prefix = finding.Kind.DisplayPrefix;
            Assert.StartsWith(prefix, key, StringComparison.Ordinal);
            Assert.Equal(prefix + "\u2026" + key[^4..], finding.Redacted);

            // No 5 characters of the secret part appear in the redacted text (the tail is 4, the prefix is public).
            string body = key[prefix.Length..];
            for (int i = 0; i + 5 <= body.Length; i++)
            {
                Assert.True(!finding.Redacted.Contains(body.Substring(i, 5), StringComparison.Ordinal), $"{kindId} seed {seed}");
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
    public void Fingerprint_is_the_sha256_of_the_key_alone()
    {
        var rng = new Random(3);
        foreach (var (_, key, _) in Samples.Keys(100))
        {
            var (text, _) = Samples.Embed(rng, key);
            var finding = Assert.Single(KeyScanner.Scan(text));
            string expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
            Assert.Equal(expected, finding.Fingerprint);
            Assert.True(Fingerprint.IsWellFormed(finding.Fingerprint));
        }
    }

    [Fact]
    public void Finding_never_carries_the_key()
    {
        foreach (var (_, key, _) in Samples.Keys(50))
        {
            var finding = Assert.Single(KeyScanner.Scan(key));
            Assert.DoesNotContain(key, finding.Redacted + finding.Fingerprint + finding.Kind, StringComparison.Ordinal);
        }
    }
}
