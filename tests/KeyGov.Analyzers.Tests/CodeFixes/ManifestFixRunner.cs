using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers.Tests.CodeFixes;

/// <summary>
/// Runs an analyzer over one file in a workspace, applies a fix's first action to its first diagnostic and returns the
/// manifest afterwards. For fixes whose result the fixed-state check of the testing package cannot judge (the allow
/// fix: whether KG1001 then stays silent is KG1001's business), and for fixes of a finding in keygov.json itself
/// (KG3017), which that package does not offer to a fix of an additional document.
/// </summary>
public static class ManifestFixRunner
{
    public static async Task<(string Title, string? Manifest, string? ManifestName)> ApplyAsync(DiagnosticAnalyzer analyzer, CodeFixProvider fix, string source, string? manifest)
    {
        using var workspace = new AdhocWorkspace();
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "TestProject", "TestProject", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication),
            metadataReferences: references));
        var documentId = DocumentId.CreateNewId(projectId);
        var manifestId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Program.cs", SourceText.From(source), filePath: "/src/Program.cs");
        if (manifest != null)
        {
            solution = solution.AddAdditionalDocument(manifestId, "keygov.json", SourceText.From(manifest), filePath: "/src/keygov.json");
        }

        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        var diagnostic = diagnostics.First(d => fix.FixableDiagnosticIds.Contains(d.Id));

        var actions = new List<CodeAction>();
        var context = diagnostic.Location.Kind == LocationKind.ExternalFile
            ? new CodeFixContext(project.GetAdditionalDocument(manifestId)!, diagnostic.Location.SourceSpan, [diagnostic], (action, _) => actions.Add(action), CancellationToken.None)
            : new CodeFixContext(project.GetDocument(documentId)!, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fix.RegisterCodeFixesAsync(context);
        var action = Assert.Single(actions);
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(projectId)!;
        var document = changed.AdditionalDocuments.SingleOrDefault(d => d.Name == "keygov.json");
        return (action.Title, document == null ? null : (await document.GetTextAsync()).ToString(), document?.FilePath);
    }
}
