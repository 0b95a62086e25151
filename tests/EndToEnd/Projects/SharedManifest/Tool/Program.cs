namespace Tool;

public static class Program
{
    public static void Main() => System.Console.WriteLine("tool");
}
