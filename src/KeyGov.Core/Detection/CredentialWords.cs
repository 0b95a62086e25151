namespace KeyGov.Core.Detection
{
    /// <summary>
    /// The one credential-word vocabulary: the words that make a name a credential's name (<c>key</c>, <c>token</c>,
    /// <c>secret</c>, …), the words that qualify one away (<c>KeyVaultUri</c>), and the suffixes a name's stem drops.
    /// Used by <see cref="ContextName"/> (literal contexts, KG1004) and <c>Usage.CredentialNameConventions</c> (credential
    /// reads, option properties); all lower case, matched ignoring ASCII case on words from <see cref="NameWords"/>.
    /// </summary>
    internal static class CredentialWords
    {
        /// <summary>A word naming a secret value, alone or at the end of a compound word (apikey, openaikey, authtoken, bearerkey).</summary>
        public static readonly string[] Endings = { "key", "token", "secret", "password", "credential" };

        /// <summary>Plurals that a context (a field, a variable) may use for its credential: <c>ApiKeys</c>, <c>Credentials</c>.</summary>
        public static readonly string[] PluralEndings = { "keys", "credentials" };

        /// <summary>Short words that name a credential only as a whole word (<c>pat</c>, not <c>path</c>'s start).</summary>
        public static readonly string[] Words = { "pat", "pwd", "passwd", "passphrase" };

        /// <summary>
        /// A credential word followed by one of these names something about the credential, not the credential:
        /// AWS_ACCESS_KEY_ID, ApiKeyHeaderName, KeyVaultUri, TokenEndpoint, SecretName, private_key_id.
        /// </summary>
        public static readonly string[] Qualifiers =
        {
            "id", "ids", "name", "names", "path", "file", "filename", "uri", "url", "endpoint", "source", "type", "kind",
            "header", "vault", "length", "len", "size", "count", "limit", "env", "var", "variable", "prefix", "suffix",
            "hint", "location", "ref", "reference", "field", "section", "setting", "settings", "provider", "format",
            "pattern", "regex", "hash", "fingerprint", "expiry", "expires", "expiration", "version", "label",
            "description", "tag", "policy", "store", "manager", "helper", "service", "lookup", "parameter", "param",
            "option", "options", "rotation", "index", "mode",
        };

        /// <summary>
        /// A <c>key</c> after one of these is a lookup key, not a secret: <c>CacheKey</c>, <c>RowKey</c>,
        /// <c>PartitionKey</c>, <c>IdempotencyKey</c>, <c>PublicKey</c> (a public key is published on purpose).
        /// </summary>
        public static readonly string[] KeyPreQualifiers =
        {
            "cache", "row", "partition", "sort", "idempotency", "dedup", "dedupe", "foreign", "public", "lookup", "routing",
            "shard", "hash", "map", "dictionary", "composite", "natural", "surrogate",
        };

        /// <summary>
        /// Words for what a random-looking value is when it is not a secret: hashes, ids, stamps, signatures, deployment
        /// and model names, versions, encoded data. A name with one of them (<c>AzureOpenAIDeployment</c>,
        /// <c>CohereModelId</c>, <c>MistralContentMd5</c>) never makes a value a key through the provider alone
        /// (<see cref="ContextualKeys"/>, provider-named places and prose); a hash under a provider's name stays silent.
        /// Split as <see cref="NameWords"/> splits (<c>Md5</c> = md, 5; <c>ETag</c> = e, tag); a plural in <c>s</c> counts too.
        /// </summary>
        public static readonly string[] NonSecretWords =
        {
            "id", "ids", "guid", "uuid", "name", "names", "path", "file", "url", "uri", "endpoint", "host", "region", "location",
            "version", "deployment", "model", "engine", "hash", "hashes", "checksum", "digest", "sha",
            "md", "crc", "thumbprint", "fingerprint", "commit", "revision", "etag", "tag", "stamp", "timestamp", "nonce",
            "salt", "seed", "iv", "signature", "tenant", "org", "organization", "project", "subscription", "resource",
            "assistant", "thread", "trace", "correlation", "request", "session", "cache", "row", "partition", "content",
            "integrity", "baseline", "schema", "blob", "image", "icon", "fixture", "lorem", "padding", "noise", "random",
            "build", "label", "prefix", "suffix", "pattern", "format", "route", "index", "vector", "base64", "encoded",
            "compressed", "public", "certificate", "cert", "username", "email", "sku", "kid",
        };

        /// <summary>
        /// The credential suffixes a variable's stem drops (<c>AZURE_OPENAI_API_KEY</c> → <c>azureopenai</c>), words run
        /// together; in order, the first that matches wins, so the compound ones come before <c>key</c> and <c>token</c>.
        /// </summary>
        public static readonly string[] StemSuffixes = { "apikey", "apitoken", "authtoken", "accesskeyid", "secretaccesskey", "accesstoken", "key", "token" };
    }
}
