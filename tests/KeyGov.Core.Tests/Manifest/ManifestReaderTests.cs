using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;
using static KeyGov.Core.Tests.Manifest.ManifestTestData;

namespace KeyGov.Core.Tests.Manifest;

public class ManifestReaderTests
{
    private static KeyManifest ReadClean(string text)
    {
        var result = ManifestReader.Read(text);
        Assert.True(result.Findings.Count == 0, "unexpected findings: " + string.Join(" | ", result.Findings));
        return Assert.IsType<KeyManifest>(result.Manifest);
    }

    private static ManifestFinding Unreadable(string text)
    {
        var result = ManifestReader.Read(text);
        Assert.Null(result.Manifest);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("KG3001", finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        return finding;
    }

    private static (KeyManifest Manifest, IReadOnlyList<ManifestFinding> Findings) ReadWithFindings(string text)
    {
        var result = ManifestReader.Read(text);
        Assert.NotNull(result.Manifest);
        Assert.NotEmpty(result.Findings);
        return (result.Manifest!, result.Findings);
    }

    [Fact]
    public void The_design_example_reads_cleanly_into_the_model()
    {
        var manifest = ReadClean(Example);

        Assert.Equal(1, manifest.Version);
        Assert.Equal("https://…/docs/keygov.schema.json", manifest.Schema!.Value);
        Assert.Equal(30, manifest.Policy.ExpiryWarningDays.Value);
        Assert.True(manifest.Policy.ExpiryWarningDays.HasPosition);
        Assert.Equal(180, manifest.Policy.TierFor(RiskLevel.Low).ReviewEveryDays.Value);
        Assert.Empty(manifest.Policy.Owners);
        Assert.Equal(3, manifest.Credentials.Count);

        var first = manifest.Credentials[0];
        Assert.Equal(0, first.Index);
        Assert.Equal("openai-support-summaries", first.Id!.Value);
        Assert.Equal(first.Id.Range, first.Anchor);
        Assert.Equal(Find(Example, "\"openai-support-summaries\""), (first.Id.Line, first.Id.Column));
        Assert.Equal("openai", first.Provider!.Value);
        Assert.Equal("@contoso/support-bot", first.Owner!.Value);
        Assert.Equal("Drafts answers to support tickets in SupportBot.Api", first.Purpose!.Value);
        Assert.Equal(RiskLevel.High, first.Risk.Value);
        Assert.True(first.Risk.HasPosition);
        Assert.Equal(new[] { "production" }, first.Environments.Select(e => e.Value));
        Assert.Equal(new[] { "SupportBot.Api" }, first.Consumers.Select(e => e.Value));
        Assert.Equal(new[] { "OPENAI_API_KEY" }, first.Sources.Env.Select(e => e.Value));
        Assert.Equal(new[] { "OpenAI:ApiKey" }, first.Sources.Config.Select(e => e.Value));
        Assert.Equal("service-account", first.KeyType!.Value);
        Assert.Equal(CredentialStatus.Active, first.Status.Value);
        Assert.Equal(new DateTime(2026, 10, 1), first.Created!.Value);
        Assert.Equal(new DateTime(2026, 12, 29), first.Expires!.Value);
        var expires = Find(Example, "\"2026-12-29\"");
        Assert.Equal((expires.Line, expires.Column, expires.Line, expires.Column + 12), (first.Expires.Line, first.Expires.Column, first.Expires.EndLine, first.Expires.EndColumn));
        Assert.Equal(30, first.Rotation!.EveryDays!.Value);
        Assert.Equal(new DateTime(2026, 11, 15), first.Rotation.LastRotated!.Value);
        Assert.Equal(new DateTime(2026, 11, 1), first.LastReviewed!.Value);
        Assert.Equal("Azure Key Vault kv-prod/openai-support", first.Storage!.Value);
        Assert.Equal(SampleFingerprint, first.Fingerprint!.Value);
        Assert.Null(first.Exception);
        Assert.Empty(first.InvalidFields);

        var shared = manifest.Credentials[1];
        Assert.Equal(RiskLevel.Moderate, shared.Risk.Value);
        Assert.Equal(2, shared.Consumers.Count);
        Assert.Empty(shared.Sources.Config);
        Assert.Null(shared.Rotation);
        Assert.Equal("Shared until Eval.Ingest gets its own key", shared.Exception!.Reason!.Value);
        Assert.Equal("@contoso/appsec", shared.Exception.ApprovedBy!.Value);
        Assert.Equal(new DateTime(2026, 11, 1), shared.Exception.Approved!.Value);
        Assert.Equal(new DateTime(2026, 12, 15), shared.Exception.Expires!.Value);
        Assert.Equal("SEC-4411", shared.Exception.Ticket!.Value);

        var revoked = manifest.Credentials[2];
        Assert.True(revoked.IsRevoked);
        Assert.Equal(RiskLevel.High, revoked.Risk.Value);
        Assert.False(revoked.Risk.HasPosition);
        Assert.Equal(new DateTime(2026, 9, 1), revoked.Revoked!.On!.Value);
        Assert.Equal("project-sunset", revoked.Revoked.Reason!.Value);

        var allow = Assert.Single(manifest.Allow);
        Assert.Equal(AllowFingerprint, allow.Fingerprint!.Value);
        Assert.Equal("Published documentation sample", allow.Reason!.Value);
        Assert.Equal("@contoso/docs", allow.Owner!.Value);
        Assert.Equal(allow.Fingerprint.Range, allow.Anchor);
    }

    [Fact]
    public void The_design_example_passes_the_whole_validation_on_a_day_before_its_expiries()
    {
        var findings = ManifestValidator.Validate(Example, new ManifestCheckOptions(new DateTime(2026, 11, 20), TimeCheckMode.Error));
        Assert.Empty(findings);
    }

    [Fact]
    public void A_manifest_without_policy_gets_every_default()
    {
        var manifest = ReadClean("{ \"version\": 1 }");
        Assert.Empty(manifest.Credentials);
        Assert.Empty(manifest.Allow);
        Assert.Null(manifest.Schema);
        Assert.Equal(30, manifest.Policy.ExpiryWarningDays.Value);
        Assert.False(manifest.Policy.ExpiryWarningDays.HasPosition);
        Assert.Equal(90, manifest.Policy.MaxExceptionDays.Value);
        Assert.Equal((30, 30), Tier(manifest, RiskLevel.Critical));
        Assert.Equal((90, 90), Tier(manifest, RiskLevel.High));
        Assert.Equal((180, 90), Tier(manifest, RiskLevel.Moderate));
        Assert.Equal((365, 180), Tier(manifest, RiskLevel.Low));
    }

    [Fact]
    public void A_partial_policy_keeps_the_defaults_it_omits()
    {
        var manifest = ReadClean("""
            {
              "version": 1,
              "policy": {
                "maxExceptionDays": 60,
                "owners": ["@contoso/*"],
                "tiers": { "critical": { "maxKeyAgeDays": 14 }, "low": { "reviewEveryDays": 365 } }
              }
            }
            """);
        Assert.Equal(30, manifest.Policy.ExpiryWarningDays.Value);
        Assert.Equal(60, manifest.Policy.MaxExceptionDays.Value);
        Assert.Equal("@contoso/*", Assert.Single(manifest.Policy.Owners).Value);
        Assert.Equal((14, 30), Tier(manifest, RiskLevel.Critical));
        Assert.True(manifest.Policy.Tiers.Critical.MaxKeyAgeDays.HasPosition);
        Assert.False(manifest.Policy.Tiers.Critical.ReviewEveryDays.HasPosition);
        Assert.Equal((90, 90), Tier(manifest, RiskLevel.High));
        Assert.Equal((365, 365), Tier(manifest, RiskLevel.Low));
    }

    private static (int, int) Tier(KeyManifest manifest, RiskLevel risk) =>
        (manifest.Policy.TierFor(risk).MaxKeyAgeDays.Value, manifest.Policy.TierFor(risk).ReviewEveryDays.Value);

    // ---- KG3001: unreadable ----

    [Fact]
    public void A_syntax_error_gives_no_manifest_and_one_KG3001_at_its_position()
    {
        string text = Example.Replace("\"provider\": \"anthropic\",", "\"provider\": \"anthropic\"", StringComparison.Ordinal);
        var finding = Unreadable(text);
        At(finding, Find(text, "\"owner\": \"@contoso/ai-eval\""));
        Assert.Contains("Expected ',' or '}' after the value of 'provider'", finding.Message, StringComparison.Ordinal);
        Assert.Null(finding.CredentialId);
    }

    [Fact]
    public void An_unterminated_string_is_reported_at_its_opening_quote()
    {
        string text = OneCredential(ValidFields.Replace("\"openai\",", "\"openai,", StringComparison.Ordinal));
        At(Unreadable(text), Find(text, "\"openai,"));
    }

    [Fact]
    public void Trailing_garbage_is_KG3001()
    {
        var finding = Unreadable("{ \"version\": 1 }\n}");
        At(finding, 2, 1);
    }

    [Fact]
    public void A_duplicate_property_is_KG3001_at_the_second_one()
    {
        string text = OneCredential(ValidFields + ",\n      \"owner\": \"@contoso/other\"");
        var finding = Unreadable(text);
        At(finding, Find(text, "\"owner\"", 1));
        Assert.Contains("Duplicate property 'owner'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("  // nothing\n")]
    public void An_empty_file_is_KG3001_at_the_start(string text)
    {
        var finding = Unreadable(text);
        At(finding, 1, 1);
        Assert.Contains("empty", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "not an array")]
    [InlineData("\"version\"", "not a string")]
    [InlineData("1", "not a number")]
    [InlineData("null", "not null")]
    public void The_root_must_be_an_object(string text, string message)
    {
        var finding = Unreadable(text);
        At(finding, 1, 1);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_KG3001_not_a_stack_overflow()
    {
        string text = "{ \"version\": 1, \"x-deep\": " + new string('[', 1000) + new string(']', 1000) + " }";
        var finding = Unreadable(text);
        Assert.Contains("nested deeper than 64 levels", finding.Message, StringComparison.Ordinal);
        At(finding, 1, 27 + 63);
    }

    [Fact]
    public void Version_2_is_unsupported_and_nothing_else_is_read()
    {
        const string text = "{\n  \"version\": 2,\n  \"credentials\": [ { \"id\": \"Bad Id\", \"typo\": 1 } ]\n}";
        var finding = Unreadable(text);
        Assert.Equal("Unsupported manifest version 2; this KeyGov reads version 1", finding.Message);
        At(finding, 2, 14);
        Assert.Equal(2, finding.EndLine);
        Assert.Equal(15, finding.EndColumn);
        Assert.Contains("version 1.5", Unreadable("{\"version\": 1.5}").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_version_is_KG3001_at_the_opening_brace_and_reading_goes_on()
    {
        var (manifest, findings) = ReadWithFindings("\n  {\n  \"credentials\": []\n}");
        var finding = Assert.Single(findings);
        Assert.Equal("KG3001", finding.RuleId);
        At(finding, 2, 3);
        Assert.Contains("no 'version'", finding.Message, StringComparison.Ordinal);
        Assert.Empty(manifest.Credentials);
    }

    [Fact]
    public void A_version_of_the_wrong_type_is_KG3001()
    {
        var (_, findings) = ReadWithFindings("{\"version\": \"1\"}");
        var finding = Single(findings, "KG3001");
        At(finding, 1, 13);
        Assert.Equal("'version' must be a number, not a string", finding.Message);
    }

    [Fact]
    public void Unknown_fields_are_KG3001_at_their_name_and_every_one_is_reported()
    {
        string text = """
            {
              "version": 1,
              "polcy": {},
              "credentials": [
                { "id": "a-key", "provider": "openai", "owner": "@c/t", "purpose": "Something long enough here", "expirs": "2027-01-01" },
                { "id": "b-key", "provider": "openai", "owner": "@c/t", "purpose": "Something long enough here", "expires": "2027-01-01",
                  "rotation": { "everyDays": 30, "lastRotatd": "2026-01-01" }, "colour": "blue" }
              ]
            }
            """;
        var (manifest, findings) = ReadWithFindings(text);
        Assert.All(findings, f => Assert.Equal("KG3001", f.RuleId));
        Assert.Equal(4, findings.Count);

        At(findings[0], Find(text, "\"polcy\""));
        Assert.Equal("Unknown field 'polcy'; did you mean 'policy'? Custom fields must start with 'x-'", findings[0].Message);

        At(findings[1], Find(text, "\"expirs\""));
        Assert.Equal("Unknown field 'expirs' in credential 'a-key'; did you mean 'expires'? Custom fields must start with 'x-'", findings[1].Message);
        Assert.Equal("a-key", findings[1].CredentialId);

        At(findings[2], Find(text, "\"lastRotatd\""));
        Assert.Contains("'rotation.lastRotatd' in credential 'b-key'; did you mean 'lastRotated'?", findings[2].Message, StringComparison.Ordinal);

        At(findings[3], Find(text, "\"colour\""));
        Assert.Equal("Unknown field 'colour' in credential 'b-key'; custom fields must start with 'x-'", findings[3].Message);

        // Still usable: both entries are there, and what was well-formed is read.
        Assert.Equal(2, manifest.Credentials.Count);
        Assert.Equal(30, manifest.Credentials[1].Rotation!.EveryDays!.Value);
    }

    [Fact]
    public void X_fields_are_accepted_anywhere()
    {
        var manifest = ReadClean("""
            {
              "version": 1,
              "x-team": { "anything": [1, 2, { "goes": null }] },
              "policy": { "x-note": "ok", "tiers": { "x-custom": 1, "high": { "x-why": "ok" } } },
              "credentials": [
                {
                  "id": "openai-a", "provider": "openai", "owner": "@c/t", "purpose": "Something long enough here", "expires": "2027-01-01",
                  "x-cost-center": 42,
                  "sources": { "env": ["A"], "x-note": "" },
                  "rotation": { "x-runbook": "https://example.com" },
                  "exception": { "x-jira": "SEC-1" },
                  "revoked": { "x-note": true }
                }
              ],
              "allow": [ { "fingerprint": "sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", "reason": "Docs sample", "x-seen": "2026" } ]
            }
            """);
        Assert.Single(manifest.Credentials);
    }

    [Fact]
    public void Schema_is_accepted_at_the_top_only()
    {
        ReadClean("{ \"$schema\": \"https://example.com/keygov.schema.json\", \"version\": 1 }");

        string text = OneCredential(ValidFields + ",\n      \"$schema\": \"x\"");
        var finding = Single(ReadWithFindings(text).Findings, "KG3001");
        At(finding, Find(text, "\"$schema\""));
        Assert.Contains("Unknown field '$schema'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"owner\": 42", "42", "'owner' in credential 'openai-support-summaries' must be a string, not a number")]
    [InlineData("\"purpose\": [\"a\"]", "[\"a\"]", "'purpose' in credential 'openai-support-summaries' must be a string, not an array")]
    [InlineData("\"expires\": 20261229", "20261229", "'expires' in credential 'openai-support-summaries' must be a string, not a number")]
    [InlineData("\"keyType\": null", "null", "'keyType' in credential 'openai-support-summaries' must be a string, not null")]
    [InlineData("\"consumers\": \"SupportBot.Api\"", "\"SupportBot.Api\"", "'consumers' in credential 'openai-support-summaries' must be an array, not a string")]
    [InlineData("\"consumers\": [\"A\", 7]", "7]", "'consumers[1]' in credential 'openai-support-summaries' must be a string, not a number")]
    [InlineData("\"rotation\": { \"everyDays\": \"30\" }", "\"30\"", "'rotation.everyDays' in credential 'openai-support-summaries' must be a number, not a string")]
    [InlineData("\"sources\": [\"OPENAI_API_KEY\"]", "[\"OPENAI", "'sources' in credential 'openai-support-summaries' must be an object, not an array")]
    [InlineData("\"revoked\": true", "true", "'revoked' in credential 'openai-support-summaries' must be an object, not a boolean")]
    public void Values_of_the_wrong_type_are_KG3001_at_the_value(string line, string value, string message)
    {
        string text = OneCredential(WithField(line));
        var (manifest, findings) = ReadWithFindings(text);
        var finding = Single(findings, "KG3001");
        Assert.Equal(message, finding.Message);
        At(finding, Find(text, value));
        Assert.Single(manifest.Credentials);
    }

    [Fact]
    public void Top_level_values_of_the_wrong_type_are_KG3001()
    {
        var (manifest, findings) = ReadWithFindings("{ \"version\": 1, \"credentials\": {}, \"policy\": [], \"allow\": [1], \"$schema\": 5 }");
        Assert.Equal(
            new[]
            {
                "'credentials' must be an array, not an object",
                "'policy' must be an object, not an array",
                "'allow[0]' must be an object, not a number",
                "'$schema' must be a string, not a number",
            },
            findings.Select(f => f.Message));
        Assert.Empty(manifest.Credentials);
    }

    [Fact]
    public void A_credential_that_is_not_an_object_is_KG3001_and_left_out()
    {
        string text = "{\n  \"version\": 1,\n  \"credentials\": [ \"openai\", {\"id\": \"a\"} ]\n}";
        var (manifest, findings) = ReadWithFindings(text);
        var finding = Single(findings, "KG3001");
        At(finding, 3, 20);
        Assert.Equal("'credentials[0]' must be an object, not a string", finding.Message);
        var entry = Assert.Single(manifest.Credentials);
        Assert.Equal(1, entry.Index);
    }

    // ---- KG3003: invalid values ----

    public static TheoryData<string, string, string> InvalidValues => new()
    {
        { "\"expires\": \"2026-02-30\"", "\"2026-02-30\"", "'expires' in credential 'openai-support-summaries' is '2026-02-30', not a valid date" },
        { "\"expires\": \"2026-1-5\"", "\"2026-1-5\"", "is '2026-1-5', not a valid date; write a real day as yyyy-MM-dd" },
        { "\"created\": \"2026-13-01\"", "\"2026-13-01\"", "'created' in credential" },
        { "\"created\": \"2026/01/05\"", "\"2026/01/05\"", "not a valid date" },
        { "\"created\": \"2026-01-05T00:00:00Z\"", "\"2026-01-05T", "not a valid date" },
        { "\"created\": \"0026-01-05\"", "\"0026-01-05\"", "between 1900-01-01 and 2999-12-31" },
        { "\"created\": \"\"", "\"\"", "is '', not a valid date" },
        { "\"lastReviewed\": \"2025-02-29\"", "\"2025-02-29\"", "'lastReviewed'" },
        { "\"sunset\": \"tomorrow\"", "\"tomorrow\"", "'sunset'" },
        { "\"rotation\": { \"lastRotated\": \"2026-04-31\" }", "\"2026-04-31\"", "'rotation.lastRotated' in credential 'openai-support-summaries' is '2026-04-31'" },
        { "\"revoked\": { \"on\": \"01-09-2026\" }", "\"01-09-2026\"", "'revoked.on'" },
        { "\"exception\": { \"approved\": \"2026-00-10\" }", "\"2026-00-10\"", "'exception.approved'" },
        { "\"risk\": \"extreme\"", "\"extreme\"", "'risk' in credential 'openai-support-summaries' is 'extreme'; expected critical, high, moderate or low" },
        { "\"risk\": \"High\"", "\"High\"", "expected critical, high, moderate or low" },
        { "\"status\": \"retired\"", "\"retired\"", "'status' in credential 'openai-support-summaries' is 'retired'; expected active, rotating, suspended, deprecated or revoked" },
        { "\"rotation\": { \"everyDays\": -30 }", "-30", "'rotation.everyDays' in credential 'openai-support-summaries' is -30; it must be a whole number of days from 1 to 36500" },
        { "\"rotation\": { \"everyDays\": 0 }", "0 }", "from 1 to 36500" },
        { "\"rotation\": { \"everyDays\": 7.5 }", "7.5", "is 7.5; it must be a whole number" },
        { "\"rotation\": { \"everyDays\": 99999999999 }", "99999999999", "is 99999999999;" },
        { "\"fingerprint\": \"sha256:ABC\"", "\"sha256:ABC\"", "'fingerprint' in credential 'openai-support-summaries' is not a fingerprint" },
        { "\"exception\": { \"approvedBy\": \"security team\" }", "\"security team\"", "'exception.approvedBy' in credential 'openai-support-summaries' is 'security team'; an owner is @org/team, an email, or group:ns/name" },
        { "\"consumers\": [\"A\", \" \"]", "\" \"", "'consumers[1]' in credential 'openai-support-summaries' is empty" },
        { "\"sources\": { \"env\": [\"\"] }", "\"\"", "'sources.env[0]' in credential" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Invalid_values_are_KG3003_at_the_value(string line, string value, string message)
    {
        string text = OneCredential(WithField(line));
        var (manifest, findings) = ReadWithFindings(text);
        var finding = Single(findings, "KG3003");
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        At(finding, Find(text, value));
        Assert.Equal("openai-support-summaries", finding.CredentialId);
        Assert.DoesNotContain(findings, f => f.RuleId == "KG3001");
        Assert.Single(manifest.Credentials);
    }

    [Theory]
    [InlineData("\"id\": \"OpenAI Key\"", "\"OpenAI Key\"", "'id' in credentials[0] is 'OpenAI Key'; an id is lowercase letters, digits, '.', '_' and '-'")]
    [InlineData("\"id\": \"-openai\"", "\"-openai\"", "'id' in credentials[0] is '-openai'")]
    [InlineData("\"id\": \"openai/prod\"", "\"openai/prod\"", "'id' in credentials[0]")]
    [InlineData("\"owner\": \"support team\"", "\"support team\"", "'owner' in credential 'openai-support-summaries' is 'support team'; an owner is @org/team, an email, or group:ns/name")]
    [InlineData("\"owner\": \"@contoso\"", "\"@contoso\"", "'owner'")]
    [InlineData("\"owner\": \"@contoso/a/b\"", "\"@contoso/a/b\"", "'owner'")]
    [InlineData("\"owner\": \"group:platform\"", "\"group:platform\"", "'owner'")]
    [InlineData("\"owner\": \"alice@\"", "\"alice@\"", "'owner'")]
    [InlineData("\"owner\": \"alice@contoso\"", "\"alice@contoso\"", "'owner'")]
    [InlineData("\"provider\": \"acme-ai\"", "\"acme-ai\"", "'provider' in credential 'openai-support-summaries' is 'acme-ai', which is neither a provider id of the catalog (openai, anthropic, …) nor a custom id starting with 'x-'")]
    [InlineData("\"provider\": \"OpenAI\"", "\"OpenAI\"", "is 'OpenAI'; did you mean 'openai'?")]
    [InlineData("\"provider\": \"x-\"", "\"x-\"", "'provider'")]
    public void Malformed_ids_owners_and_providers_are_KG3003_and_kept(string line, string value, string message)
    {
        string name = line.Substring(0, line.IndexOf(':', StringComparison.Ordinal));
        string text = OneCredential(WithField(line));
        var (manifest, findings) = ReadWithFindings(text);
        var finding = Single(findings, "KG3003");
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        At(finding, Find(text, value));

        var entry = Assert.Single(manifest.Credentials);
        string field = name.Trim('"');
        Assert.True(entry.IsInvalid(field));
        string kept = field switch { "id" => entry.Id!.Value, "owner" => entry.Owner!.Value, _ => entry.Provider!.Value };
        Assert.Equal(value.Trim('"'), kept);
    }

    [Theory]
    [InlineData("@contoso/support-bot")]
    [InlineData("@Contoso/AI_Eval.team")]
    [InlineData("alice@contoso.com")]
    [InlineData("ai-platform+keys@mail.contoso.co.uk")]
    [InlineData("group:platform/ai")]
    [InlineData("group:platform/ai/keys")]
    public void Well_formed_owners_are_accepted(string owner)
    {
        string fields = ValidFields.Replace("@contoso/support-bot", owner, StringComparison.Ordinal);
        Assert.Equal(owner, ReadClean(OneCredential(fields)).Credentials[0].Owner!.Value);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    [InlineData("azure-ai-services")]
    [InlineData("wandb")]
    [InlineData("x-internal-llm")]
    public void Catalog_and_custom_providers_are_accepted(string provider)
    {
        string fields = ValidFields.Replace("\"openai\"", "\"" + provider + "\"", StringComparison.Ordinal);
        Assert.Equal(provider, ReadClean(OneCredential(fields)).Credentials[0].Provider!.Value);
    }

    [Fact]
    public void Leap_days_and_the_date_bounds_are_real_dates()
    {
        string fields = ValidFields.Replace("2026-12-29", "2028-02-29", StringComparison.Ordinal) + ",\n      \"created\": \"1900-01-01\",\n      \"sunset\": \"2999-12-31\"";
        var entry = ReadClean(OneCredential(fields)).Credentials[0];
        Assert.Equal(new DateTime(2028, 2, 29), entry.Expires!.Value);
        Assert.Equal(DateTimeKind.Unspecified, entry.Expires.Value.Kind);
        Assert.Equal(TimeSpan.Zero, entry.Expires.Value.TimeOfDay);
    }

    [Fact]
    public void Invalid_policy_values_are_KG3003_and_keep_the_default()
    {
        string text = """
            {
              "version": 1,
              "policy": {
                "expiryWarningDays": -1,
                "tiers": { "high": { "maxKeyAgeDays": 0, "reviewEveryDays": 45 }, "extreme": {} }
              }
            }
            """;
        var (manifest, findings) = ReadWithFindings(text);
        Assert.Equal(3, findings.Count);
        Assert.Equal("'policy.expiryWarningDays' is -1; it must be a whole number of days from 0 to 36500", findings[0].Message);
        At(findings[0], Find(text, "-1"));
        Assert.Equal("'policy.tiers.high.maxKeyAgeDays' is 0; it must be a whole number of days from 1 to 36500", findings[1].Message);
        Assert.Equal("KG3001", findings[2].RuleId);
        Assert.Contains("Unknown field 'policy.tiers.extreme'", findings[2].Message, StringComparison.Ordinal);

        Assert.Equal(30, manifest.Policy.ExpiryWarningDays.Value);
        Assert.Equal((90, 45), Tier(manifest, RiskLevel.High));
    }

    [Fact]
    public void Invalid_fields_fall_back_to_null_or_default_and_are_listed()
    {
        string text = OneCredential(ValidFields.Replace("2026-12-29", "2026-02-30", StringComparison.Ordinal) +
            ",\n      \"risk\": \"extreme\",\n      \"status\": 3,\n      \"rotation\": { \"everyDays\": -1 }");
        var (manifest, findings) = ReadWithFindings(text);
        Assert.Equal(new[] { "KG3003", "KG3003", "KG3001", "KG3003" }, findings.Select(f => f.RuleId));
        var entry = Assert.Single(manifest.Credentials);
        Assert.Null(entry.Expires);
        Assert.Equal(RiskLevel.High, entry.Risk.Value);
        Assert.False(entry.Risk.HasPosition);
        Assert.Equal(CredentialStatus.Active, entry.Status.Value);
        Assert.Null(entry.Rotation!.EveryDays);
        Assert.Equal(new[] { "expires", "risk", "rotation.everyDays", "status" }, entry.InvalidFields.OrderBy(f => f, StringComparer.Ordinal));
    }

    [Fact]
    public void Allow_entries_are_checked_like_credentials()
    {
        string text = """
            {
              "version": 1,
              "allow": [
                { "fingerprint": "sk-proj-not-a-fingerprint", "reason": "Docs", "owner": "docs team", "note": 1 }
              ]
            }
            """;
        var (manifest, findings) = ReadWithFindings(text);
        Assert.Equal(new[] { "KG3003", "KG3003", "KG3001" }, findings.Select(f => f.RuleId));
        Assert.StartsWith("'fingerprint' in allow[0] is not a fingerprint", findings[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-proj", findings[0].Message, StringComparison.Ordinal);
        At(findings[0], Find(text, "\"sk-proj"));
        Assert.Contains("'owner' in allow[0] is 'docs team'", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("Unknown field 'note' in allow[0]", findings[2].Message, StringComparison.Ordinal);
        var allow = Assert.Single(manifest.Allow);
        Assert.Null(allow.Fingerprint);
        Assert.True(allow.IsInvalid("fingerprint"));
    }

    [Fact]
    public void Echoed_values_are_cut_short()
    {
        string owner = new string('a', 300) + " team";
        string text = OneCredential(ValidFields.Replace("@contoso/support-bot", owner, StringComparison.Ordinal));
        var finding = Single(ReadWithFindings(text).Findings, "KG3003");
        Assert.DoesNotContain(new string('a', 41), finding.Message, StringComparison.Ordinal);
        Assert.Contains(new string('a', 40) + "…'", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Message.Length < 200, finding.Message);
    }

    [Fact]
    public void A_key_pasted_into_a_field_is_never_echoed()
    {
        string key = FakeKeys.OpenAIProject(7);
        Assert.NotEmpty(KeyScanner.Scan(key));
        foreach (string field in new[] { "owner", "status", "created", "id" })
        {
            string text = OneCredential(WithField("\"" + field + "\": \"" + key + "\""));
            var finding = Single(ReadWithFindings(text).Findings, "KG3003");
            Assert.DoesNotContain(key.Substring(0, 12), finding.Message, StringComparison.Ordinal);
            Assert.Contains("not shown", finding.Message, StringComparison.Ordinal);
            Assert.Equal(field == "id" ? null : "openai-support-summaries", finding.CredentialId);
        }
    }

    [Fact]
    public void Echoed_values_have_no_line_breaks()
    {
        string text = OneCredential(ValidFields + ",\n      \"status\": \"act\\nive\"");
        var finding = Single(ReadWithFindings(text).Findings, "KG3003");
        Assert.DoesNotContain("\n", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'act?ive'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Positions_count_bom_crlf_and_tabs_as_editors_do()
    {
        string text = "\uFEFF{\r\n\t\"version\": 1,\r\n\t\"credentials\": [\r\n\t\t{\r\n\t\t\t\"id\": \"a\",\r\n\t\t\t\"risk\": \"extreme\"\r\n\t\t}\r\n\t]\r\n}\r\n";
        var (_, findings) = ReadWithFindings(text);
        var finding = Single(findings, "KG3003");
        At(finding, 6, 12);
        Assert.Equal(6, finding.EndLine);
        Assert.Equal(21, finding.EndColumn);
    }

    [Fact]
    public void A_thousand_credentials_read_and_check_clean()
    {
        string text = ManyCredentials(1000);

        var options = new ManifestCheckOptions(new DateTime(2026, 11, 20), TimeCheckMode.Error);
        Assert.Empty(ManifestValidator.Validate(text, options)); // warm-up, and a clean result

        // Timing lives in the benchmarks (tests/KeyGov.Benchmarks), never in a unit test: this one checks the result only.
        var read = ManifestReader.Read(text);
        Assert.Equal(1000, read.Manifest!.Credentials.Count);
    }
}
