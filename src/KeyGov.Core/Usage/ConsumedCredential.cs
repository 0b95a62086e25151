using KeyGov.Core.Manifest;

namespace KeyGov.Core.Usage
{
    /// <summary>A live entry that lists the project being built among its consumers, and where it lists it (KG3017's position).</summary>
    public sealed class ConsumedCredential
    {
        public ConsumedCredential(CredentialEntry entry, ManifestValue<string> consumer)
        {
            Entry = entry;
            Consumer = consumer;
        }

        public CredentialEntry Entry { get; }

        /// <summary>The entry's <c>consumers</c> item that names the project.</summary>
        public ManifestValue<string> Consumer { get; }
    }
}
