using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

/// <summary>Prefix-less keys named by their context, and the context questions the analyzer asks.</summary>
public class ContextualKeysTests
{
    [Fact]
    public void Every_prefix_less_kind_is_matched_under_a_name_of_its_provider()
    {
        foreach (var (kindId, value, context, seed) in Samples.PrefixLess(1000))
        {
            var finding = ContextualKeys.Match(value, context);
            Assert.True(finding.HasValue, $"{kindId} seed {seed} under {context}");
            var f = finding.Value;
            Assert.Equal(kindId, f.Kind.Id);
            Assert.Equal((0, value.Length), (f.Start, f.Length));
            Assert.Equal(KeyKindClass.PrefixLess, f.Kind.Class);
            Assert.False(f.Kind.SelfIdentifying);
            Assert.Equal(Fingerprint.Of(value), f.Fingerprint);
            Assert.Equal(f.Kind.DisplayPrefix + "\u2026" + value[^4..], f.Redacted);
            Assert.DoesNotContain(value, f.Redacted, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_value_is_matched_only_under_its_own_provider()
    {
        // A 40-character Cohere-shaped value under a Mistral name (32 alnum) or an AssemblyAI name (32 hex): no kind fits.
        foreach (var (kindId, value, _, seed) in Samples.PrefixLess(100))
        {
            foreach (var (otherId, _, otherContext) in FakeKeys.PrefixLess(seed + 1))
            {
                if (Samples.Kind(otherId).ProviderId != Samples.Kind(kindId).ProviderId)
                {
                    var finding = ContextualKeys.Match(value, otherContext);
                    Assert.True(finding == null || finding.Value.Kind.ProviderId == Samples.Kind(otherId).ProviderId, $"{kindId} under {otherContext}");
                }
            }
        }
    }

    [Theory]
    [InlineData("AzureOpenAI:Endpoint")]       // provider, no credential
    [InlineData("AzureOpenAI:DeploymentName")]
    [InlineData("AZURE_OPENAI_ENDPOINT")]
    [InlineData("ApiKey")]                     // credential, no provider
    [InlineData("api_key")]
    [InlineData("Secret")]
    [InlineData("ConnectionStrings:Default")]
    [InlineData("AzureOpenAI:ApiKeyHeaderName")] // the credential word is qualified away
    [InlineData("AzureOpenAI:KeyVaultUri")]
    [InlineData("AzureOpenAI:ApiKeyId")]
    [InlineData("AZURE_OPENAI_KEY_NAME")]
    [InlineData("OpenAI:ApiKey")]              // OpenAI has no 32-hex keys: only Azure OpenAI has
    [InlineData("Sha256")]
    [InlineData("ContentHash")]
    [InlineData("CertificateThumbprint")]
    [InlineData("CorrelationId")]
    [InlineData("incoherentApiKey")]           // a keyword never matches inside a word
    [InlineData("")]
    public void A_32_hex_value_needs_the_provider_and_a_credential_in_its_name(string context)
    {
        for (int seed = 0; seed < 50; seed++)
        {
            Assert.Null(ContextualKeys.Match(FakeKeys.AzureOpenAILegacy(seed), context));
        }

        Assert.NotNull(ContextualKeys.Match(FakeKeys.AzureOpenAILegacy(1), "AzureOpenAI:ApiKey"));
    }

    [Fact]
    public void Hashes_and_guids_are_not_keys_without_a_provider_credential_name()
    {
        var rng = new Random(12);
        string[] neutral = ["Checksum", "Sha1", "Sha256", "Md5", "Thumbprint", "ETag", "CommitId", "Hash", "TraceId", "Id", "Token", "ApiKey"];
        for (int i = 0; i < 300; i++)
        {
            string[] values =
            [
                FakeKeys.Chars(rng, FakeKeys.LowerHex, 32), FakeKeys.Chars(rng, FakeKeys.LowerHex, 40), FakeKeys.Chars(rng, FakeKeys.LowerHex, 64),
                FakeKeys.Chars(rng, FakeKeys.LowerHex, 32).ToUpperInvariant(), FakeKeys.Chars(rng, FakeKeys.Alnum, 32), FakeKeys.Chars(rng, FakeKeys.Alnum, 40),
                FakeKeys.Chars(rng, FakeKeys.Base64, 40), Guid(rng), Guid(rng).Replace("-", "", StringComparison.Ordinal),
            ];
            foreach (var value in values)
            {
                Assert.Empty(KeyScanner.Scan(value));
                Assert.Null(ContextualKeys.Match(value, neutral[i % neutral.Length]));
            }
        }
    }

    [Fact]
    public void Guids_with_dashes_are_never_keys()
    {
        // Pinecone's legacy UUID keys are not supported (docs/providers.md): a GUID is a GUID under any name.
        var rng = new Random(3);
        foreach (var context in new[] { "Pinecone:ApiKey", "PINECONE_API_KEY", "AzureOpenAI:ApiKey", "DeepgramApiKey", "AWS_SECRET_ACCESS_KEY" })
        {
            for (int i = 0; i < 50; i++)
            {
                string guid = Guid(rng);
                Assert.Null(ContextualKeys.Match(guid, context));
                Assert.Null(ContextualKeys.Match(guid.ToUpperInvariant(), context));
                Assert.Null(ContextualKeys.Match("{" + guid + "}", context));
            }
        }
    }

    [Theory]
    [InlineData("00000000000000000000000000000000")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("deadbeefdeadbeefdeadbeefdeadbeef")]
    [InlineData("ffffffffffffffffffffffffffffffff")]
    [InlineData("12345678901234567890123456789012")] // a number, no letter
    [InlineData("abcdefabcdefabcdefabcdefabcdefab")]  // no digit, and a sequence
    [InlineData("your-azure-openai-key-goes-here")]
    [InlineData("<your-azure-openai-api-key>")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]
    [InlineData("REPLACE_WITH_YOUR_KEY_0123456789")]
    [InlineData("AZURE_OPENAI_API_KEY")]
    [InlineData("${AZURE_OPENAI_API_KEY}")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("null")]
    public void Placeholders_under_a_good_name_are_not_keys(string value)
    {
        foreach (var context in new[] { "AzureOpenAI:ApiKey", "AZURE_SEARCH_API_KEY", "ASSEMBLYAI_API_KEY", "Mistral:ApiKey", "Cohere:ApiKey", "DeepSeek:ApiKey" })
        {
            Assert.Null(ContextualKeys.Match(value, context));
        }
    }

    [Theory]
    [InlineData("MistralApiKeyPlaceholderValue123")] // has a placeholder word
    [InlineData("ThisIsMyMistralKeyForProductions")] // 32 letters of words
    [InlineData("UseYourOwnCohereKeyInDevelopment")]
    [InlineData("myCohereApiKeyForTheProductionEnv")]
    [InlineData("MISTRALAPIKEYFORPRODUCTIONSERVER")] // one case
    [InlineData("mistralapikeyforproductionserver")]
    public void Words_of_the_right_length_are_not_keys(string value)
    {
        Assert.Null(ContextualKeys.Match(value, "Mistral:ApiKey"));
        Assert.Null(ContextualKeys.Match(value.PadRight(40, 'e'), "Cohere:ApiKey"));
    }

    [Fact]
    public void Well_known_public_examples_are_not_keys()
    {
        // AWS documentation's example secret (its EXAMPLE marks it), written in pieces.
        string awsExample = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY";
        Assert.Null(ContextualKeys.Match(awsExample, "AWS_SECRET_ACCESS_KEY"));
        Assert.False(ContextualKeys.IsAwsSecretKeyShape(awsExample));

        // Emulator keys (Azurite, Cosmos DB) are 88 base64 characters ending in '==': by construction no catalog
        // shape has that form, under any name.
        var rng = new Random(4);
        for (int i = 0; i < 100; i++)
        {
            string emulatorShaped = FakeKeys.Chars(rng, FakeKeys.Base64, 86) + "==";
            foreach (var context in new[] { "AzureOpenAI:ApiKey", "CosmosDb:Key", "AzureSearch:Key", "AWS:SecretKey", "Storage:AccountKey" })
            {
                Assert.Null(ContextualKeys.Match(emulatorShaped, context));
            }

            Assert.Empty(KeyScanner.Scan("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + emulatorShaped + ";"));
        }

        // GitHub's secret-scanning test token: meant to trigger scanners in demos, not a credential.
        string testToken = "secret_" + "scanning_" + "ab85fc6f8d7638cf1c11da812da308d43" + "_" + FakeKeys.Chars(rng, FakeKeys.Alnum, 5);
        Assert.Empty(KeyScanner.Scan(testToken));
        Assert.Null(ContextualKeys.Match(testToken, "GITHUB_TOKEN"));
    }

    [Theory]
    [InlineData("AzureOpenAI:ApiKey", "azure-ai-services")]
    [InlineData("AZURE_OPENAI_API_KEY", "azure-ai-services")]
    [InlineData("azureOpenAiKey", "azure-ai-services")]
    [InlineData("AzureOpenAIKey", "azure-ai-services")]
    [InlineData("Clients__AzureOpenAI__Credential__Key", "azure-ai-services")]
    [InlineData("Aspire:Azure:AI:OpenAI:Key", "azure-ai-services")]
    [InlineData("AzureSearch:OpenAIKey", "azure-ai-services")]
    [InlineData("Ocp-Apim-Subscription-Key", "azure-ai-services")]
    [InlineData("SPEECH_KEY", "azure-ai-services")]
    [InlineData("azure-ai-services", "azure-ai-services")]
    [InlineData("AzureAISearch:ApiKey", "azure-ai-search")]
    [InlineData("AZURE_SEARCH_ADMIN_KEY", "azure-ai-search")]
    [InlineData("azure-ai-search", "azure-ai-search")]
    [InlineData("OpenAI:ApiKey", "openai")]
    [InlineData("OPENAI_API_KEY", "openai")]
    [InlineData("Clients:OpenAI:Credential:Key", "openai")]
    [InlineData("ANTHROPIC_API_KEY", "anthropic")]
    [InlineData("Claude:ApiKey", "anthropic")]
    [InlineData("GEMINI_API_KEY", "google-gemini")]
    [InlineData("GoogleAI:ApiKey", "google-gemini")]
    [InlineData("google-gemini", "google-gemini")]
    [InlineData("VertexAI:BearerKey", "google-vertex")]
    [InlineData("AWS_SECRET_ACCESS_KEY", "aws-bedrock")]
    [InlineData("BasicAWSCredentials.secretKey", "aws-bedrock")]
    [InlineData("SecretAccessKey", "aws-bedrock")]
    [InlineData("Bedrock:ApiKey", "aws-bedrock")]
    [InlineData("HF_TOKEN", "huggingface")]
    [InlineData("HuggingFace:ApiKey", "huggingface")]
    [InlineData("CO_API_KEY", "cohere")]
    [InlineData("COHERE_API_KEY", "cohere")]
    [InlineData("MistralAI:ApiKey", "mistral")]
    [InlineData("GROQ_API_KEY", "groq")]
    [InlineData("REPLICATE_API_TOKEN", "replicate")]
    [InlineData("PPLX_API_KEY", "perplexity")]
    [InlineData("XAI_API_KEY", "xai")]
    [InlineData("Grok:ApiKey", "xai")]
    [InlineData("OpenRouter:ApiKey", "openrouter")]
    [InlineData("DEEPSEEK_API_KEY", "deepseek")]
    [InlineData("TogetherAI:ApiKey", "together")]
    [InlineData("FIREWORKS_API_KEY", "fireworks")]
    [InlineData("LANGCHAIN_API_KEY", "langsmith")]
    [InlineData("Pinecone:ApiKey", "pinecone")]
    [InlineData("XI_API_KEY", "elevenlabs")]
    [InlineData("xi-api-key", "elevenlabs")]
    [InlineData("ElevenLabs:ApiKey", "elevenlabs")]
    [InlineData("VOYAGEAI_API_KEY", "voyage")]
    [InlineData("StabilityAI:ApiKey", "stability")]
    [InlineData("NGC_API_KEY", "nvidia")]
    [InlineData("NIM:ApiKey", "nvidia")]
    [InlineData("GH_TOKEN", "github")]
    [InlineData("GitHubModels:Token", "github")]
    [InlineData("CEREBRAS_API_KEY", "cerebras")]
    [InlineData("DEEPGRAM_API_KEY", "deepgram")]
    [InlineData("AssemblyAI:ApiKey", "assemblyai")]
    [InlineData("WANDB_API_KEY", "wandb")]
    [InlineData("WeightsAndBiases:ApiKey", "wandb")]
    [InlineData("https://myres.openai.azure.com/", "azure-ai-services")]
    [InlineData("https://api.groq.com/openai/v1", "groq")]
    [InlineData("Cohere2:Credential", "cohere")]
    [InlineData("AzureOpenAIToken205", "azure-ai-services")]
    [InlineData("UseDeepSeek243.apiKey", "deepseek")]
    public void Names_are_attributed_to_their_provider(string context, string provider) =>
        Assert.Equal(provider, ContextualKeys.ProviderFromContext(context));

    [Theory]
    [InlineData("ApiKey")]
    [InlineData("Configuration:Key")]
    [InlineData("incoherent")]
    [InlineData("hfx_token")]
    [InlineData("Googleplex")]
    [InlineData("GOOGLE_API_KEY")] // any Google API: not attributed
    [InlineData("")]
    public void Other_names_have_no_provider(string context) => Assert.Null(ContextualKeys.ProviderFromContext(context));

    [Theory]
    [InlineData("ApiKey", true)]
    [InlineData("apiKey", true)]
    [InlineData("api_key", true)]
    [InlineData("OPENAI_API_KEY", true)]
    [InlineData("openaikey", true)]
    [InlineData("AuthToken", true)]
    [InlineData("ClientSecret", true)]
    [InlineData("Password", true)]
    [InlineData("Credential:Key", true)]
    [InlineData("Clients__Chat__Credential__Key", true)]
    [InlineData("GITHUB_PAT", true)]
    [InlineData("ApiKeys", true)]
    [InlineData("Ocp-Apim-Subscription-Key", true)]
    [InlineData("AzureOpenAIToken205", true)]
    [InlineData("ApiKey2", true)]
    [InlineData("ApiKey Options", true)] // a property and its type: one name does not qualify another
    [InlineData("ApiKeyOptions", false)]
    [InlineData("ApiKey:Options", false)]
    [InlineData("AWS_ACCESS_KEY_ID", false)]
    [InlineData("private_key_id", false)]
    [InlineData("ApiKeyHeaderName", false)]
    [InlineData("KeyVaultUri", false)]
    [InlineData("TokenEndpoint", false)]
    [InlineData("SecretName", false)]
    [InlineData("MaxTokens", false)]
    [InlineData("Tokenizer", false)]
    [InlineData("Endpoint", false)]
    [InlineData("DeploymentName", false)]
    [InlineData("", false)]
    public void Credential_names_are_recognised(string context, bool expected) => Assert.Equal(expected, ContextualKeys.NamesCredential(context));

    [Theory]
    [InlineData("https://myres.openai.azure.com/", "azure-ai-services")]
    [InlineData("https://myres.openai.azure.com/openai/v1?api-version=preview", "azure-ai-services")]
    [InlineData("MYRES.OPENAI.AZURE.COM", "azure-ai-services")]
    [InlineData("https://westeurope.api.cognitive.microsoft.com", null)]
    [InlineData("https://res.cognitiveservices.azure.com", "azure-ai-services")]
    [InlineData("https://proj.services.ai.azure.com/models", "azure-ai-services")]
    [InlineData("https://deploy.eastus.models.ai.azure.com", "azure-ai-services")]
    [InlineData("https://models.inference.ai.azure.com", "github")]
    [InlineData("https://x.inference.ai.azure.com", "azure-ai-services")]
    [InlineData("https://models.github.ai/inference", "github")]
    [InlineData("https://mysearch.search.windows.net", "azure-ai-search")]
    [InlineData("https://api.openai.com/v1", "openai")]
    [InlineData("api.openai.com:443", "openai")]
    [InlineData("https://user@api.anthropic.com/v1/messages", "anthropic")]
    [InlineData("https://generativelanguage.googleapis.com/v1beta/openai/", "google-gemini")]
    [InlineData("https://us-central1-aiplatform.googleapis.com/v1/projects", "google-vertex")]
    [InlineData("aiplatform.googleapis.com", "google-vertex")]
    [InlineData("https://bedrock-runtime.us-east-1.amazonaws.com", "aws-bedrock")]
    [InlineData("bedrock.eu-west-3.amazonaws.com", "aws-bedrock")]
    [InlineData("https://s3.us-east-1.amazonaws.com", null)]
    [InlineData("https://api.groq.com/openai/v1", "groq")]
    [InlineData("https://api.x.ai/v1", "xai")]
    [InlineData("https://api.deepseek.com", "deepseek")]
    [InlineData("https://api.together.xyz/v1", "together")]
    [InlineData("https://api.fireworks.ai/inference/v1", "fireworks")]
    [InlineData("https://openrouter.ai/api/v1", "openrouter")]
    [InlineData("https://api.perplexity.ai", "perplexity")]
    [InlineData("https://api.mistral.ai/v1", "mistral")]
    [InlineData("https://api.cohere.ai/compatibility/v1", "cohere")]
    [InlineData("https://api.cerebras.ai/v1", "cerebras")]
    [InlineData("https://integrate.api.nvidia.com/v1", "nvidia")]
    [InlineData("https://router.huggingface.co/v1", "huggingface")]
    [InlineData("https://api.replicate.com/v1", "replicate")]
    [InlineData("https://api.elevenlabs.io", "elevenlabs")]
    [InlineData("https://api.voyageai.com/v1", "voyage")]
    [InlineData("https://api.stability.ai", "stability")]
    [InlineData("https://api.deepgram.com", "deepgram")]
    [InlineData("https://api.assemblyai.com", "assemblyai")]
    [InlineData("https://api.wandb.ai", "wandb")]
    [InlineData("https://api.smith.langchain.com", "langsmith")]
    [InlineData("https://my-index-abc.svc.pinecone.io", "pinecone")]
    [InlineData("https://openai.azure.com", null)]
    [InlineData("https://evil.com/api.openai.com", null)]
    [InlineData("https://api.openai.com.evil.com", null)]
    [InlineData("notopenrouter.ai", null)]
    [InlineData("", null)]
    public void Hosts_are_attributed_to_their_provider(string urlOrHost, string? provider) =>
        Assert.Equal(provider, ContextualKeys.ProviderFromHost(urlOrHost));

    [Theory]
    [InlineData("GEMINI_API_KEY", true)]
    [InlineData("Gemini:ApiKey", true)]
    [InlineData("GoogleAI:ApiKey", true)]
    [InlineData("googleAiApiKey", true)]
    [InlineData("Google.GenAI.Client.apiKey", true)]
    [InlineData("Mscc.GenerativeAI.GoogleAI.apiKey", true)]
    [InlineData("VertexAI:ApiKey", true)]
    [InlineData("PaLM:ApiKey", true)]
    [InlineData("https://generativelanguage.googleapis.com/v1beta/models", true)]
    [InlineData("https://europe-west4-aiplatform.googleapis.com", true)]
    [InlineData("AddGoogleAIGeminiChatCompletion.apiKey", true)]
    [InlineData("GOOGLE_API_KEY", false)]
    [InlineData("GoogleMaps:ApiKey", false)]
    [InlineData("Firebase:ApiKey", false)]
    [InlineData("YouTubeApiKey", false)]
    [InlineData("https://maps.googleapis.com/maps/api", false)]
    [InlineData("", false)]
    public void Google_AI_context_is_recognised(string context, bool expected) => Assert.Equal(expected, ContextualKeys.IsGoogleAIContext(context));

    [Fact]
    public void Aws_secret_shape_is_recognised_for_the_analyzer_pairing()
    {
        for (int seed = 0; seed < 200; seed++)
        {
            Assert.True(ContextualKeys.IsAwsSecretKeyShape(FakeKeys.AwsSecretAccessKey(seed)));
        }

        var rng = new Random(2);
        Assert.False(ContextualKeys.IsAwsSecretKeyShape(FakeKeys.Chars(rng, FakeKeys.Base64, 39)));
        Assert.False(ContextualKeys.IsAwsSecretKeyShape(FakeKeys.Chars(rng, FakeKeys.Base64, 41)));
        Assert.False(ContextualKeys.IsAwsSecretKeyShape(FakeKeys.Chars(rng, FakeKeys.LowerHex, 40)));
        Assert.False(ContextualKeys.IsAwsSecretKeyShape(new string('A', 40)));
        Assert.False(ContextualKeys.IsAwsSecretKeyShape(null!));

        var id = Assert.Single(KeyScanner.Scan(FakeKeys.AwsAccessKeyId(3))).Kind;
        Assert.True(ContextualKeys.IsAwsAccessKeyId(id));
        Assert.False(ContextualKeys.IsGoogleApiKey(id));
        var google = Assert.Single(KeyScanner.Scan(FakeKeys.GoogleApiKey(3))).Kind;
        Assert.True(ContextualKeys.IsGoogleApiKey(google));
        Assert.False(ContextualKeys.IsAwsAccessKeyId(google));
    }

    [Fact]
    public void Nothing_throws_on_any_input()
    {
        var rng = new Random(77);
        string alphabet = FakeKeys.UrlSafe + " :._-/\\@?#=+é日\ud800\0";
        for (int i = 0; i < 5000; i++)
        {
            string value = i % 3 == 0 ? FakeKeys.PrefixLess(i)[i % 14].Value : FakeKeys.Chars(rng, alphabet, rng.Next(0, 120));
            string context = FakeKeys.Chars(rng, alphabet, rng.Next(0, 200));
            _ = ContextualKeys.Match(value, context);
            _ = ContextualKeys.ProviderFromContext(context);
            _ = ContextualKeys.ProviderFromHost(context);
            _ = ContextualKeys.NamesCredential(context);
            _ = ContextualKeys.IsGoogleAIContext(context);
            _ = ContextualKeys.IsAwsSecretKeyShape(value);
        }

        Assert.Null(ContextualKeys.Match(null!, "AzureOpenAI:ApiKey"));
        Assert.Null(ContextualKeys.Match(FakeKeys.AzureOpenAILegacy(1), null!));
        Assert.Null(ContextualKeys.ProviderFromContext(null!));
        Assert.Null(ContextualKeys.ProviderFromHost(null!));
        Assert.False(ContextualKeys.NamesCredential(null!));
        Assert.False(ContextualKeys.IsGoogleAIContext(null!));
        // A name is read up to its 48th word: a long text is not a name.
        Assert.Null(ContextualKeys.ProviderFromContext(string.Join("_", Enumerable.Repeat("x", 100)) + "_OPENAI_KEY"));
        Assert.Equal("openai", ContextualKeys.ProviderFromContext(new string('a', 100_000) + "_OPENAI_KEY"));
    }

    [Fact]
    public void Every_prefix_less_sample_may_be_a_key_and_short_or_spaced_values_may_not()
    {
        foreach (var (kindId, value, _, seed) in Samples.PrefixLess(200))
        {
            Assert.True(ContextualKeys.MayBeKey(value), $"{kindId} seed {seed}");

            // The same answer read in place, inside quotes, as disabled code is read; not a piece of it.
            string quoted = "x = \"" + value + "\";";
            Assert.True(ContextualKeys.MayBeKey(quoted, 5, value.Length), $"{kindId} seed {seed} in place");
            Assert.False(ContextualKeys.MayBeKey(quoted, 4, value.Length + 2), $"{kindId} seed {seed} with its quotes");
        }

        Assert.False(ContextualKeys.MayBeKey(null!));
        Assert.False(ContextualKeys.MayBeKey(new string('x', 31)));
        Assert.False(ContextualKeys.MayBeKey(new string('x', 65)));
        Assert.False(ContextualKeys.MayBeKey(new string('x', 20) + " " + new string('x', 20)));

        // Words, names and URLs of key length have no prefix-less kind's shape (NLog's literals that reached the
        // semantic model before): the analyzer asks for no names around them.
        Assert.False(ContextualKeys.MayBeKey("NLOG_INTERNAL_LOG_TO_CONSOLE_ERROR"));
        Assert.False(ContextualKeys.MayBeKey("Microsoft.Extensions.Logging.Abstractions"));
        Assert.False(ContextualKeys.MayBeKey("https://github.com/NLog/NLog.git"));
        Assert.False(ContextualKeys.MayHoldAuthorizationKey("Bearer NLOG_INTERNAL_LOG_TO_CONSOLE_ERROR"));
        Assert.True(ContextualKeys.MayHoldAuthorizationKey("Bearer " + Samples.PrefixLess(1).First().Value));
    }

    [Fact]
    public void The_context_is_the_names_then_the_provider_of_the_endpoint_host()
    {
        Assert.Equal("apiKey OpenAIClient", ContextualKeys.Context("apiKey OpenAIClient", null));
        Assert.Equal("apiKey OpenAIClient", ContextualKeys.Context("apiKey OpenAIClient", "example.com"));
        Assert.Equal("apiKey OpenAIClient groq", ContextualKeys.Context("apiKey OpenAIClient", "api.groq.com"));
    }

    private static string Guid(Random rng)
    {
        var bytes = new byte[16];
        rng.NextBytes(bytes);
        return new System.Guid(bytes).ToString();
    }
}
