namespace Api;

public static class Program
{
    // KG1001: a leaked key.
    private const string Leaked = "{{OpenAIKey}}";

    // KG1004: a key with no prefix, attributed to Azure OpenAI by the names around it.
    private const string AzureOpenAIApiKey = "{{AzureHexKey}}";

#pragma warning disable KG1001 // A revoked key kept as a regression fixture
    private const string Waived = "{{SuppressedKey}}";
#pragma warning restore KG1001

    // Listed in keygov.json's allow-list: no finding.
    private const string DocumentationSample = "{{AllowedKey}}";

    public static void Main()
    {
        var http = new System.Net.Http.HttpClient();
        http.DefaultRequestHeaders.Add("Authorization", "Bearer {{BearerToken}}"); // KG1003
        string? triage = System.Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY"); // KG2001
        string? support = System.Environment.GetEnvironmentVariable("OPENAI_API_KEY"); // KG2002: expired
        System.Console.WriteLine(Leaked.Length + AzureOpenAIApiKey.Length + Waived.Length + DocumentationSample.Length + " " + triage + support + LoadTest());
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Governance", "KG2001", Justification = "Read only by the local load-test harness")]
    private static string? LoadTest() => System.Environment.GetEnvironmentVariable("GROQ_API_KEY");
}
