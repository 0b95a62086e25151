using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;
using KeyGov.Core.Json;
using static KeyGov.Core.Tests.Manifest.ManifestTestData;

namespace KeyGov.Core.Tests.Manifest;

/// <summary>
/// Issue #16, "no input can leak a key": whatever keygov.json holds, plain or <c>\u</c>-escaped, whole or cut by a
/// syntax error, no message echoes it, and KG3014 reports it.
/// </summary>
public class KeyEchoTests
{
    private static readonly ManifestCheckOptions Options = new(new DateTime(2026, 11, 20), TimeCheckMode.Error);

    private static readonly string Key = FakeKeys.OpenAIProject(1601);

    /// <summary>Fails when <paramref name="text"/> holds any 20-character run of <paramref name="key"/>.</summary>
    internal static void NoRunOf(string key, string text)
    {
        for (int i = 0; i + 20 <= key.Length; i++)
        {
            Assert.False(text.Contains(key.Substring(i, 20), StringComparison.Ordinal), "a 20-character run of the key at " + i + " is echoed: " + text);
        }
    }

    [Fact]
    public void A_fragment_cut_from_a_key_is_judged_on_the_whole_run_around_it()
    {
        string text = "{ \"a\": 1" + Key + " }";
        int start = text.IndexOf(Key, StringComparison.Ordinal);

        // Ten characters of the key are too few to look like one, yet they are a piece of one.
        Assert.Equal("'" + Key.Substring(20, 10) + "'", ManifestText.Quote(Key.Substring(20, 10)));
        Assert.DoesNotContain(Key.Substring(20, 10), ManifestText.QuoteFragment(text, start + 20, 10), StringComparison.Ordinal);
        Assert.DoesNotContain(Key.Substring(0, 12), ManifestText.QuoteFragment(text, start - 1, 13), StringComparison.Ordinal);

        string harmless = "{ \"a\": 12abc }";
        Assert.Equal("'12abc'", ManifestText.QuoteFragment(harmless, 7, 5));
    }

    [Theory]
    [InlineData("")]                                      // the key right after the number: the window holds its first 39 characters
    [InlineData("1234567890123456789012345678")]          // after 29 digits: the window holds only the key's first 10
    public void An_invalid_number_glued_to_a_key_does_not_echo_it(string digits)
    {
        string text = "{\n  \"version\": 1,\n  \"policy\": { \"expiryWarningDays\": 1" + digits + Key + " }\n}\n";

        var parsed = JsonReader.Parse(text, ManifestText.JsonEcho);
        Assert.NotNull(parsed.Error);
        Assert.StartsWith("Invalid number ", parsed.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key.Substring(0, 10), parsed.Error.Message, StringComparison.Ordinal);
        NoRunOf(Key, parsed.Error.Message);

        // Glued to a digit the key has no boundary, so no detector reports it (no KG3014); the message still hides it.
        var finding = Assert.Single(ManifestValidator.Validate(text, Options));
        Assert.Equal("KG3001", finding.RuleId);
        Assert.Equal("Invalid number (a value that looks like a key, not shown)", finding.Message);
    }

    [Fact]
    public void An_unquoted_key_as_a_value_is_not_echoed()
    {
        string anthropic = FakeKeys.AnthropicApi(1601);
        var parsed = JsonReader.Parse("{ \"owner\": " + anthropic.Replace('-', '_') + " }", ManifestText.JsonEcho);
        Assert.StartsWith("Unexpected ", parsed.Error!.Message, StringComparison.Ordinal);
        NoRunOf(anthropic.Replace('-', '_'), parsed.Error.Message);
        Assert.DoesNotContain(anthropic.Replace('-', '_').Substring(0, 16), parsed.Error.Message, StringComparison.Ordinal);

        // An ordinary word is still echoed, so the message helps.
        Assert.StartsWith("Unexpected 'NaN'", JsonReader.Parse("{ \"a\": NaN }", ManifestText.JsonEcho).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_version_number_is_cut_as_every_echo_is()
    {
        var finding = Assert.Single(ManifestValidator.Validate("{ \"version\": " + new string('9', 60) + " }", Options));
        Assert.Equal("Unsupported manifest version " + new string('9', ManifestText.MaxEcho) + "\u2026; this KeyGov reads version 1", finding.Message);
    }

    public static TheoryData<string> EscapedFields => new()
    {
        "\"owner\": \"{0}\"",
        "\"purpose\": \"Drafts answers with {0} in SupportBot.Api\"",
        "\"storage\": \"{0}\"",
        "\"x-note\": \"{0}\"",
        "\"revoked\": {{ \"on\": \"2026-09-01\", \"reason\": \"{0}\" }}",
        "\"exception\": {{ \"reason\": \"{0}\", \"approvedBy\": \"{0}\", \"ticket\": \"{0}\" }}",
        "\"consumers\": [\"{0}\"]",
        "\"sources\": {{ \"env\": [\"{0}\"], \"config\": [\"{0}\"] }}",
        "\"{0}\": 1",
    };

    [Theory]
    [MemberData(nameof(EscapedFields))]
    public void A_u_escaped_key_is_KG3014_at_the_string_and_never_echoed(string field)
    {
        string escaped = FakeKeys.JsonEscaped(Key);
        Assert.Empty(KeyScanner.Scan(escaped)); // the raw text alone hides it
        string text = OneCredential(WithField(string.Format(System.Globalization.CultureInfo.InvariantCulture, field, escaped)));

        var findings = ManifestValidator.Validate(text, Options);
        var keyFindings = findings.Where(f => f.RuleId == "KG3014").ToList();
        Assert.NotEmpty(keyFindings);
        var first = keyFindings[0];
        int quote = text.LastIndexOf('"', text.IndexOf(escaped, StringComparison.Ordinal));
        At(first, Find(text, text.Substring(quote, 20))); // the string that holds it, from its opening quote
        Assert.Contains("OpenAI project key 'sk-proj-\u2026" + Key[^4..] + "'", first.Message, StringComparison.Ordinal);
        Assert.Equal("openai-support-summaries", first.CredentialId);
        foreach (var finding in findings)
        {
            NoRunOf(Key, finding.Message);
            Assert.DoesNotContain(escaped.Substring(0, 20), finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_key_escaped_in_an_id_is_KG3014_and_the_entry_is_named_by_its_index()
    {
        string escaped = FakeKeys.JsonEscaped(Key, every: 1);
        string text = OneCredential(WithField("\"x-other\": 1")).Replace("\"openai-support-summaries\"", "\"" + escaped + "\"", StringComparison.Ordinal);

        var findings = ManifestValidator.Validate(text, Options);
        var keyFinding = Single(findings, "KG3014");
        Assert.Null(keyFinding.CredentialId);
        Assert.Contains(" in credentials[0] (owner @contoso/support-bot)", keyFinding.Message, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.RuleId == "KG3003" && f.Message.StartsWith("'id' in credentials[0] is (a value that looks like a key, not shown)", StringComparison.Ordinal));
        foreach (var finding in findings)
        {
            NoRunOf(Key, finding.Message);
        }
    }

    [Fact]
    public void A_plain_key_inside_a_string_with_other_escapes_is_reported_once()
    {
        string text = "{ \"version\": 1, \"x-a\": \"line\\t " + Key + "\" }";
        var finding = Assert.Single(ManifestValidator.Validate(text, Options));
        Assert.Equal("KG3014", finding.RuleId);
        At(finding, Find(text, Key)); // at the key itself, as the raw scan found it

        // Glued to an escape (\n is 'n' to a scanner of the raw text), the key is found in the decoded value only.
        string glued = "{ \"version\": 1, \"x-a\": \"line\\n" + Key + "\" }";
        finding = Assert.Single(ManifestValidator.Validate(glued, Options));
        Assert.Equal("KG3014", finding.RuleId);
        At(finding, Find(glued, "\"line"));
    }

    [Fact]
    public void Escapes_in_comments_are_not_decoded_and_the_usual_manifest_costs_no_decoding()
    {
        string text = "{ // \"" + FakeKeys.JsonEscaped(Key) + "\"\n \"version\": 1 }";
        Assert.Empty(ManifestValidator.Validate(text, Options));

        int visits = 0;
        JsonEscape.ForEachEscapedString(OneCredential(WithField("\"x-a\": \"b\"")), (_, _, _) => visits++);
        Assert.Equal(0, visits);
    }

    [Fact]
    public void An_escaped_key_under_allow_is_not_reported()
    {
        string allow = "\"allow\": [ { \"fingerprint\": \"" + Fingerprint.Of(Key) + "\", \"reason\": \"Published documentation sample\" } ]";
        string text = "{\n  \"version\": 1,\n  \"x-sample\": \"" + FakeKeys.JsonEscaped(Key) + "\",\n  " + allow + "\n}";
        Assert.Empty(ManifestValidator.Validate(text, Options));
    }

    [Fact]
    public void The_lowercase_suggestion_for_a_provider_does_not_echo_a_key_in_lower_case()
    {
        string text = OneCredential(WithField("\"provider\": \"X-" + FakeKeys.JsonEscaped(Key) + "\""));
        var finding = Single(ManifestValidator.Validate(text, Options), "KG3003");
        Assert.Equal("'provider' in credential 'openai-support-summaries' is (a value that looks like a key, not shown); did you mean " +
            "(a value that looks like a key, not shown)? Provider ids are lowercase", finding.Message);
        NoRunOf(Key.ToLowerInvariant(), finding.Message);
    }

    [Fact]
    public void A_duplicate_property_named_by_an_escaped_key_is_not_echoed()
    {
        string name = FakeKeys.JsonEscaped(Key);
        var parsed = JsonReader.Parse("{ \"" + name + "\": 1, \"" + name + "\": 2 }", ManifestText.JsonEcho);
        Assert.StartsWith("Duplicate property (a value that looks like a key, not shown)", parsed.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_are_named_safely_wherever_they_are_shown()
    {
        string text = OneCredential(WithField("\"x-other\": 1")).Replace("\"openai-support-summaries\"", "\"" + FakeKeys.JsonEscaped(Key) + "\"", StringComparison.Ordinal)
            .Replace("@contoso/support-bot", FakeKeys.JsonEscaped(Key, every: 2), StringComparison.Ordinal);
        var entry = Assert.Single(ManifestReader.Read(text).Manifest!.Credentials);

        Assert.Equal("credentials[0]", ManifestText.EntryName(entry));
        Assert.Equal("credentials[0]", entry.ToString());
        Assert.Equal("no owner", ManifestText.OwnerOf(entry)); // an owner that is a key is no valid owner
        NoRunOf(Key, ManifestText.List(new[] { entry.Id!, entry.Owner! }, 5));
    }

    [Fact]
    public void A_source_path_is_shown_unless_it_holds_a_key()
    {
        // A long code file name mixes case and digits like a secret, but people name code files: it is shown.
        Assert.Equal("examples/Responses/Example08_OutputAdditionalPropertiesAsync.cs", ManifestText.SafePath("examples/Responses/Example08_OutputAdditionalPropertiesAsync.cs"));
        Assert.Equal(ManifestText.HoldsKeyNotShown, ManifestText.Safe("Example08_OutputAdditionalPropertiesAsyncX2"));
        Assert.Equal(ManifestText.HoldsKeyNotShown, ManifestText.SafePath("src/" + FakeKeys.OpenAIProject(2001) + ".cs"));
        Assert.Equal(ManifestText.HoldsKeyNotShown, ManifestText.SafePath("src/" + FakeKeys.AnthropicApi(2002) + "/Program.cs"));
    }
}
