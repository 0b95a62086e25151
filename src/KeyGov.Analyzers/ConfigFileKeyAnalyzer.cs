using System.Collections.Generic;
using System.Collections.Immutable;
using KeyGov.Core.Config;
using KeyGov.Core.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// KG1002: a self-identifying AI provider key in a project config file (appsettings*.json, .env, .env.*, launchSettings.json,
    /// App.config, Web.config, *.settings.json), at its exact line and column. A warning in .env files, which are often
    /// local and git-ignored; an error elsewhere. KG1004 for a prefix-less key whose key path (<c>AzureOpenAI:ApiKey</c>),
    /// env var name or endpoint beside it names the provider and a credential.
    /// </summary>
    /// <remarks>
    /// <c>KeyGovScanConfigFiles=false</c> turns it off, for config files the user lists as AdditionalFiles too. The package's
    /// PrepareKeyGovInputs task decides what is safe to read (the analyzer never touches the disk): a file marked
    /// <c>KeyGovScan=false</c> (a FIFO, a dangling link) is not read, and a bounded copy of a huge file carries
    /// <c>KeyGovOriginalPath</c>, where its findings are reported.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigFileKeyAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The most of a config file scanned, in characters (the task's bound is 4 MB).</summary>
        private const int MaxChars = 4 * 1024 * 1024;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.KG1002_KeyInConfigFile, Descriptors.KG1004_ContextualProviderKey);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (IsFalse(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, "build_property.KeyGovScanConfigFiles"))
                {
                    return;
                }

                var manifest = ManifestSnapshot.Create(start);
                start.RegisterAdditionalFileAction(file => Analyze(file, manifest));
            });
        }

        private static void Analyze(AdditionalFileAnalysisContext context, ManifestSnapshot manifest)
        {
            var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile);
            if (IsFalse(options, "build_metadata.AdditionalFiles.KeyGovScan"))
            {
                return;
            }

            string path = options.TryGetValue("build_metadata.AdditionalFiles.KeyGovOriginalPath", out var original) && !string.IsNullOrWhiteSpace(original)
                ? original.Trim()
                : context.AdditionalFile.Path;
            var kind = ConfigFile.Classify(path);
            if (kind == ConfigFileKind.None)
            {
                return;
            }

            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text == null)
            {
                return;
            }

            // The task hands over at most 4 MB of a file; a file that reached the compiler another way is held to as much.
            string content = text.Length > MaxChars ? text.ToString(new TextSpan(0, MaxChars)) : text.ToString();
            var findings = KeyScanner.Scan(content);
            var values = ConfigValueReader.Read(kind, content);
            var keySeverity = kind == ConfigFileKind.DotEnv ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
            for (int i = 0; i < findings.Count; i++)
            {
                var finding = findings[i];
                if (manifest.IsAllowed(finding.Fingerprint))
                {
                    continue;
                }

                var location = LocationOf(path, text, finding.Start, finding.Length);
                if (finding.Kind.SelfIdentifying)
                {
                    context.ReportDiagnostic(KeyDiagnostics.Create(Descriptors.KG1002_KeyInConfigFile, location, finding, keySeverity));
                    continue;
                }

                context.ReportDiagnostic(KeyDiagnostics.ForAmbiguousPrefix(
                    Descriptors.KG1002_KeyInConfigFile, keySeverity, location, finding, NamesAt(values, finding.Start),
                    awsSecretNearby: ContextualKeys.IsAwsAccessKeyId(finding.Kind) && HasAwsSecret(values)));
            }

            foreach (var value in values)
            {
                if (Overlaps(findings, value))
                {
                    continue;
                }

                string names = Names(value);
                if (ContextualKeys.Match(value.Value, names, value.Context) is KeyFinding finding && !manifest.IsAllowed(finding.Fingerprint))
                {
                    var location = LocationOf(path, text, value.Start, value.Length);
                    context.ReportDiagnostic(KeyDiagnostics.Create(Descriptors.KG1004_ContextualProviderKey, location, finding, value.Context));
                }
            }
        }

        private static Location LocationOf(string path, SourceText text, int start, int length)
        {
            var span = new TextSpan(start, length);
            return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        }

        private static bool IsFalse(AnalyzerConfigOptions options, string name) =>
            options.TryGetValue(name, out var value) && string.Equals(value.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>The key path plus the provider an endpoint beside it names: Core joins them, as for C#.</summary>
        private static string Names(ConfigValue value) => ContextualKeys.Context(value.Context, value.EndpointHost);

        private static string NamesAt(IReadOnlyList<ConfigValue> values, int position)
        {
            foreach (var value in values)
            {
                if (position >= value.Start && position < value.Start + value.Length)
                {
                    return Names(value);
                }
            }

            return string.Empty;
        }

        private static bool HasAwsSecret(IReadOnlyList<ConfigValue> values)
        {
            foreach (var value in values)
            {
                if (ContextualKeys.IsAwsSecretKeyShape(value.Value))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Overlaps(IReadOnlyList<KeyFinding> findings, ConfigValue value)
        {
            for (int i = 0; i < findings.Count; i++)
            {
                if (findings[i].Start < value.Start + value.Length && value.Start < findings[i].Start + findings[i].Length)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
