using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;
using static KeyGov.Core.Tests.Manifest.ManifestTestData;

namespace KeyGov.Core.Tests.Manifest;

/// <summary>KG3014: a key anywhere in keygov.json, shown only redacted.</summary>
public class ManifestKeyMaterialTests
{
    private static readonly ManifestCheckOptions Options = new(new DateTime(2026, 11, 20), TimeCheckMode.Error);

    private static readonly string Key = FakeKeys.OpenAIProject(3014);

    [Theory]
    [InlineData("\"storage\": \"{0}\"")]
    [InlineData("\"x-note\": \"the old key was {0}\"")]
    [InlineData("\"purpose\": \"Drafts answers with {0} in SupportBot.Api\"")]
    public void A_key_in_any_value_is_KG3014_at_the_key(string line)
    {
        string text = OneCredential(WithField(string.Format(System.Globalization.CultureInfo.InvariantCulture, line, Key)));
        var finding = Single(ManifestValidator.Validate(text, Options), "KG3014");
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        At(finding, Find(text, Key));
        Assert.Equal(finding.Column + Key.Length, finding.EndColumn);
        Assert.Equal("openai-support-summaries", finding.CredentialId);
        Assert.Equal(0, finding.CredentialIndex);
        Assert.Equal(
            "keygov.json holds an OpenAI project key 'sk-proj-\u2026" + Key[^4..] + "' in credential 'openai-support-summaries' (owner @contoso/support-bot); the manifest is an inventory, never a store: delete the value, rotate the key at the provider, and record only where it lives (\"storage\") and, if you like, its \"fingerprint\"",
            finding.Message);
    }

    [Fact]
    public void A_key_in_a_comment_or_an_unreadable_manifest_is_found_too()
    {
        string commented = "{\r\n  // old: " + Key + "\r\n  \"version\": 1\r\n}";
        var finding = Assert.Single(ManifestValidator.Validate(commented, Options));
        Assert.Equal("KG3014", finding.RuleId);
        At(finding, 2, 11);
        Assert.Null(finding.CredentialId);
        Assert.StartsWith("keygov.json holds an OpenAI project key 'sk-proj-\u2026", finding.Message, StringComparison.Ordinal);

        string broken = "\uFEFF{ \"version\": 1, \"x\": \"" + Key + "\"";
        var findings = ManifestValidator.Validate(broken, Options);
        Assert.Equal(new[] { "KG3001", "KG3014" }, findings.Select(f => f.RuleId));
        At(findings[1], 1, 23);
    }

    [Fact]
    public void An_allowed_fingerprint_is_not_reported()
    {
        string allow = "\"allow\": [ { \"fingerprint\": \"" + Fingerprint.Of(Key) + "\", \"reason\": \"Published documentation sample\" } ]";
        string text = "{\n  \"version\": 1,\n  \"x-sample\": \"" + Key + "\",\n  " + allow + "\n}";
        Assert.Empty(ManifestValidator.Validate(text, Options));
        Assert.Single(ManifestValidator.Validate(text.Replace(Fingerprint.Of(Key), SampleFingerprint, StringComparison.Ordinal), Options));
    }

    [Fact]
    public void No_finding_or_message_ever_holds_the_key()
    {
        foreach (var (_, key) in FakeKeys.All(3014))
        {
            string text = OneCredential(WithField("\"x-key\": \"" + key + "\"") + ",\n      \"owner\": \"" + key + "\",\n      \"" + key + "\": 1");
            var findings = ManifestValidator.Validate(text, Options);
            Assert.Contains(findings, f => f.RuleId == "KG3014");
            foreach (var finding in findings)
            {
                Assert.DoesNotContain(key.Substring(key.Length - 16, 12), finding.Message, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("production{0}x")]   // a key glued to other text: no detector reports it, no output may echo it
    [InlineData("see{0}")]
    public void A_key_glued_to_text_is_never_echoed(string format)
    {
        string value = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Key);
        Assert.Empty(KeyScanner.Scan(value));
        Assert.DoesNotContain(Key[8..20], ManifestText.Quote(value), StringComparison.Ordinal);
        Assert.DoesNotContain(Key[8..20], ManifestText.Safe(value), StringComparison.Ordinal);

        string text = OneCredential(WithField("\"status\": \"" + value + "\""));
        var finding = Single(ManifestValidator.Validate(text, Options), "KG3003");
        Assert.DoesNotContain(Key[8..20], finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Drafts answers to support tickets in SupportBot.Api")]
    [InlineData("@contoso/support-bot")]
    [InlineData("openai-support-summaries-for-the-eu-production-cluster-2026")]
    [InlineData("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("Azure Key Vault kv-prod/openai-support")]
    public void Ordinary_values_are_echoed(string value) => Assert.Equal(value, ManifestText.Safe(value));
}
