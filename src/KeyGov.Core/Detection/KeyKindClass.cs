namespace KeyGov.Core.Detection
{
    /// <summary>How a key kind is recognised, which decides the rule that reports it (docs/architecture.md).</summary>
    public enum KeyKindClass
    {
        /// <summary>The value alone names the provider (fixed prefix or signature, checksum where the format has one): KG1001/KG1002 anywhere.</summary>
        SelfIdentifying,

        /// <summary>
        /// A fixed prefix that is not tied to AI on its own (<c>AIza…</c> is any Google API, <c>AKIA…</c> any AWS
        /// service): <see cref="KeyScanner.Scan"/> returns it and the analyzer chooses KG1001 or KG1004 from context.
        /// </summary>
        AmbiguousPrefix,

        /// <summary>
        /// No prefix, or one too common to mean anything (<c>sk-</c> + hex): never returned by <see cref="KeyScanner.Scan"/>;
        /// only <see cref="ContextualKeys.Match"/> reports it, when the name it sits under names the provider and a credential.
        /// </summary>
        PrefixLess,
    }
}
