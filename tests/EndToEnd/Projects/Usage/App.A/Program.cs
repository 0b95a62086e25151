string? key = System.Environment.GetEnvironmentVariable("OPENAI_API_KEY");
#pragma warning disable KG1001, KG1004, KG2001
// A key pasted where a variable name belongs: it never reaches the usage facts or the inventory.
string? pasted = System.Environment.GetEnvironmentVariable("{{PlantedKey}}");
#pragma warning restore KG1001, KG1004, KG2001
System.Console.WriteLine(key is null && pasted is null);
