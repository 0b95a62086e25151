using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KeyGov.Analyzers.Flow;
using KeyGov.Core.Detection;
using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// KG2006–KG2008: what a credential is used for, beyond whether it is registered. KG2006, a static key given to an
    /// SDK member that also takes keyless auth; KG2007, a credential used for an API surface its entry does not approve;
    /// KG2008, an administrative key reaching a client outside an admin tool. Reads the same per-type flow and reads as
    /// <see cref="CredentialUseAnalyzer"/> (<see cref="FlowCache"/>, <see cref="TypeFlow.Reads"/>): symbol actions only,
    /// nothing for a type that touches no credential.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CredentialScopeAnalyzer : DiagnosticAnalyzer
    {
        private const int MaxApisShown = 20;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.KG2006_KeylessAvailable,
            Descriptors.KG2007_ApiOutsideApproval,
            Descriptors.KG2008_AdminKeyInApplication);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // As CredentialUseAnalyzer: hand-written code and Razor's code blocks (a flow is shared by analyzers that see the same blocks).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            FlowAnalysis.Register(context, Analyze, onlyWithSinks: true);
        }

        private static void Analyze(SymbolAnalysisContext context, TypeFlow flow, ManifestSnapshot snapshot)
        {
            var reads = flow.Reads(context.CancellationToken);
            var entries = new Dictionary<CredentialRead, CredentialEntry?>();
            ReportKeylessAvailable(context, flow, reads, snapshot, entries);
            ReportApisOutsideApproval(context, reads, snapshot, entries);
            if (!snapshot.AdminTool)
            {
                ReportAdminKeys(context, reads, snapshot, entries);
            }
        }

        // ---- KG2006: a static key where the SDK takes keyless auth ----

        private static void ReportKeylessAvailable(
            SymbolAnalysisContext context, TypeFlow flow, CredentialReads reads, ManifestSnapshot snapshot, Dictionary<CredentialRead, CredentialEntry?> entries)
        {
            var reported = new HashSet<SyntaxNode>();
            foreach (var sink in reads.Sinks)
            {
                var use = sink.Sink;
                if (sink.Reads.Count == 0 || use.Match.Sink.IsWrapper || !(Member(use) is IMethodSymbol member))
                {
                    continue;
                }

                string? provider = use.Match.ProviderId;
                bool aws = provider == "aws-bedrock";
                bool offered = aws
                    ? flow.Clients.BedrockDefaultChain && use.Call is IObjectCreationOperation
                    : KeylessAuth.IsOffered(provider) && flow.Clients.OffersKeylessOverload(member);
                if (!offered)
                {
                    continue;
                }

                // An AWS key pair is one finding at its creation; a key or credential object, where it is passed.
                var at = aws ? use.Call.Syntax : use.Value.Syntax;
                if (ReadForKeyOnlyProvider(sink.Reads) || !reported.Add(at))
                {
                    continue; // GH_TOKEN given to an Azure AI Inference client is a GitHub Models key: no Entra ID there
                }

                var severity = KeylessSeverity(sink.Reads, snapshot, entries, out string advice);
                if (severity == null)
                {
                    continue; // the entry says keyless is not possible, or planned by a date not yet passed
                }

                var properties = ImmutableDictionary<string, string?>.Empty;
                if (!aws && flow.Clients.DefaultAzureCredential != null && provider != null && provider.StartsWith("azure-", StringComparison.Ordinal) &&
                    sink.CredentialObjects.Contains(Skip(use.Value)))
                {
                    properties = properties.Add(Descriptors.KeylessFixProperty, "DefaultAzureCredential");
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.KG2006_KeylessAvailable, at.GetLocation(), KeyDiagnostics.SeverityOf(severity.Value), additionalLocations: null, properties,
                    SourceOf(sink.Reads[0]), ProviderDisplay(provider), use.Match.Description, KeylessAuth.AlternativeFor(provider), advice));
            }
        }

        /// <summary>
        /// True when a read is a GitHub token (by its name, or what it fills): the Azure AI Inference clients also serve
        /// GitHub Models, which takes a GitHub token and has no Entra ID. Other names are not trusted this far: an
        /// OPENAI_API_KEY given to an Azure client with an AzureKeyCredential is an Azure key under an OpenAI name.
        /// </summary>
        private static bool ReadForKeyOnlyProvider(List<CredentialRead> reads)
        {
            foreach (var read in reads)
            {
                if (read.AttributedProviderId(CredentialNameConventions.Classify(read.Source).ProviderId) == GitHub)
                {
                    return true;
                }
            }

            return false;
        }

        private const string GitHub = "github";

        /// <summary>
        /// Info by default; silent when an entry says keyless is not possible or planned by a date not yet passed; a
        /// plan date that has passed is a date-driven finding (<c>KeyGovTimeChecks</c>), silent when time checks are off.
        /// </summary>
        private static FindingSeverity? KeylessSeverity(List<CredentialRead> reads, ManifestSnapshot snapshot, Dictionary<CredentialRead, CredentialEntry?> entries, out string advice)
        {
            advice = "switch to it, or record in the credential's keygov.json entry why not (\"keyless\": { \"status\": \"not-possible\", \"reason\": \"…\" })";
            DateTime? passed = null;
            foreach (var read in reads)
            {
                var keyless = EntryOf(read, snapshot, entries)?.Keyless;
                if (keyless?.Status == null)
                {
                    continue;
                }

                if (keyless.Status.Value == KeylessStatus.NotPossible || keyless.By == null || keyless.By.Value >= snapshot.EvaluationDate)
                {
                    return null;
                }

                passed = keyless.By.Value;
            }

            if (passed == null)
            {
                return FindingSeverity.Info;
            }

            advice = "its keygov.json entry planned the move by " + ManifestFormats.FormatDate(passed.Value) + ", which has passed; switch now, or record a new date in keyless.by";
            return Severities.TimeSeverity(snapshot.TimeChecks);
        }

        // ---- KG2007: an API outside the approved list ----

        private static void ReportApisOutsideApproval(SymbolAnalysisContext context, CredentialReads reads, ManifestSnapshot snapshot, Dictionary<CredentialRead, CredentialEntry?> entries)
        {
            if (snapshot.Manifest == null)
            {
                return;
            }

            var reported = new HashSet<(IOperation, CredentialEntry)>();
            foreach (var reach in reads.Apis)
            {
                foreach (var read in reach.Reads)
                {
                    var entry = EntryOf(read, snapshot, entries);
                    if (entry == null || entry.Apis.Count == 0 || Approves(entry, reach.Surface) || !reported.Add((reach.Site, entry)))
                    {
                        continue;
                    }

                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.KG2007_ApiOutsideApproval, ApiLocation(reach.Site), SourceOf(read), ManifestText.EntryName(entry), reach.Surface,
                        reach.Member, ManifestText.List(entry.Apis, MaxApisShown), ManifestText.OwnerOf(entry)));
                }
            }
        }

        private static bool Approves(CredentialEntry entry, string surface)
        {
            foreach (var api in entry.Apis)
            {
                if (string.Equals(api.Value, surface, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where an API is reached: from the member's name to the end of the call (<c>GetImageClient("dall-e-3")</c>), the property name, or the creation.</summary>
        private static Location ApiLocation(IOperation site)
        {
            var syntax = site.Syntax;
            SimpleNameSyntax? name = syntax switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name,
                InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name,
                MemberAccessExpressionSyntax access => access.Name,
                MemberBindingExpressionSyntax binding => binding.Name,
                _ => null,
            };
            return name == null ? syntax.GetLocation() : Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(name.SpanStart, syntax.Span.End));
        }

        // ---- KG2008: an administrative key outside an admin tool ----

        private static void ReportAdminKeys(
            SymbolAnalysisContext context, CredentialReads reads, ManifestSnapshot snapshot, Dictionary<CredentialRead, CredentialEntry?> entries)
        {
            foreach (var read in reads.All)
            {
                if (!read.ReachesSink || FirstSinkOf(reads, read) is not SinkUse sink)
                {
                    continue;
                }

                var entry = EntryOf(read, snapshot, entries);
                string? why = entry != null && entry.IsAdminKey ? "its keygov.json entry " + ManifestText.EntryName(entry) + " has keyType \"admin\""
                    : AdminKeys.IsAdminName(read.Source) ? "its name says so"
                    : null;
                if (why == null)
                {
                    continue;
                }

                string? providerId = entry?.Provider?.Value is string declared && declared.Length != 0 ? declared : read.SinkProviderId ?? sink.Match.ProviderId;
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.KG2008_AdminKeyInApplication, read.At.Syntax.GetLocation(), SourceOf(read), ProviderDisplay(providerId), why, sink.Match.Description,
                    AdminKeys.AdviceFor(providerId)));
            }

            // A hard-coded key in an admin key format given to a client (KG1001 reports the literal as a leak too).
            foreach (var sink in reads.Sinks)
            {
                foreach (var origin in sink.Literals)
                {
                    if (origin.Literal!.IndexOf("admin", StringComparison.Ordinal) < 0)
                    {
                        continue;
                    }

                    foreach (var finding in KeyScanner.Scan(origin.Literal))
                    {
                        if (AdminKeys.IsAdminKind(finding.Kind))
                        {
                            context.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.KG2008_AdminKeyInApplication, origin.Operation.Syntax.GetLocation(),
                                "Hard-coded key '" + finding.Redacted + "'", finding.Kind.ProviderName, "its format is an " + finding.Kind.KindName, sink.Sink.Match.Description,
                                AdminKeys.AdviceFor(finding.Kind.ProviderId)));
                            break;
                        }
                    }
                }
            }
        }

        private static SinkUse? FirstSinkOf(CredentialReads reads, CredentialRead read)
        {
            foreach (var sink in reads.Sinks)
            {
                if (sink.Reads.Contains(read))
                {
                    return sink.Sink;
                }
            }

            return null;
        }

        // ---- shared ----

        /// <summary>The manifest entry a read resolves to for this project (revoked and expired entries included), once per read.</summary>
        private static CredentialEntry? EntryOf(CredentialRead read, ManifestSnapshot snapshot, Dictionary<CredentialRead, CredentialEntry?> entries)
        {
            if (snapshot.Manifest == null)
            {
                return null;
            }

            if (!entries.TryGetValue(read, out var entry))
            {
                entry = CredentialResolver.Resolve(snapshot.Manifest, read.Source, snapshot.Consumer, snapshot.EvaluationDate, snapshot.TimeChecks != TimeCheckMode.Off).Entry;
                entries.Add(read, entry);
            }

            return entry;
        }

        private static ISymbol? Member(SinkUse sink) => sink.Call switch
        {
            IObjectCreationOperation creation => creation.Constructor,
            IInvocationOperation invocation => invocation.TargetMethod,
            _ => null,
        };

        private static IOperation Skip(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The source as messages show it: <c>Environment variable 'AZURE_OPENAI_API_KEY'</c>.</summary>
        private static string SourceOf(CredentialRead read)
        {
            string text = read.Source.Description;
            return char.ToUpperInvariant(text[0]) + text.Substring(1);
        }

        private static string ProviderDisplay(string? providerId) =>
            providerId == null ? "provider unknown" : ProviderCatalog.GetProviderName(providerId) ?? ManifestText.Unquoted(providerId);
    }
}
