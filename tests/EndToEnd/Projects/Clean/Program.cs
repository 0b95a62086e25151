namespace Clean;

public static class Program
{
    public static void Main()
    {
        string? key = System.Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        System.Console.WriteLine(key is null ? "OPENAI_API_KEY is not set" : "key read from the environment");
        System.Console.WriteLine("sk-proj-... is how the docs write a key");
    }
}
