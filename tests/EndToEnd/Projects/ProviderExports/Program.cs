namespace ProviderExports;

public static class Program
{
    public static void Main() => System.Console.WriteLine("reconciled at build time");
}
