using KeyGov.Core.Inventory;
using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;
using static KeyGov.Core.Tests.Manifest.ManifestTestData;

namespace KeyGov.Core.Tests.Manifest;

/// <summary>The fields behind KG2006–KG2008: <c>apis</c>, <c>keyless</c>, <c>keyType: admin</c>, and what the inventory shows of them.</summary>
public class ApiScopeFieldsTests
{
    private static ManifestReadResult Read(string line) => ManifestReader.Read(OneCredential(WithField(line)));

    [Fact]
    public void Apis_read_in_order_from_the_vocabulary()
    {
        var result = Read("\"apis\": [\"chat\", \"embeddings\", \"vector-stores\"]");

        Assert.Empty(result.Findings);
        Assert.Equal(new[] { "chat", "embeddings", "vector-stores" }, result.Manifest!.Credentials[0].Apis.Select(a => a.Value));
    }

    [Fact]
    public void An_unknown_api_is_KG3003_at_its_item_and_left_out()
    {
        string text = OneCredential(WithField("\"apis\": [\"chat\", \"image\"]"));
        var result = ManifestReader.Read(text);

        var finding = Single(result.Findings, "KG3003");
        At(finding, Find(text, "\"image\""));
        Assert.Contains("'apis'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("images", finding.Message, StringComparison.Ordinal); // the vocabulary, so the fix is obvious
        Assert.Equal(new[] { "chat" }, result.Manifest!.Credentials[0].Apis.Select(a => a.Value));
    }

    [Fact]
    public void The_vocabulary_holds_at_least_the_documented_surfaces()
    {
        foreach (var surface in new[] { "chat", "responses", "embeddings", "images", "audio", "moderation", "files", "fine-tuning", "batch", "assistants", "realtime", "vector-stores", "models", "admin" })
        {
            Assert.True(ApiSurface.IsKnown(surface), surface);
        }

        Assert.False(ApiSurface.IsKnown("Chat"));
    }

    [Theory]
    [InlineData("OpenAI.OpenAIClient", "GetImageClient", "images")]
    [InlineData("OpenAI.OpenAIClient", "GetFineTuningClient", "fine-tuning")]
    [InlineData("Azure.AI.OpenAI.AzureOpenAIClient", "GetChatClient", "chat")]
    [InlineData("OpenAI.Embeddings.EmbeddingClient", ".ctor", "embeddings")]
    [InlineData("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "AddOpenAITextToImage", "images")]
    [InlineData("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions", "AddAzureOpenAIAudioToText", "audio")]
    [InlineData("Anthropic.Services.IMessageService", "Batches", "batch")]
    [InlineData("Anthropic.AnthropicClient", "Organization", "admin")]
    [InlineData("Microsoft.Extensions.AI.IChatClient", "GetResponseAsync", "chat")]
    public void Sdk_members_map_to_their_surface(string type, string member, string surface) => Assert.Equal(surface, ApiSurface.Of(type, member));

    [Theory]
    [InlineData("OpenAI.OpenAIClient", ".ctor")] // one key, every API: what is called on it decides
    [InlineData("Anthropic.Services.IMessageService", "WithOptions")]
    [InlineData("Microsoft.Extensions.AI.IChatClient", ".ctor")]
    public void Members_that_reach_no_single_surface_map_to_none(string type, string member) => Assert.Null(ApiSurface.Of(type, member));

    [Fact]
    public void Keyless_planned_reads_status_date_and_reason()
    {
        var result = Read("\"keyless\": { \"status\": \"planned\", \"by\": \"2027-03-31\", \"reason\": \"Waiting for the managed identity rollout\" }");

        Assert.Empty(result.Findings);
        var keyless = result.Manifest!.Credentials[0].Keyless!;
        Assert.Equal(KeylessStatus.Planned, keyless.Status!.Value);
        Assert.Equal(new DateTime(2027, 3, 31), keyless.By!.Value);
    }

    [Theory]
    [InlineData("{ \"status\": \"planned\" }", "'keyless.by'")]
    [InlineData("{ \"status\": \"soon\" }", "'keyless.status'")]
    [InlineData("{ \"reason\": \"Vendor portal only takes keys\" }", "'keyless.status'")]
    public void Keyless_without_a_usable_status_or_plan_date_is_KG3003(string value, string field)
    {
        var finding = Single(Read("\"keyless\": " + value).Findings, "KG3003");
        Assert.Contains(field, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keyless_with_an_unknown_field_is_KG3001()
    {
        Single(Read("\"keyless\": { \"status\": \"not-possible\", \"until\": \"2027-01-01\" }").Findings, "KG3001");
    }

    [Theory]
    [InlineData("admin", true)]
    [InlineData(" Admin ", true)]
    [InlineData("service-account", false)]
    public void KeyType_admin_marks_an_administrative_key(string keyType, bool admin) =>
        Assert.Equal(admin, Read("\"keyType\": \"" + keyType + "\"").Manifest!.Credentials[0].IsAdminKey);

    [Fact]
    public void The_inventory_shows_approved_apis_key_type_and_keyless()
    {
        string text = ManifestTestData.OneCredential(
            ValidFields.Replace("\"openai\"", "\"azure-ai-services\"") + ",\n      \"keyType\": \"resource-key\",\n      \"apis\": [\"chat\", \"embeddings\"]," +
            "\n      \"keyless\": { \"status\": \"planned\", \"by\": \"2027-03-31\" }");
        var read = ManifestReader.Read(text);
        Assert.Empty(read.Findings);
        var inventory = CredentialInventory.Build(read.Manifest, [], new InventoryProvenance { EvaluationDate = new DateTime(2026, 11, 28) });

        var row = Assert.Single(inventory.Rows);
        Assert.Equal(new[] { "chat", "embeddings" }, row.ApprovedApis);
        Assert.Equal("resource-key", row.KeyType);
        Assert.Equal("planned", row.Keyless);

        string json = InventoryWriter.ToJson(inventory);
        Assert.Contains("\"apis\":[\"chat\",\"embeddings\"]", json.Replace(" ", "").Replace("\n", ""), StringComparison.Ordinal);
        Assert.Contains("\"keyless\":{\"status\":\"planned\",\"alternative\":\"MicrosoftEntraID\",\"by\":\"2027-03-31\"", json.Replace(" ", "").Replace("\n", ""), StringComparison.Ordinal);
        string markdown = InventoryWriter.ToMarkdown(inventory);
        Assert.Contains("| resource-key | chat, embeddings | planned by 2027-03-31 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_fields_the_inventory_says_any_api_and_what_the_provider_offers()
    {
        var read = ManifestReader.Read(OneCredential(ValidFields));
        var inventory = CredentialInventory.Build(read.Manifest, [], new InventoryProvenance { EvaluationDate = new DateTime(2026, 11, 28) });

        Assert.Null(Assert.Single(inventory.Rows).ApprovedApis);
        string markdown = InventoryWriter.ToMarkdown(inventory);
        Assert.Contains("| any | not offered by the provider |", markdown, StringComparison.Ordinal); // OpenAI has no keyless auth
        Assert.Contains("\"status\":\"not-offered\"", InventoryWriter.ToJson(inventory).Replace(" ", ""), StringComparison.Ordinal);
    }
}
