using System.Collections.Immutable;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// Suppresses every usage fact (<see cref="UsageFact.DiagnosticId"/>): suppressed, a fact stays in the compiler's
    /// SARIF log, where the build tasks read it, and out of the console, the IDE's error list and the warning counts.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UsageFactSuppressor : DiagnosticSuppressor
    {
        private static readonly SuppressionDescriptor FactIsNotAFinding = new SuppressionDescriptor(
            UsageFact.SuppressionId, UsageFact.DiagnosticId, "A usage fact for KeyGov's build tasks (inventory, KG3017, drafts), not a finding");

        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(FactIsNotAFinding);

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            foreach (var diagnostic in context.ReportedDiagnostics)
            {
                context.ReportSuppression(Suppression.Create(FactIsNotAFinding, diagnostic));
            }
        }
    }
}
