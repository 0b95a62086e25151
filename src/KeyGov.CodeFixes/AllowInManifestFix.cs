using System.Collections.Immutable;
using System.Threading.Tasks;
using KeyGov.Analyzers;
using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KeyGov.CodeFixes
{
    /// <summary>
    /// KG1001/KG1002/KG1004 'Allow in keygov.json': for a value that looks like a key but is known not to be secret (a
    /// published documentation sample, a hash under a provider-named constant), adds its fingerprint to <c>allow</c> with the reason and owner left for a person
    /// to fill in. Offered in C# files and in config files (additional documents). Fix All allows every such value of the
    /// scope in one edit (one entry per fingerprint).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AllowInManifestFix), DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) })]
    public sealed class AllowInManifestFix : CodeFixProvider
    {
        public const string Title = "Allow in keygov.json (a known non-secret)";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KG1001, RuleIds.KG1002, RuleIds.KG1004);

        // One key for every value: Fix All (and dotnet format, which fixes by the first action's key) takes them all.
        private const string EquivalenceKey = "KeyGov.Allow";

        private static readonly FixAllProvider FixAll = new ManifestFixAll(Title + " (every value)", EditFor);

        public override FixAllProvider? GetFixAllProvider() => FixAll;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var edit = EditFor(diagnostic);
                if (edit == null)
                {
                    continue;
                }

                var project = context.TextDocument.Project;
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => ManifestDocument.EditAsync(project, edit.Apply, cancellationToken), EquivalenceKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static ManifestEdit? EditFor(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(Descriptors.FingerprintProperty, out var fingerprint) && Fingerprint.IsWellFormed(fingerprint)
                ? new ManifestEdit(fingerprint!, text => ManifestEditor.AddAllowedFingerprint(text, fingerprint!))
                : null;
    }
}
