using System;
using System.Collections.Generic;
using KeyGov.Core.Manifest;

namespace KeyGov.Core.Usage
{
    /// <summary>Where code reads a credential from: the two kinds of <c>sources</c> in keygov.json.</summary>
    public enum CredentialSourceKind
    {
        /// <summary><c>sources.env</c>: an environment variable, named case-sensitively.</summary>
        EnvironmentVariable,

        /// <summary><c>sources.config</c>: a configuration key, <c>:</c>-separated and case-insensitive.</summary>
        ConfigurationKey,
    }

    /// <summary>
    /// An environment variable or configuration key that code reads (one name; what a manifest entry declares is
    /// <see cref="DeclaredSources"/>). Matching follows .NET: two environment variables
    /// match by ordinal name; anything compared with a configuration key matches by canonical key, ignoring case,
    /// because <c>AddEnvironmentVariables()</c> puts every variable into configuration (<c>OpenAI__ApiKey</c> is the key
    /// <c>OpenAI:ApiKey</c>, and <c>config["OPENAI_API_KEY"]</c> reads the variable <c>OPENAI_API_KEY</c>).
    /// </summary>
    public sealed class CredentialSource : IEquatable<CredentialSource>
    {
        private CredentialSource(CredentialSourceKind kind, string name)
        {
            Kind = kind;
            Name = name;
        }

        public CredentialSourceKind Kind { get; }

        /// <summary>The name as the code spells it; configuration keys in canonical form (<c>:</c>, not <c>__</c>).</summary>
        public string Name { get; }

        /// <summary>The configuration key this source is, or becomes through the environment variables provider.</summary>
        public string ConfigurationKey => Kind == CredentialSourceKind.ConfigurationKey ? Name : Usage.ConfigurationKey.Canonicalize(Name);

        public bool IsEnvironmentVariable => Kind == CredentialSourceKind.EnvironmentVariable;

        /// <summary>The field of <c>sources</c> that lists it: <c>env</c> or <c>config</c>.</summary>
        public string ManifestField => IsEnvironmentVariable ? "env" : "config";

        /// <summary>
        /// "environment variable 'X'" or "configuration key 'X'", for messages: the name as <see cref="ManifestText.Quote"/>
        /// shows it, since code may read a key as a name (<c>GetEnvironmentVariable("sk-…")</c>) and that is not echoed.
        /// </summary>
        public string Description => (IsEnvironmentVariable ? "environment variable " : "configuration key ") + ManifestText.Quote(Name);

        public static CredentialSource Environment(string name) => new CredentialSource(CredentialSourceKind.EnvironmentVariable, name);

        public static CredentialSource Configuration(string key) => new CredentialSource(CredentialSourceKind.ConfigurationKey, Usage.ConfigurationKey.Canonicalize(key));

        /// <summary>True when an entry's <c>sources</c> list this source.</summary>
        public bool IsListedIn(DeclaredSources sources)
        {
            if (IsEnvironmentVariable)
            {
                if (Contains(sources.Env, Name, StringComparer.Ordinal))
                {
                    return true;
                }
            }
            else if (ContainsCanonical(sources.Env))
            {
                return true;
            }

            return ContainsCanonical(sources.Config);
        }

        public bool Equals(CredentialSource? other) =>
            other != null && other.Kind == Kind &&
            (IsEnvironmentVariable ? string.Equals(Name, other.Name, StringComparison.Ordinal) : Usage.ConfigurationKey.Comparer.Equals(Name, other.Name));

        public override bool Equals(object? obj) => Equals(obj as CredentialSource);

        public override int GetHashCode() =>
            ((int)Kind * 397) ^ (IsEnvironmentVariable ? StringComparer.Ordinal.GetHashCode(Name) : Usage.ConfigurationKey.Comparer.GetHashCode(Name));

        public override string ToString() => Description;

        private bool ContainsCanonical(IReadOnlyList<ManifestValue<string>> keys)
        {
            string mine = ConfigurationKey;
            foreach (var key in keys)
            {
                if (key.Value != null && Usage.ConfigurationKey.Comparer.Equals(mine, Usage.ConfigurationKey.Canonicalize(key.Value)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Contains(IReadOnlyList<ManifestValue<string>> names, string name, StringComparer comparer)
        {
            foreach (var candidate in names)
            {
                if (candidate.Value != null && comparer.Equals(candidate.Value, name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
