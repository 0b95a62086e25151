using System.Collections.Immutable;
using KeyGov.Analyzers.Flow;
using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// Reports one usage fact (<see cref="UsageFact"/>) per credential read, whatever the read's verdict, when the targets
    /// switched the facts on (<c>KeyGovUsageFacts</c>). Names only; a read whose name or provider looks like a key is no fact.
    /// </summary>
    internal static class UsageFacts
    {
        public static bool AreOn(AnalyzerOptions options) =>
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(UsageFact.BuildProperty, out var value) &&
            string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>The verdict as the facts name it: registered, unregistered, not-a-consumer, revoked, expired, deprecated, suspended.</summary>
        public static string StatusName(CredentialUseStatus status) => status switch
        {
            CredentialUseStatus.Registered => "registered",
            CredentialUseStatus.Unregistered => "unregistered",
            CredentialUseStatus.NotAConsumer => "not-a-consumer",
            CredentialUseStatus.Revoked => "revoked",
            CredentialUseStatus.Expired => "expired",
            CredentialUseStatus.Deprecated => "deprecated",
            _ => "suspended",
        };

        public static void Report(SymbolAnalysisContext context, CredentialRead read, string source, string provider, string? providerId,
            string status, CredentialEntry? entry, string consumer)
        {
            if (ManifestText.LooksLikeKey(read.Source.Name) || (providerId != null && ManifestText.LooksLikeKey(providerId)))
            {
                return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(UsageFact.SourceKindProperty, read.Source.ManifestField);
            properties.Add(UsageFact.SourceProperty, read.Source.Name);
            properties.Add(UsageFact.ConsumerProperty, consumer);
            properties.Add(UsageFact.StatusProperty, status);
            if (providerId != null)
            {
                properties.Add(UsageFact.ProviderProperty, providerId);
            }

            // The entry's id as the messages show it: an id that holds a key is not written.
            if (ManifestText.SafeId(entry?.Id?.Value) is string id)
            {
                properties.Add(UsageFact.CredentialIdProperty, id);
            }

            // An SDK's own read (new AnthropicClient()) is its own sink: the client type.
            string? sink = read.Sink ?? (read.Site.IsImplicit ? read.Site.Operation.Type?.ToDisplayString() : null);
            if (sink != null)
            {
                properties.Add(UsageFact.SinkProperty, sink);
            }

            var apis = read.ApiSurfaces;
            if (apis.Count != 0)
            {
                properties.Add(UsageFact.ApisProperty, string.Join(",", apis));
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.KG0001_CredentialReadFact, read.At.Syntax.GetLocation(), properties.ToImmutable(), source, provider));
        }
    }
}
