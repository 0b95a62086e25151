using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using KeyGov.Core.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// What the analyzers know of keygov.json and the build for one compilation: the parsed manifest (read once per
    /// text through Roslyn's SourceTextValueProvider cache, never through a static cache keyed by path), the allowed
    /// fingerprints, the evaluation date and time-check mode the targets passed in, and the consuming assembly.
    /// </summary>
    internal sealed class ManifestSnapshot
    {
        public const string ManifestFileName = "keygov.json";

        private static readonly SourceTextValueProvider<ManifestReadResult> ReadProvider =
            new SourceTextValueProvider<ManifestReadResult>(text => ManifestReader.Read(text.ToString()));

        private static readonly HashSet<string> NoFingerprints = new HashSet<string>(StringComparer.Ordinal);

        private ManifestSnapshot(AdditionalText? file, KeyManifest? manifest, HashSet<string> allowed, DateTime evaluationDate, TimeCheckMode timeChecks, string consumer, bool adminTool,
            bool usageFacts)
        {
            AdminTool = adminTool;
            UsageFacts = usageFacts;
            File = file;
            Manifest = manifest;
            AllowedFingerprints = allowed;
            EvaluationDate = evaluationDate;
            TimeChecks = timeChecks;
            Consumer = consumer;
        }

        /// <summary>The manifest's additional file, or null when the project has none.</summary>
        public AdditionalText? File { get; }

        /// <summary>The manifest, or null when there is none or it is unreadable (the task reports why).</summary>
        public KeyManifest? Manifest { get; }

        /// <summary>Fingerprints under <c>allow</c>: known non-secrets whose findings are not reported.</summary>
        public HashSet<string> AllowedFingerprints { get; }

        /// <summary><c>build_property.KeyGovEvaluationDate</c>; without it (no targets) <see cref="DateTime.MinValue"/>, so no date check fires: analyzers may not read the clock (RS1035).</summary>
        public DateTime EvaluationDate { get; }

        public TimeCheckMode TimeChecks { get; }

        /// <summary><c>build_property.KeyGovAdminTool</c> is true: the project is an administrative tool, where admin keys belong (KG2008 silent).</summary>
        public bool AdminTool { get; }

        /// <summary>The assembly name: what <c>consumers</c> lists.</summary>
        public string Consumer { get; }

        /// <summary><c>build_property.KeyGovUsageFacts</c>: report a usage fact (KG0001) per credential read.</summary>
        public bool UsageFacts { get; }

        public bool IsAllowed(string fingerprint) => AllowedFingerprints.Count != 0 && AllowedFingerprints.Contains(fingerprint);

#pragma warning disable RS1012 // A helper for compilation-start actions: its callers register the actions.
        public static ManifestSnapshot Create(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
        {
            var options = context.Options;
            var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var file = FindManifest(options.AdditionalFiles, global);

            KeyManifest? manifest = null;
            var text = file?.GetText(context.CancellationToken);
            if (text != null && context.TryGetValue(text, ReadProvider, out var read))
            {
                manifest = read.Manifest;
            }

            return new ManifestSnapshot(
                file,
                manifest,
                AllowedFingerprintsOf(manifest),
                ReadDate(global),
                ReadTimeChecks(global),
                context.Compilation.AssemblyName ?? string.Empty,
                global.TryGetValue("build_property.KeyGovAdminTool", out var adminTool) && string.Equals(adminTool?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
                Analyzers.UsageFacts.AreOn(options));
        }

        private static AdditionalText? FindManifest(IEnumerable<AdditionalText> files, AnalyzerConfigOptions global)
        {
            global.TryGetValue("build_property.KeyGovManifest", out var configured);
            AdditionalText? byName = null;
            foreach (var file in files)
            {
                var match = MatchManifest(file.Path, configured);
                if (match == ManifestMatch.Configured)
                {
                    return file;
                }

                if (byName == null && match == ManifestMatch.ByName)
                {
                    byName = file;
                }
            }

            return byName;
        }

        /// <summary>
        /// Whether an additional file is the manifest: the file <c>KeyGovManifest</c> names wins; otherwise the first
        /// one named keygov.json. Shared with the code fixes, which look for the same document in the workspace.
        /// </summary>
        internal static ManifestMatch MatchManifest(string path, string? configured)
        {
            if (!string.IsNullOrEmpty(configured) && PathsEqual(path, configured!))
            {
                return ManifestMatch.Configured;
            }

            return string.Equals(Path.GetFileName(path), ManifestFileName, StringComparison.OrdinalIgnoreCase) ? ManifestMatch.ByName : ManifestMatch.None;
        }

        internal enum ManifestMatch
        {
            None,
            ByName,
            Configured,
        }

        private static bool PathsEqual(string a, string b) =>
            string.Equals(a.Replace('\\', '/'), b.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);

        private static HashSet<string> AllowedFingerprintsOf(KeyManifest? manifest)
        {
            if (manifest == null || manifest.Allow.Count == 0)
            {
                return NoFingerprints;
            }

            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in manifest.Allow)
            {
                if (entry.Fingerprint?.Value is string fingerprint && fingerprint.Length != 0)
                {
                    set.Add(fingerprint);
                }
            }

            return set;
        }

        private static DateTime ReadDate(AnalyzerConfigOptions global)
        {
            if (global.TryGetValue("build_property.KeyGovEvaluationDate", out var value) &&
                DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            return DateTime.MinValue;
        }

        private static TimeCheckMode ReadTimeChecks(AnalyzerConfigOptions global) =>
            global.TryGetValue("build_property.KeyGovTimeChecks", out var value) && TimeCheckModes.TryParse(value, out var mode)
                ? mode
                : TimeCheckMode.Warning;
    }
}
