// App.B used to call Mistral; it no longer reads MISTRAL_API_KEY, but keygov.json still lists it as a consumer.
System.Console.WriteLine("App.B");
