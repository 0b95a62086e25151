using KeyGov.Core.Usage;

namespace KeyGov.Core.Tests.Usage;

public class LiteralCredentialTests
{
    [Theory]
    [InlineData("")]
    [InlineData("test")]
    [InlineData("short1")]
    [InlineData("<your-api-key>")]
    [InlineData("sk-...")]
    [InlineData("YOUR_API_KEY")]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("OpenAI:ApiKey")]
    [InlineData("$OPENAI_API_KEY")]
    [InlineData("${OPENAI_API_KEY}")]
    [InlineData("%OPENAI_API_KEY%")]
    [InlineData("#{OpenAIKey}#")]
    [InlineData("__OpenAIKey__")]
    [InlineData("{apiKey-value}")]
    [InlineData("xxxxxxxxxxxxxxxx")]
    [InlineData("aaaaaaaaaaaaaaaaaaaa")]
    [InlineData("abcabcabcabcabc")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("my-test-key-1234")]
    [InlineData("replace-with-key")]
    [InlineData("not a real key at all")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/openai/)")]
    [InlineData("https://api.openai.com/v1")]
    [InlineData("Bearer <token>")]
    [InlineData("Fake-Key-For-Unit-Tests")]
    [InlineData("dummy_value_1234")]
    [InlineData("TEST_KEY_VALUE_12")]
    // Seen in real SDK tests and samples: values that say they are not keys.
    [InlineData("sk-not-a-real-key")]
    [InlineData("sk-not-a-real-credential")]
    [InlineData("invalid_key")]
    [InlineData("Invalid-Api-Key-123")]
    [InlineData("not_a_real_token")]
    [InlineData("bogus-api-key-value")]
    public void Placeholders_references_and_names_are_not_credentials(string value) =>
        Assert.True(LiteralCredential.IsPlaceholder(value), value);

    [Fact]
    public void Random_values_of_key_length_are_credentials()
    {
        var rng = new Random(4711);
        for (int i = 0; i < 20000; i++)
        {
            string value = FakeKeys.Chars(rng, "0123456789abcdef", 32);
            Assert.False(LiteralCredential.IsPlaceholder(value), value);
            string token = FakeKeys.Chars(rng, FakeKeys.UrlSafe, 40);
            Assert.False(LiteralCredential.IsPlaceholder("Bearer " + token), token);

        }
    }
}
