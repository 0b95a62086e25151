System.Console.WriteLine("inputs");
