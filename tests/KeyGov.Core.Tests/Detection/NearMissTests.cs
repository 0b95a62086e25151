using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

/// <summary>What must not be reported: broken shapes, glued tokens, placeholders, references.</summary>
public class NearMissTests
{
    private const int Seeds = 200;

    [Fact]
    public void Fixed_length_key_one_char_short_is_not_found()
    {
        foreach (var (kindId, key, seed) in FixedLengthKeys())
        {
            int at = Samples.BodyStart(kindId) + (seed % 20);
            AssertNothing(key.Remove(at, 1), kindId, seed);
        }
    }

    [Fact]
    public void Fixed_length_key_one_char_long_is_not_found()
    {
        foreach (var (kindId, key, seed) in FixedLengthKeys())
        {
            if (kindId == "openai/user-key")
            {
                continue; // see Legacy_key_of_another_length_falls_back_to_the_lenient_kind
            }

            int at = Samples.BodyStart(kindId) + (seed % 20);
            AssertNothing(key.Insert(at, "Q"), kindId, seed);
            AssertNothing(key + "Q", kindId, seed);
            AssertNothing(key + "_", kindId, seed);
        }
    }

    [Fact]
    public void Legacy_key_of_another_length_falls_back_to_the_lenient_kind()
    {
        // sk- + 21 alphanumerics + signature + 20 is not the legacy shape, but it is an sk- token around the OpenAI
        // signature: exactly what the lenient kind exists for (undocumented variants).
        string key = FakeKeys.OpenAILegacy(1) + "Q";
        var finding = Assert.Single(KeyScanner.Scan(key));
        Assert.Equal("openai/api-key", finding.Kind.Id);
        Assert.Equal(key.Length, finding.Length);
    }

    [Fact]
    public void Documented_prefix_with_the_wrong_shape_is_not_an_unknown_variant()
    {
        // The lenient kind would accept these lengths; the documented prefix says they are broken scoped keys.
        var rng = new Random(2);
        foreach (var prefix in new[] { "sk-proj-", "sk-svcacct-", "sk-admin-" })
        {
            string key = prefix + FakeKeys.Chars(rng, FakeKeys.UrlSafe, 60) + FakeKeys.OpenAISignature + FakeKeys.Chars(rng, FakeKeys.UrlSafe, 60);
            Assert.Empty(KeyScanner.Scan(key));
        }
    }

    [Fact]
    public void Variable_length_kinds_take_the_whole_token()
    {
        foreach (var (kindId, key, seed) in Samples.Keys(Seeds))
        {
            if (!Samples.IsFixedLength(kindId))
            {
                var finding = Assert.Single(KeyScanner.Scan(key + "Qz"));
                Assert.Equal(kindId, finding.Kind.Id);
                Assert.Equal(key.Length + 2, finding.Length);
            }
        }
    }

    [Fact]
    public void Variable_length_kinds_outside_their_range_are_not_found()
    {
        var rng = new Random(4);
        string Run(int n) => FakeKeys.Chars(rng, FakeKeys.UrlSafe, n);
        string sig = FakeKeys.OpenAISignature;
        Assert.Empty(KeyScanner.Scan("sk-" + Run(19) + sig + Run(40)));
        Assert.Empty(KeyScanner.Scan("sk-" + Run(40) + sig + Run(19)));
        Assert.Empty(KeyScanner.Scan("sk-" + Run(201) + sig + Run(40)));
        Assert.Empty(KeyScanner.Scan("sk-" + Run(40) + sig + Run(201)));
        Assert.Empty(KeyScanner.Scan("sk-ant-oat01-" + Run(39)));
        Assert.Empty(KeyScanner.Scan("sk-ant-ort01-" + Run(201)));
        Assert.Single(KeyScanner.Scan("sk-" + Run(20) + sig + Run(200)));
        Assert.Single(KeyScanner.Scan("sk-ant-oat01-" + Run(40)));
    }

    [Fact]
    public void OpenAI_key_without_its_signature_is_not_found()
    {
        foreach (var (kindId, key, seed) in Samples.Keys(Seeds))
        {
            int sig = key.IndexOf(FakeKeys.OpenAISignature, StringComparison.Ordinal);
            if (kindId.StartsWith("openai/", StringComparison.Ordinal))
            {
                string other = FakeKeys.Chars(new Random(seed), FakeKeys.Alnum, 8);
                AssertNothing(key.Remove(sig, 8).Insert(sig, other), kindId, seed);
                AssertNothing(key.Remove(sig + 7, 1).Insert(sig + 7, "j"), kindId, seed);
            }
        }
    }

    [Fact]
    public void Anthropic_key_without_its_AA_suffix_is_not_found()
    {
        for (int seed = 0; seed < Seeds; seed++)
        {
            AssertNothing(FakeKeys.AnthropicApi(seed)[..^2] + "AB", "anthropic/api-key", seed);
            AssertNothing(FakeKeys.AnthropicAdmin(seed)[..^2] + "aA", "anthropic/admin-key", seed);
        }
    }

    [Fact]
    public void Key_with_a_foreign_character_inside_is_not_found()
    {
        char[] foreign = ['.', '+', '/', '=', '!', '~', ' ', '\u00e9', '\u2026', '*', '"'];
        foreach (var (kindId, key, seed) in Samples.Keys(Seeds))
        {
            int at = Samples.BodyStart(kindId) + (seed % 20);
            char c = foreign[seed % foreign.Length];
            AssertNothing(key.Remove(at, 1).Insert(at, c.ToString()), kindId, seed);
        }
    }

    [Fact]
    public void Legacy_key_with_a_url_safe_non_alphanumeric_char_is_only_the_lenient_kind()
    {
        string key = FakeKeys.OpenAILegacy(9);
        string mutated = key.Remove(10, 1).Insert(10, "_");
        var finding = Assert.Single(KeyScanner.Scan(mutated));
        Assert.Equal("openai/api-key", finding.Kind.Id);
    }

    [Fact]
    public void Key_glued_to_a_preceding_token_character_is_not_found()
    {
        string[] glue = ["a", "Z", "0", "_", "-", "x-"];
        foreach (var (kindId, key, seed) in Samples.Keys(Seeds))
        {
            AssertNothing(glue[seed % glue.Length] + key, kindId, seed);
        }
    }

    [Theory]
    [InlineData("sk-...")]
    [InlineData("sk-proj-...")]
    [InlineData("sk-ant-api03-...")]
    [InlineData("sk-proj-xxxx\u2026")]
    [InlineData("sk-proj-xxxxxxxxxxxxxxxxxxxxxxxx\u2026")]
    [InlineData("sk-ant-api03-REDACTED")]
    [InlineData("sk-ant-api03-xxxxxxxxxxxxxxxx")]
    [InlineData("<your-api-key>")]
    [InlineData("<OPENAI_API_KEY>")]
    [InlineData("{apiKey}")]
    [InlineData("[API_KEY]")]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("ANTHROPIC_API_KEY")]
    [InlineData("OpenAI:ApiKey")]
    [InlineData("YOUR_API_KEY")]
    [InlineData("$OPENAI_API_KEY")]
    [InlineData("${OPENAI_API_KEY}")]
    [InlineData("${{ secrets.OPENAI_API_KEY }}")]
    [InlineData("$(OpenAIKey)")]
    [InlineData("%OPENAI_API_KEY%")]
    [InlineData("#{OpenAIKey}#")]
    [InlineData("Endpoint=https://api.openai.com/v1;Key=sk-proj-abc123...")]
    [InlineData("Authorization: Bearer sk-...")]
    [InlineData("my_api_key")]
    [InlineData("null")]
    [InlineData("T3BlbkFJ")]
    [InlineData("sk-T3BlbkFJ")]
    public void Placeholder_or_reference_is_not_found(string text) => Assert.Empty(KeyScanner.Scan(text));

    [Theory]
    [InlineData("x")]
    [InlineData("X")]
    [InlineData("0")]
    [InlineData("abcdefghijklmnopqrstuvwxyz")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    [InlineData("0123456789")]
    [InlineData("9876543210zyxwvutsrqponm")]
    [InlineData("abc123")]
    [InlineData("xxxx-xxxx-")]
    [InlineData("XXXX")]
    [InlineData("deadbeef")]
    [InlineData("your-api-key-here-")]
    [InlineData("YOUR_OPENAI_API_KEY_HERE_")]
    [InlineData("YourApiKeyHere")]
    [InlineData("replace-me-")]
    [InlineData("ChangeMe")]
    [InlineData("insert_key_")]
    [InlineData("EXAMPLEKEY")]
    [InlineData("sample")]
    [InlineData("REDACTED")]
    [InlineData("placeholder")]
    [InlineData("dummy-key-")]
    [InlineData("FakeKey")]
    [InlineData("TODO-")]
    [InlineData("keykeykey")]
    public void Placeholder_with_the_exact_shape_is_not_found(string fill)
    {
        foreach (var kindId in Samples.KindIds)
        {
            Assert.Empty(KeyScanner.Scan(Samples.Shaped(kindId, fill)));
        }
    }

    [Theory]
    [InlineData("EXAMPLE")]
    [InlineData("example")]
    [InlineData("Sample")]
    [InlineData("redacted")]
    [InlineData("PlaceHolder")]
    [InlineData("-your-")]
    [InlineData("_YOUR_")]
    [InlineData("-Fake-")]
    [InlineData("_todo_")]
    [InlineData("-dummy")]
    [InlineData("-your-key-here")]
    [InlineData("aaaaaaaa")]
    [InlineData("12345678")]
    [InlineData("hgfedcba")]
    public void Random_key_with_a_placeholder_marker_inside_is_not_found(string marker)
    {
        foreach (var (kindId, key, seed) in Samples.Keys(20))
        {
            int at = Samples.BodyStart(kindId) + 5;
            AssertNothing(key.Remove(at, marker.Length).Insert(at, marker), kindId, seed);
        }
    }

    [Theory]
    [InlineData("qyour")]
    [InlineData("7todo")]
    [InlineData("ZFake")]
    [InlineData("kdummy")]
    [InlineData("yOuR")]
    [InlineData("-xxxx-")]
    [InlineData("QaaaaaaaQ")]
    [InlineData("Q1234567Q")]
    public void Short_words_and_short_runs_inside_random_text_do_not_reject_a_key(string marker)
    {
        // Random keys contain short words and runs by chance; only word-start words and runs of 8 count as placeholders.
        foreach (var (kindId, key, _) in Samples.Keys(20))
        {
            if (kindId == "openai/user-key" && !marker.All(char.IsAsciiLetterOrDigit))
            {
                continue; // a '-' makes a legacy key the lenient kind
            }

            int at = Samples.BodyStart(kindId) + 5;
            var finding = Assert.Single(KeyScanner.Scan(key.Remove(at, marker.Length).Insert(at, marker)));
            Assert.Equal(kindId, finding.Kind.Id);
        }
    }

    private static IEnumerable<(string KindId, string Key, int Seed)> FixedLengthKeys()
    {
        foreach (var sample in Samples.Keys(Seeds))
        {
            if (Samples.IsFixedLength(sample.KindId))
            {
                yield return sample;
            }
        }
    }

    private static void AssertNothing(string text, string kindId, int seed)
    {
        var findings = KeyScanner.Scan(text);
        Assert.True(findings.Count == 0, $"{kindId} seed {seed}: reported {(findings.Count > 0 ? findings[0].Kind.Id : "")} in {text.Length} chars");
    }
}
