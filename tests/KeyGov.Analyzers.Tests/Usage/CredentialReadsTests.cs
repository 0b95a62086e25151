using KeyGov.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;

namespace KeyGov.Analyzers.Tests.Usage;

/// <summary>
/// <see cref="CredentialReads"/>: the reads of a type, collected once for every flow analyzer, each with the API
/// surfaces it reaches (<see cref="CredentialRead.ApiSurfaces"/>), which other parts of the package report (usage facts).
/// </summary>
public class CredentialReadsTests
{
    [Fact]
    public async Task Each_read_records_the_api_surfaces_its_clients_reach()
    {
        var reads = await ReadsAsync("Bot", """
            using System;
            class Bot
            {
                private readonly OpenAI.OpenAIClient _client = new OpenAI.OpenAIClient(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);

                object Answer() => _client.GetChatClient("gpt-4o").CompleteChat("Hi");
                object Draw() => _client.GetImageClient("gpt-image-1");
                object Again() => _client.GetChatClient("gpt-4o-mini");
                string? Other() => Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY");
            }
            """);

        var openAI = reads.All.Single(r => r.Source.Name == "OPENAI_API_KEY");
        Assert.Equal(new[] { "chat", "images" }, openAI.ApiSurfaces);
        Assert.Equal(3, openAI.ApiReaches.Count);
        Assert.Equal(new[] { "OpenAIClient.GetChatClient", "OpenAIClient.GetImageClient", "OpenAIClient.GetChatClient" }, openAI.ApiReaches.Select(a => a.Member));
        Assert.Empty(reads.All.Single(r => r.Source.Name == "ANTHROPIC_API_KEY").ApiSurfaces); // read, but given to no client
    }

    [Fact]
    public async Task A_credential_object_carries_its_reads_into_the_client()
    {
        var reads = await ReadsAsync("Search", """
            using System;
            class Search
            {
                object Create()
                {
                    var credential = new System.ClientModel.ApiKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!);
                    var client = new Azure.AI.OpenAI.AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), credential);
                    return client.GetEmbeddingClient("text-embedding-3-large");
                }
            }
            """);

        var read = Assert.Single(reads.All);
        Assert.Equal(new[] { "embeddings" }, read.ApiSurfaces);
        var client = reads.Sinks.Single(s => !s.Sink.Match.Sink.IsWrapper);
        Assert.Same(read, Assert.Single(client.Reads));
        Assert.Single(client.CredentialObjects);
    }

    private static async Task<CredentialReads> ReadsAsync(string typeName, string source)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var trees = ScopeStubs.All.Append(source).Select(text => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest))).ToList();
        var compilation = CSharpCompilation.Create("Reads", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var type = compilation.GetTypeByMetadataName(typeName)!;
        var model = compilation.GetSemanticModel(trees[^1]);
        // The operation blocks the compiler hands a symbol-start analyzer: method bodies and field initializers.
        var blocks = new List<OperationBlock>();
        foreach (var node in trees[^1].GetRoot().DescendantNodes())
        {
            var (body, declared) = node switch
            {
                MethodDeclarationSyntax method => ((SyntaxNode?)method.ExpressionBody ?? method.Body, (SyntaxNode)method),
                VariableDeclaratorSyntax { Initializer: not null } field when field.Parent?.Parent is FieldDeclarationSyntax => (field.Initializer, field),
                _ => (null, node),
            };
            if (body != null && model.GetDeclaredSymbol(declared) is ISymbol member && model.GetOperation(body) is IOperation operation)
            {
                blocks.Add(new OperationBlock(operation, member));
            }
        }

        var flow = new TypeFlow(CredentialApis.Create(compilation), type, blocks, CancellationToken.None);
        return flow.Reads(CancellationToken.None);
    }
}
