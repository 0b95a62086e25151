namespace CredentialScope;

public static class Program
{
    public static void Main()
    {
        // KG2006: an Azure OpenAI key where the client also takes Microsoft Entra ID (a TokenCredential overload).
        var azure = new Azure.AI.OpenAI.AzureOpenAIClient(new System.Uri("https://contoso.openai.azure.com/"),
            new System.ClientModel.ApiKeyCredential(System.Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!));

        // KG2007: a key approved for chat only, used for images.
        var openAI = new OpenAI.OpenAIClient(System.Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
        var chat = openAI.GetChatClient("gpt-4o-mini");
        var images = openAI.GetImageClient("gpt-image-1");

        // KG2008: an organization admin key in application code.
        var usage = new OpenAI.OpenAIClient(System.Environment.GetEnvironmentVariable("OPENAI_ADMIN_KEY")!);

        System.Console.WriteLine(azure is null || chat is null || images is null || usage is null);
    }
}
