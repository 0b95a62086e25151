using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace KeyGov;

/// <summary>
/// Seeded, deterministic fake keys of every catalog shape (docs/providers.md), for tests only.
/// Keys are assembled from their pieces at run time: the repository never holds a key-shaped literal, so it never
/// trips a secret scanner (ours or GitHub's) and never teaches one a value to allow. Checksummed kinds get valid
/// checksums, computed here independently of KeyGov.Core (BigInteger, BitOperations, Convert) so that a bug in Core's
/// netstandard2.0 checksum code cannot hide behind the same bug in the generator.
/// </summary>
public static class FakeKeys
{
    /// <summary>base64("OpenAI"), the signature inside every OpenAI key.</summary>
    public const string OpenAISignature = "T3BlbkFJ";

    /// <summary><c>A-Za-z0-9</c>.</summary>
    public static readonly string Alnum = Range('A', 'Z') + Range('a', 'z') + Range('0', '9');

    /// <summary><c>A-Za-z0-9_-</c>, the url-safe base64 alphabet of most key bodies.</summary>
    public static readonly string UrlSafe = Alnum + "_-";

    /// <summary><c>A-Za-z0-9+/</c>.</summary>
    public static readonly string Base64 = Alnum + "+/";

    /// <summary><c>0-9a-f</c>.</summary>
    public static readonly string LowerHex = Range('0', '9') + Range('a', 'f');

    /// <summary><c>A-Za-z</c>.</summary>
    public static readonly string Letters = Range('A', 'Z') + Range('a', 'z');

    /// <summary>The first and last lines of a PKCS#8 PEM private key, written in two pieces on purpose.</summary>
    public static readonly string PemBegin = "-----BEGIN " + "PRIVATE KEY-----";

    public static readonly string PemEnd = "-----END " + "PRIVATE KEY-----";

    private const string Base62Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly string Base32 = Range('A', 'Z') + "234567";
    private static readonly string Word = Alnum + "_";

    // ---- OpenAI, Anthropic ------------------------------------------------------------------------------------

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

    // ---- Microsoft identifiable keys ----------------------------------------------------------------------------

    /// <summary>
    /// Azure OpenAI CASK-84 key: 52 base62 + <c>JQQJ99</c> + date + 12 platform + <c>AAAB</c> + <c>ACOG</c> + 4 checksum
    /// (Marvin32 seed <c>Default0</c>; base62 form, or the legacy base64 form).
    /// </summary>
    public static string AzureOpenAIIdentifiable(int seed, bool legacyChecksum = false) => Cask(new Random(seed), 'B', legacyChecksum);

    /// <summary>Azure AI services CASK-84 key of another Cognitive Service (<c>AAA</c> + one of A..o but B, then <c>ACOG</c>).</summary>
    public static string AzureAIServicesIdentifiable(int seed, bool legacyChecksum = false)
    {
        var rng = new Random(seed);
        const string services = "ACDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmno";
        return Cask(rng, services[rng.Next(services.Length)], legacyChecksum);
    }

    /// <summary>Azure AI Search 52-char query key: 42 + <c>AzSe</c> + [A-D] + 5, its last 4 bytes Marvin32 with seed <c>Query000</c>.</summary>
    public static string AzureSearchQuery(int seed) => AzureSearch(new Random(seed), "Query000");

    /// <summary>Azure AI Search 52-char admin key (seed <c>PAdmin00</c>).</summary>
    public static string AzureSearchAdmin(int seed) => AzureSearch(new Random(seed), "PAdmin00");

    // ---- Google, AWS ----------------------------------------------------------------------------------------------

    /// <summary>Google API key: <c>AIzaSy</c> + 33 url-safe (39 chars); any Google API, Gemini's legacy keys among them.</summary>
    public static string GoogleApiKey(int seed) => "AIza" + "Sy" + Chars(new Random(seed), UrlSafe, 33);

    /// <summary>Gemini authorization key: <c>AQ.Ab8RN6</c> + 44 url-safe (53 chars).</summary>
    public static string GeminiAuthKey(int seed) => "AQ." + "Ab8RN6" + Chars(new Random(seed), UrlSafe, 44);

    /// <summary>The private key PEM of a service-account JSON, as it sits in the JSON text (lines joined by the two characters <c>\n</c>).</summary>
    public static string VertexPrivateKeyPem(int seed) => Pem(new Random(seed), @"\n");

    /// <summary>A Google service-account key file (pretty or compact by seed) whose <c>private_key</c> is <see cref="VertexPrivateKeyPem"/>.</summary>
    public static string VertexServiceAccountJson(int seed)
    {
        var rng = new Random(seed);
        string pem = Pem(rng, @"\n");
        string project = "demo-" + Chars(rng, "abcdefghijklmnopqrstuvwxyz", 6);
        string[] fields =
        [
            "\"type\": \"service_account\"",
            "\"project_id\": \"" + project + "\"",
            "\"private_key_id\": \"" + Chars(rng, LowerHex, 40) + "\"",
            "\"private_key\": \"" + pem + "\\n\"",
            "\"client_email\": \"runner@" + project + ".iam.gserviceaccount.com\"",
            "\"client_id\": \"" + Chars(rng, "0123456789", 21) + "\"",
            "\"token_uri\": \"https://oauth2.googleapis.com/token\"",
        ];
        return seed % 2 == 0 ? "{\n  " + string.Join(",\n  ", fields) + "\n}\n" : "{" + string.Join(",", fields).Replace("\": \"", "\":\"", StringComparison.Ordinal) + "}";
    }

    /// <summary>AWS access key id: <c>AKIA</c> (or <c>ASIA</c>, <c>ABIA</c>, <c>ACCA</c>) + 16 base32 characters.</summary>
    public static string AwsAccessKeyId(int seed, string prefix = "AKIA") => prefix + Chars(new Random(seed), Base32, 16);

    /// <summary>AWS secret access key: 40 base64 characters, no prefix.</summary>
    public static string AwsSecretAccessKey(int seed) => Chars(new Random(seed), Base64, 40);

    /// <summary>Bedrock long-term API key: <c>ABSK</c> + base64 of <c>BedrockAPIKey-…</c> (132-252 chars).</summary>
    public static string BedrockLongTerm(int seed)
    {
        var rng = new Random(seed);
        string text = "BedrockAPIKey-" + Chars(rng, Alnum, 4) + "-at-" + Chars(rng, "0123456789", 12) + ":" + Chars(rng, Base64, rng.Next(60, 150));
        return "ABSK" + Convert.ToBase64String(Encoding.ASCII.GetBytes(text));
    }

    /// <summary>Bedrock short-term API key: <c>bedrock-api-key-</c> + base64 of a SigV4 pre-signed URL (with a session token for odd seeds).</summary>
    public static string BedrockShortTerm(int seed)
    {
        var rng = new Random(seed);
        string url = "bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
            + (seed % 2 == 0 ? "AK" : "AS") + "IA" + Chars(rng, Base32, 16) + "%2F20261128%2Fus-east-1%2Fbedrock%2Faws4_request"
            + "&X-Amz-Date=20261128T101500Z&X-Amz-Expires=43200"
            + (seed % 2 == 0 ? string.Empty : "&X-Amz-Security-Token=" + Uri.EscapeDataString(Chars(rng, Base64, rng.Next(400, 1200))))
            + "&X-Amz-SignedHeaders=host&X-Amz-Signature=" + Chars(rng, LowerHex, 64) + "&Version=1";
        return "bedrock-api-key-" + Convert.ToBase64String(Encoding.ASCII.GetBytes(url));
    }

    // ---- Prefixed tokens ------------------------------------------------------------------------------------------

    /// <summary>Hugging Face user access token: <c>hf_</c> + 34 letters.</summary>
    public static string HuggingFaceUser(int seed) => "hf_" + Chars(new Random(seed), Letters, 34);

    /// <summary>Hugging Face organization token (legacy): <c>api_org_</c> + 34 letters.</summary>
    public static string HuggingFaceOrg(int seed) => "api_org_" + Chars(new Random(seed), Letters, 34);

    /// <summary>Groq: <c>gsk_</c> + 52 alphanumerics.</summary>
    public static string Groq(int seed) => "gsk_" + Chars(new Random(seed), Alnum, 52);

    /// <summary>Replicate: <c>r8_</c> + 37 alphanumerics.</summary>
    public static string Replicate(int seed) => "r8_" + Chars(new Random(seed), Alnum, 37);

    /// <summary>Perplexity: <c>pplx-</c> + 48 alphanumerics.</summary>
    public static string Perplexity(int seed) => "pplx-" + Chars(new Random(seed), Alnum, 48);

    /// <summary>xAI: <c>xai-</c> + 80 of <c>A-Za-z0-9_</c>.</summary>
    public static string Xai(int seed) => "xai-" + Chars(new Random(seed), Word, 80);

    /// <summary>OpenRouter: <c>sk-or-v1-</c> + 64 lowercase hex.</summary>
    public static string OpenRouter(int seed) => "sk-or-" + "v1-" + Chars(new Random(seed), LowerHex, 64);

    /// <summary>Together AI: <c>tgp_v1_</c> + 43 url-safe.</summary>
    public static string Together(int seed) => "tgp_v1_" + Chars(new Random(seed), UrlSafe, 43);

    /// <summary>Fireworks AI: <c>fw_</c> + 24 to 48 alphanumerics (24 observed).</summary>
    public static string Fireworks(int seed)
    {
        var rng = new Random(seed);
        return "fw_" + Chars(rng, Alnum, seed % 3 == 0 ? rng.Next(24, 49) : 24);
    }

    /// <summary>LangSmith personal access token: <c>lsv2_pt_</c> + 32 hex + <c>_</c> + 10 hex.</summary>
    public static string LangSmithPersonal(int seed) => LangSmith("lsv2_pt_", seed);

    /// <summary>LangSmith service key: <c>lsv2_sk_</c> + 32 hex + <c>_</c> + 10 hex.</summary>
    public static string LangSmithService(int seed) => LangSmith("lsv2_sk_", seed);

    /// <summary>Pinecone: <c>pcsk_</c> + 5 or 6 alphanumerics + <c>_</c> + 63 alphanumerics.</summary>
    public static string Pinecone(int seed)
    {
        var rng = new Random(seed);
        return "pcsk_" + Chars(rng, Alnum, 5 + (seed % 2)) + "_" + Chars(rng, Alnum, 63);
    }

    /// <summary>NVIDIA: <c>nvapi-</c> + 64 url-safe.</summary>
    public static string Nvidia(int seed) => "nvapi-" + Chars(new Random(seed), UrlSafe, 64);

    /// <summary>GitHub classic token: <c>ghp_</c> (or gho_, ghu_, ghs_, ghr_) + 30 base62 + 6 base62 digits of their CRC-32.</summary>
    public static string GitHubClassic(int seed, string prefix = "ghp_")
    {
        string random = Chars(new Random(seed), Alnum, 30);
        return prefix + random + GitHubChecksum(random);
    }

    /// <summary>The 6-character checksum of a GitHub classic token's 30 random characters.</summary>
    public static string GitHubChecksum(string random)
    {
        uint crc = Crc32(Encoding.ASCII.GetBytes(random));
        return ToBase62(new BigInteger(crc)).PadLeft(6, '0');
    }

    /// <summary>GitHub fine-grained PAT: <c>github_pat_</c> + 22 alphanumerics + <c>_</c> + 59 alphanumerics.</summary>
    public static string GitHubFineGrained(int seed)
    {
        var rng = new Random(seed);
        return "github_" + "pat_" + Chars(rng, Alnum, 22) + "_" + Chars(rng, Alnum, 59);
    }

    /// <summary>GitHub app installation token, JWT-like form: <c>ghs_</c> + numeric id + <c>_</c> + three dot-separated url-safe parts.</summary>
    public static string GitHubInstallation(int seed)
    {
        var rng = new Random(seed);
        return "ghs_" + rng.Next(10_000_000, 99_999_999) + "_" + Chars(rng, UrlSafe, rng.Next(20, 60)) + "."
            + Chars(rng, UrlSafe, rng.Next(60, 200)) + "." + Chars(rng, UrlSafe, rng.Next(30, 90));
    }

    /// <summary>Cerebras: <c>csk-</c> + 48 of <c>a-z0-9</c>.</summary>
    public static string Cerebras(int seed) => "csk-" + Chars(new Random(seed), "abcdefghijklmnopqrstuvwxyz0123456789", 48);

    /// <summary>Weights &amp; Biases v1: <c>wandb_v1_</c> + 77 of <c>A-Za-z0-9_</c>.</summary>
    public static string WandbV1(int seed) => "wandb_" + "v1_" + Chars(new Random(seed), Word, 77);

    // ---- Prefix-less (context-only) values ----------------------------------------------------------------------

    /// <summary>Azure OpenAI / AI services legacy key: 32 lowercase hex.</summary>
    public static string AzureOpenAILegacy(int seed) => Chars(new Random(seed), LowerHex, 32);

    /// <summary>Azure AI Search legacy key: 32 upper-case hex.</summary>
    public static string AzureSearchLegacy(int seed) => Chars(new Random(seed), LowerHex, 32).ToUpperInvariant();

    /// <summary>Cohere: 40 alphanumerics.</summary>
    public static string Cohere(int seed) => Chars(new Random(seed), Alnum, 40);

    /// <summary>Mistral: 32 alphanumerics.</summary>
    public static string Mistral(int seed) => Chars(new Random(seed), Alnum, 32);

    /// <summary>DeepSeek: <c>sk-</c> + 32 lowercase hex.</summary>
    public static string DeepSeek(int seed) => "sk-" + Chars(new Random(seed), LowerHex, 32);

    /// <summary>Together AI legacy key: 64 lowercase hex.</summary>
    public static string TogetherLegacy(int seed) => Chars(new Random(seed), LowerHex, 64);

    /// <summary>ElevenLabs: <c>sk_</c> + 48 lowercase hex.</summary>
    public static string ElevenLabs(int seed) => "sk_" + Chars(new Random(seed), LowerHex, 48);

    /// <summary>ElevenLabs legacy key: 32 lowercase hex.</summary>
    public static string ElevenLabsLegacy(int seed) => Chars(new Random(seed), LowerHex, 32);

    /// <summary>Voyage AI: <c>pa-</c> + 43 url-safe.</summary>
    public static string Voyage(int seed) => "pa-" + Chars(new Random(seed), UrlSafe, 43);

    /// <summary>Stability AI: <c>sk-</c> + 48 alphanumerics.</summary>
    public static string Stability(int seed) => "sk-" + Chars(new Random(seed), Alnum, 48);

    /// <summary>Deepgram: 40 lowercase hex.</summary>
    public static string Deepgram(int seed) => Chars(new Random(seed), LowerHex, 40);

    /// <summary>AssemblyAI: 32 lowercase hex.</summary>
    public static string AssemblyAI(int seed) => Chars(new Random(seed), LowerHex, 32);

    /// <summary>Weights &amp; Biases legacy key: 40 lowercase hex.</summary>
    public static string WandbLegacy(int seed) => Chars(new Random(seed), LowerHex, 40);

    // ---- Tables ---------------------------------------------------------------------------------------------------

    /// <summary>
    /// One key of every kind the scanner reports (self-identifying and ambiguous-prefix), with the kind's catalog id
    /// (<c>provider/kind</c>, as <c>KeyKind.Id</c>). The Vertex entry is a whole service-account JSON: its finding is the
    /// PEM inside (see <see cref="VertexPrivateKeyPem"/>).
    /// </summary>
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
        ("azure-ai-services/openai-identifiable-key", AzureOpenAIIdentifiable(seed, legacyChecksum: seed % 4 == 3)),
        ("azure-ai-services/identifiable-key", AzureAIServicesIdentifiable(seed, legacyChecksum: seed % 4 == 1)),
        ("azure-ai-search/query-key", AzureSearchQuery(seed)),
        ("azure-ai-search/admin-key", AzureSearchAdmin(seed)),
        ("google-gemini/api-key", GoogleApiKey(seed)),
        ("google-gemini/auth-key", GeminiAuthKey(seed)),
        ("google-vertex/service-account-key", VertexServiceAccountJson(seed)),
        ("aws-bedrock/access-key-id", AwsAccessKeyId(seed)),
        ("aws-bedrock/temporary-access-key-id", AwsAccessKeyId(seed, "ASIA")),
        ("aws-bedrock/bearer-token-key-id", AwsAccessKeyId(seed, "ABIA")),
        ("aws-bedrock/context-credential-key-id", AwsAccessKeyId(seed, "ACCA")),
        ("aws-bedrock/long-term-api-key", BedrockLongTerm(seed)),
        ("aws-bedrock/short-term-api-key", BedrockShortTerm(seed)),
        ("huggingface/user-token", HuggingFaceUser(seed)),
        ("huggingface/org-token", HuggingFaceOrg(seed)),
        ("groq/api-key", Groq(seed)),
        ("replicate/api-token", Replicate(seed)),
        ("perplexity/api-key", Perplexity(seed)),
        ("xai/api-key", Xai(seed)),
        ("openrouter/api-key", OpenRouter(seed)),
        ("together/api-key", Together(seed)),
        ("fireworks/api-key", Fireworks(seed)),
        ("langsmith/personal-access-token", LangSmithPersonal(seed)),
        ("langsmith/service-key", LangSmithService(seed)),
        ("pinecone/api-key", Pinecone(seed)),
        ("nvidia/api-key", Nvidia(seed)),
        ("github/personal-access-token", GitHubClassic(seed)),
        ("github/oauth-token", GitHubClassic(seed, "gho_")),
        ("github/user-to-server-token", GitHubClassic(seed, "ghu_")),
        ("github/server-to-server-token", GitHubClassic(seed, "ghs_")),
        ("github/refresh-token", GitHubClassic(seed, "ghr_")),
        ("github/fine-grained-token", GitHubFineGrained(seed)),
        ("github/installation-token", GitHubInstallation(seed)),
        ("cerebras/api-key", Cerebras(seed)),
        ("wandb/api-key", WandbV1(seed)),
    ];

    /// <summary>
    /// One value of every prefix-less kind, with a name it could sit under (config key, env var, symbol; the form
    /// varies with the seed) that names its provider and a credential: what <c>ContextualKeys.Match</c> needs.
    /// </summary>
    public static IReadOnlyList<(string KindId, string Value, string Context)> PrefixLess(int seed)
    {
        string Pick(params string[] names) => names[(seed & int.MaxValue) % names.Length];
        return
        [
            ("azure-ai-services/api-key", AzureOpenAILegacy(seed),
                Pick("AzureOpenAI:ApiKey", "AZURE_OPENAI_API_KEY", "azureOpenAiKey", "Clients__AzureOpenAI__Credential__Key", "AZURE_AI_SERVICES_KEY", "Speech:Key", "CognitiveServices:Key")),
            ("azure-ai-search/api-key", AzureSearchLegacy(seed), Pick("AzureAISearch:ApiKey", "AZURE_SEARCH_ADMIN_KEY", "azureSearchQueryKey", "AzureSearch:Key")),
            ("aws-bedrock/secret-access-key", AwsSecretAccessKey(seed),
                Pick("AWS:SecretKey", "AWS_SECRET_ACCESS_KEY", "awsSecretAccessKey", "aws_secret_access_key", "BasicAWSCredentials.secretKey", "Bedrock:SecretAccessKey")),
            ("cohere/api-key", Cohere(seed), Pick("Cohere:ApiKey", "CO_API_KEY", "COHERE_API_KEY", "cohereApiKey")),
            ("mistral/api-key", Mistral(seed), Pick("MistralAI:ApiKey", "MISTRAL_API_KEY", "mistralKey", "Mistral:ApiKey")),
            ("deepseek/api-key", DeepSeek(seed), Pick("DeepSeek:ApiKey", "DEEPSEEK_API_KEY", "deepSeekApiKey")),
            ("together/legacy-key", TogetherLegacy(seed), Pick("Together:ApiKey", "TOGETHER_API_KEY", "TogetherAI:ApiKey")),
            ("elevenlabs/api-key", ElevenLabs(seed), Pick("ElevenLabs:ApiKey", "ELEVENLABS_API_KEY", "XI_API_KEY", "xi-api-key")),
            ("elevenlabs/legacy-key", ElevenLabsLegacy(seed), Pick("ElevenLabs:ApiKey", "ELEVEN_LABS_API_KEY", "elevenLabsKey")),
            ("voyage/api-key", Voyage(seed), Pick("Voyage:ApiKey", "VOYAGE_API_KEY", "VoyageAI:ApiKey")),
            ("stability/api-key", Stability(seed), Pick("StabilityAI:ApiKey", "STABILITY_API_KEY", "stabilityApiKey")),
            ("deepgram/api-key", Deepgram(seed), Pick("Deepgram:ApiKey", "DEEPGRAM_API_KEY", "deepgramKey")),
            ("assemblyai/api-key", AssemblyAI(seed), Pick("AssemblyAI:ApiKey", "ASSEMBLYAI_API_KEY", "assemblyAiKey")),
            ("wandb/legacy-key", WandbLegacy(seed), Pick("WandB:ApiKey", "WANDB_API_KEY", "weightsAndBiasesApiKey")),
        ];
    }

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

    // ---- Checksums, written independently of KeyGov.Core ------------------------------------------------------

    /// <summary>CRC-32/ISO-HDLC, bit by bit.</summary>
    public static uint Crc32(byte[] data)
    {
        uint crc = uint.MaxValue;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        return ~crc;
    }

    /// <summary>Marvin32 (dotnet/runtime System.Marvin folded to 32 bits) with a 64-bit seed.</summary>
    public static int Marvin32(ReadOnlySpan<byte> data, ulong seed)
    {
        uint p0 = (uint)seed, p1 = (uint)(seed >> 32);
        while (data.Length >= 4)
        {
            p0 += BinaryPrimitives.ReadUInt32LittleEndian(data);
            Block(ref p0, ref p1);
            data = data[4..];
        }

        uint last = 0x80;
        for (int i = data.Length - 1; i >= 0; i--)
        {
            last = (last << 8) | data[i];
        }

        p0 += last;
        Block(ref p0, ref p1);
        Block(ref p0, ref p1);
        return (int)(p1 ^ p0);
    }

    /// <summary>An 8-character seed name (<c>Default0</c>) as security-utilities reads it: its ASCII bytes, big-endian.</summary>
    public static ulong Seed(string name) => BinaryPrimitives.ReadUInt64BigEndian(Encoding.ASCII.GetBytes(name));

    private static void Block(ref uint p0, ref uint p1)
    {
        p1 ^= p0;
        p0 = BitOperations.RotateLeft(p0, 20);
        p0 += p1;
        p1 = BitOperations.RotateLeft(p1, 9);
        p1 ^= p0;
        p0 = BitOperations.RotateLeft(p0, 27);
        p0 += p1;
        p1 = BitOperations.RotateLeft(p1, 19);
    }

    private static string ToBase62(BigInteger n)
    {
        var text = new StringBuilder();
        do
        {
            text.Insert(0, Base62Digits[(int)(n % 62)]);
            n /= 62;
        }
        while (n > 0);

        return text.ToString();
    }

    // ---- Builders -----------------------------------------------------------------------------------------------

    private static string OpenAIScoped(string prefix, int seed, bool shortForm)
    {
        var rng = new Random(seed);
        int half = shortForm ? 58 : 74;
        return prefix + Chars(rng, UrlSafe, half) + OpenAISignature + Chars(rng, UrlSafe, half);
    }

    private static string Cask(Random rng, char service, bool legacyChecksum)
    {
        while (true)
        {
            string body = Chars(rng, Alnum, 52) + "JQQJ" + "99" + Chars(rng, "ABC", 1) + Chars(rng, "ABCDEFGHIJKL", 1)
                + Chars(rng, Alnum, 12) + "AAA" + service + "ACOG";
            byte[] checksum = BitConverter.GetBytes(Marvin32(Convert.FromBase64String(body), Seed("Default0")));
            string encoded = legacyChecksum ? Convert.ToBase64String(checksum, 0, 3) : CaskBase62(checksum);
            if (encoded.All(char.IsAsciiLetterOrDigit))
            {
                return body + encoded[..4];
            }
        }
    }

    // Base62 of the bytes read as a big-endian number, one '0' per leading zero byte (at most 3), right-padded to 6.
    private static string CaskBase62(byte[] bytes)
    {
        int zeros = 0;
        while (zeros < 3 && bytes[zeros] == 0)
        {
            zeros++;
        }

        return (new string('0', zeros) + ToBase62(new BigInteger(bytes, isUnsigned: true, isBigEndian: true))).PadRight(6, '0');
    }

    private static string AzureSearch(Random rng, string seedName)
    {
        while (true)
        {
            // The first 35 bytes are fixed by 42 random characters, the signature and an [A-D] character whose low two
            // bits belong to the checksum; the checksum's 4 bytes follow.
            string head = Chars(rng, Alnum, 42) + "AzSe" + "AA";
            byte[] bytes = Convert.FromBase64String(head)[..35];
            byte[] key = [.. bytes, .. BitConverter.GetBytes(Marvin32(bytes, Seed(seedName)))];
            string encoded = Convert.ToBase64String(key);
            if (encoded.All(char.IsAsciiLetterOrDigit))
            {
                return encoded;
            }
        }
    }

    /// <summary>
    /// The key as a JSON string body with every <paramref name="every"/>-th character (from the 4th, so the prefix is
    /// cut too: <c>sk-\u0070roj-…</c>) written as a <c>\uXXXX</c> escape: the same key to a JSON reader, no key to
    /// a scanner of the raw text.
    /// </summary>
    public static string JsonEscaped(string key, int every = 5)
    {
        var text = new StringBuilder(key.Length * 2);
        for (int i = 0; i < key.Length; i++)
        {
            if (i >= 3 && (i - 3) % every == 0)
            {
                text.Append("\\u").Append(((int)key[i]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(key[i]);
            }
        }

        return text.ToString();
    }

    private static string Pem(Random rng, string newline)
    {
        string body = "MIIE" + "vQIBADANBgkqhkiG9w0BAQEFAASC" + Chars(rng, Base64, rng.Next(1500, 1700)) + "==";
        var pem = new StringBuilder(PemBegin).Append(newline);
        for (int i = 0; i < body.Length; i += 64)
        {
            pem.Append(body, i, Math.Min(64, body.Length - i)).Append(newline);
        }

        return pem.Append(PemEnd).ToString();
    }

    private static string LangSmith(string prefix, int seed)
    {
        var rng = new Random(seed);
        return prefix + Chars(rng, LowerHex, 32) + "_" + Chars(rng, LowerHex, 10);
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
