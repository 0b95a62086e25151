using KeyGov.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary><see cref="TypeLookup"/> answers as <see cref="Compilation.GetTypeByMetadataName"/> does, asking each namespace once.</summary>
public class TypeLookupTests
{
    private const string Sdk = "namespace Vendor.Ai.Chat { public class Client { public class Options { } } }";

    [Fact]
    public async Task Finds_what_the_compilation_has_and_nothing_else()
    {
        var compilation = await CompilationAsync(Sdk, aliased: false);
        var lookup = new TypeLookup(compilation);

        Assert.Equal(compilation.GetTypeByMetadataName("Vendor.Ai.Chat.Client"), lookup.Find("Vendor.Ai.Chat.Client"));
        Assert.Equal(compilation.GetTypeByMetadataName("Vendor.Ai.Chat.Client+Options"), lookup.Find("Vendor.Ai.Chat.Client+Options"));
        Assert.NotNull(lookup.Find("Vendor.Ai.Chat.Client+Options"));
        Assert.Equal(compilation.GetTypeByMetadataName("System.Collections.Generic.List`1"), lookup.Find("System.Collections.Generic.List`1"));
        Assert.Equal(compilation.GetTypeByMetadataName("System.Environment"), lookup.Find("System.Environment"));
        Assert.Null(lookup.Find("Vendor.Ai.Chat.Client+Missing"));
        Assert.NotNull(lookup.Find("System.Net.Http.Headers.HttpHeaders"));
        Assert.Null(lookup.Find("Vendor.Ai.Chat.Missing"));
        Assert.Null(lookup.Find("Vendor.Ai.Embeddings.Client"));
        Assert.Null(lookup.Find("OpenAI.OpenAIClient"));
    }

    [Fact]
    public async Task A_type_defined_twice_is_the_one_the_compiler_takes()
    {
        // The same type in source and in a reference: GetTypeByMetadataName prefers the compilation's own.
        var compilation = (await CompilationAsync(Sdk, aliased: false)).AddSyntaxTrees(CSharpSyntaxTree.ParseText(Sdk));

        var found = new TypeLookup(compilation).Find("Vendor.Ai.Chat.Client");

        Assert.NotNull(found);
        Assert.Equal(compilation.GetTypeByMetadataName("Vendor.Ai.Chat.Client"), found);
    }

    [Fact]
    public async Task A_type_behind_an_extern_alias_is_answered_as_the_compiler_answers()
    {
        // GetTypeByMetadataName does not look behind an extern alias either (null): the lookup adds no blind spot.
        var compilation = await CompilationAsync(Sdk, aliased: true);

        Assert.Equal(compilation.GetTypeByMetadataName("Vendor.Ai.Chat.Client"), new TypeLookup(compilation).Find("Vendor.Ai.Chat.Client"));
        Assert.Equal(compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders"), new TypeLookup(compilation).Find("System.Net.Http.Headers.HttpHeaders"));
    }

    private static async Task<Compilation> CompilationAsync(string sdk, bool aliased)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var library = CSharpCompilation.Create("VendorSdk", [CSharpSyntaxTree.ParseText(sdk)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        MetadataReference reference = library.ToMetadataReference();
        if (aliased)
        {
            reference = reference.WithAliases(["vendor"]);
        }

        string app = aliased ? "extern alias vendor;\nclass App { vendor::Vendor.Ai.Chat.Client? C; }" : "class App { }";
        return CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText(app)], references.Add(reference), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }
}
