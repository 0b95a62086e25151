namespace Worker;

public static class Program
{
    public static void Main()
    {
        // KG2002: its only entry is revoked.
        string? labs = System.Environment.GetEnvironmentVariable("LABS_OPENAI_API_KEY");
        System.Console.WriteLine(labs is null);
    }
}
