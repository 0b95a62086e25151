namespace Governed;

public static class Program
{
    public static void Main() => System.Console.WriteLine(System.Environment.GetEnvironmentVariable("OPENAI_API_KEY") is null ? "no key set" : "key read");
}
