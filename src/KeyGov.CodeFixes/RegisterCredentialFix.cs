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
    /// keygov.json with that entry.
    /// No fix-all: each entry needs its own owner and purpose.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RegisterCredentialFix))]
    public sealed class RegisterCredentialFix : CodeFixProvider
    {
        public const string Title = "Register in keygov.json";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KG2001, RuleIds.KG2004);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var properties = diagnostic.Properties;
                if (!properties.TryGetValue(Descriptors.SourceProperty, out var name) || string.IsNullOrEmpty(name) ||
                    !properties.TryGetValue(Descriptors.SourceKindProperty, out var kind) ||
                    !properties.TryGetValue(Descriptors.ConsumerProperty, out var consumer) || consumer == null)
                {
                    continue;
                }

                var source = kind == "env" ? CredentialSource.Environment(name!) : CredentialSource.Configuration(name!);
                properties.TryGetValue(Descriptors.ProviderProperty, out var provider);
                properties.TryGetValue(Descriptors.CreatedProperty, out var createdText);
                var created = ManifestFormats.TryParseDate(createdText, out var date) ? date : DateTime.MinValue;
                var project = context.Document.Project;
                if (!ManifestEntryTemplate.For(source, string.IsNullOrEmpty(provider) ? null : provider, consumer, null, created).IsShowable)
                {
                    continue; // the analyzer puts no key-shaped name here; should one arrive, it is not written to keygov.json
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        cancellationToken => ManifestDocument.EditAsync(project, text => Register(text, source, provider, consumer, created), cancellationToken),
                        equivalenceKey: "KeyGov.Register:" + source.ManifestField + ":" + source.Name),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static string? Register(string? text, CredentialSource source, string? provider, string consumer, DateTime created)
        {
            var manifest = text == null ? null : ManifestReader.Read(text).Manifest;
            var template = ManifestEntryTemplate.For(source, string.IsNullOrEmpty(provider) ? null : provider, consumer, manifest, created);
            return ManifestEditor.AddCredential(text, template.ToLines);
        }
    }
}
