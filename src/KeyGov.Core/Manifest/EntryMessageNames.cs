namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// How messages name one credential entry (not the naming conventions of credentials: <see cref="Usage.CredentialNameConventions"/>). Each text is built on first use and kept with the entry (which never
    /// changes): naming an entry scans its id and owner for key material, and one entry can have many findings.
    /// </summary>
    internal sealed class EntryMessageNames
    {
        private readonly CredentialEntry _entry;
        private string? _quoted;
        private string? _subject;
        private string? _subjectWithOwner;
        private string? _other;

        public EntryMessageNames(CredentialEntry entry)
        {
            _entry = entry;
        }

        /// <summary><c>Credential 'openai-support-summaries'</c>, or <c>Credential credentials[2]</c> when it has no well-formed id.</summary>
        public string Subject => _subject ??= "Credential " + Quoted;

        /// <summary><c>'openai-support-summaries'</c>, or <c>credentials[2]</c> when it has no well-formed id that may be shown.</summary>
        public string Quoted => _quoted ??=
            _entry.SafeId is string id ? "'" + ManifestText.EchoChecked(id) + "'" : "credentials[" + _entry.Index + "]";

        /// <summary><c>Credential 'openai-support-summaries' (owner @contoso/support-bot)</c>.</summary>
        public string SubjectWithOwner => _subjectWithOwner ??= Subject + " (" + OwnerOf(_entry) + ")";

        /// <summary><c>credential 'a' (line 12)</c>: how a message points at another entry.</summary>
        public string Other => _other ??=
            (_entry.SafeId != null ? "credential " + Quoted : Quoted) + " (line " + _entry.Anchor.Line + ")";

        /// <summary><c>owner @contoso/support-bot</c>, or <c>no owner</c>.</summary>
        public static string OwnerOf(CredentialEntry entry)
        {
            string? owner = entry.Owner?.Value;
            return owner != null && owner.Trim().Length > 0 && !entry.IsInvalid("owner")
                ? "owner " + ManifestText.Unquoted(owner).Trim('\'') // as Quote(owner).Trim('\''), without the quotes to trim
                : "no owner";
        }
    }
}
