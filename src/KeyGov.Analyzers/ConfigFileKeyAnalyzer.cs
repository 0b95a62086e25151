using System.Collections.Immutable;
using KeyGov.Core.Config;
using KeyGov.Core.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// KG1002: a self-identifying AI provider key in a project config file (appsettings*.json, .env, launchSettings.json,
    /// App.config, Web.config, *.settings.json), at its exact line and column. A warning in .env files, which are often
    /// local and git-ignored; an error elsewhere.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigFileKeyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.KG1002_KeyInConfigFile);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var manifest = ManifestSnapshot.Create(start);
                start.RegisterAdditionalFileAction(file => Analyze(file, manifest));
            });
        }

        private static void Analyze(AdditionalFileAnalysisContext context, ManifestSnapshot manifest)
        {
            var kind = ConfigFile.Classify(context.AdditionalFile.Path);
            if (kind == ConfigFileKind.None)
            {
                return;
            }

            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text == null)
            {
                return;
            }

            var findings = KeyScanner.Scan(text.ToString());
            for (int i = 0; i < findings.Count; i++)
            {
                var finding = findings[i];
                if (!finding.Kind.SelfIdentifying || manifest.IsAllowed(finding.Fingerprint))
                {
                    continue;
                }

                var span = new TextSpan(finding.Start, finding.Length);
                var location = Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
                var severity = kind == ConfigFileKind.DotEnv ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
                context.ReportDiagnostic(KeyDiagnostics.Create(Rules.KG1002_KeyInConfigFile, location, finding, severity));
            }
        }
    }
}
