using System;
using System.Collections.Generic;
using System.Text;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// The manifest entry KeyGov suggests for an unregistered credential (KG2001's message and its code fix): what the
    /// code tells (provider, consumer, source), and empty <c>owner</c>, <c>purpose</c> and <c>expires</c> that only a
    /// person can fill in. Until they do, the manifest task reports them (KG3002/KG3003), so nothing passes unowned.
    /// </summary>
    public sealed class ManifestEntryTemplate
    {
        private ManifestEntryTemplate(string id, string provider, string consumer, CredentialSource source, string? created)
        {
            Id = id;
            Provider = provider;
            Consumer = consumer;
            Source = source;
            Created = created;
        }

        public string Id { get; }

        /// <summary>A catalog provider id, or <c>x-…</c> named after the credential when the code does not tell.</summary>
        public string Provider { get; }

        public string Consumer { get; }

        public CredentialSource Source { get; }

        /// <summary><c>yyyy-MM-dd</c>, or null when the evaluation date is unknown.</summary>
        public string? Created { get; }

        /// <param name="providerId">The provider the read was attributed to (by its sink or its name), or null.</param>
        /// <param name="manifest">The current manifest, so that the id is new; null when there is none.</param>
        /// <param name="created">The evaluation date; <see cref="DateTime.MinValue"/> when unknown.</param>
        public static ManifestEntryTemplate For(CredentialSource source, string? providerId, string consumer, KeyManifest? manifest, DateTime created)
        {
            string provider = providerId ?? "x-" + Slug(CredentialNameConventions.Stem(source.Name), "credential");
            // Named after the provider and the source, not the consumer: a file compiled into several projects suggests
            // one entry (the same id) for each credential, to which each project adds itself as a consumer.
            string name = Slug(source.Name, "credential");
            string baseId = provider.StartsWith("x-", StringComparison.Ordinal) || name.StartsWith(provider + "-", StringComparison.Ordinal)
                ? (provider.StartsWith("x-", StringComparison.Ordinal) ? "x-" + name : name)
                : provider + "-" + name;
            string id = baseId;
            for (int n = 2; manifest != null && HasId(manifest, id); n++)
            {
                id = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return new ManifestEntryTemplate(id, provider, consumer, source, created == DateTime.MinValue ? null : ManifestFormats.FormatDate(created));
        }

        /// <summary>
        /// False when a text of the entry looks like a key (<see cref="ManifestText"/>'s judgement): code that reads a key
        /// as a name (<c>GetEnvironmentVariable("sk-…")</c>) gets no suggested entry, and no fix writes one to keygov.json.
        /// The id and an <c>x-…</c> provider are made from the name, so each text is judged.
        /// </summary>
        public bool IsShowable =>
            !ManifestText.LooksLikeKey(Source.Name) && !ManifestText.LooksLikeKey(Provider) &&
            !ManifestText.LooksLikeKey(Id) && !ManifestText.LooksLikeKey(Consumer);

        /// <summary>
        /// One line, for a diagnostic message: <c>{ "id": …, "provider": …, "consumers": […], "sources": { … } }</c>;
        /// <see cref="ManifestText.HoldsKeyNotShown"/> when the entry is not <see cref="IsShowable"/>.
        /// </summary>
        public string ToCompactJson() => IsShowable
            ? ManifestText.Safe("{ \"id\": " + Quote(Id) + ", \"provider\": " + Quote(Provider) + ", \"consumers\": [" + Quote(Consumer) + "], \"sources\": " + SourcesJson() + " }")
            : ManifestText.HoldsKeyNotShown;

        /// <summary>The entry as lines (no indentation of its own, no line ends), nested lines indented by <paramref name="indentUnit"/>.</summary>
        public IReadOnlyList<string> ToLines(string indentUnit)
        {
            var lines = new List<string>
            {
                "{",
                indentUnit + "\"id\": " + Quote(Id) + ",",
                indentUnit + "\"provider\": " + Quote(Provider) + ",",
                indentUnit + "\"owner\": \"\",",
                indentUnit + "\"purpose\": \"\",",
                indentUnit + "\"consumers\": [" + Quote(Consumer) + "],",
                indentUnit + "\"sources\": " + SourcesJson() + ",",
            };
            if (Created != null)
            {
                lines.Add(indentUnit + "\"created\": " + Quote(Created) + ",");
            }

            lines.Add(indentUnit + "\"expires\": \"\"");
            lines.Add("}");
            return lines;
        }

        /// <summary>A JSON string literal.</summary>
        public static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    default:
                        if (c < ' ')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        private string SourcesJson() => "{ " + Quote(Source.ManifestField) + ": [" + Quote(Source.Name) + "] }";

        private static bool HasId(KeyManifest manifest, string id)
        {
            foreach (var entry in manifest.Credentials)
            {
                if (string.Equals(entry.Id?.Value, id, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        // Lowercase letters, digits and single dashes: a valid id piece (ManifestFormats.IsValidId).
        private static string Slug(string text, string fallback)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                char lower = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
                if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
                {
                    builder.Append(lower);
                }
                else if (builder.Length != 0 && builder[builder.Length - 1] != '-')
                {
                    builder.Append('-');
                }
            }

            string slug = builder.ToString().Trim('-');
            return slug.Length == 0 ? fallback : slug;
        }
    }
}
