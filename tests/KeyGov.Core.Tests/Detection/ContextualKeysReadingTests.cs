using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

/// <summary>
/// KG1004 read the way a reviewer reads code (#15): names that name only the provider, authorization values and
/// comments, each against the hashes, ids and deployment names that share a key's shape.
/// </summary>
public class ContextualKeysReadingTests
{
    private static readonly string AzureHex = FakeKeys.AzureOpenAILegacy(61);
    private static readonly string MistralKey = FakeKeys.Mistral(62);
    private static readonly string CohereKey = FakeKeys.Cohere(63);
    private static readonly string DeepSeekKey = FakeKeys.DeepSeek(64);

    // A name of the provider alone, with a neutral suffix: "azure-ai-services:Setting", "cohere:Setting".
    private static string ProviderOnly(string kindId) => Samples.Kind(kindId).ProviderId + ":Setting";

    [Fact]
    public void Every_prefix_less_kind_is_found_under_a_name_of_only_its_provider()
    {
        int rejected = 0, total = 0;
        foreach (var (kindId, value, _, seed) in Samples.PrefixLess(1000))
        {
            string name = ProviderOnly(kindId);
            Assert.Null(ContextualKeys.Match(value, name)); // no credential word: the names-only rule is silent
            var finding = ContextualKeys.Match(value, name, name);
            total++;
            if (finding == null)
            {
                rejected++;
                continue;
            }

            Assert.Equal(Samples.Kind(kindId).ProviderId, finding.Value.Kind.ProviderId);
            Assert.Equal((0, value.Length), (finding.Value.Start, finding.Value.Length));
        }

        // The randomness check turns away about 1 random key in 10,000 (docs/rules/KG1004.md).
        Assert.True(rejected <= total / 2000, $"{rejected} of {total} random keys rejected");
    }

    [Theory]
    [InlineData("AzureOpenAIDeployment", "md5")]
    [InlineData("AzureOpenAI:DeploymentName", "md5")]
    [InlineData("AzureOpenAIContentMd5", "md5")]
    [InlineData("AzureOpenAITraceId", "hex")]
    [InlineData("AzureOpenAIKeyVaultUri", "hex")]
    [InlineData("AzureOpenAI:Thumbprint", "hex")]
    [InlineData("AssemblyAIChecksum", "md5")]
    [InlineData("DeepgramCommit", "sha1")]
    [InlineData("WandbBaselineCommit", "sha1")]
    [InlineData("TogetherIntegrity", "sha256")]
    [InlineData("Cohere:ModelId", "cohere")]
    [InlineData("MistralSignature", "mistral")]
    [InlineData("MistralResponseEtag", "mistral")]
    public void Provider_only_names_that_say_what_else_the_value_is_stay_silent(string name, string valueKind)
    {
        for (int seed = 0; seed < 50; seed++)
        {
            string value = valueKind switch
            {
                "md5" => HexDigests.Md5("build " + seed),
                "sha1" => HexDigests.Sha1("commit " + seed),
                "sha256" => HexDigests.Sha256("package " + seed),
                "hex" => FakeKeys.AzureOpenAILegacy(seed),
                "cohere" => FakeKeys.Cohere(seed),
                _ => FakeKeys.Mistral(seed),
            };
            Assert.Null(ContextualKeys.Match(value, name, name));
            Assert.Null(ContextualKeys.Match(value, "ChatService " + name, name));
        }
    }

    [Fact]
    public void A_name_around_the_value_that_says_what_else_it_is_vetoes_the_provider_alone()
    {
        // The own name names the provider; the member or type around it says hash.
        Assert.NotNull(ContextualKeys.Match(AzureHex, "AzureOpenAIConfig ChatService", "AzureOpenAIConfig"));
        Assert.Null(ContextualKeys.Match(AzureHex, "ComputeHash AzureOpenAIConfig ChatService", "AzureOpenAIConfig"));
        Assert.Null(ContextualKeys.Match(AzureHex, "AzureOpenAIConfig DeploymentCatalog", "AzureOpenAIConfig"));

        // Only the value's own name can name the provider alone: a sibling "azure-openai" beside a neutral parameter is not enough.
        Assert.Null(ContextualKeys.Match(AzureHex, "azure-openai b Pick C", "b"));
        Assert.Null(ContextualKeys.Match(AzureHex, "AzureOpenAIConfig", null));
    }

    [Fact]
    public void A_value_whose_own_name_says_what_it_is_is_no_key_whatever_names_a_credential_around_it()
    {
        string md5 = HexDigests.Md5("gpt-4o deployment");
        Assert.NotNull(ContextualKeys.Match(md5, "AzureOpenAIDeployment KeyCatalog")); // the names alone: provider, and "Key" of the type
        Assert.Null(ContextualKeys.Match(md5, "AzureOpenAIDeployment KeyCatalog", "AzureOpenAIDeployment"));
        Assert.Null(ContextualKeys.Match(md5, "AzureOpenAI:ContentHash ApiKeyCatalog", "AzureOpenAI:ContentHash"));
        Assert.NotNull(ContextualKeys.Match(AzureHex, "AzureOpenAI:ApiKey", "AzureOpenAI:ApiKey"));
    }

    [Fact]
    public void Only_the_surroundings_given_may_veto_a_provider_only_name()
    {
        // The type that holds a value is its weakest name: a ModelRouter holds keys as well as model names.
        Assert.Null(ContextualKeys.Match(MistralKey, "MistralSetting ModelRouter", "MistralSetting"));
        var finding = ContextualKeys.Match(MistralKey, "MistralSetting ModelRouter", "MistralSetting", "MistralSetting");
        Assert.Equal("mistral", finding!.Value.Kind.ProviderId);
    }

    [Theory]
    [InlineData("AzureOpenAI:CacheKey")]
    [InlineData("AzureOpenAIRowKey")]
    [InlineData("AZURE_OPENAI_PARTITION_KEY")]
    [InlineData("AzureOpenAIPublicKey")]
    [InlineData("AzureOpenAIIdempotencyKey")]
    public void Lookup_keys_are_not_credentials(string name)
    {
        Assert.Null(ContextualKeys.Match(AzureHex, name));
        Assert.Null(ContextualKeys.Match(AzureHex, name, name));
    }

    [Theory]
    [InlineData("AzureOpenAI:PrimaryKey")]
    [InlineData("AzureOpenAI:Key1")]
    [InlineData("Cache AzureOpenAIKey")] // a lookup word in another name does not qualify the key
    public void Other_keys_stay_credentials(string name) => Assert.NotNull(ContextualKeys.Match(AzureHex, name));

    [Fact]
    public void Values_that_do_not_look_random_stay_silent_under_the_provider_alone()
    {
        var rng = new Random(5);
        for (int i = 0; i < 100; i++)
        {
            // Six distinct characters: Shannon entropy about 2.6 bits, below 3/4 of the 4 bits 32 hex chars can reach.
            string patterned = FakeKeys.Chars(rng, "abc123", 32);
            Assert.Null(ContextualKeys.Match(patterned, "AzureOpenAIConfig", "AzureOpenAIConfig"));
        }
    }

    [Fact]
    public void The_token_after_an_authorization_scheme_is_a_credential_by_its_place()
    {
        var bearer = ContextualKeys.Match("Bearer " + MistralKey, "SetupMistral Authorization value Add Headers", "value");
        Assert.NotNull(bearer);
        Assert.Equal(("mistral", 7, MistralKey.Length), (bearer.Value.Kind.ProviderId, bearer.Value.Start, bearer.Value.Length));
        Assert.Equal(Fingerprint.Of(MistralKey), bearer.Value.Fingerprint);
        Assert.NotNull(ContextualKeys.Match("token " + DeepSeekKey, "ConfigureDeepSeek Authorization", null));

        // After an interpolation hole ($"{scheme} …") the token is judged as a whole value under the member's name.
        var afterHole = ContextualKeys.Match(" " + MistralKey, "MistralAuthHeader Startup", "MistralAuthHeader");
        Assert.Equal((1, MistralKey.Length), (afterHole!.Value.Start, afterHole.Value.Length));

        Assert.True(ContextualKeys.MayHoldAuthorizationKey("Bearer " + MistralKey));
        Assert.False(ContextualKeys.MayHoldAuthorizationKey("Bearer"));
        Assert.False(ContextualKeys.MayHoldAuthorizationKey(MistralKey));
    }

    [Theory]
    [InlineData("Bearer KEY", "Setup Authorization value Add Headers")] // no provider
    [InlineData("Basic KEY", "SetupMistral Authorization")]              // not a scheme for provider keys
    [InlineData("Bearer of KEY", "SetupMistral Authorization")]          // more than a scheme before the token
    [InlineData("Bearer KEY trailing", "SetupMistral Authorization")]
    [InlineData(" KEY", "AuthHeader Startup")]                           // after a hole, under a neutral name
    [InlineData("Bearer KEY", "SetupMistral RequestHash")]               // the context says hash
    public void Authorization_values_without_the_provider_stay_silent(string value, string context) =>
        Assert.Null(ContextualKeys.Match(value.Replace("KEY", MistralKey, StringComparison.Ordinal), context, "AuthHeader"));

    [Theory]
    [InlineData("class C\n{\n    // The old Cohere key was rotated: KEY\n}\n", "cohere")]
    [InlineData("/*\n * old Mistral API key (rotated 2025-06): KEY\n */\n", "mistral")]
    [InlineData("/// <example>\n/// var client = new MistralClient(\"KEY\");\n/// </example>\n", "mistral")]
    [InlineData("// Old DeepSeek key, rotated in June:\n// KEY\n", "deepseek")]
    [InlineData("int x; // azure openai key KEY", "azure-ai-services")]
    public void A_comment_that_names_the_provider_and_a_credential_before_the_key(string template, string provider)
    {
        string key = provider switch { "cohere" => CohereKey, "mistral" => MistralKey, "deepseek" => DeepSeekKey, _ => AzureHex };
        string text = template.Replace("KEY", key, StringComparison.Ordinal);
        var finding = Assert.Single(ContextualKeys.ScanComments(text));
        Assert.Equal((provider, text.IndexOf(key, StringComparison.Ordinal), key.Length), (finding.Kind.ProviderId, finding.Start, finding.Length));
        Assert.DoesNotContain(key, finding.Redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("// Azure OpenAI deployment hash: MD5")]
    [InlineData("// Azure OpenAI key id: HEX")]
    [InlineData("// old key (rotated): HEX")]                            // no provider
    [InlineData("// Azure OpenAI: HEX")]                                 // no credential
    [InlineData("// rotate it together with the signing key: SHA256")]  // 'together' is a word here, not Together AI
    [InlineData("// speech key: HEX")]
    [InlineData("// var client = new OpenAIClient(\"HEX\");")]          // OpenAI keys are never 32 hex
    [InlineData("// var client = new MistralClient(\"HEX\");")]         // not Mistral's shape
    [InlineData("// Cohere model checksum: COHERE")]
    [InlineData("/* Mistral key fixture: MISTRAL */")]
    [InlineData("var url = \"https://example.com/\" + \"MD5\";")]        // no comment at all
    public void Comments_that_do_not_tie_the_value_to_a_provider_credential_stay_silent(string template)
    {
        string text = template.Replace("MD5", HexDigests.Md5("x"), StringComparison.Ordinal).Replace("HEX", AzureHex, StringComparison.Ordinal)
            .Replace("SHA256", HexDigests.Sha256("y"), StringComparison.Ordinal).Replace("COHERE", CohereKey, StringComparison.Ordinal)
            .Replace("MISTRAL", MistralKey, StringComparison.Ordinal);
        Assert.Empty(ContextualKeys.ScanComments(text));
    }
}
