// An app that reads five AI credentials and has an empty keygov.json: what onboarding starts from.
using System;

var openai = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
var mistral = Environment.GetEnvironmentVariable("MISTRAL_API_KEY");
var anthropic = Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY");
var deepseek = Environment.GetEnvironmentVariable("DEEPSEEK_API_KEY");
var groq = Environment.GetEnvironmentVariable("GROQ_API_KEY");
Console.WriteLine((openai ?? mistral ?? anthropic ?? deepseek ?? groq) != null);
