namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>Helpers that turn a snippet with <c>[|…|]</c> marks into the expectation of a test.</summary>
public static class Snippets
{
    /// <summary>The usings a typical AI app has, so that snippets read like the code they paraphrase.</summary>
    public const string Usings = """
        using System;
        using System.ClientModel;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Options;
        using Microsoft.SemanticKernel;
        using OpenAI;
        using OpenAI.Chat;
        using Azure;
        using Azure.AI.OpenAI;

        """;

    /// <summary>The snippet with its <c>[|…|]</c> marks expecting <paramref name="ruleId"/>.</summary>
    public static string Expecting(string ruleId, string snippet) => Usings + snippet.Replace("[|", "{|" + ruleId + ":").Replace("|]", "|}");

    /// <summary>The snippet with its marks removed: no diagnostic expected.</summary>
    public static string Silent(string snippet) => Usings + snippet.Replace("[|", "").Replace("|]", "");
}
