using System;
using System.Collections.Generic;
using KeyGov.Core.Json;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Sarif
{
    /// <summary>What KeyGov takes from a SARIF log: its KG results and the allow-list a KeyGov log carries.</summary>
    public sealed class SarifLogContent
    {
        public List<SarifResult> Results { get; } = new List<SarifResult>();

        /// <summary>The usage facts (<see cref="Usage.UsageFact"/>): credential reads, not findings; never in <see cref="Results"/>.</summary>
        public List<SarifResult> UsageFacts { get; } = new List<SarifResult>();

        public List<SarifAllowance> Allowances { get; } = new List<SarifAllowance>();

        /// <summary>The <c>timeChecks</c> and <c>evaluationDate</c> a KeyGov log records in its run properties; null when absent.</summary>
        public string? TimeChecks { get; set; }

        public string? EvaluationDate { get; set; }

        /// <summary>Why the log could not be read (not JSON, not SARIF); null when it was.</summary>
        public string? Error { get; set; }
    }

    /// <summary>
    /// Reads the KG results of a SARIF log: the compiler's error log (SARIF 2.1.0, or 1.0.0 when the user's
    /// <c>ErrorLog</c> asks for no version) or a log KeyGov wrote. Results of other tools' rules are left out; file URIs
    /// become local paths (through <c>originalUriBaseIds</c>, and back through the compiler's <c>PathMap</c>).
    /// </summary>
    public static class SarifLogReader
    {
        /// <summary>The custom properties of a diagnostic that may travel into KeyGov's log: names, ids and fingerprints only.</summary>
        private static readonly string[] KeptProperties = { "fingerprint", "provider", "kind", "source", "sourceKind", "consumer", "credentialId", "status", "sink", "apis" };

        public static SarifLogContent Read(string text, string? pathMap = null, string? baseDirectory = null)
        {
            var content = new SarifLogContent();
            var parsed = JsonReader.Parse(text, ManifestText.JsonEcho, maxDepth: 256);
            if (parsed.Root is not JsonObject root)
            {
                content.Error = parsed.Error != null ? "not valid JSON " + parsed.Error : "not a JSON object";
                return content;
            }

            string version = StringOf(root, "version") ?? string.Empty;
            if (ArrayOf(root, "runs") is not JsonArray runs)
            {
                content.Error = "no 'runs' array";
                return content;
            }

            var map = PathMapping.Parse(pathMap);
            foreach (var runNode in runs.Items)
            {
                if (runNode is not JsonObject run || ArrayOf(run, "results") is not JsonArray results)
                {
                    continue;
                }

                var bases = UriBases(run);
                foreach (var resultNode in results.Items)
                {
                    if (resultNode is JsonObject result && IsKeyGovRule(StringOf(result, "ruleId")))
                    {
                        var read = version.StartsWith("1.", StringComparison.Ordinal)
                            ? ReadVersion1(result, map, baseDirectory)
                            : ReadVersion2(result, bases, map, baseDirectory);
                        (read.RuleId == Usage.UsageFact.DiagnosticId ? content.UsageFacts : content.Results).Add(read);
                    }
                }

                ReadAllowances(run, content.Allowances);
                var runProperties = ObjectOf(run, "properties");
                content.TimeChecks ??= StringOf(runProperties, "timeChecks");
                content.EvaluationDate ??= StringOf(runProperties, "evaluationDate");
            }

            return content;
        }

        private static SarifResult ReadVersion2(JsonObject node, Dictionary<string, string> bases, PathMapping map, string? baseDirectory)
        {
            string? file = null;
            var region = default(SarifRegion);
            if (ArrayOf(node, "locations") is JsonArray locations && locations.Items.Count > 0 &&
                ObjectOf(locations.Items[0] as JsonObject, "physicalLocation") is JsonObject physical)
            {
                var artifact = ObjectOf(physical, "artifactLocation");
                file = ToPath(StringOf(artifact, "uri"), StringOf(artifact, "uriBaseId"), bases, map, baseDirectory);
                region = RegionOf(ObjectOf(physical, "region"));
            }

            var result = new SarifResult(StringOf(node, "ruleId")!, StringOf(node, "level") ?? "warning",
                StringOf(ObjectOf(node, "message"), "text") ?? string.Empty, file, region)
            {
                Fingerprint = StringOf(ObjectOf(node, "partialFingerprints"), SarifLogWriter.FingerprintKey),
            };

            if (ArrayOf(node, "suppressions") is JsonArray suppressions)
            {
                foreach (var item in suppressions.Items)
                {
                    var suppression = item as JsonObject;
                    string kind = StringOf(suppression, "kind") ?? "inSource";
                    string how = StringOf(ObjectOf(suppression, "properties"), "suppressionType") ?? (kind == "inSource" ? "in source" : "by the build settings");
                    string justification = StringOf(suppression, "justification") ?? string.Empty;
                    result.Suppressions.Add(new SarifSuppression(kind, justification.Length > 0 ? justification : "Suppressed " + Describe(how) + " with no justification given"));
                }
            }

            var properties = ObjectOf(node, "properties");
            KeepProperties(ObjectOf(properties, "customProperties") ?? properties, result);
            return result;
        }

        private static SarifResult ReadVersion1(JsonObject node, PathMapping map, string? baseDirectory)
        {
            string? file = null;
            var region = default(SarifRegion);
            if (ArrayOf(node, "locations") is JsonArray locations && locations.Items.Count > 0 &&
                ObjectOf(locations.Items[0] as JsonObject, "resultFile") is JsonObject resultFile)
            {
                file = ToPath(StringOf(resultFile, "uri"), null, new Dictionary<string, string>(), map, baseDirectory);
                region = RegionOf(ObjectOf(resultFile, "region"));
            }

            var result = new SarifResult(StringOf(node, "ruleId")!, StringOf(node, "level") ?? "warning", StringOf(node, "message") ?? string.Empty, file, region);
            if (ArrayOf(node, "suppressionStates") is JsonArray states && states.Items.Count > 0)
            {
                result.Suppressions.Add(new SarifSuppression("inSource", "Suppressed in source (#pragma or [SuppressMessage]) with no justification recorded by the SARIF 1.0 log"));
            }

            KeepProperties(ObjectOf(ObjectOf(node, "properties"), "customProperties"), result);
            return result;
        }

        private static string Describe(string suppressionType) =>
            suppressionType == "Pragma Directive" ? "by #pragma warning disable"
            : suppressionType == "SuppressMessageAttribute" ? "by [SuppressMessage]"
            : suppressionType == "DiagnosticSuppressor" ? "by a diagnostic suppressor"
            : suppressionType;

        private static void KeepProperties(JsonObject? properties, SarifResult result)
        {
            foreach (var name in KeptProperties)
            {
                if (StringOf(properties, name) is string value && value.Length > 0)
                {
                    result.Properties[name] = value;
                }
            }
        }

        private static void ReadAllowances(JsonObject run, List<SarifAllowance> allowances)
        {
            if (ArrayOf(ObjectOf(run, "properties"), "keygovAllowed") is not JsonArray allowed)
            {
                return;
            }

            foreach (var item in allowed.Items)
            {
                var entry = item as JsonObject;
                if (StringOf(entry, "fingerprint") is string fingerprint)
                {
                    allowances.Add(new SarifAllowance(fingerprint, StringOf(entry, "reason"), StringOf(entry, "owner")));
                }
            }
        }

        private static SarifRegion RegionOf(JsonObject? region) =>
            new SarifRegion(IntOf(region, "startLine"), IntOf(region, "startColumn"), IntOf(region, "endLine"), IntOf(region, "endColumn"));

        private static Dictionary<string, string> UriBases(JsonObject run)
        {
            var bases = new Dictionary<string, string>(StringComparer.Ordinal);
            if (ObjectOf(run, "originalUriBaseIds") is JsonObject ids)
            {
                foreach (var property in ids.Properties)
                {
                    if (StringOf(property.Value as JsonObject, "uri") is string uri)
                    {
                        bases[property.Name] = uri;
                    }
                }
            }

            return bases;
        }

        /// <summary>The local path of a result's URI: absolute <c>file:</c> URIs as they are, relative ones against their base.</summary>
        private static string? ToPath(string? uri, string? baseId, Dictionary<string, string> bases, PathMapping map, string? baseDirectory)
        {
            if (string.IsNullOrEmpty(uri))
            {
                return null;
            }

            try
            {
                if (baseId != null && bases.TryGetValue(baseId, out var baseUri))
                {
                    uri = new Uri(new Uri(baseUri, UriKind.Absolute), uri).AbsoluteUri;
                }

                if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute))
                {
                    return absolute.IsFile ? map.Unmap(absolute.LocalPath) : null;
                }

                string relative = Uri.UnescapeDataString(uri!);
                return baseDirectory != null ? System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, relative)) : relative;
            }
            catch (Exception e) when (e is UriFormatException || e is ArgumentException || e is NotSupportedException)
            {
                return null;
            }
        }

        private static bool IsKeyGovRule(string? id)
        {
            if (id == null || id.Length != 6 || id[0] != 'K' || id[1] != 'G')
            {
                return false;
            }

            for (int i = 2; i < id.Length; i++)
            {
                if (id[i] < '0' || id[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static JsonObject? ObjectOf(JsonObject? node, string name) => node?.Find(name)?.Value as JsonObject;

        private static JsonArray? ArrayOf(JsonObject? node, string name) => node?.Find(name)?.Value as JsonArray;

        private static string? StringOf(JsonObject? node, string name) => (node?.Find(name)?.Value as JsonString)?.Value;

        private static int IntOf(JsonObject? node, string name) =>
            node?.Find(name)?.Value is JsonNumber number && number.TryGetInt32(out int value) ? value : 0;

        /// <summary>The compiler's <c>/pathmap:from=to,…</c>, read backwards: a mapped path (<c>/_/src/…</c>) back to the disk.</summary>
        private sealed class PathMapping
        {
            private readonly List<KeyValuePair<string, string>> _pairs = new List<KeyValuePair<string, string>>();

            public static PathMapping Parse(string? pathMap)
            {
                var mapping = new PathMapping();
                if (string.IsNullOrWhiteSpace(pathMap))
                {
                    return mapping;
                }

                foreach (var pair in pathMap!.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    int equals = pair.IndexOf('=');
                    if (equals > 0 && equals < pair.Length - 1)
                    {
                        mapping._pairs.Add(new KeyValuePair<string, string>(pair.Substring(0, equals).Trim(), pair.Substring(equals + 1).Trim()));
                    }
                }

                return mapping;
            }

            public string Unmap(string path)
            {
                string slashed = path.Replace('\\', '/');
                foreach (var pair in _pairs)
                {
                    string mapped = pair.Value.Replace('\\', '/');
                    if (slashed.StartsWith(mapped, StringComparison.Ordinal))
                    {
                        return System.IO.Path.GetFullPath(System.IO.Path.Combine(pair.Key, slashed.Substring(mapped.Length)));
                    }
                }

                return path;
            }
        }
    }
}
