using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Tests.Manifest;

/// <summary>Large and unusual manifests: a clear finding with a position, or a clean result, never an exception.</summary>
public class ManifestRobustnessTests
{
    private static readonly ManifestCheckOptions Options = new(new DateTime(2026, 11, 20), TimeCheckMode.Error);

    [Fact]
    public void Ten_thousand_credentials_check_clean()
    {
        string text = ManifestTestData.ManyCredentials(10_000);
        var validation = ManifestValidator.Run(text, Options);
        Assert.Empty(validation.Findings);
        Assert.Equal(10_000, validation.Manifest!.Credentials.Count);
    }

    [Fact]
    public void A_ten_megabyte_manifest_reports_its_one_problem_at_the_right_line()
    {
        const string bad = "    { \"id\": \"last\", \"provider\": \"openai\", \"owner\": \"@contoso/x\", \"purpose\": \"Drafts answers to support tickets\", \"expires\": \"2026-02-30\" }\n";
        // Mostly one long x- value (cheap to hold), then credentials: the position survives both.
        string text = ManifestTestData.ManyCredentials(2_000, bad, "  \"x-blob\": \"" + new string('a', 9_000_000) + "\",\n");
        Assert.True(text.Length > 10_000_000, text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var finding = Assert.Single(ManifestValidator.Validate(text, Options));
        Assert.Equal("KG3003", finding.RuleId);
        int line = text.AsSpan(0, text.IndexOf("\"2026-02-30\"", StringComparison.Ordinal)).Count('\n') + 1;
        Assert.Equal(line, finding.Line);
        Assert.Equal(bad.IndexOf("\"2026-02-30\"", StringComparison.Ordinal) + 1, finding.Column);
    }

    [Fact]
    public void A_ten_megabyte_string_is_read()
    {
        string text = "{ \"version\": 1, \"x-blob\": \"" + new string('a', 10_000_000) + "\" }";
        Assert.Empty(ManifestValidator.Validate(text, Options));
    }

    [Fact]
    public void A_non_ascii_email_local_part_is_an_owner()
    {
        string text = ManifestTestData.OneCredential(ManifestTestData.ValidFields.Replace("@contoso/support-bot", "équipe@contoso.com", StringComparison.Ordinal));
        Assert.Empty(ManifestValidator.Validate(text, Options));
    }

    [Theory]
    [InlineData("@contoso/équipe-ia")]
    [InlineData("owner@exämple.com")]
    [InlineData("group:plateforme/ïa")]
    [InlineData("@контосо/команда")]
    public void Non_ascii_owners_are_KG3003_at_the_owner_and_echoed_intact(string owner)
    {
        string text = ManifestTestData.OneCredential(ManifestTestData.ValidFields.Replace("@contoso/support-bot", owner, StringComparison.Ordinal));
        var finding = Assert.Single(ManifestValidator.Validate(text, Options));
        Assert.Equal("KG3003", finding.RuleId);
        ManifestTestData.At(finding, ManifestTestData.Find(text, "\"" + owner + "\""));
        Assert.Contains("'" + owner + "'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_ascii_text_elsewhere_keeps_columns_in_utf16_units()
    {
        string text = "{\n  \"version\": 1, \"x-note\": \"😀 café\", \"polcy\": {}\n}";
        var finding = Assert.Single(ManifestValidator.Validate(text, Options));
        ManifestTestData.At(finding, 2, text.Split('\n')[1].IndexOf("\"polcy\"", StringComparison.Ordinal) + 1);
    }

    [Theory]
    [InlineData("\"owner\": 42")]
    [InlineData("\"expires\": 20261229")]
    [InlineData("\"purpose\": true")]
    [InlineData("\"environments\": [1, 2]")]
    public void Numbers_where_strings_belong_are_KG3001(string line)
    {
        string text = ManifestTestData.OneCredential(ManifestTestData.WithField(line));
        var findings = ManifestValidator.Validate(text, Options);
        Assert.Contains(findings, f => f.RuleId == "KG3001");
        Assert.All(findings, f => Assert.True(f.Line > 0 && f.Column > 0));
    }
}
