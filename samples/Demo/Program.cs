// KeyGov demo. Every finding below is deliberate; `dotnet build samples/Demo` shows them.

// KG1001: a hard-coded OpenAI project key. The repository never holds a key-shaped string, so the demo spells it as a
// constant concatenation; the compiler folds it into one constant, and KeyGov reads that constant whole.
const string SupportBotKey =
    "sk-proj-" +
    "6ombYXUhDTm-y9IUfpD011RvlQCy2dsxWWHNC" + "CI8VAhyDkjlmUoaYaLZVPvfCnABW1Z9gVPgZ3" +
    "T3BlbkFJ" +
    "6he38xhZ-hMH0qP_fels3ndiALS_StkTZE5Zb" + "j4u-jQiwihi7_Z7-mWtBrE3C4qQLAAIjd24DI";

// The right way: the key comes from the environment, and keygov.json inventories it. (Its entry has expired, so
// this read is KG2002 as a warning on a developer's machine and an error in CI, beside the manifest's KG3005.)
string? apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");

// KG2001: a credential no entry of keygov.json lists. The message suggests the entry to add.
string? triageKey = Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY");

// KG2002 (error): the only entry for this variable is revoked: the key was retired with the labs prototype.
string? labsKey = Environment.GetEnvironmentVariable("LABS_OPENAI_API_KEY");

// KG2007: the support key is approved for chat only (its entry's "apis"); generating images with it is outside that.
if (apiKey is not null)
{
    var openAI = new OpenAI.OpenAIClient(apiKey);
    var answer = openAI.GetChatClient("gpt-4o-mini");
    var picture = openAI.GetImageClient("gpt-image-1");
    Console.WriteLine($"Clients ready: {answer is not null && picture is not null}.");
}

Console.WriteLine(apiKey is null ? "OPENAI_API_KEY is not set." : "Using the key from OPENAI_API_KEY.");
Console.WriteLine($"Triage key set: {triageKey is not null}; labs key set: {labsKey is not null}.");
Console.WriteLine($"The hard-coded key is {SupportBotKey.Length} characters long; KeyGov never prints it.");
