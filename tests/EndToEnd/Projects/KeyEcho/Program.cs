namespace KeyEcho;

public static class Program
{
    public static void Main()
    {
        // Each read resolves to an entry of keygov.json whose every free-text field holds a planted fake key.
        string? revoked = System.Environment.GetEnvironmentVariable("REVOKED_OPENAI_API_KEY");     // KG2002 (revoked)
        string? other = System.Environment.GetEnvironmentVariable("OTHER_OPENAI_API_KEY");         // KG2003
        string? suspended = System.Environment.GetEnvironmentVariable("SUSPENDED_OPENAI_API_KEY"); // KG2005
        string? expired = System.Environment.GetEnvironmentVariable("EXPIRED_OPENAI_API_KEY");     // KG2002 (expired)

        System.Console.WriteLine((revoked is null) + " " + (other is null) + " " + (suspended is null) + " " + (expired is null));
    }
}
