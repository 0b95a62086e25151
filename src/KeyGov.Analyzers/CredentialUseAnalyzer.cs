using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KeyGov.Analyzers.Flow;
using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// KG2001–KG2005: every credential the code reads (an environment variable or configuration key that reaches an SDK
    /// credential sink or is named like a credential, or one an SDK reads itself), held to keygov.json; and KG3017 at the
    /// compilation's end, for an entry naming this project as a consumer whose sources no read names (<see cref="ConsumerReads"/>).
    /// Flow is followed per type (<see cref="TypeFlow"/>); the manifest lookup is Core's (<see cref="CredentialResolver"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CredentialUseAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.KG2001_UnregisteredCredential,
            Descriptors.KG2002_RevokedOrExpiredCredential,
            Descriptors.KG2003_UndeclaredConsumer,
            Descriptors.KG2004_NoManifest,
            Descriptors.KG2005_DeprecatedOrSuspendedCredential,
            Descriptors.KG3017_ConsumerNoLongerReads,
            Descriptors.KG0001_CredentialReadFact);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Governance is about hand-written code (docs/architecture.md): generated code is skipped, except the @code and
            // @{ } blocks of Razor components and views, which reach the compiler only as generated C# (TypeFlowCollector
            // keeps those blocks alone; findings are reported at the Razor line through the generator's #line directives).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            FlowAnalysis.Register(context, (start, snapshot) =>
            {
                var consumerReads = ConsumerReads.Start(start, snapshot);
                return (symbol, flow) => Analyze(symbol, flow, snapshot, consumerReads);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, TypeFlow flow, ManifestSnapshot snapshot, ConsumerReads? consumerReads)
        {
            // Collected once per type for this analyzer and CredentialScopeAnalyzer (KG2006–KG2008); each read also
            // records the sinks it reaches and the API surfaces it is used for (CredentialRead.ApiReaches).
            foreach (var read in flow.Reads(context.CancellationToken).All)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Judge(context, read, snapshot, consumerReads);
            }
        }

        private static void Judge(SymbolAnalysisContext context, CredentialRead read, ManifestSnapshot snapshot, ConsumerReads? consumerReads)
        {
            var name = CredentialNameConventions.Classify(read.Source);
            if (!read.Site.IsImplicit && !read.ReachesSink && !name.IsCredentialName && read.HoldsProviderId == null)
            {
                return; // a generic name (GITHUB_TOKEN, Jwt:Secret) that reaches no sink is not an AI credential read
            }

            // An SDK's own read is its provider's; else the sink that consumes the value says more than a name (a Google key
            // given to a Vertex client), unless that client serves other providers too; else what the read fills.
            string? providerId = read.AttributedProviderId(name.ProviderId);

            // The name as ManifestText shows it (code may read a key as a name), with what the read fills.
            string source = Capitalize(read.Source.Description) + (read.Detail == null ? string.Empty : " (" + ManifestText.Unquoted(read.Detail) + ")");
            string provider = ProviderDisplay(providerId);
            var location = read.At.Syntax.GetLocation();

            if (snapshot.File == null)
            {
                if (snapshot.UsageFacts)
                {
                    UsageFacts.Report(context, read, source, provider, providerId, "no-manifest", null, snapshot.Consumer);
                }

                // The registration fix creates the manifest from here.
                var first = ManifestEntryTemplate.For(read.Source, providerId, snapshot.Consumer, null, snapshot.EvaluationDate);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.KG2004_NoManifest, location, RegistrationProperties(read.Source, first, snapshot), source, provider));
                return;
            }

            var manifest = snapshot.Manifest!;
            var resolution = CredentialResolver.Resolve(manifest, read.Source, snapshot.Consumer, snapshot.EvaluationDate, snapshot.TimeChecks != TimeCheckMode.Off);
            var entry = resolution.Entry;
            if (entry?.Provider?.Value is string entryProvider && entryProvider.Length != 0)
            {
                provider = ProviderDisplay(entryProvider); // the manifest knows better than a name or a sink
            }

            // The reads KG3017 counts are the ones the usage facts record (and KG3018 counts in the merge).
            consumerReads?.Saw(read.Source);
            if (snapshot.UsageFacts)
            {
                UsageFacts.Report(context, read, source, provider, providerId, UsageFacts.StatusName(resolution.Status), entry, snapshot.Consumer);
            }

            switch (resolution.Status)
            {
                case CredentialUseStatus.Unregistered:
                    var template = ManifestEntryTemplate.For(read.Source, providerId, snapshot.Consumer, manifest, snapshot.EvaluationDate);
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.KG2001_UnregisteredCredential, location, RegistrationProperties(read.Source, template, snapshot), source, provider, template.ToCompactJson()));
                    break;
                case CredentialUseStatus.NotAConsumer:
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.KG2003_UndeclaredConsumer, location, source, provider, snapshot.Consumer, IdOf(entry), OwnerOf(entry), Consumers(entry)));
                    break;
                case CredentialUseStatus.Revoked:
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.KG2002_RevokedOrExpiredCredential, location, source, provider, IdOf(entry), Revocation(entry), OwnerOf(entry),
                        "remove this use, or register the credential that replaces it"));
                    break;
                case CredentialUseStatus.Expired:
                    // A date-driven finding: an error in CI, a warning on a developer's machine (KeyGovTimeChecks).
                    // Time checks off never resolve to Expired (no date check), hence the warning fallback is never used.
                    var severity = KeyDiagnostics.SeverityOf(Severities.TimeSeverity(snapshot.TimeChecks) ?? FindingSeverity.Warning);
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.KG2002_RevokedOrExpiredCredential, location, severity, additionalLocations: null, properties: null,
                        source, provider, IdOf(entry), "expired on " + ManifestFormats.FormatDate(entry!.Expires!.Value), OwnerOf(entry),
                        "rotate the key and renew the entry's expiry, or retire it"));
                    break;
                case CredentialUseStatus.Deprecated:
                    string sunset = entry?.Sunset != null ? " (sunset " + ManifestFormats.FormatDate(entry.Sunset.Value) + ")" : string.Empty;
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.KG2005_DeprecatedOrSuspendedCredential, location, source, provider, IdOf(entry), "deprecated" + sunset, OwnerOf(entry)));
                    break;
                case CredentialUseStatus.Suspended:
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.KG2005_DeprecatedOrSuspendedCredential, location, source, provider, IdOf(entry), "suspended", OwnerOf(entry)));
                    break;
            }
        }

        /// <summary>
        /// What the 'Register in keygov.json' fix needs to write the same entry the message suggests; nothing (so no fix)
        /// when a text of the entry looks like a key: properties reach the compiler's SARIF log too.
        /// </summary>
        private static ImmutableDictionary<string, string?> RegistrationProperties(CredentialSource source, ManifestEntryTemplate template, ManifestSnapshot snapshot)
        {
            if (!template.IsShowable)
            {
                return ImmutableDictionary<string, string?>.Empty;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(Descriptors.SourceKindProperty, source.ManifestField);
            properties.Add(Descriptors.SourceProperty, source.Name);
            properties.Add(Descriptors.ProviderProperty, template.Provider);
            properties.Add(Descriptors.ConsumerProperty, snapshot.Consumer);
            properties.Add(Descriptors.CreatedProperty, template.Created ?? string.Empty);
            return properties.ToImmutable();
        }

        // A provider id may come from keygov.json (the entry's, however malformed): shown as ManifestText shows it.
        private static string ProviderDisplay(string? providerId) =>
            providerId == null ? "provider unknown" : ProviderCatalog.GetProviderName(providerId) ?? ManifestText.Unquoted(providerId);

        // Every text from keygov.json goes through ManifestText, the one redaction path the task uses too: an id,
        // owner, consumer or reason that holds a key (plain or \u-escaped: the values here are decoded) is not shown.
        private static string IdOf(CredentialEntry? entry) => entry == null ? "(none)" : ManifestText.EntryName(entry);

        private static string OwnerOf(CredentialEntry? entry) => entry == null ? "no owner" : ManifestText.OwnerOf(entry);

        private static string Consumers(CredentialEntry? entry) =>
            entry == null || entry.Consumers.Count == 0 ? "none" : ManifestText.List(entry.Consumers, MaxConsumersShown);

        private const int MaxConsumersShown = 10;

        private static string Revocation(CredentialEntry? entry)
        {
            string text = "was revoked";
            if (entry?.Revoked?.On != null)
            {
                text += " on " + ManifestFormats.FormatDate(entry.Revoked.On.Value);
            }

            if (!string.IsNullOrEmpty(entry?.Revoked?.Reason?.Value))
            {
                text += " (" + ManifestText.Unquoted(entry!.Revoked!.Reason!.Value) + ")";
            }

            return text;
        }

        private static string Capitalize(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
