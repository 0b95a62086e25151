using System;
using System.Collections.Generic;
using System.Text;
using KeyGov.Core.Json;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// Small text edits of keygov.json for the code fixes: add an item to <c>credentials</c> or <c>allow</c>, or write
    /// a new manifest. It edits the text, never re-serialises it, so comments, order and layout stay as the owner wrote
    /// them; the new item copies the indentation and line ends around it.
    /// </summary>
    public static class ManifestEditor
    {
        /// <summary>A manifest with nothing in it yet: where a fix starts when the project has none.</summary>
        public static string Empty(string newLine = "\n") =>
            "{" + newLine + "  \"$schema\": \"" + KeyGovLinks.Schema + "\"," + newLine + "  \"version\": 1" + newLine + "}" + newLine;

        /// <summary>
        /// The text (a new manifest when null) with one more item in <c>credentials</c>, given as lines by
        /// <c>ManifestEntryTemplate.ToLines</c>; null when the text is not a readable JSON object.
        /// </summary>
        public static string? AddCredential(string? text, Func<string, IReadOnlyList<string>> credentialLines) =>
            AddToArray(text ?? Empty(), "credentials", credentialLines);

        /// <summary>
        /// The text with <paramref name="source"/> registered for <paramref name="consumer"/>: the consumer joins the first
        /// entry that lists the source (unchanged when it is one already), else a new entry from
        /// <see cref="Usage.ManifestEntryTemplate"/> (provider, source, consumer; owner, purpose and expiry left for a person).
        /// Null when the text is not readable. What "Register in keygov.json", its Fix All and KeyGovDraftManifest write.
        /// </summary>
        public static string? Register(string? text, Usage.CredentialSource source, string? providerId, string consumer, DateTime created)
        {
            if (text != null && AddConsumer(text, source.ManifestField, source.Name, consumer) is string joined)
            {
                return joined;
            }

            var manifest = text == null ? null : ManifestReader.Read(text).Manifest;
            var template = Usage.ManifestEntryTemplate.For(source, string.IsNullOrEmpty(providerId) ? null : providerId, consumer, manifest, created);
            return AddCredential(text, template.ToLines);
        }

        /// <summary>
        /// The text with <paramref name="consumer"/> added to the <c>consumers</c> of the first credential whose
        /// <c>sources</c> list <paramref name="sourceName"/> under <paramref name="sourceField"/> (<c>env</c> or
        /// <c>config</c>; configuration keys compare without case, as .NET reads them); the text unchanged when it is
        /// a consumer already or the entry names none (it then serves every project); null when no entry lists the source
        /// or the text is not readable. How one entry comes to serve every project that reads a source.
        /// </summary>
        public static string? AddConsumer(string text, string sourceField, string sourceName, string consumer)
        {
            if (!(JsonReader.Parse(text, ManifestText.JsonEcho).Root is JsonObject root) || !(root.Find("credentials")?.Value is JsonArray credentials))
            {
                return null;
            }

            var comparison = sourceField == "env" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            foreach (var item in credentials.Items)
            {
                if (!(item is JsonObject entry) || !(entry.Find("sources")?.Value is JsonObject sources) ||
                    !(sources.Find(sourceField)?.Value is JsonArray names) || !Contains(names, sourceName, comparison))
                {
                    continue;
                }

                if (!(entry.Find("consumers")?.Value is JsonArray consumers) || Contains(consumers, consumer, StringComparison.Ordinal))
                {
                    return text;
                }

                string quoted = Usage.ManifestEntryTemplate.Quote(consumer);
                return consumers.Items.Count == 0
                    ? Replace(text, consumers.Range.Start, consumers.Range.Length, "[" + quoted + "]")
                    : Replace(text, consumers.Items[consumers.Items.Count - 1].Range.End, 0, ", " + quoted);
            }

            return null;
        }

        /// <summary>
        /// The text without the <c>consumers</c> item that starts at <paramref name="start"/> (KG3017's position) and its
        /// separating comma; <c>[]</c> when it was the only one. Null when no consumer starts there (the text changed
        /// since the finding) or the text is not readable.
        /// </summary>
        public static string? RemoveConsumer(string text, int start)
        {
            if (!(JsonReader.Parse(text, ManifestText.JsonEcho).Root is JsonObject root) || !(root.Find("credentials")?.Value is JsonArray credentials))
            {
                return null;
            }

            foreach (var item in credentials.Items)
            {
                if (!(item is JsonObject entry) || !(entry.Find("consumers")?.Value is JsonArray consumers))
                {
                    continue;
                }

                var items = consumers.Items;
                for (int i = 0; i < items.Count; i++)
                {
                    if (items[i].Range.Start != start)
                    {
                        continue;
                    }

                    if (items.Count == 1)
                    {
                        return Replace(text, consumers.Range.Start, consumers.Range.Length, "[]");
                    }

                    // The item up to the next one, or from the end of the one before: its comma goes with it.
                    int from = i + 1 < items.Count ? items[i].Range.Start : items[i - 1].Range.End;
                    int to = i + 1 < items.Count ? items[i + 1].Range.Start : items[i].Range.End;
                    return Replace(text, from, to - from, string.Empty);
                }
            }

            return null;
        }

        private static bool Contains(JsonArray array, string value, StringComparison comparison)
        {
            foreach (var item in array.Items)
            {
                if (item is JsonString text && string.Equals(text.Value, value, comparison))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The text with <paramref name="fingerprint"/> under <c>allow</c>, its <c>reason</c> and <c>owner</c> left for a
        /// person to fill; the text unchanged when the fingerprint is allowed already; null when it is not readable.
        /// </summary>
        public static string? AddAllowedFingerprint(string? text, string fingerprint)
        {
            text ??= Empty();
            if (text.IndexOf("\"" + fingerprint + "\"", StringComparison.Ordinal) >= 0)
            {
                return text;
            }

            return AddToArray(text, "allow", _ => new[]
            {
                "{ \"fingerprint\": \"" + fingerprint + "\", \"reason\": \"\", \"owner\": \"\" }",
            });
        }

        private static string? AddToArray(string text, string arrayName, Func<string, IReadOnlyList<string>> itemLines)
        {
            var parsed = JsonReader.Parse(text, ManifestText.JsonEcho);
            if (!(parsed.Root is JsonObject root))
            {
                return null;
            }

            string newLine = text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
            string rootIndent = IndentOfLine(text, root.Range.Start);
            string unit = IndentUnit(text, root, rootIndent);
            var property = root.Find(arrayName);
            if (property != null)
            {
                if (!(property.Value is JsonArray array))
                {
                    return null;
                }

                string propertyIndent = IndentOfLine(text, property.NameRange.Start);
                if (array.Items.Count == 0)
                {
                    // [] becomes [ item ] on lines of its own.
                    var builder = new StringBuilder().Append('[').Append(newLine);
                    AppendLines(builder, itemLines(unit), propertyIndent + unit, newLine);
                    builder.Append(newLine).Append(propertyIndent).Append(']');
                    return Replace(text, array.Range.Start, array.Range.Length, builder.ToString());
                }

                var last = array.Items[array.Items.Count - 1];
                string itemIndent = IndentOfLine(text, last.Range.Start);
                var insert = new StringBuilder().Append(',').Append(newLine);
                AppendLines(insert, itemLines(unit), itemIndent, newLine);
                return Replace(text, last.Range.End, 0, insert.ToString());
            }

            // No such array yet: a new last property of the root.
            string memberIndent = rootIndent + unit;
            var added = new StringBuilder();
            int at;
            if (root.Properties.Count == 0)
            {
                at = root.Range.Start + 1;
            }
            else
            {
                at = root.Properties[root.Properties.Count - 1].Value.Range.End;
                added.Append(',');
            }

            added.Append(newLine).Append(memberIndent).Append('"').Append(arrayName).Append("\": [").Append(newLine);
            AppendLines(added, itemLines(unit), memberIndent + unit, newLine);
            added.Append(newLine).Append(memberIndent).Append(']');
            if (root.Properties.Count == 0)
            {
                added.Append(newLine).Append(rootIndent);
            }

            return Replace(text, at, 0, added.ToString());
        }

        private static void AppendLines(StringBuilder builder, IReadOnlyList<string> lines, string indent, string newLine)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(newLine);
                }

                builder.Append(indent).Append(lines[i]);
            }
        }

        private static string Replace(string text, int start, int length, string replacement) =>
            text.Substring(0, start) + replacement + text.Substring(start + length);

        /// <summary>The spaces and tabs that start the line holding <paramref name="position"/>.</summary>
        private static string IndentOfLine(string text, int position)
        {
            int lineStart = position;
            while (lineStart > 0 && text[lineStart - 1] != '\n' && text[lineStart - 1] != '\r')
            {
                lineStart--;
            }

            int end = lineStart;
            while (end < text.Length && (text[end] == ' ' || text[end] == '\t'))
            {
                end++;
            }

            return text.Substring(lineStart, end - lineStart);
        }

        /// <summary>One level of indentation as the file uses it: the first property's indent beyond the root's; two spaces by default.</summary>
        private static string IndentUnit(string text, JsonObject root, string rootIndent)
        {
            if (root.Properties.Count != 0)
            {
                string first = IndentOfLine(text, root.Properties[0].NameRange.Start);
                if (first.Length > rootIndent.Length && first.StartsWith(rootIndent, StringComparison.Ordinal))
                {
                    return first.Substring(rootIndent.Length);
                }
            }

            return "  ";
        }
    }
}
