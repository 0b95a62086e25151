namespace CredentialUse;

public static class Program
{
    public static void Main()
    {
        // Registered in keygov.json for this project: no finding.
        string? support = System.Environment.GetEnvironmentVariable("OPENAI_API_KEY");

        // Listed by no entry: KG2001.
        string? triage = System.Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY");

        // Its only entry is revoked: KG2002.
        string? labs = System.Environment.GetEnvironmentVariable("LABS_OPENAI_API_KEY");

        System.Console.WriteLine((support is null) + " " + (triage is null) + " " + (labs is null));
    }
}
