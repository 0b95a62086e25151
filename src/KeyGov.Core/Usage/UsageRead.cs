using System.Collections.Generic;

namespace KeyGov.Core.Usage
{
    /// <summary>
    /// One credential read as a build saw it (a <see cref="UsageFact"/>): which project read what, where, into which
    /// sink, and which manifest entry it resolved to. Names and positions only.
    /// </summary>
    public sealed class UsageRead
    {
        /// <summary>The reading project's assembly name: what <c>consumers</c> lists.</summary>
        public string Consumer { get; set; } = string.Empty;

        /// <summary>The file, relative to the source root (forward slashes) where it lies under it, else as the compiler named it.</summary>
        public string File { get; set; } = string.Empty;

        public int Line { get; set; }

        public int Column { get; set; }

        /// <summary><c>env</c> or <c>config</c>, as <c>sources</c> in keygov.json.</summary>
        public string SourceKind { get; set; } = "env";

        public string Source { get; set; } = string.Empty;

        /// <summary>A provider id of the catalog (or <c>x-…</c>), when the read or its sink says one.</summary>
        public string? Provider { get; set; }

        /// <summary>The id of the entry the read resolved to when it was compiled; null when none.</summary>
        public string? CredentialId { get; set; }

        /// <summary>The analyzer's verdict: registered, unregistered, not-a-consumer, revoked, expired, deprecated, suspended, no-manifest.</summary>
        public string Status { get; set; } = string.Empty;

        /// <summary>The SDK sink the value reaches (<c>'apiKey' of OpenAI.OpenAIClient</c>), when one is seen.</summary>
        public string? Sink { get; set; }

        /// <summary>The API surfaces the credential is used for through the clients it creates (<c>chat</c>, <c>images</c>); empty when none is seen.</summary>
        public IReadOnlyList<string> Apis { get; set; } = System.Array.Empty<string>();

        public CredentialSource ToSource() =>
            SourceKind == "config" ? CredentialSource.Configuration(Source) : CredentialSource.Environment(Source);

        /// <summary><c>src/Api/Program.cs:13</c>.</summary>
        public string Where => File + ":" + Line;
    }
}
