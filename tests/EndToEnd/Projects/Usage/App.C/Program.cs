string? key = System.Environment.GetEnvironmentVariable("MISTRAL_API_KEY");
System.Console.WriteLine(key is null);
