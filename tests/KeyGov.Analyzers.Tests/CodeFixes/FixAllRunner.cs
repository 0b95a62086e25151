using System.Collections.Immutable;
using KeyGov.Analyzers.Tests.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers.Tests.CodeFixes;

/// <summary>
/// Runs a fix's Fix All in solution scope over several projects the way <c>dotnet format analyzers</c> does: the
/// equivalence key of the first diagnostic's action, every fixable diagnostic of the solution, one resulting solution.
/// The testing package checks Fix All within one project only, and says nothing when a fix offers none.
/// </summary>
public static class FixAllRunner
{
    /// <summary>The manifest text of each project after the Fix All, by project name.</summary>
    public static async Task<Dictionary<string, string?>> RunAsync(
        DiagnosticAnalyzer analyzer, CodeFixProvider fix, IReadOnlyDictionary<string, string> sourceByProject, string? sharedManifest)
    {
        using var workspace = new AdhocWorkspace();
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var solution = workspace.CurrentSolution;
        var config = "is_global = true\nbuild_property.KeyGovEvaluationDate = " + UsageVerifier<CredentialUseAnalyzer>.EvaluationDate + "\n";
        foreach (var (name, source) in sourceByProject)
        {
            var projectId = ProjectId.CreateNewId();
            solution = solution.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Default, name, name, LanguageNames.CSharp, filePath: "/src/" + name + "/" + name + ".csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication),
                metadataReferences: references));
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Program.cs", SourceText.From(source), filePath: "/src/" + name + "/Program.cs");
            int n = 0;
            foreach (var stub in SdkStubs.All)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Stubs" + n + ".cs", SourceText.From(stub), filePath: "/src/" + name + "/Stubs" + n++ + ".cs");
            }

            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(config), filePath: "/src/" + name + "/.globalconfig");
            if (sharedManifest != null)
            {
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), "keygov.json", SourceText.From(sharedManifest), filePath: "/src/keygov.json");
            }
        }

        var provider = new AnalyzerDiagnostics(analyzer, fix.FixableDiagnosticIds);
        var first = solution.Projects.OrderBy(p => p.Name, StringComparer.Ordinal).First();
        var diagnostic = (await provider.GetAllDiagnosticsAsync(first, CancellationToken.None)).First();
        var document = first.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));

        var fixAll = fix.GetFixAllProvider() ?? throw new InvalidOperationException(fix.GetType().Name + " doesn't support Fix All");
        var context = new FixAllContext(document, fix, FixAllScope.Solution, actions[0].EquivalenceKey, fix.FixableDiagnosticIds, provider, CancellationToken.None);
        var fixAction = await fixAll.GetFixAsync(context) ?? throw new InvalidOperationException("no Fix All action");
        var operations = await fixAction.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;

        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var project in changed.Projects)
        {
            var manifest = project.AdditionalDocuments.SingleOrDefault(d => d.Name == "keygov.json");
            result[project.Name] = manifest == null ? null : (await manifest.GetTextAsync()).ToString();
        }

        return result;
    }

    private sealed class AnalyzerDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly DiagnosticAnalyzer analyzer;
        private readonly ImmutableArray<string> ids;

        public AnalyzerDiagnostics(DiagnosticAnalyzer analyzer, ImmutableArray<string> ids)
        {
            this.analyzer = analyzer;
            this.ids = ids;
        }

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = (await project.GetCompilationAsync(cancellationToken))!;
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync(cancellationToken);
            return diagnostics.Where(d => ids.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start).ToList();
        }

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await GetAllDiagnosticsAsync(document.Project, cancellationToken)).Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
