using KeyGov.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using LiteralVerify = KeyGov.Analyzers.Tests.Usage.UsageVerifier<KeyGov.Analyzers.LiteralCredentialAnalyzer>;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// <see cref="CredentialNames"/>: which types go on to credential flow, decided from their syntax before any operation
/// is built. A type that names no source or sink is skipped; every way of reaching one without its usual name still
/// goes on (the analyzer tests would lose their findings otherwise; these pin the cases the name filter must know).
/// </summary>
public class CredentialNamesTests
{
    private static readonly string Token = FakeKeys.Chars(new Random(1400), FakeKeys.Alnum, 40);

    [Fact]
    public async Task Types_that_name_no_source_or_sink_are_skipped_and_the_others_go_on()
    {
        var names = await NamesAsync(SdkStubs.All, """
            using System;
            using System.Collections.Generic;
            class Logger { string Line(List<string> items) { items.Add("x"); return items[0] + Environment.NewLine; } }
            class Reader { string? Key() => Environment.GetEnvironmentVariable("OPENAI_API_KEY"); }
            class Sink { object Client(string key) => new OpenAI.OpenAIClient(key); }
            class Header { void Set(System.Net.Http.HttpClient http, string key) => http.DefaultRequestHeaders.Add("Authorization", key); }
            class Lists { void Add(List<string> items) => items.Add("Authorization"); }
            class Settings { string? Read(Microsoft.Extensions.Configuration.IConfiguration c) => c["OpenAI:ApiKey"]; }
            class Outer { class Nested { string? K() => Environment.GetEnvironmentVariable("X"); } int Count() => 1 + 2; }
            class Pairs { string Keys(Dictionary<string, string> d) { foreach (var kvp in d) { return kvp.Key; } return ""; } }
            static class Samples { public static Section OpenAI => new Section(); }
            class Section { public string ApiKey { get; set; } = ""; }
            class UsesSamples { string Key() => Samples.OpenAI.ApiKey; }
            """);

        Assert.False(names("Logger")); // List.Add, a number index and Environment.NewLine name no source or sink
        Assert.True(names("Reader"));
        Assert.True(names("Sink"));
        Assert.True(names("Header")); // Add with a header name
        Assert.False(names("Outer")); // its nested type reads, it does not
        Assert.True(names("Outer.Nested"));
        Assert.True(names("Settings")); // an indexer with a string: IConfiguration's, for all the syntax knows
        Assert.True(names("Lists")); // Add and "Authorization" in one type: the name filter cannot tell, the operation filter will
        Assert.False(names("Pairs")); // kvp.Key: a credential word, but kvp is no property of this compilation
        Assert.True(names("UsesSamples")); // Samples.OpenAI.ApiKey: OpenAI may be a section loaded by its name
    }

    [Fact]
    public async Task Without_configuration_an_element_access_is_no_reason()
    {
        var names = await NamesAsync([], """
            class Table { string Cell(System.Collections.Generic.Dictionary<string, string> d) => d["OpenAI:ApiKey"]; }
            """);

        Assert.False(names("Table"));
    }

    [Fact]
    public Task A_sink_type_under_a_using_alias_is_still_followed() => LiteralVerify.VerifyAsync(
        "namespace Contoso;\nusing Client = OpenAI.OpenAIClient;\nclass Factory { object Create() => new Client({|KG1003:\"" + Token + "\"|}); }",
        manifest: null);

    [Fact]
    public Task A_sink_created_by_target_typed_new_is_still_followed() => LiteralVerify.VerifyAsync(
        "class Program { static void Main() => Helper.Use(new({|KG1003:\"" + Token + "\"|})); }\n" +
        "static class Helper { public static void Use(OpenAI.OpenAIClient client) { } }",
        manifest: null);

    [Fact]
    public Task A_header_name_spelled_by_a_name_is_still_followed() => LiteralVerify.VerifyAsync(
        "using System.Net.Http;\nstatic class Names { public const string Authorization = \"Authorization\"; }\n" +
        "class Calls { void Set(HttpClient http) => http.DefaultRequestHeaders.Add(Names.Authorization, {|KG1003:\"Bearer " + Token + "\"|}); }",
        manifest: null);

    private static async Task<Func<string, bool>> NamesAsync(string[] stubs, string source)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var trees = stubs.Append(source).Select(text => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest)));
        var compilation = CSharpCompilation.Create("Names", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var names = CredentialApis.Create(compilation).Names;
        return name => names.MayMatter(compilation.GetTypeByMetadataName(name.Replace('.', '+'))!, CancellationToken.None);
    }
}
