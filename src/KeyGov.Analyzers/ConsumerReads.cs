using System.Collections.Generic;
using System.Threading;
using KeyGov.Core.Rules;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// KG3017 for one compilation: the live entries that list this project among their consumers, each marked when a
    /// credential read of the code names one of its sources; at the compilation's end, each unmarked entry is reported at
    /// its consumer in keygov.json. Judged here, in memory, so that it needs no usage facts and no compiler log.
    /// </summary>
    internal sealed class ConsumerReads
    {
        private readonly List<ConsumedCredential> _consumed;
        private readonly bool[] _read;
        private readonly AdditionalText _manifest;
        private readonly string _project;

        private ConsumerReads(List<ConsumedCredential> consumed, AdditionalText manifest, string project)
        {
            _consumed = consumed;
            _read = new bool[consumed.Count];
            _manifest = manifest;
            _project = project;
        }

        /// <summary>
        /// The tracker for this compilation, its end action registered; null when there is nothing to judge (no manifest,
        /// the project consumes no entry with sources, or KG3017 is off through <c>NoWarn</c>), so that only then it costs.
        /// </summary>
        // RS1013: the same start action registers the symbol actions whose reads this end action needs (FlowAnalysis).
#pragma warning disable RS1012, RS1013
        public static ConsumerReads? Start(CompilationStartAnalysisContext context, ManifestSnapshot snapshot)
#pragma warning restore RS1012, RS1013
        {
            if (snapshot.File == null || snapshot.Manifest == null || snapshot.Consumer.Length == 0 ||
                context.Compilation.Options.SpecificDiagnosticOptions.TryGetValue(RuleIds.KG3017, out var option) && option == ReportDiagnostic.Suppress)
            {
                return null;
            }

            var consumed = UsageChecker.ConsumedBy(snapshot.Manifest, snapshot.Consumer);
            if (consumed.Count == 0)
            {
                return null;
            }

            var reads = new ConsumerReads(consumed, snapshot.File, snapshot.Consumer);
            context.RegisterCompilationEndAction(reads.ReportUnread);
            return reads;
        }

        /// <summary>A credential read of the code: marks every consumed entry that lists its source. Called concurrently.</summary>
        public void Saw(CredentialSource source)
        {
            for (int i = 0; i < _read.Length; i++)
            {
                if (!Volatile.Read(ref _read[i]) && UsageChecker.ReadsAny(source, _consumed[i].Entry))
                {
                    Volatile.Write(ref _read[i], true);
                }
            }
        }

        private void ReportUnread(CompilationAnalysisContext context)
        {
            SourceText? text = null;
            for (int i = 0; i < _read.Length; i++)
            {
                if (Volatile.Read(ref _read[i]))
                {
                    continue;
                }

                text ??= _manifest.GetText(context.CancellationToken);
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.KG3017_ConsumerNoLongerReads, LocationOf(_consumed[i].Consumer.Range, text),
                    UsageChecker.StaleConsumerArguments(_consumed[i].Entry, _project)));
            }
        }

        /// <summary>The consumer's place in keygov.json; the file without a position when its text is gone or has changed.</summary>
        private Location LocationOf(Core.Json.SourceRange range, SourceText? text)
        {
            if (text == null || range.IsNone || range.End > text.Length)
            {
                return Location.Create(_manifest.Path, default, default);
            }

            var span = new TextSpan(range.Start, range.Length);
            return Location.Create(_manifest.Path, span, text.Lines.GetLinePositionSpan(span));
        }
    }
}
