string? openAi = System.Environment.GetEnvironmentVariable("OPENAI_API_KEY");
string? anthropic = System.Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY");
System.Console.WriteLine(openAi + anthropic);
