using System.Globalization;
using System.Text;

namespace KeyGov;

/// <summary>
/// Saved responses of the providers' key-listing admin APIs, built at run time with the field names of the published
/// API references (docs/provider-exports.md): OpenAI <c>GET /v1/organization/projects/{project_id}/api_keys</c> and
/// <c>GET /v1/organization/admin_api_keys</c>, Anthropic <c>GET /v1/organizations/api_keys</c>. Keys appear only
/// redacted, as the list APIs return them; each key object sits on one line, so a test finds its position by its id.
/// </summary>
public static class ProviderExports
{
    /// <summary>An OpenAI project key's redacted value: its prefix, an ellipsis, the last characters.</summary>
    public static string OpenAIHint(string end) => "sk-" + "proj-" + "\u2026" + end;

    /// <summary>An OpenAI admin key's redacted value.</summary>
    public static string AdminHint(string end) => "sk-" + "admin-" + "..." + end;

    /// <summary>An Anthropic <c>partial_key_hint</c>: the prefix and three more characters, three dots, the last characters.</summary>
    public static string AnthropicHint(string end) => "sk-" + "ant-api03-" + "R2D" + "..." + end;

    /// <summary>A project key of <c>organization.project.api_key</c>.</summary>
    public sealed record OpenAIKey(string Id, string Hint, string Created, string? LastUsed = null, string Access = "active", string OwnerType = "user",
        string? ExpiresAt = null, string? Extra = null);

    /// <summary>An admin key of <c>organization.admin_api_key</c>.</summary>
    public sealed record AdminKey(string Id, string Hint, string Created, string? LastUsed = null, string? ExpiresAt = null);

    /// <summary>An Anthropic <c>api_key</c>.</summary>
    public sealed record AnthropicKey(string Id, string Hint, string Created, string Status = "active", string? Workspace = "wrkspc_01Team");

    public static string OpenAIProjectKey(OpenAIKey key)
    {
        string owner = key.OwnerType == "service_account"
            ? "\"owner\": { \"type\": \"service_account\", \"service_account\": { \"id\": \"svc_acct_1\", \"name\": \"Nightly\", \"role\": \"member\", \"created_at\": " + Unix(key.Created) + " } }"
            : "\"owner\": { \"type\": \"user\", \"user\": { \"object\": \"organization.project.user\", \"id\": \"user_1\", \"name\": \"Ada\", \"email\": \"ada@contoso.com\", \"role\": \"owner\", \"added_at\": " + Unix(key.Created) + " } }";
        return "{ \"object\": \"organization.project.api_key\", \"id\": \"" + key.Id + "\", \"name\": \"" + key.Id + " key\", \"redacted_value\": \"" + key.Hint +
            "\", \"created_at\": " + Unix(key.Created) + ", \"last_used_at\": " + UnixOrNull(key.LastUsed) +
            (key.ExpiresAt != null ? ", \"expires_at\": " + Unix(key.ExpiresAt) : string.Empty) + ", " + owner +
            ", \"owner_project_access\": \"" + key.Access + "\"" + (key.Extra ?? string.Empty) + " }";
    }

    public static string OpenAIAdminKey(AdminKey key) =>
        "{ \"object\": \"organization.admin_api_key\", \"id\": \"" + key.Id + "\", \"name\": \"" + key.Id + " key\", \"redacted_value\": \"" + key.Hint +
        "\", \"created_at\": " + Unix(key.Created) + ", \"last_used_at\": " + UnixOrNull(key.LastUsed) + ", \"expires_at\": " + UnixOrNull(key.ExpiresAt) +
        ", \"owner\": { \"type\": \"user\", \"object\": \"organization.user\", \"id\": \"user_1\", \"name\": \"Ada\", \"created_at\": " + Unix(key.Created) + ", \"role\": \"owner\" } }";

    public static string AnthropicApiKey(AnthropicKey key) =>
        "{ \"id\": \"" + key.Id + "\", \"type\": \"api_key\", \"name\": \"" + key.Id + " key\", \"partial_key_hint\": \"" + key.Hint + "\", \"status\": \"" + key.Status +
        "\", \"created_at\": \"" + key.Created + "T09:30:00.000000Z\", \"created_by\": { \"id\": \"user_01Ada\", \"type\": \"user\" }, \"workspace_id\": " +
        (key.Workspace == null ? "null" : "\"" + key.Workspace + "\"") + ", \"expires_at\": null }";

    /// <summary>One list page: <c>{ "object": "list", "data": [ … ], "first_id", "last_id", "has_more" }</c> (Anthropic pages have no <c>object</c>).</summary>
    public static string Page(IEnumerable<string> keys, bool hasMore = false, bool anthropic = false)
    {
        var items = keys.ToList();
        var text = new StringBuilder("{\n");
        if (!anthropic)
        {
            text.Append("  \"object\": \"list\",\n");
        }

        text.Append("  \"data\": [\n");
        for (int i = 0; i < items.Count; i++)
        {
            text.Append("    ").Append(items[i]).Append(i < items.Count - 1 ? ",\n" : "\n");
        }

        text.Append("  ],\n  \"first_id\": \"first\",\n  \"last_id\": \"last\",\n  \"has_more\": ").Append(hasMore ? "true" : "false").Append("\n}\n");
        return text.ToString();
    }

    public static string OpenAIPage(params OpenAIKey[] keys) => Page(keys.Select(OpenAIProjectKey));

    public static string AdminPage(params AdminKey[] keys) => Page(keys.Select(OpenAIAdminKey));

    public static string AnthropicPage(params AnthropicKey[] keys) => Page(keys.Select(AnthropicApiKey), anthropic: true);

    /// <summary>Line and column (1-based) of the <c>{</c> that opens the key object whose id is <paramref name="id"/>.</summary>
    public static (int Line, int Column) PositionOfKey(string text, string id)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains("\"id\": \"" + id + "\"", StringComparison.Ordinal))
            {
                return (i + 1, lines[i].IndexOf('{', StringComparison.Ordinal) + 1);
            }
        }

        throw new ArgumentException("no key " + id);
    }

    /// <summary>Line and column (1-based) of the first occurrence of <paramref name="marker"/> (after the first <paramref name="after"/>, when given).</summary>
    public static (int Line, int Column) PositionOf(string text, string marker, string? after = null)
    {
        int at = text.IndexOf(marker, after == null ? 0 : Math.Max(0, text.IndexOf(after, StringComparison.Ordinal)), StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException("not found: " + marker);
        }

        int line = 1 + text.Take(at).Count(c => c == '\n');
        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return (line, at - lineStart + 1);
    }

    public static long Unix(string date) =>
        new DateTimeOffset(DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeSpan.Zero).ToUnixTimeSeconds() + 34_200;

    private static string UnixOrNull(string? date) => date == null ? "null" : Unix(date).ToString(CultureInfo.InvariantCulture);
}
