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
            var (start, end, _) = Samples.Runs(kindId, key).Runs[0];
            AssertNothing(key.Remove(start + (seed % Math.Min(20, end - start)), 1), kindId, seed);
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

            var (format, runs) = Samples.Runs(kindId, key);
            var (start, end, _) = runs[0];
            AssertNothing(key.Insert(start + (seed % Math.Min(20, end - start)), "Q"), kindId, seed);
            AssertNothing(key + "Q", kindId, seed);
            if (format.Boundary.After.Contains('_'))
            {
                AssertNothing(key + "_", kindId, seed);
            }
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
        int tested = 0;
        foreach (var (kindId, key, seed) in Samples.Keys(Seeds))
        {
            var (format, ends) = Samples.Match(kindId, key);
            int last = ends.Length - 1;
            var segment = format.Segments[last];
            if (format.Checksum == null && segment.IsRandom && ends[last] - ends[last - 1] + 2 <= segment.Max)
            {
                var finding = Assert.Single(KeyScanner.Scan(key + "Qz"));
                Assert.Equal(kindId, finding.Kind.Id);
                Assert.Equal(key.Length + 2, finding.Length);
                tested++;
            }
        }

        Assert.InRange(tested, 4 * Seeds, 6 * Seeds); // lenient OpenAI, both OAuth tokens, GitHub installation, most fw_
    }

    [Fact]
    public void Variable_length_kinds_outside_their_range_are_not_found()
    {
        var rng = new Random(4);
        string Run(int n) => FakeKeys.Chars(rng, FakeKeys.UrlSafe, n);
        string Alnum(int n) => FakeKeys.Chars(rng, FakeKeys.Alnum, n);
        string sig = FakeKeys.OpenAISignature;
        Assert.Empty(KeyScanner.Scan("sk-" + Run(19) + sig + Run(40)));
        Assert.Empty(KeyScanner.Scan("sk-" + Run(40) + sig + Run(19)));
        Assert.Empty(KeyScanner.Scan("sk-" + Run(201) + sig + Run(40)));
        Assert.Empty(KeyScanner.Scan("sk-" + Run(40) + sig + Run(201)));
        Assert.Empty(KeyScanner.Scan("sk-ant-oat01-" + Run(39)));
        Assert.Empty(KeyScanner.Scan("sk-ant-ort01-" + Run(201)));
        Assert.Empty(KeyScanner.Scan("fw_" + Alnum(19)));
        Assert.Empty(KeyScanner.Scan("fw_" + Alnum(49)));
        Assert.Empty(KeyScanner.Scan("pcsk_" + Alnum(4) + "_" + Alnum(63)));
        Assert.Empty(KeyScanner.Scan("pcsk_" + Alnum(7) + "_" + Alnum(63)));
        Assert.Empty(KeyScanner.Scan("ghs_" + "12345678_" + Run(9) + "." + Run(40) + "." + Run(40)));
        Assert.Single(KeyScanner.Scan("sk-" + Run(20) + sig + Run(200)));
        Assert.Single(KeyScanner.Scan("sk-ant-oat01-" + Run(40)));
        Assert.Single(KeyScanner.Scan("fw_" + Alnum(19) + "7"));
        Assert.Single(KeyScanner.Scan("pcsk_" + Alnum(5) + "_" + Alnum(63)));
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
        // Early in the first random run, so that a variable-length kind is cut below its minimum.
        foreach (var (kindId, key, seed) in Samples.Keys(Seeds))
        {
            var (format, runs) = Samples.Runs(kindId, key);
            var (start, end, _) = runs[0];
            int at = start + (seed % Math.Min(20, end - start));
            char[] foreign = Samples.ForeignChars(format);
            char c = foreign[seed % foreign.Length];
            AssertNothing(key.Remove(at, 1).Insert(at, c.ToString()), kindId, seed);
        }
    }

    [Fact]
    public void Key_in_the_wrong_alphabet_is_not_found()
    {
        // Letter case is part of several alphabets: Cerebras and OpenRouter are lower case, AWS ids upper case.
        for (int seed = 0; seed < Seeds; seed++)
        {
            AssertNothing(FakeKeys.Cerebras(seed).ToUpperInvariant().Replace("CSK-", "csk-", StringComparison.Ordinal), "cerebras/api-key", seed);
            AssertNothing(FakeKeys.OpenRouter(seed).ToUpperInvariant().Replace("SK-OR-V1-", "sk-or-v1-", StringComparison.Ordinal), "openrouter/api-key", seed);
            AssertNothing("AKIA" + FakeKeys.AwsAccessKeyId(seed)[4..].ToLowerInvariant(), "aws-bedrock/access-key-id", seed);
            AssertNothing(FakeKeys.HuggingFaceUser(seed)[..10] + "1" + FakeKeys.HuggingFaceUser(seed)[11..], "huggingface/user-token", seed);
            AssertNothing(FakeKeys.LangSmithPersonal(seed)[..10] + "G" + FakeKeys.LangSmithPersonal(seed)[11..], "langsmith/personal-access-token", seed);
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
        foreach (var (kindId, key, seed) in Samples.Keys(Seeds))
        {
            var glue = Samples.Glue(Samples.Match(kindId, key).Format);
            if (glue.Length > 0)
            {
                AssertNothing(glue[seed % glue.Length] + key, kindId, seed);
            }
        }
    }

    [Fact]
    public void Key_glued_to_a_following_token_character_is_not_found()
    {
        // (A legacy OpenAI key that grows is the lenient kind: Legacy_key_of_another_length_falls_back_to_the_lenient_kind.)
        foreach (var (kindId, key, seed) in Samples.Keys(Seeds))
        {
            var (format, ends) = Samples.Match(kindId, key);
            var last = format.Segments[^1];
            bool canGrow = last.IsRandom && ends[^1] - (ends.Length > 1 ? ends[^2] : 0) < last.Max;
            if (format.Boundary != KeyBoundary.None && !canGrow && kindId != "openai/user-key")
            {
                AssertNothing(key + (format.Boundary.After.Contains('-') ? "-" : "0"), kindId, seed);
            }
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
    [InlineData("hf_...")]
    [InlineData("hf_xxxxxxxx...")]
    [InlineData("ghp_xxxx...")]
    [InlineData("pplx-xxxx...")]
    [InlineData("AIza...")]
    [InlineData("CO_API_KEY=xxxx...")]
    [InlineData("gsk_\u2026abcd")]
    [InlineData("AKIA" + "IOSFODNN7" + "EXAMPLE")]
    [InlineData("ASIA" + "IOSFODNN7" + "EXAMPLE")]
    [InlineData("aws_access_key_id = " + "AKIA" + "I44QH8DHB" + "EXAMPLE")]
    [InlineData("github_pat_...")]
    [InlineData("<your-api-key>")]
    [InlineData("<OPENAI_API_KEY>")]
    [InlineData("{apiKey}")]
    [InlineData("[API_KEY]")]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("ANTHROPIC_API_KEY")]
    [InlineData("GEMINI_API_KEY")]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("OpenAI:ApiKey")]
    [InlineData("YOUR_API_KEY")]
    [InlineData("$OPENAI_API_KEY")]
    [InlineData("${OPENAI_API_KEY}")]
    [InlineData("${{ secrets.OPENAI_API_KEY }}")]
    [InlineData("$(OpenAIKey)")]
    [InlineData("%OPENAI_API_KEY%")]
    [InlineData("#{OpenAIKey}#")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/openai-key/)")]
    [InlineData("Endpoint=https://api.openai.com/v1;Key=sk-proj-abc123...")]
    [InlineData("Authorization: Bearer sk-...")]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("my_api_key")]
    [InlineData("null")]
    [InlineData("T3BlbkFJ")]
    [InlineData("sk-T3BlbkFJ")]
    [InlineData("gpt-4o-mini")]
    [InlineData("claude-3-5-sonnet-20241022")]
    [InlineData("gemini-2.0-flash")]
    [InlineData("-----BEGIN " + "PRIVATE KEY-----\\nMIIE...\\n-----END " + "PRIVATE KEY-----")]
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
        foreach (var format in ProviderCatalog.Formats)
        {
            string text = Samples.Shaped(format, fill);
            Assert.True(KeyScanner.Scan(text).Count == 0, format + ": " + text);
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
    [InlineData("AAAAAAAA")]
    [InlineData("12345678")]
    [InlineData("hgfedcba")]
    public void Random_key_with_a_placeholder_marker_inside_is_not_found(string marker)
    {
        foreach (var (kindId, key, seed) in Samples.Keys(20))
        {
            var (start, _, _) = Samples.Runs(kindId, key).Runs[0];
            int at = Math.Min(start + 5, key.Length - marker.Length);
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
    [InlineData("QAAAAAAAQ")]
    public void Short_words_and_short_runs_inside_random_text_do_not_reject_a_key(string marker)
    {
        // Random keys contain short words and runs by chance; only word-start words and runs of 8 count as placeholders.
        int tested = 0;
        foreach (var (kindId, key, _) in Samples.Keys(20))
        {
            var (format, runs) = Samples.Runs(kindId, key);
            var (start, end, segment) = runs.MaxBy(r => r.End - r.Start);
            if (format.Checksum != null || (format.Rules & BodyRules.NotWords) != 0 || end - start < marker.Length + 5 || !marker.All(segment.Chars!.Contains))
            {
                continue; // a checksum breaks, a word rule judges the whole body, a foreign alphabet is another test
            }

            var finding = Assert.Single(KeyScanner.Scan(key.Remove(start + 5, marker.Length).Insert(start + 5, marker)));
            Assert.Equal(kindId, finding.Kind.Id);
            tested++;
        }

        Assert.True(tested >= 100, "too few kinds take the marker: " + tested);
    }

    [Theory]
    [InlineData("GetFirmwareVersionString")]
    [InlineData("InitializeHardwareAbstraction")]
    [InlineData("ReadSensorCalibrationTableEntries")]
    public void Short_prefix_followed_by_camel_case_words_is_not_a_key(string words)
    {
        // fw_ is short and undocumented in length: a PascalCase identifier after it is code, not a Fireworks key.
        Assert.Empty(KeyScanner.Scan("fw_" + words));
        Assert.Empty(KeyScanner.Scan("var handler = fw_" + words + ";"));
    }

    [Fact]
    public void Single_case_letters_after_hf_are_an_identifier_not_a_token()
    {
        Assert.Empty(KeyScanner.Scan("hf_" + FakeKeys.Chars(new Random(1), FakeKeys.Letters, 34).ToLowerInvariant()));
        Assert.Empty(KeyScanner.Scan("hf_" + FakeKeys.Chars(new Random(2), FakeKeys.Letters, 34).ToUpperInvariant()));
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
