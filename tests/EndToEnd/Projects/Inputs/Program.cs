// Reads the credential its keygov.json registers for it, so that the package has nothing to say about the code.
System.Console.WriteLine(System.Environment.GetEnvironmentVariable("OPENAI_API_KEY") is null ? "inputs" : "inputs, with a key");
