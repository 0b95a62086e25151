using System;
using System.Collections.Generic;
using System.Globalization;
using KeyGov.Core.Json;
using KeyGov.Core.Manifest;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Providers
{
    /// <summary>
    /// Reads a saved response of a provider's key-listing admin API (docs/provider-exports.md): one list page
    /// (<c>{"object": "list", "data": [...], "has_more": …}</c>), a JSON array of such pages, or a JSON array of key
    /// objects. Each key is typed by its own <c>object</c> (OpenAI) or <c>type</c> (Anthropic) field; an object of
    /// another type is reported (KG3001) and left out, never guessed at. A full key anywhere in the file is a KG3014
    /// at its position, shown only redacted. Fields KeyGov does not read are ignored: providers add fields. Never throws.
    /// </summary>
    public static class ProviderExportReader
    {
        public const string OpenAIProjectKeyType = "organization.project.api_key";
        public const string OpenAIAdminKeyType = "organization.admin_api_key";
        public const string AnthropicKeyType = "api_key";

        /// <summary>Reads <paramref name="text"/>, the content of <paramref name="file"/>, whose item says it lists <paramref name="scope"/>.</summary>
        public static ProviderExport Read(string? text, string file, string? scope)
        {
            var reader = new Reader(file, string.IsNullOrWhiteSpace(scope) ? null : scope!.Trim());
            try
            {
                reader.Read(text ?? string.Empty);
            }
            catch (Exception ex)
            {
                // Unreachable by design (the bad-input tests hold it so); a build still gets a clear error, never a stack trace.
                reader.Problem("KeyGov could not read the provider export (internal error " + ex.GetType().Name + "); please report it", new SourceRange(0, 0, 1, 1, 1, 1), null);
            }

            return reader.Result();
        }

        /// <summary>KG3014 for every full key in an export's text, at its position, shown only redacted.</summary>
        internal static List<ManifestFinding> KeyMaterial(string text)
        {
            var findings = new List<ManifestFinding>();
            foreach (var (key, at) in ManifestKeyMaterial.Locate(text))
            {
                findings.Add(ManifestFindingFactory.Create(RuleCatalog.KG3014, FindingSeverity.Error,
                    "The provider export holds " + ManifestKeyMaterial.Article(key.Kind.ProviderName) + " " + key.Kind.ProviderName + " " + key.Kind.KindName +
                    " '" + key.Redacted + "'; an export must hold only what the list APIs return (redacted values): delete the file, save it again from the list endpoint, and rotate the key",
                    at, null));
            }

            return findings;
        }

        private sealed class Reader
        {
            private readonly string _file;
            private readonly string? _scope;
            private readonly List<ProviderKey> _keys = new List<ProviderKey>();
            private readonly List<ExportPage> _pages = new List<ExportPage>();
            private readonly List<ManifestFinding> _findings = new List<ManifestFinding>();

            public Reader(string file, string? scope)
            {
                _file = file;
                _scope = scope;
            }

            public ProviderExport Result() => new ProviderExport(_file, _scope, _keys, _pages, _findings);

            public void Read(string text)
            {
                // First the key scan: a file that holds a key is reported whatever else is wrong with it.
                _findings.AddRange(KeyMaterial(text));

                var parsed = JsonReader.Parse(text, ManifestText.JsonEcho);
                if (parsed.Root == null)
                {
                    Problem("The provider export is not valid JSON: " + parsed.Error!.Message, parsed.Error.Range, null);
                    return;
                }

                if (parsed.Root is JsonObject page)
                {
                    ReadPage(page, string.Empty);
                }
                else if (parsed.Root is JsonArray array)
                {
                    for (int i = 0; i < array.Items.Count; i++)
                    {
                        string path = "[" + i + "]";
                        if (array.Items[i] is JsonObject item && item.ValueOf("data") != null)
                        {
                            ReadPage(item, path + ".");
                        }
                        else if (array.Items[i] is JsonObject key)
                        {
                            ReadKey(key, path);
                        }
                        else
                        {
                            Problem("'" + path + "' must be a list page or a key object, not " + array.Items[i].KindDescription, array.Items[i].Range, path);
                        }
                    }
                }
                else
                {
                    Problem("A provider export is a list response ({ \"data\": [ … ] }) or an array of them, not " + parsed.Root.KindDescription, parsed.Root.Range, null);
                }
            }

            private void ReadPage(JsonObject page, string prefix)
            {
                var data = page.ValueOf("data");
                if (data == null)
                {
                    // A single key object saved on its own (a retrieve response) is read as one key.
                    var told = page.ValueOf("object") ?? page.ValueOf("type");
                    if (told != null && !(told is JsonString list && list.Value == "list"))
                    {
                        ReadKey(page, prefix.TrimEnd('.'));
                        return;
                    }

                    Problem("This is not a key-listing response: it has no \"data\" array. Save the response of the list endpoint (docs/provider-exports.md)", page.OpeningBrace, null);
                    return;
                }

                if (!(data is JsonArray items))
                {
                    Problem("'" + prefix + "data' must be an array, not " + data.KindDescription, data.Range, prefix + "data");
                    return;
                }

                if (page.ValueOf("object") is JsonString type && type.Value != "list")
                {
                    Problem("'" + prefix + "object' is " + ManifestText.Quote(type.Value) + "; a list response says \"list\"", type.Range, prefix + "object");
                }

                int before = _keys.Count;
                for (int i = 0; i < items.Items.Count; i++)
                {
                    string path = prefix + "data[" + i + "]";
                    if (items.Items[i] is JsonObject key)
                    {
                        ReadKey(key, path);
                    }
                    else
                    {
                        Problem("'" + path + "' must be a key object, not " + items.Items[i].KindDescription, items.Items[i].Range, path);
                    }
                }

                var hasMore = page.ValueOf("has_more");
                bool? more = hasMore is JsonBool flag ? flag.Value : (bool?)null;
                if (hasMore != null && !(hasMore is JsonBool))
                {
                    Problem("'" + prefix + "has_more' must be a boolean, not " + hasMore.KindDescription, hasMore.Range, prefix + "has_more");
                }

                _pages.Add(new ExportPage(_keys.Count > before ? _keys[_keys.Count - 1].Kind : (ProviderKeyKind?)null, more, hasMore?.Range ?? page.OpeningBrace));
            }

            private void ReadKey(JsonObject key, string path)
            {
                var objectType = key.ValueOf("object") as JsonString;
                var anthropicType = key.ValueOf("type") as JsonString;
                ProviderKeyKind kind;
                if (objectType?.Value == OpenAIProjectKeyType)
                {
                    kind = ProviderKeyKind.OpenAIProjectKey;
                }
                else if (objectType?.Value == OpenAIAdminKeyType)
                {
                    kind = ProviderKeyKind.OpenAIAdminKey;
                }
                else if (objectType == null && anthropicType?.Value == AnthropicKeyType)
                {
                    kind = ProviderKeyKind.AnthropicApiKey;
                }
                else
                {
                    var told = objectType ?? anthropicType;
                    string what = told != null ? "an object of type " + ManifestText.Quote(told.Value) : "an object without a type (\"object\" or \"type\")";
                    Problem("'" + path + "' is " + what + "; KeyGov reads " + OpenAIProjectKeyType + " and " + OpenAIAdminKeyType + " (OpenAI) and " + AnthropicKeyType +
                        " (Anthropic) objects and does not guess at others: the object is left out. Save the response of a key-listing endpoint (docs/provider-exports.md)",
                        told?.Range ?? key.OpeningBrace, path);
                    return;
                }

                var id = Text(key, "id", path);
                if (id == null || id.Trim().Length == 0)
                {
                    Problem("'" + path + "' has no \"id\"; the key is left out", key.OpeningBrace, path);
                    return;
                }

                bool anthropic = kind == ProviderKeyKind.AnthropicApiKey;
                string? hintText = Text(key, anthropic ? "partial_key_hint" : "redacted_value", path);
                var lastUsed = key.ValueOf("last_used_at");
                _keys.Add(new ProviderKey
                {
                    Provider = anthropic ? "anthropic" : "openai",
                    Kind = kind,
                    Id = id.Trim(),
                    Hint = KeyHint.TryParse(hintText, out var hint) ? hint : (KeyHint?)null,
                    Scope = anthropic ? Text(key, "workspace_id", path) ?? AnthropicDefaultWorkspace : _scope,
                    Status = anthropic ? Text(key, "status", path) : null,
                    CreatedAt = Time(key, "created_at", path),
                    LastUsedAt = Time(key, "last_used_at", path),
                    TracksUse = lastUsed != null,
                    ExpiresAt = Time(key, "expires_at", path),
                    OwnerAccess = anthropic ? null : Text(key, "owner_project_access", path),
                    OwnerType = anthropic ? null : (key.ValueOf("owner") is JsonObject owner ? Text(owner, "type", path + ".owner") : null),
                    File = _file,
                    Range = key.Range,
                    Path = path,
                });
            }

            /// <summary>A string field; null when absent or null. Another type is a KG3001 and counts as absent.</summary>
            private string? Text(JsonObject owner, string name, string path)
            {
                var value = owner.ValueOf(name);
                if (value == null || value is JsonNull)
                {
                    return null;
                }

                if (value is JsonString text)
                {
                    return text.Value;
                }

                Problem("'" + path + "." + name + "' must be a string, not " + value.KindDescription, value.Range, path + "." + name);
                return null;
            }

            /// <summary>A time: Unix seconds (OpenAI) or an RFC 3339 string (Anthropic), as a UTC day; null when absent or null.</summary>
            private DateTime? Time(JsonObject owner, string name, string path)
            {
                var value = owner.ValueOf(name);
                if (value == null || value is JsonNull)
                {
                    return null;
                }

                if (value is JsonNumber number && number.IsInteger && number.Text.Length <= 12 &&
                    long.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long seconds) &&
                    seconds >= 0 && seconds <= MaxUnixSeconds)
                {
                    return UnixEpoch.AddSeconds(seconds).Date;
                }

                if (value is JsonString text && text.Value.Length <= 40 &&
                    DateTime.TryParse(text.Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
                {
                    return time.Date;
                }

                Problem("'" + path + "." + name + "' is not a time (Unix seconds or an RFC 3339 date); it is ignored", value.Range, path + "." + name);
                return null;
            }

            public void Problem(string message, SourceRange at, string? field) =>
                _findings.Add(ManifestFindingFactory.Create(RuleCatalog.KG3001, FindingSeverity.Error, message, at, null, null, field));
        }

        /// <summary>The scope of an Anthropic key whose <c>workspace_id</c> is null: the organization's default workspace.</summary>
        public const string AnthropicDefaultWorkspace = "default";

        private static readonly DateTime UnixEpoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        // 2999-12-31, the last day a manifest date may name.
        private const long MaxUnixSeconds = 32503593600L;
    }
}
