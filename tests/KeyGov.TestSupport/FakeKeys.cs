namespace KeyGov;

/// <summary>
/// Seeded, deterministic fake keys of every catalog shape (reference/providers.md), for tests only.
/// Keys are assembled from their pieces at run time: the repository never holds a key-shaped literal, so it never
/// trips a secret scanner (ours or GitHub's) and never teaches one a value to allow.
/// </summary>
public static class FakeKeys
{
    /// <summary>base64("OpenAI"), the signature inside every OpenAI key.</summary>
    public const string OpenAISignature = "T3BlbkFJ";

    /// <summary><c>A-Za-z0-9</c>.</summary>
    public static readonly string Alnum = Range('A', 'Z') + Range('a', 'z') + Range('0', '9');

    /// <summary><c>A-Za-z0-9_-</c>, the url-safe base64 alphabet of most key bodies.</summary>
    public static readonly string UrlSafe = Alnum + "_-";

    /// <summary>Project key: <c>sk-proj-</c> + 74 (or 58) url-safe + signature + 74 (or 58).</summary>
    public static string OpenAIProject(int seed, bool shortForm = false) => OpenAIScoped("sk-proj-", seed, shortForm);

    /// <summary>Service-account key: <c>sk-svcacct-</c> + 74 (or 58) url-safe + signature + 74 (or 58).</summary>
    public static string OpenAIServiceAccount(int seed, bool shortForm = false) => OpenAIScoped("sk-svcacct-", seed, shortForm);

    /// <summary>Admin key: <c>sk-admin-</c> + 58 (or 74) url-safe + signature + 58 (or 74); the 58 form is the one observed.</summary>
    public static string OpenAIAdmin(int seed, bool shortForm = true) => OpenAIScoped("sk-admin-", seed, shortForm);

    /// <summary>Legacy user key: <c>sk-</c> + 20 alphanumerics + signature + 20 alphanumerics (51 chars).</summary>
    public static string OpenAILegacy(int seed)
    {
        var rng = new Random(seed);
        return "sk-" + Chars(rng, Alnum, 20) + OpenAISignature + Chars(rng, Alnum, 20);
    }

    /// <summary>An undocumented variant the lenient form covers: <c>sk-None-</c> + url-safe run + signature + url-safe run, of varying lengths.</summary>
    public static string OpenAILenient(int seed)
    {
        var rng = new Random(seed);
        return "sk-" + "None-" + Chars(rng, UrlSafe, rng.Next(15, 120)) + OpenAISignature + Chars(rng, UrlSafe, rng.Next(20, 120));
    }

    /// <summary>Anthropic API key: <c>sk-ant-api03-</c> + 93 url-safe + <c>AA</c> (108 chars).</summary>
    public static string AnthropicApi(int seed) => "sk-ant-api03-" + Chars(new Random(seed), UrlSafe, 93) + "AA";

    /// <summary>Anthropic admin key: <c>sk-ant-admin01-</c> + 93 url-safe + <c>AA</c> (110 chars).</summary>
    public static string AnthropicAdmin(int seed) => "sk-ant-admin01-" + Chars(new Random(seed), UrlSafe, 93) + "AA";

    /// <summary>Anthropic OAuth access token: <c>sk-ant-oat01-</c> + 95 url-safe + <c>AA</c> (length undocumented; this is the observed shape).</summary>
    public static string AnthropicOAuthAccess(int seed) => "sk-ant-oat01-" + Chars(new Random(seed), UrlSafe, 95) + "AA";

    /// <summary>Anthropic OAuth refresh token: <c>sk-ant-ort01-</c> + 95 url-safe + <c>AA</c>.</summary>
    public static string AnthropicOAuthRefresh(int seed) => "sk-ant-ort01-" + Chars(new Random(seed), UrlSafe, 95) + "AA";

    /// <summary>One key of every kind, with the kind's catalog id (<c>provider/kind</c>, as <c>KeyKind.Id</c>).</summary>
    public static IReadOnlyList<(string KindId, string Key)> All(int seed) =>
    [
        ("openai/project-key", OpenAIProject(seed)),
        ("openai/project-key", OpenAIProject(seed, shortForm: true)),
        ("openai/service-account-key", OpenAIServiceAccount(seed)),
        ("openai/service-account-key", OpenAIServiceAccount(seed, shortForm: true)),
        ("openai/admin-key", OpenAIAdmin(seed)),
        ("openai/admin-key", OpenAIAdmin(seed, shortForm: false)),
        ("openai/user-key", OpenAILegacy(seed)),
        ("openai/api-key", OpenAILenient(seed)),
        ("anthropic/api-key", AnthropicApi(seed)),
        ("anthropic/admin-key", AnthropicAdmin(seed)),
        ("anthropic/oauth-access-token", AnthropicOAuthAccess(seed)),
        ("anthropic/oauth-refresh-token", AnthropicOAuthRefresh(seed)),
    ];

    /// <summary><paramref name="length"/> characters drawn from <paramref name="alphabet"/>: the random part of a key.</summary>
    public static string Chars(Random rng, string alphabet, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[rng.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static string OpenAIScoped(string prefix, int seed, bool shortForm)
    {
        var rng = new Random(seed);
        int half = shortForm ? 58 : 74;
        return prefix + Chars(rng, UrlSafe, half) + OpenAISignature + Chars(rng, UrlSafe, half);
    }

    private static string Range(char first, char last)
    {
        var chars = new char[last - first + 1];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(first + i);
        }

        return new string(chars);
    }
}
