using System.Collections.Immutable;
using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers
{
    /// <summary>Turns a Core key finding into a diagnostic: redacted key in the message, provider, kind and fingerprint in the properties.</summary>
    internal static class KeyDiagnostics
    {
        public static Diagnostic Create(DiagnosticDescriptor rule, Location location, KeyFinding finding, string context = "") =>
            Create(rule, location, finding, rule.DefaultSeverity, context);

        /// <summary>KG1004's last argument is the context that names the provider; the other rules show the short fingerprint.</summary>
        public static Diagnostic Create(DiagnosticDescriptor rule, Location location, KeyFinding finding, DiagnosticSeverity severity, string context = "")
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(Descriptors.ProviderProperty, finding.Kind.ProviderId);
            properties.Add(Descriptors.KindProperty, finding.Kind.KindId);
            properties.Add(Descriptors.FingerprintProperty, finding.Fingerprint);
            return Diagnostic.Create(
                rule,
                location,
                severity,
                additionalLocations: null,
                properties.ToImmutable(),
                finding.Kind.ProviderName,
                finding.Kind.KindName,
                finding.Redacted,
                rule.Id == RuleIds.KG1004 ? (object)Shorten(context) : Fingerprint.Short(finding.Fingerprint));
        }

        /// <summary>
        /// An ambiguous prefix (AIza…, AKIA…): the exposure rule where Core says the context ties it to AI
        /// (<see cref="ContextualKeys.TiesAmbiguousPrefixToAI"/>), else KG1004, naming the context it had.
        /// </summary>
        public static Diagnostic ForAmbiguousPrefix(DiagnosticDescriptor exposureRule, DiagnosticSeverity severity, Location location,
            KeyFinding finding, string names, bool awsSecretNearby)
        {
            return ContextualKeys.TiesAmbiguousPrefixToAI(finding.Kind, names, awsSecretNearby)
                ? Create(exposureRule, location, finding, severity)
                : Create(Descriptors.KG1004_ContextualProviderKey, location, finding, names.Length == 0 ? "its prefix" : names);
        }

        /// <summary>Core's severity (<see cref="Severities"/>, the one severity and time-check mapping) as Roslyn's.</summary>
        public static DiagnosticSeverity SeverityOf(FindingSeverity severity) =>
            severity == FindingSeverity.Error ? DiagnosticSeverity.Error
            : severity == FindingSeverity.Warning ? DiagnosticSeverity.Warning
            : DiagnosticSeverity.Info;

        // The context holds names and short constants from the code (or a config file) around the key, and a constant
        // beside it may be another key: shown as ManifestText shows any text KeyGov echoes from a file.
        private static string Shorten(string context) => ManifestText.Unquoted(context, MaxContext);

        private const int MaxContext = 59;
    }
}
