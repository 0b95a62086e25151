using System.Collections.Immutable;
using KeyGov.Core.Detection;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers
{
    /// <summary>Turns a Core key finding into a diagnostic: redacted key in the message, provider, kind and fingerprint in the properties.</summary>
    internal static class KeyDiagnostics
    {
        public static Diagnostic Create(DiagnosticDescriptor rule, Location location, KeyFinding finding) =>
            Create(rule, location, finding, rule.DefaultSeverity);

        public static Diagnostic Create(DiagnosticDescriptor rule, Location location, KeyFinding finding, DiagnosticSeverity severity)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(Rules.ProviderProperty, finding.Kind.ProviderId);
            properties.Add(Rules.KindProperty, finding.Kind.KindId);
            properties.Add(Rules.FingerprintProperty, finding.Fingerprint);
            return Diagnostic.Create(
                rule,
                location,
                severity,
                additionalLocations: null,
                properties.ToImmutable(),
                finding.Kind.ProviderName,
                finding.Kind.KindName,
                finding.Redacted,
                Fingerprint.Short(finding.Fingerprint));
        }
    }
}
