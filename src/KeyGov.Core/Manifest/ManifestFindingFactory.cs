using KeyGov.Core.Json;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>Builds <see cref="ManifestFinding"/>s the same way for the reader and the checker (their severity comes from <see cref="Severities"/>).</summary>
    internal static class ManifestFindingFactory
    {
        public static ManifestFinding Create(RuleInfo rule, FindingSeverity severity, string message, SourceRange at, string? credentialId,
            int? credentialIndex = null, string? field = null) =>
            new ManifestFinding(rule, severity, message, at.Line, at.Column, at.EndLine, at.EndColumn, credentialId, credentialIndex, field);
    }
}
