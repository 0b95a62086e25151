using KeyGov.Core.Manifest;
using static KeyGov.Core.Tests.Manifest.ManifestTestData;

namespace KeyGov.Core.Tests.Manifest;

/// <summary>KG3004 and KG3006–KG3015: each check's formula, boundary, position and message.</summary>
public class ManifestPolicyChecksTests
{
    private static readonly DateTime Today = new(2026, 11, 20);

    private static IReadOnlyList<ManifestFinding> Check(string text, TimeCheckMode mode = TimeCheckMode.Error)
    {
        var read = ManifestReader.Read(text);
        Assert.True(read.Findings.Count == 0, "reader findings: " + string.Join(" | ", read.Findings));
        return ManifestChecker.Check(read.Manifest!, new ManifestCheckOptions(Today, mode));
    }

    private static IReadOnlyList<ManifestFinding> Only(string ruleId, IEnumerable<ManifestFinding> findings) => findings.Where(f => f.RuleId == ruleId).ToList();

    private static string Entry(params string[] lines) => OneCredential(Fields(lines));

    /// <summary><see cref="ValidFields"/> with each given <c>"name": value</c> line added or replacing the line of that name.</summary>
    private static string Fields(params string[] lines)
    {
        string fields = ValidFields;
        foreach (var line in lines)
        {
            string name = line.Substring(0, line.IndexOf(':', StringComparison.Ordinal));
            var kept = fields.Split('\n').Where(l => !l.TrimStart().StartsWith(name, StringComparison.Ordinal));
            fields = string.Join("\n", kept).TrimEnd(',') + ",\n      " + line;
        }

        return fields;
    }

    private static string Manifest(string policy, params string[] entries) =>
        "{\n  \"version\": 1,\n" + (policy.Length > 0 ? "  \"policy\": " + policy + ",\n" : "") + "  \"credentials\": [\n" +
        string.Join(",\n", entries.Select(e => "    {\n" + e + "\n    }")) + "\n  ]\n}\n";

    // ---- KG3004 ----

    [Fact]
    public void A_duplicate_id_is_KG3004_at_the_second_id()
    {
        string text = Manifest("", ValidFields, ValidFields.Replace("@contoso/support-bot", "@contoso/other", StringComparison.Ordinal));
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3004", finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        At(finding, Find(text, "\"openai-support-summaries\"", 1));
        Assert.Equal(1, finding.CredentialIndex);
        Assert.Equal(
            "Credential 'openai-support-summaries' (owner @contoso/other) has the same id as credential 'openai-support-summaries' (line 5); ids name a credential in reviews, diagnostics and audits, so give each entry its own",
            finding.Message);
    }

    [Fact]
    public void One_fingerprint_on_two_entries_is_KG3004_whatever_the_status()
    {
        string a = Fields("\"fingerprint\": \"" + SampleFingerprint + "\"", "\"status\": \"revoked\"", "\"revoked\": { \"on\": \"2026-10-01\", \"reason\": \"rotation\" }");
        string b = Fields("\"id\": \"openai-support-2026q4\"", "\"fingerprint\": \"" + SampleFingerprint + "\"");
        string text = Manifest("", a, b);
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3004", finding.RuleId);
        At(finding, Find(text, "\"" + SampleFingerprint + "\"", 1));
        Assert.StartsWith("Credential 'openai-support-2026q4' (owner @contoso/support-bot) has the fingerprint of credential 'openai-support-summaries' (line 5): one key is registered twice",
            finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_live_entries_claiming_one_env_var_for_one_consumer_are_KG3004_at_the_later_source()
    {
        string a = Fields("\"consumers\": [\"SupportBot.Api\", \"SupportBot.Worker\"]", "\"sources\": { \"env\": [\"OPENAI_API_KEY\"] }",
            "\"exception\": { \"reason\": \"Split planned\", \"approvedBy\": \"@contoso/appsec\", \"approved\": \"2026-11-01\", \"expires\": \"2026-12-15\" }");
        string b = Fields("\"id\": \"openai-worker\"", "\"consumers\": [\"supportbot.worker\"]", "\"sources\": { \"env\": [\"OPENAI_API_KEY\"] }");
        string text = Manifest("", a, b);
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3004", finding.RuleId);
        At(finding, Find(text, "\"OPENAI_API_KEY\"", 1));
        Assert.Equal(
            "Credential 'openai-worker' (owner @contoso/support-bot) claims env var 'OPENAI_API_KEY' for consumer 'supportbot.worker', as does credential 'openai-support-summaries' (line 5); a read must resolve to one live entry: mark the replaced entry \"status\": \"revoked\", or give each consumer its own entry",
            finding.Message);
    }

    [Theory]
    [InlineData("\"env\": [\"OPENAI_API_KEY\"]", "\"env\": [\"openai_api_key\"]", false)] // env names are case-sensitive
    [InlineData("\"config\": [\"OpenAI:ApiKey\"]", "\"config\": [\"openai:apikey\"]", true)] // config keys are not
    [InlineData("\"config\": [\"OpenAI:ApiKey\"]", "\"config\": [\"OpenAI__ApiKey\"]", true)] // __ is the env var form of :
    [InlineData("\"env\": [\"OpenAI__ApiKey\"]", "\"config\": [\"OpenAI:ApiKey\"]", false)] // an env read and a config read are different reads
    public void Sources_compare_as_the_runtime_reads_them(string first, string second, bool collide)
    {
        string a = Fields("\"consumers\": [\"App\"]", "\"sources\": { " + first + " }");
        string b = Fields("\"id\": \"second\"", "\"consumers\": [\"App\"]", "\"sources\": { " + second + " }");
        Assert.Equal(collide, Check(Manifest("", a, b)).Any(f => f.RuleId == "KG3004"));
    }

    [Fact]
    public void A_revoked_entry_and_its_replacement_may_share_a_source_and_so_may_two_consumers()
    {
        string old = Fields("\"consumers\": [\"App\"]", "\"sources\": { \"env\": [\"OPENAI_API_KEY\"] }", "\"status\": \"revoked\"", "\"revoked\": { \"on\": \"2026-11-01\", \"reason\": \"rotation\" }");
        string replacement = Fields("\"id\": \"openai-app-2026q4\"", "\"consumers\": [\"App\"]", "\"sources\": { \"env\": [\"OPENAI_API_KEY\"] }");
        string other = Fields("\"id\": \"openai-other\"", "\"consumers\": [\"Other\"]", "\"sources\": { \"env\": [\"OPENAI_API_KEY\"] }");
        Assert.Empty(Check(Manifest("", old, replacement, other)));
    }

    [Fact]
    public void Two_live_entries_without_consumers_claiming_one_source_collide()
    {
        string a = Fields("\"sources\": { \"env\": [\"OPENAI_API_KEY\"] }");
        string b = Fields("\"id\": \"second\"", "\"sources\": { \"env\": [\"OPENAI_API_KEY\", \"OPENAI_API_KEY\"] }");
        var finding = Assert.Single(Check(Manifest("", a, b)));
        Assert.Contains("claims env var 'OPENAI_API_KEY' with no consumer listed, as does credential 'openai-support-summaries'", finding.Message, StringComparison.Ordinal);
    }

    // ---- KG3006 ----

    [Theory]
    [InlineData("2026-12-20", 30, true)]    // 30 days left: within a 30-day window
    [InlineData("2026-12-21", 30, false)]
    [InlineData("2026-11-20", 30, true)]    // the expiry day itself
    [InlineData("2026-11-19", 30, false)]   // expired: KG3005, not KG3006
    [InlineData("2026-11-27", 7, true)]
    [InlineData("2026-11-28", 7, false)]
    [InlineData("2026-11-20", 0, true)]     // a 0-day window warns on the day only
    [InlineData("2026-11-21", 0, false)]
    public void Expiring_within_the_window_is_KG3006(string expires, int window, bool reported)
    {
        string text = Manifest("{ \"expiryWarningDays\": " + window + " }", Fields("\"expires\": \"" + expires + "\""));
        var findings = Only("KG3006", Check(text));
        Assert.Equal(reported, findings.Count == 1);
        if (reported)
        {
            Assert.Equal(FindingSeverity.Warning, findings[0].Severity);
            At(findings[0], Find(text, "\"" + expires + "\""));
        }
    }

    [Fact]
    public void KG3006_names_the_days_left_and_the_owner_and_ignores_the_time_mode()
    {
        string text = Entry("\"expires\": \"2026-12-01\"");
        foreach (var mode in new[] { TimeCheckMode.Error, TimeCheckMode.Warning, TimeCheckMode.Off })
        {
            var finding = Assert.Single(Check(text, mode));
            Assert.Equal(FindingSeverity.Warning, finding.Severity);
            Assert.Equal(
                "Credential 'openai-support-summaries' (owner @contoso/support-bot) expires in 11 days, on 2026-12-01 (policy.expiryWarningDays is 30); rotate or renew it before then, and move \"expires\" forward",
                finding.Message);
        }
    }

    // ---- KG3007 ----

    [Theory]
    [InlineData("\"created\": \"2026-10-01\"", "2026-12-30", "high", false)]                 // 90 days: the limit itself
    [InlineData("\"created\": \"2026-10-01\"", "2026-12-31", "high", true)]                  // 91 days
    [InlineData("\"rotation\": { \"everyDays\": 30, \"lastRotated\": \"2026-11-15\" }", "2027-02-13", "high", false)] // from the last rotation
    [InlineData("\"created\": \"2026-01-01\"", "2026-12-31", "low", false)]                  // 364 days, low allows 365
    [InlineData("\"created\": \"2026-11-01\"", "2026-12-29", "critical", true)]              // 58 days, critical allows 30
    [InlineData("\"lastReviewed\": \"2026-11-19\"", "2027-02-18", "high", false)]            // no start: from the evaluation date, 90 days
    [InlineData("\"lastReviewed\": \"2026-11-19\"", "2027-02-19", "high", true)]             // 91 days
    public void A_lifetime_longer_than_the_tier_is_KG3007(string start, string expires, string risk, bool reported)
    {
        string text = Entry(start, "\"expires\": \"" + expires + "\"", "\"risk\": \"" + risk + "\"");
        var findings = Only("KG3007", Check(text));
        Assert.Equal(reported, findings.Count == 1);
        if (reported)
        {
            At(findings[0], Find(text, "\"" + expires + "\""));
            Assert.Equal(FindingSeverity.Warning, findings[0].Severity);
        }
    }

    [Fact]
    public void KG3007_says_from_what_it_measures_and_which_expiry_would_fit()
    {
        var finding = Single(Check(Entry("\"created\": \"2026-10-01\"", "\"expires\": \"2027-03-31\"")), "KG3007");
        Assert.Equal(
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) is set to live 181 days, from its creation on 2026-10-01 to 2027-03-31, longer than the 90 days its risk tier 'high' allows (policy.tiers.high.maxKeyAgeDays); set \"expires\" to 2026-12-30 or earlier, or rotate the key and record rotation.lastRotated",
            finding.Message);
    }

    [Fact]
    public void KG3007_follows_a_partial_policy_tier()
    {
        string policy = "{ \"tiers\": { \"high\": { \"maxKeyAgeDays\": 200 } } }";
        Assert.Empty(Only("KG3007", Check(Manifest(policy, Fields("\"created\": \"2026-10-01\"", "\"expires\": \"2027-03-31\"")))));
        Assert.Single(Only("KG3007", Check(Manifest(policy, Fields("\"created\": \"2026-10-01\"", "\"expires\": \"2027-04-20\"")))));
    }

    // ---- KG3008 ----

    [Theory]
    [InlineData("2026-10-21", 30, false)]   // due 2026-11-20: today is still on time
    [InlineData("2026-10-20", 30, true)]    // due 2026-11-19
    [InlineData("2026-01-01", 365, false)]
    public void A_rotation_past_due_is_KG3008_at_lastRotated(string lastRotated, int everyDays, bool reported)
    {
        string text = Entry("\"rotation\": { \"everyDays\": " + everyDays + ", \"lastRotated\": \"" + lastRotated + "\" }");
        var findings = Only("KG3008", Check(text));
        Assert.Equal(reported, findings.Count == 1);
        if (reported)
        {
            At(findings[0], Find(text, "\"" + lastRotated + "\""));
            Assert.Equal(
                "Credential 'openai-support-summaries' (owner @contoso/support-bot) was due for rotation on 2026-11-19 (every 30 days, last rotated 2026-10-20); rotate the key and set rotation.lastRotated to the day you did",
                findings[0].Message);
        }
    }

    [Theory]
    [InlineData(TimeCheckMode.Error, FindingSeverity.Error)]
    [InlineData(TimeCheckMode.Warning, FindingSeverity.Warning)]
    public void KG3008_follows_the_time_mode(TimeCheckMode mode, FindingSeverity severity)
    {
        string text = Entry("\"rotation\": { \"everyDays\": 30, \"lastRotated\": \"2026-01-01\" }");
        Assert.Equal(severity, Single(Check(text, mode), "KG3008").Severity);
        Assert.Empty(Only("KG3008", Check(text, TimeCheckMode.Off)));
    }

    [Fact]
    public void A_rotation_without_lastRotated_is_not_judged() =>
        Assert.Empty(Only("KG3008", Check(Entry("\"created\": \"2020-01-01\"", "\"rotation\": { \"everyDays\": 30 }"))));

    // ---- KG3009 ----

    private const string GoodException =
        "\"exception\": { \"reason\": \"Shared until Eval.Ingest gets its own key\", \"approvedBy\": \"@contoso/appsec\", \"approved\": \"2026-11-01\", \"expires\": \"2026-12-15\", \"ticket\": \"SEC-4411\" }";

    [Fact]
    public void A_shared_credential_without_exception_is_KG3009_at_the_second_consumer()
    {
        string text = Entry("\"consumers\": [\"Eval.Runner\", \"Eval.Ingest\"]");
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3009", finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        At(finding, Find(text, "\"Eval.Ingest\""));
        Assert.StartsWith("Credential 'openai-support-summaries' (owner @contoso/support-bot) is shared by 2 consumers (Eval.Runner, Eval.Ingest) without an exception;",
            finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_consumer_named_twice_is_not_shared() =>
        Assert.Empty(Check(Entry("\"consumers\": [\"Eval.Runner\", \"eval.runner\"]")));

    [Fact]
    public void A_shared_credential_with_a_live_exception_passes() =>
        Assert.Empty(Check(Entry("\"consumers\": [\"Eval.Runner\", \"Eval.Ingest\"]", GoodException)));

    [Theory]
    [InlineData(TimeCheckMode.Error, FindingSeverity.Error)]
    [InlineData(TimeCheckMode.Warning, FindingSeverity.Warning)]
    public void An_expired_exception_is_KG3009_with_the_time_mode(TimeCheckMode mode, FindingSeverity severity)
    {
        string text = Entry("\"consumers\": [\"Eval.Runner\", \"Eval.Ingest\"]", GoodException.Replace("2026-12-15", "2026-11-19", StringComparison.Ordinal));
        var finding = Assert.Single(Check(text, mode));
        Assert.Equal("KG3009", finding.RuleId);
        Assert.Equal(severity, finding.Severity);
        At(finding, Find(text, "\"2026-11-19\""));
        Assert.StartsWith("Credential 'openai-support-summaries' (owner @contoso/support-bot) has an exception that ended on 2026-11-19, ticket 'SEC-4411'; finish the work it allowed",
            finding.Message, StringComparison.Ordinal);
        Assert.Empty(Check(text, TimeCheckMode.Off));
    }

    [Fact]
    public void An_exception_longer_than_maxExceptionDays_is_KG3009_at_its_end()
    {
        string text = Manifest("{ \"maxExceptionDays\": 30 }", Fields("\"consumers\": [\"Eval.Runner\", \"Eval.Ingest\"]", GoodException));
        var finding = Assert.Single(Check(text));
        At(finding, Find(text, "\"2026-12-15\""));
        Assert.Contains("has an exception that runs 44 days, from 2026-11-01 to 2026-12-15, longer than policy.maxExceptionDays (30); end it by 2026-12-01 at the latest",
            finding.Message, StringComparison.Ordinal);
        Assert.Empty(Check(Manifest("{ \"maxExceptionDays\": 44 }", Fields("\"consumers\": [\"Eval.Runner\", \"Eval.Ingest\"]", GoodException))));
    }

    [Theory]
    [InlineData("\"approvedBy\": \"@contoso/appsec\", ", "without an approver")]
    [InlineData("\"reason\": \"Shared until Eval.Ingest gets its own key\", ", "without a reason")]
    [InlineData("\"approved\": \"2026-11-01\", ", "without an approval date")]
    [InlineData("\"expires\": \"2026-12-15\", ", "without an end date; set exception.expires, at most 90 days after its approval")]
    public void An_incomplete_exception_is_KG3009_at_the_exception(string removed, string message)
    {
        string text = Entry("\"consumers\": [\"Eval.Runner\", \"Eval.Ingest\"]", GoodException.Replace(removed, "", StringComparison.Ordinal));
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3009", finding.RuleId);
        var (line, column) = Find(text, "\"exception\": {");
        At(finding, line, column + "\"exception\": ".Length);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revoked_credential_is_never_shared_nor_mixed()
    {
        string text = Entry("\"consumers\": [\"A\", \"B\"]", "\"environments\": [\"production\", \"staging\"]", "\"status\": \"revoked\"",
            "\"revoked\": { \"on\": \"2026-11-01\", \"reason\": \"project-sunset\" }");
        Assert.Empty(Check(text));
    }

    // ---- KG3010 ----

    [Theory]
    [InlineData("@contoso/support-bot", true)]
    [InlineData("@CONTOSO/Support-Bot", true)]
    [InlineData("ai-team@contoso.com", true)]
    [InlineData("ai-team@mail.contoso.com", false)]
    [InlineData("@fabrikam/bots", false)]
    [InlineData("group:platform/ai", false)]
    public void Owners_outside_the_policy_patterns_are_KG3010(string owner, bool allowed)
    {
        string text = Manifest("{ \"owners\": [\"@contoso/*\", \"*@contoso.com\"] }", Fields("\"owner\": \"" + owner + "\""));
        var findings = Only("KG3010", Check(text));
        Assert.Equal(!allowed, findings.Count == 1);
        if (!allowed)
        {
            At(findings[0], Find(text, "\"" + owner + "\""));
            Assert.Equal(FindingSeverity.Warning, findings[0].Severity);
            Assert.Equal(
                $"Credential 'openai-support-summaries' (owner {owner}) has an owner outside policy.owners (@contoso/*, *@contoso.com); assign a team that matches, or extend policy.owners in a reviewed change",
                findings[0].Message);
        }
    }

    [Fact]
    public void Without_owner_patterns_any_owner_passes() => Assert.Empty(Check(Entry("\"owner\": \"@fabrikam/bots\"")));

    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "a*", true)]
    [InlineData("abc", "*c", true)]
    [InlineData("abc", "a*b*c", true)]
    [InlineData("abc", "*", true)]
    [InlineData("abc", "ab", false)]
    [InlineData("abc", "a*d", false)]
    [InlineData("aXbXc", "a*b*c", true)]
    [InlineData("", "*", true)]
    public void Owner_patterns_are_globs(string owner, string pattern, bool matches) =>
        Assert.Equal(matches, ManifestChecker.OwnerMatches(owner, pattern));

    // ---- KG3011 ----

    [Theory]
    [InlineData("TODO")]
    [InlineData("tbd")]
    [InlineData("test")]
    [InlineData("TODO: describe what this key is used for later")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("n/a")]
    [InlineData("OpenAI key")]
    [InlineData("   Summaries    ")]
    public void Placeholder_or_short_purposes_are_KG3011(string purpose)
    {
        string text = Entry("\"purpose\": \"" + purpose + "\"");
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3011", finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        At(finding, Find(text, "\"" + purpose + "\""));
        Assert.EndsWith("; write one sentence of at least 20 characters on what the key does and where, so a reviewer can tell when it is no longer needed", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Test runs of the ranking experiments")]
    [InlineData("Summarises tickets ok")]   // 21 characters
    [InlineData("Résumés des tickets du support client")]
    public void Real_purposes_pass(string purpose) => Assert.Empty(Check(Entry("\"purpose\": \"" + purpose + "\"")));

    // ---- KG3012 ----

    [Theory]
    [InlineData("\"status\": \"revoked\"", "\"revoked\"", "is revoked but does not say when or why")]
    [InlineData("\"status\": \"deprecated\"", "\"deprecated\"", "is deprecated but has no sunset date")]
    public void A_lifecycle_status_without_its_details_is_KG3012_at_the_status(string status, string value, string message)
    {
        string text = Entry(status);
        var finding = Single(Check(text), "KG3012");
        At(finding, Find(text, value));
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revocation_details_need_both_date_and_reason()
    {
        string text = Entry("\"status\": \"revoked\"", "\"revoked\": { \"reason\": \" \" }");
        var findings = Only("KG3012", Check(text));
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => At(f, Find(text, "{ \"reason\"")));
        Assert.Contains("does not say when", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("does not say why", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revocation_details_on_a_live_entry_are_KG3012()
    {
        string text = Entry("\"revoked\": { \"on\": \"2026-11-01\", \"reason\": \"leak\" }");
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3012", finding.RuleId);
        Assert.Contains("has revocation details but its status is 'active'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_lifecycles_pass()
    {
        Assert.Empty(Check(Entry("\"status\": \"deprecated\"", "\"sunset\": \"2026-12-31\"")));
        Assert.Empty(Check(Entry("\"status\": \"revoked\"", "\"revoked\": { \"on\": \"2026-11-01\", \"reason\": \"leak\" }", "\"expires\": \"2020-01-01\"")));
    }

    // ---- KG3013 ----

    [Theory]
    [InlineData("[\"production\", \"staging\"]", "\"staging\"")]
    [InlineData("[\"dev\", \"prod\"]", "\"dev\"")]
    [InlineData("[\"prod-eu\", \"qa\"]", "\"qa\"")]
    public void Production_with_non_production_is_KG3013(string environments, string at)
    {
        string text = Entry("\"environments\": " + environments);
        var finding = Assert.Single(Check(text));
        Assert.Equal("KG3013", finding.RuleId);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        At(finding, Find(text, at));
    }

    [Theory]
    [InlineData("[\"production\", \"prod-eu\"]")]
    [InlineData("[\"staging\", \"test\", \"productivity\"]")]
    public void One_kind_of_environment_passes(string environments) => Assert.Empty(Check(Entry("\"environments\": " + environments)));

    [Fact]
    public void An_exception_allows_mixed_environments() =>
        Assert.Empty(Check(Entry("\"environments\": [\"production\", \"staging\"]", GoodException)));

    // ---- KG3015 ----

    [Theory]
    [InlineData("\"lastReviewed\": \"2026-08-22\"", "high", false)]   // due 2026-11-20
    [InlineData("\"lastReviewed\": \"2026-08-21\"", "high", true)]
    [InlineData("\"created\": \"2026-08-21\"", "high", true)]         // never reviewed: counted from creation
    [InlineData("\"lastReviewed\": \"2026-10-21\"", "critical", false)]
    [InlineData("\"lastReviewed\": \"2026-10-20\"", "critical", true)]
    [InlineData("\"lastReviewed\": \"2026-05-24\"", "low", false)]
    public void An_overdue_review_is_KG3015(string reviewed, string risk, bool reported)
    {
        string text = Entry(reviewed, "\"risk\": \"" + risk + "\"");
        var findings = Only("KG3015", Check(text));
        Assert.Equal(reported, findings.Count == 1);
        if (reported)
        {
            At(findings[0], Find(text, reviewed.Substring(reviewed.IndexOf(' ', StringComparison.Ordinal) + 1)));
        }
    }

    [Fact]
    public void KG3015_message_names_the_interval_and_what_to_do()
    {
        var finding = Single(Check(Entry("\"created\": \"2026-01-01\"", "\"lastReviewed\": \"2026-08-01\"", "\"expires\": \"2026-12-29\"")), "KG3015");
        Assert.Equal(
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) was due for review on 2026-10-30 (every 90 days for risk 'high', last reviewed 2026-08-01); check its owner, purpose, consumers, environments and dates with the owner, then set \"lastReviewed\"",
            finding.Message);
        var never = Single(Check(Entry("\"created\": \"2026-01-01\"")), "KG3015");
        Assert.Contains("(every 90 days for risk 'high', created 2026-01-01 and never reviewed)", never.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_review_date_and_no_creation_date_is_not_judged() => Assert.Empty(Only("KG3015", Check(Entry())));

    // ---- the design example ----

    [Fact]
    public void The_design_example_is_clean_on_its_day_and_has_dated_findings_later()
    {
        Assert.Empty(Check(Example));
        var later = ManifestChecker.Check(ManifestReader.Read(Example).Manifest!, new ManifestCheckOptions(new DateTime(2027, 1, 5), TimeCheckMode.Error));
        Assert.Equal(
            new[] { "KG3005 Error openai-support-summaries", "KG3008 Error openai-support-summaries", "KG3006 Warning anthropic-eval-shared", "KG3009 Error anthropic-eval-shared" },
            later.Select(f => f.RuleId + " " + f.Severity + " " + f.CredentialId));
    }
}
