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
            static class Samples { public static Section OpenAI => Load(); static Section Load([System.Runtime.CompilerServices.CallerMemberName] string name = "") => new Section(); }
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
    public async Task Names_that_only_look_like_a_source_are_no_reason()
    {
        // From NLog: Monitor.Exit and Environment.GetFolderPath read no variable, an enumerator's Current.Key is no
        // static section, ContainsKey is a call, and new(…) with only a conditional sink here (AuthenticationHeaderValue)
        // needs its scheme as well.
        var names = await NamesAsync([], """
            using System;
            using System.Collections.Generic;
            using System.Threading;
            static class Clock { public static DateTime Current => DateTime.UtcNow; }
            class Locks { readonly object _gate = new(); void Leave() { Monitor.Exit(_gate); Environment.Exit(0); } }
            class Folders { string Home() => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile); }
            class Walker { IEnumerator<KeyValuePair<string, int>> _e = null!; string Key() => _e.Current.Key; }
            class Lookup { static Dictionary<string, int> Table { get; } = new(); bool Has(string t) => Table.ContainsKey(t); }
            class Headers { System.Net.Http.Headers.AuthenticationHeaderValue Basic(string v) => new("Basic", v); }
            class Bearer { System.Net.Http.Headers.AuthenticationHeaderValue Auth(string v) => new("Bearer", v); }
            class Reads { string? Key() => Environment.GetEnvironmentVariable("OPENAI_API_KEY"); }
            """);

        Assert.False(names("Clock"));
        Assert.False(names("Locks"));
        Assert.False(names("Folders"));
        Assert.False(names("Walker"));
        Assert.False(names("Lookup"));
        Assert.False(names("Headers"));
        Assert.True(names("Bearer")); // new(…) and the scheme a header sink needs
        Assert.True(names("Reads"));
    }

    [Fact]
    public async Task A_static_section_read_through_its_type_or_an_alias_goes_on()
    {
        var names = await NamesAsync([], """
            using Cfg = Contoso.Samples;
            namespace Contoso { static class Samples { public static Section OpenAI => Load(); static Section Load([System.Runtime.CompilerServices.CallerMemberName] string name = "") => new Section(); }
            class Section { public string ApiKey { get; set; } = ""; }
            class ByType { string Key() => Contoso.Samples.OpenAI.ApiKey; }
            class ByAlias { string Key() => Cfg.OpenAI.ApiKey; }
            class ByField { Section _s = new(); string Key() => _s.ApiKey; }
            static class Fixed { public static Section Stored { get; } = new Section(); }
            class ByAutoProperty { string Key() => Fixed.Stored.ApiKey; }
            static class Plain { public static Section Current => Make(); static Section Make() => new Section(); }
            class ByPlainCall { string Key() => Plain.Current.ApiKey; } }
            """);

        Assert.True(names("ByType"));
        Assert.True(names("ByAlias"));
        Assert.False(names("ByField")); // _s is no static property
        Assert.False(names("ByAutoProperty")); // Stored loads no section by its name (its getter is no call)
        Assert.False(names("ByPlainCall")); // Make takes no caller name: Current is no section named after itself
    }

    [Fact]
    public async Task A_section_loader_whose_caller_name_attribute_has_an_alias_still_lets_its_readers_through()
    {
        // The alias is a global using of a file after the loader's, and the loader a part of its type apart from the property.
        string loader = """
            namespace Contoso { static partial class Samples { static Section Load([Caller] string name = "") => new Section(); } }
            """;
        var names = await NamesAsync([loader], """
            global using Caller = System.Runtime.CompilerServices.CallerMemberNameAttribute;
            namespace Contoso { static partial class Samples { public static Section OpenAI => Load(); }
            class Section { public string ApiKey { get; set; } = ""; }
            class Reader { string Key() => Samples.OpenAI.ApiKey; } }
            """);

        Assert.True(names("Reader"));
    }

    [Fact]
    public async Task A_header_value_that_holds_a_shorter_one_still_lets_its_type_through()
    {
        // x-goog-api-key is looked for as api-key (a value with a '-' is only ever text in a string).
        var names = await NamesAsync([], """
            class Goog { void Set(System.Net.Http.HttpClient http, string key) => http.DefaultRequestHeaders.Add("x-goog-api-key", key); }
            class Trace { void Set(System.Net.Http.HttpClient http, string id) => http.DefaultRequestHeaders.Add("x-trace-id", id); }
            """);

        Assert.True(names("Goog"));
        Assert.False(names("Trace"));
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

    [Fact]
    public async Task Each_tree_is_searched_once_for_all_its_types_and_a_partial_type_by_all_its_trees()
    {
        // Issue #14: the names are searched once per tree; a tree without any of them settles its types at once. A
        // partial type goes on when any of its trees names a source, and a hit in one type of a tree is not another's.
        var names = await NamesAsync(
            ["""
            partial class Split { int Count() => 1; }
            class Quiet { int Count() => 2; }
            """,
            """
            class Neighbour { int Count() => 3; }
            """],
            """
            using System;
            partial class Split { string? Key() => Environment.GetEnvironmentVariable("OPENAI_API_KEY"); }
            class Beside { int Count() => 4; }
            """);

        Assert.True(names("Split"));
        Assert.False(names("Quiet"));
        Assert.False(names("Neighbour"));
        Assert.False(names("Beside"));
    }

    private static async Task<Func<string, bool>> NamesAsync(string[] stubs, string source)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var trees = stubs.Append(source).Select(text => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest)));
        var compilation = CSharpCompilation.Create("Names", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var names = CredentialApis.Create(compilation).Names;
        return name => names.MayMatter((compilation.GetTypeByMetadataName(name.Replace('.', '+')) ?? compilation.GetTypeByMetadataName("Contoso." + name))!, CancellationToken.None);
    }
}
