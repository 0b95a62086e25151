using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using KeyGov.Core.Json;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>What every check needs: the manifest, the options, the findings so far, and how to name an entry.</summary>
    internal sealed class ManifestCheckContext
    {
        private readonly List<ManifestFinding> _findings = new List<ManifestFinding>();

        // Quoted values that many findings repeat, built once per (prefix, value): each costs a key-likeness scan.
        private readonly Dictionary<(string Prefix, string Value), string> _quoted = new Dictionary<(string Prefix, string Value), string>();

        // The one builder every message is written into (FindingMessage), one message at a time.
        private readonly StringBuilder _message = new StringBuilder(1024);

        public ManifestCheckContext(KeyManifest manifest, ManifestCheckOptions options)
        {
            Manifest = manifest;
            Options = options;
        }

        public KeyManifest Manifest { get; }

        public ManifestCheckOptions Options { get; }

        /// <summary>The evaluation date (<c>KeyGovEvaluationDate</c>): every date check compares against it, never the clock.</summary>
        public DateTime Today => Options.EvaluationDate;

        public ManifestPolicy Policy => Manifest.Policy;

        public IReadOnlyList<ManifestFinding> Findings => _findings;

        /// <summary>
        /// Adds a finding with the rule's effective severity; a time rule with time checks off adds nothing. The
        /// message is an interpolated string (<see cref="FindingMessage"/>).
        /// </summary>
        public void Report(RuleInfo rule, SourceRange at, [InterpolatedStringHandlerArgument("")] FindingMessage message, CredentialEntry? entry, string? field) =>
            Add(rule, Severities.SeverityOf(rule, Options.TimeChecks), at, message.ToString(), entry, field);

        /// <summary>
        /// Adds a date-driven finding of a rule that is not a time rule as a whole (the expired exception of KG3009):
        /// its severity is the time-check mode's, and nothing is added when time checks are off.
        /// </summary>
        public void ReportDateDriven(RuleInfo rule, SourceRange at, [InterpolatedStringHandlerArgument("")] FindingMessage message, CredentialEntry? entry, string? field) =>
            Add(rule, Severities.TimeSeverity(Options.TimeChecks), at, message.ToString(), entry, field);

        /// <summary><c>Credential 'openai-support-summaries'</c>, or <c>Credential credentials[2]</c> when it has no well-formed id.</summary>
        public string Subject(CredentialEntry entry) => entry.Names.Subject;

        /// <summary><c>Credential 'openai-support-summaries' (owner @contoso/support-bot)</c>.</summary>
        public string SubjectWithOwner(CredentialEntry entry) => entry.Names.SubjectWithOwner;

        /// <summary><c>credential 'a' (line 12)</c>: how a message points at another entry.</summary>
        public string Other(CredentialEntry entry) => entry.Names.Other;

        /// <summary>
        /// <paramref name="prefix"/> + <see cref="ManifestText.Quote"/>(<paramref name="value"/>), remembered: for texts
        /// that many findings repeat (a contested source, <c>for consumer 'Contoso.Api'</c>).
        /// </summary>
        public string QuoteRepeated(string value, string prefix = "")
        {
            if (!_quoted.TryGetValue((prefix, value), out var quoted))
            {
                quoted = prefix + ManifestText.Quote(value);
                _quoted.Add((prefix, value), quoted);
            }

            return quoted;
        }

        /// <summary>The message builder, cleared, for the <see cref="FindingMessage"/> of the next finding.</summary>
        internal StringBuilder MessageBuilder() => _message.Clear();

        private void Add(RuleInfo rule, FindingSeverity? severity, SourceRange at, string message, CredentialEntry? entry, string? field)
        {
            if (severity != null)
            {
                _findings.Add(ManifestFindingFactory.Create(rule, severity.Value, message, at, entry?.SafeId, entry?.Index, field));
            }
        }
    }
}
