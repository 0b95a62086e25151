using KeyGov.Core.Detection;
using KeyGov.Core.Usage;

namespace KeyGov.Core.Tests.Usage;

/// <summary>What marks an administrative key for KG2008: a credential name with the word admin, an admin key format.</summary>
public class AdminKeysTests
{
    [Theory]
    [InlineData("OPENAI_ADMIN_KEY", true)]
    [InlineData("ANTHROPIC_ADMIN_KEY", true)]
    [InlineData("SEARCH_ADMIN_API_KEY", true)]
    [InlineData("OPENAI_API_KEY", false)]
    [InlineData("ADMIN_PORTAL_URL", false)] // not a credential name
    [InlineData("ADMINISTRATOR_KEY", false)] // "administrator" is not the word "admin"
    public void Environment_names(string name, bool admin) => Assert.Equal(admin, AdminKeys.IsAdminName(CredentialSource.Environment(name)));

    [Theory]
    [InlineData("AzureSearch:AdminKey", true)]
    [InlineData("Anthropic:AdminApiKey", true)]
    [InlineData("AzureSearch:QueryKey", false)]
    public void Configuration_keys(string key, bool admin) => Assert.Equal(admin, AdminKeys.IsAdminName(CredentialSource.Configuration(key)));

    [Fact]
    public void Admin_key_formats_are_admin_kinds_and_project_keys_are_not()
    {
        Assert.True(AdminKeys.IsAdminKind(Assert.Single(KeyScanner.Scan(FakeKeys.OpenAIAdmin(1))).Kind));
        Assert.True(AdminKeys.IsAdminKind(Assert.Single(KeyScanner.Scan(FakeKeys.AnthropicAdmin(2))).Kind));
        Assert.True(AdminKeys.IsAdminKind(Assert.Single(KeyScanner.Scan(FakeKeys.AzureSearchAdmin(3))).Kind));
        Assert.False(AdminKeys.IsAdminKind(Assert.Single(KeyScanner.Scan(FakeKeys.OpenAIProject(4))).Kind));
    }
}
