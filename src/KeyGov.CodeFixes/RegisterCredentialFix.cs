using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using KeyGov.Analyzers;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KeyGov.CodeFixes
{
    /// <summary>
    /// KG2001 'Register in keygov.json': adds the entry the diagnostic suggests (provider, consumer, source, created)
    /// with owner, purpose and expires left empty for a person to fill in. On KG2004 (no manifest yet) it creates
    /// keygov.json with that entry. Fix All registers every read of the scope in one edit (one entry per variable or
    /// configuration key): how an existing solution is onboarded, in the IDE or with
    /// <c>dotnet format analyzers --diagnostics KG2001</c>; the manifest checks then point at each empty field.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RegisterCredentialFix))]
    public sealed class RegisterCredentialFix : CodeFixProvider
    {
        public const string Title = "Register in keygov.json";

        // One key for every read: Fix All (and dotnet format, which fixes by the first action's key) takes them all.
        private const string EquivalenceKey = "KeyGov.Register";

        private static readonly FixAllProvider FixAll = new ManifestFixAll(Title + " (every credential read)", EditFor);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KG2001, RuleIds.KG2004);

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

                var project = context.Document.Project;
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => ManifestDocument.EditAsync(project, edit.Apply, cancellationToken), EquivalenceKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static ManifestEdit? EditFor(Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(Descriptors.SourceProperty, out var name) || string.IsNullOrEmpty(name) ||
                !properties.TryGetValue(Descriptors.SourceKindProperty, out var kind) ||
                !properties.TryGetValue(Descriptors.ConsumerProperty, out var consumer) || consumer == null)
            {
                return null;
            }

            var source = kind == "env" ? CredentialSource.Environment(name!) : CredentialSource.Configuration(name!);
            properties.TryGetValue(Descriptors.ProviderProperty, out var provider);
            properties.TryGetValue(Descriptors.CreatedProperty, out var createdText);
            var created = ManifestFormats.TryParseDate(createdText, out var date) ? date : DateTime.MinValue;
            if (!ManifestEntryTemplate.For(source, string.IsNullOrEmpty(provider) ? null : provider, consumer, null, created).IsShowable)
            {
                return null; // the analyzer puts no key-shaped name here; should one arrive, it is not written to keygov.json
            }

            // Per consumer: a variable read in two projects sharing keygov.json becomes one entry serving both.
            return new ManifestEdit(
                source.ManifestField + ":" + source.Name + ":" + consumer,
                text => ManifestEditor.Register(text, source, provider, consumer, created));
        }
    }
}
