using System;
using System.Collections.Generic;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>What every check needs: the manifest, the options, the findings so far, and how to name an entry.</summary>
    internal sealed class ManifestCheckContext
    {
        private readonly List<ManifestFinding> _findings = new List<ManifestFinding>();

        public ManifestCheckContext(KeyManifest manifest, ManifestCheckOptions options)
        {
            Manifest = manifest;
            Options = options;
        }

        public KeyManifest Manifest { get; }

        public ManifestCheckOptions Options { get; }

        /// <summary>The evaluation date (<c>KeyGovEvaluationDate</c>): every date check compares against it, never the clock.</summary>
        public DateTime Today => Options.EvaluationDate;

        public IReadOnlyList<ManifestFinding> Findings => _findings;

        /// <summary>Adds a finding with the rule's effective severity; a time rule with time checks off adds nothing.</summary>
        public void Report(RuleInfo rule, SourceRange at, string message, CredentialEntry? entry)
        {
            var severity = ManifestFindings.SeverityOf(rule, Options.TimeChecks);
            if (severity != null)
            {
                _findings.Add(ManifestFindings.Create(rule, severity.Value, message, at, CredentialId(entry)));
            }
        }

        /// <summary><c>Credential 'openai-support-summaries'</c>, or <c>Credential credentials[2]</c> when it has no well-formed id.</summary>
        public string Subject(CredentialEntry entry)
        {
            string? id = CredentialId(entry);
            return id != null ? "Credential " + ManifestText.Quote(id) : "Credential credentials[" + entry.Index + "]";
        }

        /// <summary><c>Credential 'openai-support-summaries' (owner @contoso/support-bot)</c>.</summary>
        public string SubjectWithOwner(CredentialEntry entry)
        {
            string? owner = entry.Owner?.Value;
            return Subject(entry) + (owner != null && owner.Trim().Length > 0 && !entry.IsInvalid("owner")
                ? " (owner " + ManifestText.Quote(owner).Trim('\'') + ")"
                : " (no owner)");
        }

        private static string? CredentialId(CredentialEntry? entry) => ManifestText.SafeId(entry?.Id?.Value);
    }
}
