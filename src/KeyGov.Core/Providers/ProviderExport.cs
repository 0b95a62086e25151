using System;
using System.Collections.Generic;
using KeyGov.Core.Json;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Providers
{
    /// <summary>One saved provider export as read: its keys, its pages, and what is wrong with it (KG3001, KG3014), positioned in the file.</summary>
    public sealed class ProviderExport
    {
        internal ProviderExport(string file, string? scope, IReadOnlyList<ProviderKey> keys, IReadOnlyList<ExportPage> pages, IReadOnlyList<ManifestFinding> findings)
        {
            File = file;
            Scope = scope;
            Keys = keys;
            Pages = pages;
            Findings = findings;
        }

        /// <summary>The file, as the caller named it: where findings about its keys are reported.</summary>
        public string File { get; }

        /// <summary>The <c>Scope</c> metadata of the item: the OpenAI project or organization the file lists.</summary>
        public string? Scope { get; }

        public IReadOnlyList<ProviderKey> Keys { get; }

        public IReadOnlyList<ExportPage> Pages { get; }

        /// <summary>Findings in the file itself: unreadable (KG3001), an unknown object type (KG3001), a full key (KG3014).</summary>
        public IReadOnlyList<ManifestFinding> Findings { get; }

        /// <summary>An export that could not be read at all (too large, not a regular file): one KG3001 at its first line.</summary>
        public static ProviderExport Unreadable(string file, string? scope, string problem) => Unreadable(file, scope, problem, 1, 1, null);

        /// <summary>
        /// An export whose bytes are not text: one KG3001 at the first bad byte, and the KG3014s of the text the bytes
        /// say (bad ones replaced): unreadable is no hiding place for a key.
        /// </summary>
        public static ProviderExport NotText(string file, string? scope, string problem, int line, int column, string lenientText) =>
            Unreadable(file, scope, problem, line, column, lenientText);

        private static ProviderExport Unreadable(string file, string? scope, string problem, int line, int column, string? lenientText)
        {
            var findings = new List<ManifestFinding>
            {
                ManifestFindingFactory.Create(Rules.RuleCatalog.KG3001, FindingSeverity.Error, "Cannot read the provider export: " + ManifestText.Safe(problem),
                    new SourceRange(0, 0, line, column, line, column + 1), null),
            };
            if (lenientText != null)
            {
                findings.AddRange(ProviderExportReader.KeyMaterial(lenientText));
            }

            return new ProviderExport(file, scope, Array.Empty<ProviderKey>(), Array.Empty<ExportPage>(), findings);
        }
    }

    /// <summary>One page of a list response: which provider listing it holds, and whether it says more pages follow.</summary>
    public sealed class ExportPage
    {
        internal ExportPage(ProviderKeyKind? kind, bool? hasMore, SourceRange range)
        {
            Kind = kind;
            HasMore = hasMore;
            Range = range;
        }

        /// <summary>The kind of its keys; null for an empty page.</summary>
        public ProviderKeyKind? Kind { get; }

        /// <summary><c>has_more</c>; null when the page does not say.</summary>
        public bool? HasMore { get; }

        /// <summary>The <c>has_more</c> value, else the page's opening brace.</summary>
        public SourceRange Range { get; }
    }
}
