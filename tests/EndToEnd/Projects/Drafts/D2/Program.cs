string? openAi = System.Environment.GetEnvironmentVariable("OPENAI_API_KEY");
string? mistral = System.Environment.GetEnvironmentVariable("MISTRAL_API_KEY");
string? groq = System.Environment.GetEnvironmentVariable("GROQ_API_KEY");
System.Console.WriteLine(openAi + mistral + groq);
