using System;
using System.Collections.Generic;

namespace KeyGov.Core.Manifest
{
    public static partial class ManifestReader
    {
        /// <summary>
        /// Where a field sits, for messages (<c>'rotation.everyDays' in credential 'x'</c>) and for the entry's
        /// invalid-field list. A struct whose texts are built only when a finding needs them: a valid entry costs
        /// none, nor any object for its nested scopes.
        /// </summary>
        private readonly struct Scope
        {
            private readonly string _parentPath;
            private readonly string? _name;
            private readonly EntryScope? _entry;

            private Scope(string parentPath, string? name, EntryScope? entry)
            {
                _parentPath = parentPath;
                _name = name;
                _entry = entry;
            }

            public static Scope Root => new Scope(string.Empty, null, null);

            /// <summary>The prefix of the fields within this scope: empty at the top of the manifest or an entry, <c>rotation.</c> below it.</summary>
            public string Path => _name == null ? _parentPath : _parentPath + _name + ".";

            /// <summary>How messages name the entry: <c> in credential 'x'</c>, <c> in allow[2]</c>; empty outside entries.</summary>
            public string Where => _entry?.Where ?? string.Empty;

            public string? CredentialId => _entry?.CredentialId;

            public int? CredentialIndex => _entry?.CredentialIndex;

            /// <summary>The top scope of one entry of <c>credentials</c> or <c>allow</c>.</summary>
            public static Scope Of(EntryScope entry) => new Scope(string.Empty, null, entry);

            public Scope Nested(string name) => new Scope(Path, name, _entry);

            /// <summary>How messages name a field: <c>'rotation.everyDays' in credential 'x'</c>.</summary>
            public string Field(string name) => "'" + Path + name + "'" + Where;

            /// <summary>The field's path within its entry (or the manifest): <c>rotation.everyDays</c>.</summary>
            public string PathOf(string name) => Path + name;

            public void MarkInvalid(string name) => _entry?.MarkInvalid(Path + name);
        }

        /// <summary>One entry of <c>credentials</c> or <c>allow</c>: how messages name it, and the fields the reader rejected in it.</summary>
        private sealed class EntryScope
        {
            private readonly string? _credentialId;
            private readonly int _index;
            private readonly bool _isAllow;
            private string? _where;
            private HashSet<string>? _invalid;

            private EntryScope(string? credentialId, int index, bool isAllow)
            {
                _credentialId = credentialId;
                _index = index;
                _isAllow = isAllow;
            }

            /// <summary>The entry's safe id (<see cref="ManifestText.SafeId"/>); null for an allow entry or a credential without one.</summary>
            public string? CredentialId => _isAllow ? null : _credentialId;

            public int? CredentialIndex => _isAllow ? null : _index;

            public string Where => _where ??=
                _isAllow ? " in allow[" + _index + "]"
                : _credentialId != null ? " in credential " + ManifestText.Quote(_credentialId)
                : " in credentials[" + _index + "]";

            /// <summary>The rejected fields, in the order first rejected.</summary>
            public string[] InvalidFields => _invalid == null ? Array.Empty<string>() : new List<string>(_invalid).ToArray();

            public static EntryScope Credential(string? safeId, int index) => new EntryScope(safeId, index, isAllow: false);

            public static EntryScope Allow(int index) => new EntryScope(null, index, isAllow: true);

            public void MarkInvalid(string path) => (_invalid ??= new HashSet<string>(StringComparer.Ordinal)).Add(path);
        }
    }
}
