namespace Leaky;

public static class Program
{
    private const string Key = "{{OpenAIKey}}";

    public static void Main() => System.Console.WriteLine(Key.Length);
}
