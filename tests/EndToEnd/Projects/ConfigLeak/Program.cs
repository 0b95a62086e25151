System.Console.WriteLine("keys live in configuration");
