using Microsoft.CodeAnalysis.Testing;
using Verify = KeyGov.Analyzers.Tests.Verifier<KeyGov.Analyzers.HardcodedProviderKeyAnalyzer>;

namespace KeyGov.Analyzers.Tests;

/// <summary>KG1004 in C#: prefix-less keys named by the code around them, and ambiguous prefixes decided by context.</summary>
public class ContextualProviderKeyTests
{
    private static readonly string AzureHex = FakeKeys.AzureOpenAILegacy(31);
    private static readonly string CohereKey = FakeKeys.Cohere(32);
    private static readonly string GoogleKey = FakeKeys.GoogleApiKey(33);

    private const string Sdk = """

        namespace Azure { public sealed class AzureKeyCredential { public AzureKeyCredential(string key) { } } }
        namespace Azure.AI.OpenAI { public sealed class AzureOpenAIClient { public AzureOpenAIClient(System.Uri endpoint, Azure.AzureKeyCredential credential) { } } }
        namespace OpenAI
        {
            public sealed class OpenAIClientOptions { public System.Uri? Endpoint { get; set; } }
            public sealed class OpenAIClient { public OpenAIClient(string apiKey, OpenAIClientOptions? options = null) { } }
        }
        """;

    [Fact]
    public Task Field_named_for_the_provider_and_the_credential() => Verify.VerifyAsync(
        "class C { const string AzureOpenAIApiKey = {|KG1004:\"" + AzureHex + "\"|}; }");

    [Fact]
    public Task Pieces_joined_under_a_name_for_the_provider_and_the_credential() => Verify.VerifyAsync(
        "class C { static readonly string AzureOpenAIKey = {|KG1004:string.Concat(" + HardcodedProviderKeyAnalyzerTests.Pieces(AzureHex, 4) + ")|}; }");

    [Fact]
    public Task Characters_under_a_name_for_the_provider_and_the_credential() => Verify.VerifyAsync(
        "class C { static readonly string CohereApiKey = {|KG1004:new string(new char[] { " + HardcodedProviderKeyAnalyzerTests.Characters(CohereKey) + " })|}; }");

    [Fact]
    public Task Characters_under_a_neutral_name_are_silent() => Verify.VerifyAsync(
        "class C { static readonly string Alphabet = new string(new char[] { " + HardcodedProviderKeyAnalyzerTests.Characters(CohereKey) + " }); }");

    [Fact]
    public Task Property_of_a_settings_type_named_for_the_provider() => Verify.VerifyAsync(
        "class CohereSettings { public string ApiKey { get; set; } = {|KG1004:\"" + CohereKey + "\"|}; }");

    [Fact]
    public Task Credential_passed_to_an_Azure_OpenAI_client() => Verify.VerifyAsync(
        "class C { object M() => new Azure.AI.OpenAI.AzureOpenAIClient(new System.Uri(\"https://contoso.openai.azure.com/\"), new Azure.AzureKeyCredential({|KG1004:\"" + AzureHex + "\"|})); }" + Sdk);

    [Fact]
    public Task OpenAI_compatible_client_whose_endpoint_names_the_provider() => Verify.VerifyAsync(
        "class C { object M() => new OpenAI.OpenAIClient({|KG1004:\"" + FakeKeys.DeepSeek(34) + "\"|}, new OpenAI.OpenAIClientOptions { Endpoint = new System.Uri(\"https://api.deepseek.com\") }); }" + Sdk);

    [Fact]
    public Task Dictionary_initializer_under_a_config_key() => Verify.VerifyAsync(
        "using System.Collections.Generic;\nclass C { Dictionary<string, string> S = new() { [\"AzureOpenAI:ApiKey\"] = {|KG1004:\"" + AzureHex + "\"|} }; }");

    [Theory]
    [InlineData("string Checksum")]
    [InlineData("string AzureOpenAIDeployment")]
    [InlineData("string ApiKey")]
    public Task Same_shape_without_provider_and_credential_names_is_silent(string declaration) => Verify.VerifyAsync(
        "class C { " + declaration + " = \"" + AzureHex + "\"; }");

    [Fact]
    public Task Google_api_key_is_KG1001_where_the_code_names_Gemini() => Verify.VerifyAsync(
        "class C { const string GeminiApiKey = \"{|KG1001:" + GoogleKey + "|}\"; }");

    [Fact]
    public Task Google_api_key_is_KG1004_elsewhere() => Verify.VerifyAsync(
        "class C { const string MapsKey = \"{|KG1004:" + GoogleKey + "|}\"; }");

    [Fact]
    public Task Aws_access_key_id_is_KG1001_with_its_secret_in_the_same_type() => Verify.VerifyAsync(
        "class BedrockSetup\n{\n    const string AccessKeyId = \"{|KG1001:" + FakeKeys.AwsAccessKeyId(35) + "|}\";\n    const string SecretAccessKey = {|KG1004:\"" + FakeKeys.AwsSecretAccessKey(36) + "\"|};\n}\n");

    [Fact]
    public Task Aws_access_key_id_alone_is_KG1004() => Verify.VerifyAsync(
        "class C { const string AccessKeyId = \"{|KG1004:" + FakeKeys.AwsAccessKeyId(37) + "|}\"; }");

    [Fact]
    public async Task Message_names_the_context_and_never_the_key()
    {
        var test = Verifier<HardcodedProviderKeyAnalyzer>.Create("class C { const string AzureOpenAIApiKey = {|#0:\"" + AzureHex + "\"|}; }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.KG1004_ContextualProviderKey).WithLocation(0)
            .WithArguments("Azure OpenAI / AI services", "API key (32 hex)", "\u2026" + AzureHex[^4..], "AzureOpenAIApiKey C"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_key_among_the_constants_beside_a_key_is_not_echoed_as_its_context()
    {
        // The short constants beside a value are part of its context, and one of them may be a key (#16).
        string legacy = FakeKeys.OpenAILegacy(38);
        var google = KeyGov.Core.Detection.KeyScanner.Scan(GoogleKey)[0];
        var test = Verifier<HardcodedProviderKeyAnalyzer>.Create(
            "class C { static void Use(string a, string b) { } static void M() { Use(\"{|#0:" + GoogleKey + "|}\", \"{|KG1001:" + legacy + "|}\"); } }");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.KG1004_ContextualProviderKey).WithLocation(0)
            .WithArguments(google.Kind.ProviderName, google.Kind.KindName, google.Redacted, "(a value that looks like a key, not shown)"));
        await test.RunAsync();
    }

    // The weaker context: the member a value sits in, and the short constants beside it.

    [Fact]
    public Task Parameter_default_in_a_method_named_for_the_provider() => Verify.VerifyAsync(
        "class C { static string UseAzureOpenAI(string apiKey = {|KG1004:\"" + AzureHex + "\"|}) => apiKey; }");

    [Fact]
    public Task Local_in_a_method_named_for_the_provider() => Verify.VerifyAsync(
        "class C { static int ConnectCohere() { var apiKey = {|KG1004:\"" + CohereKey + "\"|}; return apiKey.Length; } }");

    [Fact]
    public Task Property_assignment_in_a_method_named_for_the_provider() => Verify.VerifyAsync(
        "class Options { public string? ApiKey { get; set; } }\n" +
        "class C { static Options ConfigureAzureOpenAI() { var options = new Options(); options.ApiKey = {|KG1004:\"" + AzureHex + "\"|}; return options; } }");

    [Fact]
    public Task Object_initializer_whose_sibling_names_the_provider() => Verify.VerifyAsync(
        "class Options { public string? Provider { get; set; } public string? ApiKey { get; set; } }\n" +
        "class C { static Options Create() => new Options { Provider = \"cohere\", ApiKey = {|KG1004:\"" + CohereKey + "\"|} }; }");

    [Fact]
    public Task Environment_variable_named_for_the_provider_and_the_credential() => Verify.VerifyAsync(
        "class C { static void Setup() => System.Environment.SetEnvironmentVariable(\"DEEPSEEK_API_KEY\", {|KG1004:\"" + FakeKeys.DeepSeek(38) + "\"|}); }");

    [Fact]
    public Task Attribute_whose_name_and_sibling_argument_name_the_credential_and_provider() => Verify.VerifyAsync(
        "[System.AttributeUsage(System.AttributeTargets.All)] class ProviderKeyAttribute : System.Attribute { public ProviderKeyAttribute(string provider, string key) { } }\n" +
        "class C { [ProviderKey(\"azure-openai\", {|KG1004:\"" + AzureHex + "\"|})] void M() { } }");

    [Theory]
    [InlineData("static string UseAzureOpenAI(string deployment = \"VALUE\") => deployment;")] // no credential word
    [InlineData("static void Setup() => System.Environment.SetEnvironmentVariable(\"BUILD_CHECKSUM\", \"VALUE\");")] // no provider
    [InlineData("static string Pick(string a, string b) => a; static string M() => Pick(\"azure-openai\", \"VALUE\");")] // no credential word
    [InlineData("static int ConnectCohere() { var deployment = \"VALUE\"; return deployment.Length; }")]
    public Task Weaker_context_alone_is_not_enough(string member) => Verify.VerifyAsync(
        "class C { " + member.Replace("VALUE", AzureHex, StringComparison.Ordinal) + " }");

    [Fact]
    public Task The_value_own_names_win_over_the_member_it_sits_in() => Verify.VerifyAsync(
        // The method names Cohere, the variable names Azure OpenAI: the value is judged as an Azure key (32 hex), and found.
        "class C { static int ConnectCohere() { var azureOpenAIKey = {|KG1004:\"" + AzureHex + "\"|}; return azureOpenAIKey.Length; } }");

    [Fact]
    public Task Json_in_a_raw_literal_is_read_like_a_config_file() => Verify.VerifyAsync(
        "class C\n{\n    const string FixtureJson = \"\"\"\n        {\n          \"provider\": \"cohere\",\n          \"Cohere\": { \"ApiKey\": \"{|KG1004:" + CohereKey + "|}\" }\n        }\n        \"\"\";\n}\n");

    [Fact]
    public Task Json_in_a_literal_that_opens_with_a_comment_is_read_too() => Verify.VerifyAsync(
        "class C\n{\n    const string FixtureJson = \"\"\"\n        { // the sample settings\n          \"Cohere\": { \"ApiKey\": \"{|KG1004:" + CohereKey + "|}\" }\n        }\n        \"\"\";\n}\n");

    [Fact]
    public Task Json_in_a_literal_named_for_the_provider_with_a_credential_key()
    {
        string source = "class C { const string CohereSettingsJson = \"{ \\\"apiKey\\\": \\\"" + CohereKey + "\\\" }\"; }";
        int column = source.IndexOf(CohereKey, StringComparison.Ordinal) + 1;
        return Verify.VerifyAsync(source, new DiagnosticResult(Descriptors.KG1004_ContextualProviderKey)
            .WithSpan(1, column, 1, column + CohereKey.Length)
            .WithArguments("Cohere", "API key", "\u2026" + CohereKey[^4..], "CohereSettingsJson C apiKey"));
    }

    [Theory]
    [InlineData("{ \\\"checksum\\\": \\\"VALUE\\\" }")]
    [InlineData("{ \\\"Cohere\\\": { \\\"Model\\\": \\\"VALUE\\\" } }")]
    [InlineData("[ \\\"VALUE\\\" ]")]
    [InlineData("{ not json VALUE")]
    public Task Json_without_provider_and_credential_names_is_silent(string json) => Verify.VerifyAsync(
        "class C { const string FixtureJson = \"" + json.Replace("VALUE", CohereKey, StringComparison.Ordinal) + "\"; }");

    [Fact]
    public Task Disabled_code_judged_by_the_name_the_value_is_assigned_to() => Verify.VerifyAsync(
        "class C\n{\n#if LEGACY_KEYS\n    private const string AwsSecretAccessKey = {|KG1004:\"" + FakeKeys.AwsSecretAccessKey(39) + "\"|};\n" +
        "    private const string BuildChecksum = \"" + AzureHex + "\";\n    void M() { options.ApiKey = \"" + AzureHex + "\"; }\n#endif\n}\n");

    // Only directives with a string in the lines around them are looked up (issue #14); these keep every disabled key
    // found when that string sits far from the directive that leads the disabled text.

    [Fact]
    public Task Disabled_code_with_a_region_inside_is_read_from_its_if() => Verify.VerifyAsync(
        "class C\n{\n#if LEGACY_KEYS\n#region Keys\n    // see issue #12\n    private const string AwsSecretAccessKey = {|KG1004:\"" + FakeKeys.AwsSecretAccessKey(39) + "\"|};\n" +
        "#endregion\n#endif\n}\n");

    [Fact]
    public Task Disabled_else_branch_after_active_code_without_strings() => Verify.VerifyAsync(
        "class C\n{\n#if !LEGACY_KEYS\n    int M() => 1;\n#else\n    int M() => 2;\n    private const string AwsSecretAccessKey = {|KG1004:\"" + FakeKeys.AwsSecretAccessKey(40) + "\"|};\n" +
        "#endif\n}\n");

    [Fact]
    public Task Disabled_elif_branch_between_two_without_strings() => Verify.VerifyAsync(
        "class C\n{\n#if NET8_0\n    int M() => 1;\n#elif LEGACY_KEYS\n\n    private const string AwsSecretAccessKey = {|KG1004:\"" + FakeKeys.AwsSecretAccessKey(41) + "\"|};\n\n" +
        "#else\n    int M() => 3;\n#endif\n}\n");

    // The strings around a directive must be ones that may be a key before it is looked up: a quote in a character
    // literal, a message with spaces, or a short string before the key must not hide it.

    [Fact]
    public Task Disabled_key_after_a_quote_character_and_messages() => Verify.VerifyAsync(
        "class C\n{\n    char Quote() => '\"';\n#if LEGACY_KEYS\n    string M() => \"not a key: a message\" + \"x\";\n" +
        "    private const string AwsSecretAccessKey = {|KG1004:\"" + FakeKeys.AwsSecretAccessKey(42) + "\"|};\n#endif\n}\n");

    [Fact]
    public Task Disabled_code_with_only_messages_is_silent() => Verify.VerifyAsync(
        "class C\n{\n#if LEGACY_KEYS\n    private const string AwsSecretAccessKey = \"see the vault, not here\";\n    string M() => \"a b\";\n#endif\n}\n");

    // Read the way a reviewer does (#15): comments that name the provider and a credential, names that name only the
    // provider where the value has the provider's exact shape, and members that return or build the value.

    private static readonly string MistralKey = FakeKeys.Mistral(51);
    private static readonly string DeepSeekKey = FakeKeys.DeepSeek(52);

    private const string Headers = "\nclass Headers { public void Add(string name, string value) { } }\n";

    [Fact]
    public Task Line_comment_about_a_rotated_key_of_the_provider() => Verify.VerifyAsync(
        "class C\n{\n    // The old Cohere key was rotated last week: {|KG1004:" + CohereKey + "|}\n    void M() { }\n}\n");

    [Fact]
    public Task Block_comment_about_a_rotated_key_of_the_provider() => Verify.VerifyAsync(
        "class C\n{\n    /*\n     * old Mistral API key (rotated 2025-06): {|KG1004:" + MistralKey + "|}\n     */\n    void M() { }\n}\n");

    [Fact]
    public Task Xml_doc_example_that_constructs_the_provider_client_with_a_key() => Verify.VerifyAsync(
        "class C\n{\n    /// <summary>Chat with Mistral.</summary>\n    /// <example>\n    /// var client = new MistralClient(\"{|KG1004:" + MistralKey + "|}\");\n    /// </example>\n    void M() { }\n}\n");

    [Fact]
    public async Task A_comment_finding_names_the_comment_as_its_context()
    {
        var test = Verifier<HardcodedProviderKeyAnalyzer>.Create("class C\n{\n    // old DeepSeek key: {|#0:" + DeepSeekKey + "|}\n}\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.KG1004_ContextualProviderKey).WithLocation(0)
            .WithArguments("DeepSeek", "API key", "sk-\u2026" + DeepSeekKey[^4..], "the comment before it"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("// Azure OpenAI deployment hash: MD5")]
    [InlineData("// old key (rotated): HEX")]
    [InlineData("// Azure OpenAI: HEX")]
    [InlineData("/// <example>\n    /// var client = new OpenAIClient(\"HEX\");\n    /// </example>")]
    [InlineData("// Cohere model checksum: COHERE")]
    public Task Comments_that_do_not_tie_the_value_to_a_provider_credential_are_silent(string comment) => Verify.VerifyAsync(
        "class C\n{\n    " + comment.Replace("MD5", HexDigests.Md5("a"), StringComparison.Ordinal).Replace("HEX", AzureHex, StringComparison.Ordinal)
            .Replace("COHERE", CohereKey, StringComparison.Ordinal) + "\n    void M() { }\n}\n");

    [Fact]
    public Task Key_in_a_string_after_a_comment_like_text_is_judged_as_a_literal() => Verify.VerifyAsync(
        // "//" inside a string starts no comment: the literal's own (neutral) names decide, and they are silent.
        "class C { const string Note = \"see http://example.com // old Cohere key: " + CohereKey + "\"; }");

    [Fact]
    public Task Field_named_for_the_provider_with_a_neutral_suffix() => Verify.VerifyAsync(
        "class ChatService { private const string AzureOpenAIConfig = {|KG1004:\"" + AzureHex + "\"|}; }");

    [Fact]
    public Task The_type_that_holds_the_value_neither_vetoes_nor_names_its_credential() => Verify.VerifyAsync(
        "class ModelRouter { private const string MistralSetting = {|KG1004:\"" + MistralKey + "\"|}; }\n" +
        "class KeyCatalog { private const string AzureOpenAIDeployment = \"" + HexDigests.Md5("gpt-4o") + "\"; }\n");

    [Fact]
    public Task Halves_joined_under_a_name_for_the_provider() => Verify.VerifyAsync(
        "class C { private const string CohereSetting = {|KG1004:\"" + CohereKey[..20] + "\" + \"" + CohereKey[20..] + "\"|}; }");

    [Fact]
    public Task Array_of_candidate_values_named_for_the_provider() => Verify.VerifyAsync(
        "class C { private static readonly string[] MistralCandidates = { {|KG1004:\"" + MistralKey + "\"|} }; }");

    [Fact]
    public Task Collection_of_candidate_values_named_for_the_provider() => Verify.VerifyAsync(
        "using System.Collections.Generic;\nclass C\n{\n    static readonly List<string> DeepSeekPool = new() { {|KG1004:\"" + DeepSeekKey + "\"|} };\n" +
        "    static readonly string[] MistralValues = [{|KG1004:\"" + MistralKey + "\"|}];\n}\n");

    [Fact]
    public Task Switch_arm_of_a_method_named_for_the_provider() => Verify.VerifyAsync(
        "class C { static string DeepSeekFor(string env) => env switch { \"production\" => {|KG1004:\"" + DeepSeekKey + "\"|}, _ => string.Empty }; }");

    [Fact]
    public Task Ternary_in_a_method_named_for_the_provider() => Verify.VerifyAsync(
        "class C { static string MistralPick(bool production) => production ? {|KG1004:\"" + MistralKey + "\"|} : string.Empty; }");

    [Fact]
    public Task Return_from_a_method_named_for_the_provider() => Verify.VerifyAsync(
        "class C { static string GetAzureOpenAIValue() { return {|KG1004:\"" + AzureHex + "\"|}; } }");

    [Fact]
    public Task Interpolated_authorization_value_in_a_method_named_for_the_provider() => Verify.VerifyAsync(
        "class C { static string MistralAuthHeader(string scheme) => $\"{scheme} {|KG1004:" + MistralKey + "|}\"; }");

    [Fact]
    public Task Bearer_header_concatenated_in_a_setup_method_named_for_the_provider() => Verify.VerifyAsync(
        "class C { static void SetupMistral(Headers headers) { headers.Add(\"Authorization\", {|KG1004:\"Bearer \" + \"" + MistralKey + "\"|}); } }" + Headers);

    [Fact]
    public Task Bearer_literal_in_a_setup_method_named_for_the_provider() => Verify.VerifyAsync(
        "class C { static void ConfigureDeepSeek(Headers headers) { headers.Add(\"Authorization\", \"Bearer {|KG1004:" + DeepSeekKey + "|}\"); } }" + Headers);

    [Theory]
    [InlineData("private const string AzureOpenAIDeployment = \"MD5\";")]
    [InlineData("private const string AzureOpenAIContentMd5 = \"MD5\";")]
    [InlineData("private const string AzureOpenAICacheKey = \"MD5\";")] // a lookup key, not a credential
    [InlineData("private static readonly string[] AzureOpenAIChecksums = { \"MD5\" };")]
    [InlineData("static string AzureOpenAIDeploymentFor(string env) => env switch { \"production\" => \"MD5\", _ => \"\" };")]
    [InlineData("static string DeepgramCommitPick(bool production) => production ? \"SHA1\" : \"\";")]
    [InlineData("static string Use(string a, string b) => a; static string M() => Use(\"azure-openai\", \"HEX\");")]
    [InlineData("static string AuthHeader(string scheme) => $\"{scheme} HEX\";")]
    [InlineData("static void Setup(Headers headers) { headers.Add(\"Authorization\", \"Bearer \" + \"HEX\"); }")]
    [InlineData("static void SetupMistral(Headers headers) { headers.Add(\"X-Request\", \"Request \" + \"MISTRAL\"); }")]
    [InlineData("static void SetupMistral(Headers headers) { headers.Add(\"Authorization\", \"Bearer \" + \"HEX\"); }")] // not Mistral's shape
    [InlineData("static int ConnectCohere() { var buildStamp = \"COHERE\"; return buildStamp.Length; }")]
    public Task Provider_names_with_hashes_ids_and_other_shapes_are_silent(string member) => Verify.VerifyAsync(
        "class C { " + member.Replace("MD5", HexDigests.Md5("b"), StringComparison.Ordinal).Replace("SHA1", HexDigests.Sha1("c"), StringComparison.Ordinal)
            .Replace("HEX", AzureHex, StringComparison.Ordinal).Replace("MISTRAL", MistralKey, StringComparison.Ordinal)
            .Replace("COHERE", CohereKey, StringComparison.Ordinal) + " }" + Headers);
}
