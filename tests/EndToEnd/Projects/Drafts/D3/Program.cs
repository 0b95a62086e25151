string? deepSeek = System.Environment.GetEnvironmentVariable("DEEPSEEK_API_KEY");
string? cohere = System.Environment.GetEnvironmentVariable("COHERE_API_KEY");
System.Console.WriteLine(deepSeek + cohere);
