using System;
using System.Collections.Generic;
using KeyGov.Core.Json;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// The usage facts of one project build as a file (<c>obj/…/&lt;project&gt;.keygov-usage.json</c>), written after the
    /// compile from the compiler's SARIF log and read by <c>KeyGovInventoryMerge</c> and <c>KeyGovDraftManifest</c>.
    /// Every text passes <see cref="ManifestText.Safe"/> both ways: the file holds names and positions, never a key.
    /// </summary>
    public static class UsageFactsFile
    {
        public const string Kind = "keygov-usage";

        public const string Extension = ".keygov-usage.json";

        public static string Write(ProjectUsage usage)
        {
            var json = new JsonWriter();
            json.StartObject()
                .Property("kind", Kind)
                .Property("formatVersion", 1)
                .Property("project", Safe(usage.Project))
                .Property("assembly", Safe(usage.Assembly))
                .Property("targetFramework", Safe(usage.TargetFramework))
                .Property("manifest", Safe(usage.Manifest))
                .Name("reads").StartArray();
            foreach (var read in usage.Reads)
            {
                json.StartObject()
                    .Property("file", ManifestText.SafePath(read.File))
                    .Property("line", read.Line)
                    .Property("column", read.Column)
                    .Property("sourceKind", read.SourceKind)
                    .Property("source", Safe(read.Source))
                    .Property("provider", Safe(read.Provider))
                    .Property("credentialId", Safe(read.CredentialId))
                    .Property("status", Safe(read.Status))
                    .Property("sink", Safe(read.Sink))
                    .Name("apis").Strings(read.Apis, ManifestText.Safe)
                    .EndObject();
            }

            return json.EndArray().EndObject().ToString();
        }

        /// <summary>The facts, or null with <paramref name="error"/> when the text is not a usage facts file.</summary>
        public static ProjectUsage? Read(string text, out string? error)
        {
            var parsed = JsonReader.Parse(text, ManifestText.JsonEcho);
            if (parsed.Root is not JsonObject root || StringOf(root, "kind") != Kind)
            {
                error = parsed.Error != null ? "not valid JSON " + parsed.Error : "not a KeyGov usage facts file";
                return null;
            }

            var usage = new ProjectUsage
            {
                Project = StringOf(root, "project") ?? string.Empty,
                Assembly = StringOf(root, "assembly") ?? string.Empty,
                TargetFramework = StringOf(root, "targetFramework"),
                Manifest = StringOf(root, "manifest"),
            };
            if (root.Find("reads")?.Value is JsonArray reads)
            {
                foreach (var item in reads.Items)
                {
                    if (item is not JsonObject read || StringOf(read, "source") is not string source || source.Length == 0)
                    {
                        continue;
                    }

                    usage.Reads.Add(new UsageRead
                    {
                        Consumer = usage.Assembly,
                        File = read.Find("file")?.Value is JsonString file ? ManifestText.SafePath(file.Value) : string.Empty,
                        Line = IntOf(read, "line"),
                        Column = IntOf(read, "column"),
                        SourceKind = StringOf(read, "sourceKind") == "config" ? "config" : "env",
                        Source = source,
                        Provider = StringOf(read, "provider"),
                        CredentialId = StringOf(read, "credentialId"),
                        Status = StringOf(read, "status") ?? string.Empty,
                        Sink = StringOf(read, "sink"),
                        Apis = StringsOf(read, "apis"),
                    });
                }
            }

            error = null;
            return usage;
        }

        private static string? Safe(string? text) => text == null ? null : ManifestText.Safe(text);

        private static string? StringOf(JsonObject node, string name) =>
            node.Find(name)?.Value is JsonString value ? ManifestText.Safe(value.Value) : null;

        private static IReadOnlyList<string> StringsOf(JsonObject node, string name)
        {
            var values = new List<string>();
            if (node.Find(name)?.Value is JsonArray array)
            {
                foreach (var item in array.Items)
                {
                    if (item is JsonString value)
                    {
                        values.Add(ManifestText.Safe(value.Value));
                    }
                }
            }

            return values;
        }

        private static int IntOf(JsonObject node, string name) =>
            node.Find(name)?.Value is JsonNumber number && int.TryParse(number.Text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value)
                ? value
                : 0;
    }
}
