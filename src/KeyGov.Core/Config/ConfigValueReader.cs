using System;
using System.Collections.Generic;
using KeyGov.Core.Json;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Config
{
    /// <summary>
    /// Reads the values of a config file with the names they sit under. Tolerant by design: a file it cannot read
    /// yields no values (KeyGov still finds self-identifying keys in its raw text); it never throws.
    /// </summary>
    public static class ConfigValueReader
    {
        private static readonly ConfigValue[] None = Array.Empty<ConfigValue>();

        public static IReadOnlyList<ConfigValue> Read(ConfigFileKind kind, string text)
        {
            var values = new List<ConfigValue>();
            try
            {
                switch (kind)
                {
                    case ConfigFileKind.Json:
                        ReadJson(text, values);
                        break;
                    case ConfigFileKind.DotEnv:
                        ReadDotEnv(text, values);
                        break;
                    case ConfigFileKind.Xml:
                        ReadXml(text, values);
                        break;
                }
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                return None; // a malformed file is the compiler's or the app's concern, not a reason to crash an analyzer
            }

            return values.Count == 0 ? None : values;
        }

        private static void ReadJson(string text, List<ConfigValue> values)
        {
            var parsed = JsonReader.Parse(text, ManifestText.JsonEcho);
            if (parsed.Root != null)
            {
                Walk(parsed.Root, string.Empty, text, values);
            }
        }

        private static void Walk(JsonNode node, string path, string text, List<ConfigValue> values)
        {
            switch (node)
            {
                case JsonObject obj:
                    string? host = null;
                    foreach (var property in obj.Properties)
                    {
                        if (property.Value is JsonString s && TryGetHost(s.Value, out var found))
                        {
                            host = found;
                            break;
                        }
                    }

                    foreach (var property in obj.Properties)
                    {
                        string child = path.Length == 0 ? property.Name : path + ":" + property.Name;
                        if (property.Value is JsonString str)
                        {
                            AddJsonString(str, child, host, text, values);
                        }
                        else
                        {
                            Walk(property.Value, child, text, values);
                        }
                    }

                    break;
                case JsonArray array:
                    for (int i = 0; i < array.Items.Count; i++)
                    {
                        string child = path + ":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        if (array.Items[i] is JsonString str)
                        {
                            AddJsonString(str, child, null, text, values);
                        }
                        else
                        {
                            Walk(array.Items[i], child, text, values);
                        }
                    }

                    break;
            }
        }

        private static void AddJsonString(JsonString str, string path, string? host, string text, List<ConfigValue> values)
        {
            // The value's offset is exact only when the file spells it as its value (no escapes): keys never need any.
            int start = str.Range.Start + 1;
            if (str.Value.Length == 0 || start + str.Value.Length > text.Length ||
                string.CompareOrdinal(text, start, str.Value, 0, str.Value.Length) != 0)
            {
                return;
            }

            AddValue(str.Value, start, path, host, values);
        }

        /// <summary>Adds a value, or the parts of a connection string (<c>Endpoint=…;Key=…</c>) each under its own name.</summary>
        private static void AddValue(string value, int start, string context, string? host, List<ConfigValue> values)
        {
            if (value.IndexOf(';') >= 0 && value.IndexOf('=') > 0 && AddConnectionStringParts(value, start, context, values))
            {
                return;
            }

            values.Add(new ConfigValue(value, start, context, host));
        }

        private static bool AddConnectionStringParts(string value, int start, string context, List<ConfigValue> values)
        {
            string? host = null;
            int partCount = values.Count;
            int at = 0;
            while (at < value.Length)
            {
                int end = value.IndexOf(';', at);
                if (end < 0)
                {
                    end = value.Length;
                }

                int equals = value.IndexOf('=', at, end - at);
                if (equals > at)
                {
                    string name = value.Substring(at, equals - at).Trim();
                    string part = value.Substring(equals + 1, end - equals - 1);
                    if (TryGetHost(part, out var found))
                    {
                        host = found;
                    }

                    if (part.Length != 0)
                    {
                        values.Add(new ConfigValue(part, start + equals + 1, context + ":" + name, null));
                    }
                }

                at = end + 1;
            }

            if (values.Count == partCount)
            {
                return false;
            }

            if (host != null)
            {
                for (int i = partCount; i < values.Count; i++)
                {
                    values[i] = new ConfigValue(values[i].Value, values[i].Start, values[i].Context, host);
                }
            }

            return true;
        }

        private static void ReadDotEnv(string text, List<ConfigValue> values)
        {
            int lineStart = 0;
            while (lineStart < text.Length)
            {
                int lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0)
                {
                    lineEnd = text.Length;
                }

                ReadDotEnvLine(text, lineStart, lineEnd, values);
                lineStart = lineEnd + 1;
            }
        }

        private static void ReadDotEnvLine(string text, int start, int end, List<ConfigValue> values)
        {
            int i = SkipSpaces(text, start, end);
            if (i >= end || text[i] == '#')
            {
                return;
            }

            if (string.CompareOrdinal(text, i, "export ", 0, 7) == 0)
            {
                i = SkipSpaces(text, i + 7, end);
            }

            int equals = text.IndexOf('=', i, end - i);
            if (equals <= i)
            {
                return;
            }

            string name = text.Substring(i, equals - i).Trim();
            int valueStart = equals + 1;
            int valueEnd = end;
            while (valueEnd > valueStart && char.IsWhiteSpace(text[valueEnd - 1]))
            {
                valueEnd--;
            }

            if (valueEnd - valueStart >= 2 && (text[valueStart] == '"' || text[valueStart] == '\'') && text[valueEnd - 1] == text[valueStart])
            {
                valueStart++;
                valueEnd--;
            }

            if (valueEnd > valueStart)
            {
                AddValue(text.Substring(valueStart, valueEnd - valueStart), valueStart, name, null, values);
            }
        }

        /// <summary>
        /// appSettings and connectionStrings entries (<c>&lt;add key="…" value="…" /&gt;</c>, <c>name</c>/<c>connectionString</c>)
        /// and settings (<c>&lt;setting name="…"&gt;&lt;value&gt;…&lt;/value&gt;</c>). A scan of attributes, not an XML parser:
        /// config files are small and an analyzer must not resolve entities or DTDs.
        /// </summary>
        private static void ReadXml(string text, List<ConfigValue> values)
        {
            int at = 0;
            while ((at = text.IndexOf('<', at)) >= 0)
            {
                int close = text.IndexOf('>', at);
                if (close < 0)
                {
                    return;
                }

                var attributes = ReadAttributes(text, at + 1, close);
                string? name = Find(attributes, "key") ?? Find(attributes, "name");
                if (name != null)
                {
                    foreach (var attribute in attributes)
                    {
                        if (attribute.Name == "value" || attribute.Name == "connectionString")
                        {
                            AddValue(attribute.Value, attribute.Start, name, null, values);
                        }
                    }

                    // <setting name="X"><value>secret</value></setting>
                    if (string.CompareOrdinal(text, at + 1, "setting", 0, 7) == 0)
                    {
                        int valueOpen = text.IndexOf("<value>", close, StringComparison.Ordinal);
                        int settingEnd = text.IndexOf("</setting>", close, StringComparison.Ordinal);
                        if (valueOpen >= 0 && (settingEnd < 0 || valueOpen < settingEnd))
                        {
                            int valueStart = valueOpen + 7;
                            int valueEnd = text.IndexOf('<', valueStart);
                            if (valueEnd > valueStart)
                            {
                                AddValue(text.Substring(valueStart, valueEnd - valueStart).Trim(), valueStart + LeadingSpaces(text, valueStart, valueEnd), name, null, values);
                            }
                        }
                    }
                }

                at = close + 1;
            }
        }

        private static List<(string Name, string Value, int Start)> ReadAttributes(string text, int start, int end)
        {
            var attributes = new List<(string, string, int)>();
            int i = start;
            while (i < end)
            {
                int equals = text.IndexOf('=', i, end - i);
                if (equals < 0)
                {
                    break;
                }

                int nameEnd = equals;
                while (nameEnd > i && char.IsWhiteSpace(text[nameEnd - 1]))
                {
                    nameEnd--;
                }

                int nameStart = nameEnd;
                while (nameStart > i && !char.IsWhiteSpace(text[nameStart - 1]))
                {
                    nameStart--;
                }

                int quote = SkipSpaces(text, equals + 1, end);
                if (quote >= end || (text[quote] != '"' && text[quote] != '\''))
                {
                    break;
                }

                int valueEnd = text.IndexOf(text[quote], quote + 1);
                if (valueEnd < 0 || valueEnd > end)
                {
                    break;
                }

                attributes.Add((text.Substring(nameStart, nameEnd - nameStart), text.Substring(quote + 1, valueEnd - quote - 1), quote + 1));
                i = valueEnd + 1;
            }

            return attributes;
        }

        private static string? Find(List<(string Name, string Value, int Start)> attributes, string name)
        {
            foreach (var attribute in attributes)
            {
                if (attribute.Name == name)
                {
                    return attribute.Value;
                }
            }

            return null;
        }

        private static bool TryGetHost(string value, out string host)
        {
            host = string.Empty;
            if (!value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                return false;
            }

            host = uri.Host;
            return true;
        }

        private static int SkipSpaces(string text, int i, int end)
        {
            while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
            {
                i++;
            }

            return i;
        }

        private static int LeadingSpaces(string text, int start, int end)
        {
            int i = start;
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return i - start;
        }
    }
}
