namespace KeyGov.Core.Usage
{
    /// <summary>
    /// A usage fact: one credential read as the compiler saw it, carried from the analyzers to the build tasks. Analyzers
    /// cannot write files, so each read is reported as a diagnostic <see cref="DiagnosticId"/> that a diagnostic
    /// suppressor always suppresses: the compiler's SARIF log keeps suppressed diagnostics (with their properties and
    /// location), the console, the IDE's error list and <c>-warnaserror</c> do not see them. The task reads the facts
    /// back from the log (<see cref="UsageFactsFile"/>). Only names travel (the source read, the entry it resolves to,
    /// the sink), never a value; a name that looks like a key is not a fact.
    /// </summary>
    public static class UsageFact
    {
        /// <summary>Not a rule: a carrier. No rule page, no SARIF result in KeyGov's own logs.</summary>
        public const string DiagnosticId = "KG0001";

        public const string SuppressionId = "KGS0001";

        /// <summary>The compiler-visible property that switches the facts on (the package's props set it to true).</summary>
        public const string BuildProperty = "build_property.KeyGovUsageFacts";

        // Diagnostic.Properties keys; the first four are the credential-use findings' own.
        public const string SourceKindProperty = "sourceKind";
        public const string SourceProperty = "source";
        public const string ProviderProperty = "provider";
        public const string ConsumerProperty = "consumer";
        public const string CredentialIdProperty = "credentialId";
        public const string StatusProperty = "status";
        public const string SinkProperty = "sink";

        /// <summary>The API surfaces the read's credential is used for (<c>chat,images</c>), comma-separated; absent when none is seen.</summary>
        public const string ApisProperty = "apis";
    }
}
