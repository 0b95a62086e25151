using KeyGov.Core.Manifest;
using static KeyGov.Core.Tests.Manifest.ManifestTestData;

namespace KeyGov.Core.Tests.Manifest;

public class ManifestCheckerTests
{
    private static readonly DateTime Today = new(2026, 11, 20);

    private static IReadOnlyList<ManifestFinding> Check(string text, TimeCheckMode mode = TimeCheckMode.Error, DateTime? today = null)
    {
        var read = ManifestReader.Read(text);
        Assert.NotNull(read.Manifest);
        return ManifestChecker.Check(read.Manifest!, new ManifestCheckOptions(today ?? Today, mode));
    }

    // ---- KG3002: required fields ----

    [Fact]
    public void A_complete_entry_has_no_finding() => Assert.Empty(Check(OneCredential(ValidFields)));

    [Fact]
    public void A_missing_owner_is_KG3002_at_the_id()
    {
        string text = OneCredential(string.Join("\n", ValidFields.Split('\n').Where(l => !l.Contains("\"owner\"", StringComparison.Ordinal))));
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3002", finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        At(finding, Find(text, "\"openai-support-summaries\""));
        Assert.Equal(finding.Column + "\"openai-support-summaries\"".Length, finding.EndColumn);
        Assert.Equal("openai-support-summaries", finding.CredentialId);
        Assert.Equal(
            "Credential 'openai-support-summaries' has no owner; add \"owner\": the team accountable for the key: @org/team, an email, or group:ns/name",
            finding.Message);
    }

    [Fact]
    public void A_missing_id_is_KG3002_at_the_opening_brace()
    {
        string text = OneCredential(string.Join("\n", ValidFields.Split('\n').Skip(1)));
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3002", finding.RuleId);
        At(finding, 4, 5);
        Assert.Equal((4, 6), (finding.EndLine, finding.EndColumn));
        Assert.Null(finding.CredentialId);
        Assert.StartsWith("Credential credentials[0] has no id; add \"id\": a unique name", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_missing_field_is_named()
    {
        var findings = Check("{ \"version\": 1, \"credentials\": [ {}, { \"id\": \"b\", \"purpose\": \"Something long enough here\" } ] }");
        Assert.All(findings, f => Assert.Equal("KG3002", f.RuleId));
        Assert.Equal(
            new[]
            {
                "Credential credentials[0] has no id",
                "Credential credentials[0] has no provider",
                "Credential credentials[0] has no owner",
                "Credential credentials[0] has no purpose",
                "Credential credentials[0] has no expiry",
                "Credential 'b' has no provider",
                "Credential 'b' has no owner",
                "Credential 'b' has no expiry",
            },
            findings.Select(f => f.Message.Substring(0, f.Message.IndexOf(';', StringComparison.Ordinal))));
        Assert.Contains("set \"expires\" to the yyyy-MM-dd date", findings[4].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"owner\": \"\"", "Credential 'openai-support-summaries' has an empty owner; set \"owner\" to the team accountable")]
    [InlineData("\"purpose\": \"   \"", "Credential 'openai-support-summaries' has an empty purpose; set \"purpose\" to one sentence")]
    [InlineData("\"provider\": \"\"", "Credential 'openai-support-summaries' has an empty provider")]
    [InlineData("\"expires\": \"\"", "Credential 'openai-support-summaries' has no expiry")]
    public void An_empty_required_field_is_KG3002(string line, string message)
    {
        string text = OneCredential(WithField(line));
        Assert.Empty(ManifestReader.Read(text).Findings);
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3002", finding.RuleId);
        Assert.StartsWith(message, finding.Message, StringComparison.Ordinal);
        At(finding, Find(text, "\"openai-support-summaries\""));
    }

    [Fact]
    public void A_field_the_reader_rejected_is_not_reported_again_as_missing()
    {
        string text = OneCredential(string.Join(",\n", "\"id\": \"Bad Id\"", "\"provider\": 1", "\"owner\": \"nobody\"", "\"purpose\": \"Something long enough here\"", "\"expires\": \"2026-02-30\""));
        var validated = ManifestValidator.Validate(text, new ManifestCheckOptions(Today, TimeCheckMode.Error));
        Assert.Equal(new[] { "KG3003", "KG3001", "KG3003", "KG3003" }, validated.Select(f => f.RuleId));
    }

    [Fact]
    public void Allow_entries_need_a_fingerprint_and_a_reason()
    {
        string text = "{\n  \"version\": 1,\n  \"allow\": [\n    { \"owner\": \"@contoso/docs\" },\n    { \"fingerprint\": \"" + AllowFingerprint + "\", \"reason\": \"Docs sample\" }\n  ]\n}";
        var findings = Check(text);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("KG3002", f.RuleId));
        Assert.All(findings, f => At(f, 4, 5));
        Assert.StartsWith("allow[0] has no fingerprint", findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("allow[0] has no reason", findings[1].Message, StringComparison.Ordinal);
    }

    // ---- KG3005: expired ----

    private static string Expiring(string expires, string status = "active") =>
        OneCredential(ValidFields.Replace("2026-12-29", expires, StringComparison.Ordinal) + ",\n      \"status\": \"" + status + "\"");

    [Theory]
    [InlineData(TimeCheckMode.Error, FindingSeverity.Error)]
    [InlineData(TimeCheckMode.Warning, FindingSeverity.Warning)]
    public void An_expired_credential_is_KG3005_with_the_time_check_severity(TimeCheckMode mode, FindingSeverity severity)
    {
        string text = Expiring("2026-11-01");
        var finding = Assert.Single(Check(text, mode));
        Assert.Equal("KG3005", finding.RuleId);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) expired on 2026-11-01; rotate it, renew its expiry, or mark it revoked",
            finding.Message);
        At(finding, Find(text, "\"2026-11-01\""));
        Assert.Equal(finding.Column + 12, finding.EndColumn);
        Assert.Equal("openai-support-summaries", finding.CredentialId);
    }

    [Fact]
    public void Time_checks_off_report_no_expiry() => Assert.Empty(Check(Expiring("2026-11-01"), TimeCheckMode.Off));

    [Fact]
    public void Time_checks_off_keep_the_other_checks()
    {
        string text = OneCredential(string.Join("\n", ValidFields.Replace("2026-12-29", "2020-01-01", StringComparison.Ordinal).Split('\n').Where(l => !l.Contains("\"owner\"", StringComparison.Ordinal))));
        Assert.Equal("KG3002", Assert.Single(Check(text, TimeCheckMode.Off)).RuleId);
        Assert.Equal(new[] { "KG3002", "KG3005" }, Check(text, TimeCheckMode.Warning).Select(f => f.RuleId));
    }

    [Fact]
    public void The_expiry_day_itself_is_not_expired()
    {
        Assert.Empty(Expiries(Check(Expiring("2026-11-20"))));
        Assert.Empty(Expiries(Check(Expiring("2026-11-21"))));
        Assert.Equal("KG3005", Assert.Single(Check(Expiring("2026-11-19"))).RuleId);
    }

    private static IEnumerable<ManifestFinding> Expiries(IEnumerable<ManifestFinding> findings) => findings.Where(f => f.RuleId == "KG3005");

    [Fact]
    public void The_evaluation_date_is_the_day_not_the_clock()
    {
        // A time of day in the options does not move the boundary.
        Assert.Empty(Expiries(Check(Expiring("2026-11-20"), today: new DateTime(2026, 11, 20, 23, 59, 59))));
        Assert.Single(Check(Expiring("2000-01-01"), today: new DateTime(2000, 1, 2)));
    }

    [Fact]
    public void A_revoked_credential_is_never_expired() => Assert.Empty(Expiries(Check(Expiring("2020-01-01", "revoked"))));

    [Theory]
    [InlineData("rotating")]
    [InlineData("suspended")]
    [InlineData("deprecated")]
    public void Every_live_status_expires(string status) =>
        Assert.Equal("KG3005", Assert.Single(Expiries(Check(Expiring("2026-11-01", status)))).RuleId);

    [Fact]
    public void Without_an_owner_the_expiry_message_says_so()
    {
        string text = OneCredential(string.Join("\n", ValidFields.Replace("2026-12-29", "2026-11-01", StringComparison.Ordinal).Split('\n').Where(l => !l.Contains("\"owner\"", StringComparison.Ordinal))));
        var finding = Single(Check(text), "KG3005");
        Assert.StartsWith("Credential 'openai-support-summaries' (no owner) expired on 2026-11-01;", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_design_example_has_expired_entries_a_year_later_but_not_the_revoked_one()
    {
        var findings = Expiries(Check(Example, TimeCheckMode.Error, new DateTime(2027, 6, 1))).ToList();
        Assert.Equal(new[] { "openai-support-summaries", "anthropic-eval-shared" }, findings.Select(f => f.CredentialId));
        Assert.All(findings, f => Assert.Equal("KG3005", f.RuleId));
    }

    [Fact]
    public void The_validator_returns_only_the_KG3001_of_an_unreadable_manifest()
    {
        var findings = ManifestValidator.Validate("{ \"version\": 1, ", new ManifestCheckOptions(Today, TimeCheckMode.Error));
        Assert.Equal("KG3001", Assert.Single(findings).RuleId);
    }

    [Fact]
    public void The_validator_reports_reader_and_checker_findings_together()
    {
        string text = OneCredential(WithField("\"expires\": \"2026-11-01\"") + ",\n      \"colour\": \"blue\"");
        var findings = ManifestValidator.Validate(text, new ManifestCheckOptions(Today, TimeCheckMode.Warning));
        Assert.Equal(new[] { "KG3001", "KG3005" }, findings.Select(f => f.RuleId));
    }
}
