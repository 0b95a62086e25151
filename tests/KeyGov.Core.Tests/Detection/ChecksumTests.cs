using System.Reflection;
using System.Text;
using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

/// <summary>The offline checksums of docs/providers.md, against known answers and the runtime's own Marvin.</summary>
public class ChecksumTests
{
    private delegate int MarvinHash(ReadOnlySpan<byte> data, ulong seed);

    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("a", 0xE8B7BE43u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Crc32_is_ISO_HDLC(string text, uint expected)
    {
        Assert.Equal(expected, Checksums.Crc32(text, 0, text.Length));
        Assert.Equal(expected, Checksums.Crc32("xx" + text + "yy", 2, text.Length));
    }

    [Fact]
    public void Marvin32_agrees_with_the_runtime_System_Marvin()
    {
        // The runtime's internal Marvin (string hashing) is the implementation security-utilities copied.
        var method = typeof(string).Assembly.GetType("System.Marvin")!
            .GetMethod("ComputeHash32", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [typeof(ReadOnlySpan<byte>), typeof(ulong)])!;
        var runtime = method.CreateDelegate<MarvinHash>();
        var rng = new Random(5);
        for (int length = 0; length <= 100; length++)
        {
            for (int round = 0; round < 5; round++)
            {
                var data = new byte[length + 3];
                rng.NextBytes(data);
                ulong seed = (ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 40);
                int expected = runtime(data.AsSpan(3, length), seed);
                Assert.Equal(expected, Checksums.Marvin32(data, 3, length, seed));
                Assert.Equal(expected, FakeKeys.Marvin32(data.AsSpan(3, length), seed));
            }
        }
    }

    [Fact]
    public void Seeds_are_the_names_read_big_endian()
    {
        Assert.Equal(0x44656661756C7430UL, Checksums.CaskSeed);
        Assert.Equal(0x5175657279303030UL, Checksums.SearchQuerySeed);
        Assert.Equal(0x5041646D696E3030UL, Checksums.SearchAdminSeed);
        Assert.Equal(Checksums.CaskSeed, FakeKeys.Seed("Default0"));
    }

    [Theory]
    [InlineData("TWFu", "Man")]
    [InlineData("TWE", "Ma")]
    [InlineData("TQ==", "M")]
    [InlineData("-_-_", "\u00fb\u00ff\u00bf")]
    [InlineData("+/+/", "\u00fb\u00ff\u00bf")]
    public void Base64_decodes_both_alphabets_with_or_without_padding(string text, string expected)
    {
        var output = new byte[8];
        int count = Checksums.DecodeBase64(text, 0, text.Length, output);
        Assert.Equal(expected, Encoding.Latin1.GetString(output, 0, count));
        Assert.Equal(-1, Checksums.DecodeBase64("TW.u", 0, 4, output));
    }

    [Fact]
    public void GitHub_token_checksum_is_the_base62_crc_of_the_random_part()
    {
        // The checksum covers the 30 random characters only: the same body under another prefix is valid too.
        for (int seed = 0; seed < 200; seed++)
        {
            string token = FakeKeys.GitHubClassic(seed);
            Assert.True(Checksums.IsValidGitHubToken(token, 0, 40));
            Assert.True(Checksums.IsValidGitHubToken("gho_" + token[4..], 0, 40));
        }
    }

    [Fact]
    public void Every_one_character_change_of_a_checksummed_key_is_rejected()
    {
        // Substitutions everywhere: random part, structured fields, checksum. Literals change the shape; all the
        // rest must change the checksum (CRC-32 catches every one-byte change; Marvin32 all but ~2^-32 of them; a
        // 4-character base62 prefix all but ~62^-4).
        var kinds = new (string KindId, Func<int, string> Make)[]
        {
            ("github/personal-access-token", s => FakeKeys.GitHubClassic(s)),
            ("github/refresh-token", s => FakeKeys.GitHubClassic(s, "ghr_")),
            ("azure-ai-services/openai-identifiable-key", s => FakeKeys.AzureOpenAIIdentifiable(s)),
            ("azure-ai-services/openai-identifiable-key", s => FakeKeys.AzureOpenAIIdentifiable(s, legacyChecksum: true)),
            ("azure-ai-services/identifiable-key", s => FakeKeys.AzureAIServicesIdentifiable(s)),
            ("azure-ai-search/query-key", s => FakeKeys.AzureSearchQuery(s)),
            ("azure-ai-search/admin-key", s => FakeKeys.AzureSearchAdmin(s)),
        };
        int mutants = 0;
        foreach (var (kindId, make) in kinds)
        {
            for (int seed = 0; seed < 12; seed++)
            {
                string key = make(seed);
                Assert.Equal(kindId, Assert.Single(KeyScanner.Scan(key)).Kind.Id);

                // (A change inside the prefix makes another kind: ghp_ -> ghr_ keeps the checksum, which covers the body.)
                for (int at = Samples.Kind(kindId).DisplayPrefix.Length; at < key.Length; at++)
                {
                    char other = FakeKeys.Alnum[(FakeKeys.Alnum.IndexOf(key[at], StringComparison.Ordinal) + 1 + seed) % FakeKeys.Alnum.Length];
                    string mutant = key[..at] + other + key[(at + 1)..];
                    Assert.True(KeyScanner.Scan(mutant).Count == 0, $"{kindId} seed {seed}: change at {at} still found");
                    mutants++;
                }
            }
        }

        Assert.True(mutants > 4000);
    }

    [Fact]
    public void Azure_search_key_validates_under_its_own_seed_only()
    {
        for (int seed = 0; seed < 100; seed++)
        {
            string query = FakeKeys.AzureSearchQuery(seed);
            string admin = FakeKeys.AzureSearchAdmin(seed);
            Assert.True(Checksums.IsValidSearchQueryKey(query, 0, 52));
            Assert.False(Checksums.IsValidSearchAdminKey(query, 0, 52));
            Assert.True(Checksums.IsValidSearchAdminKey(admin, 0, 52));
            Assert.False(Checksums.IsValidSearchQueryKey(admin, 0, 52));
        }
    }

    [Fact]
    public void Cask_key_of_another_provider_signature_or_kind_character_is_not_an_AI_key()
    {
        // Event Grid (AZEG), App Configuration (AZAC), … share the layout and the checksum: not AI keys, not reported.
        // The kind character after JQQJ9 is '9' for AI keys; a derived key ('D') is not a leaked secret.
        for (int seed = 0; seed < 50; seed++)
        {
            string key = FakeKeys.AzureOpenAIIdentifiable(seed);
            Assert.Empty(KeyScanner.Scan(key[..76] + "AZEG" + key[80..]));
            Assert.Empty(KeyScanner.Scan(key[..57] + "D" + key[58..]));
            Assert.Empty(KeyScanner.Scan(key[..72] + "AAAp" + key[76..]));
        }
    }

    [Fact]
    public void A_checksummed_placeholder_is_still_a_placeholder()
    {
        // security-utilities generates test keys whose random part is one repeated character, with valid checksums.
        foreach (char c in "xXA0")
        {
            string random = new(c, 30);
            Assert.Empty(KeyScanner.Scan("ghp_" + random + FakeKeys.GitHubChecksum(random)));
        }

        Assert.Single(KeyScanner.Scan("ghp_" + "Zq3" + new string('x', 7) + "Yw81Lk0PaRt6sVbN2mC" + "Q" + FakeKeys.GitHubChecksum("Zq3" + new string('x', 7) + "Yw81Lk0PaRt6sVbN2mC" + "Q")));
    }

    [Fact]
    public void Bedrock_keys_are_checked_by_what_they_decode_to()
    {
        for (int seed = 0; seed < 50; seed++)
        {
            string longTerm = FakeKeys.BedrockLongTerm(seed);
            Assert.Equal("aws-bedrock/long-term-api-key", Assert.Single(KeyScanner.Scan(longTerm)).Kind.Id);

            // 'BedrockAPIKey' followed by '+' instead of '-' (same high nibble): the literal prefix matches, the decoded text does not.
            string other = "ABSK" + Convert.ToBase64String(Encoding.ASCII.GetBytes("BedrockAPIKey+" + FakeKeys.Chars(new Random(seed), FakeKeys.Alnum, 90)));
            Assert.StartsWith("ABSKQmVkcm9ja0FQSUtleS", other, StringComparison.Ordinal);
            Assert.Empty(KeyScanner.Scan(other));

            // Padding in the middle, or too much of it.
            Assert.Empty(KeyScanner.Scan(longTerm[..40] + "=" + longTerm[41..]));

            string shortTerm = FakeKeys.BedrockShortTerm(seed);
            Assert.Equal("aws-bedrock/short-term-api-key", Assert.Single(KeyScanner.Scan(shortTerm)).Kind.Id);
            string notSigned = "bedrock-api-key-" + Convert.ToBase64String(Encoding.ASCII.GetBytes("bedrock.amazonaws.com/?Action=ListFoundationModels&" + FakeKeys.Chars(new Random(seed), FakeKeys.Alnum, 300)));
            Assert.Empty(KeyScanner.Scan(notSigned));
        }
    }
}
