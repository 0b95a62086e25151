using System;
using System.Collections.Generic;

namespace KeyGov.Core.Usage
{
    /// <summary>How a sink takes its credential.</summary>
    public enum CredentialSinkKind
    {
        /// <summary>A method or constructor parameter: <c>new OpenAIClient(apiKey)</c>.</summary>
        Parameter,

        /// <summary>A property set by assignment or object initializer: <c>new AnthropicClient { ApiKey = … }</c>.</summary>
        Property,

        /// <summary>
        /// A parameter whose value names a configuration section the SDK reads the key from:
        /// <c>builder.AddOpenAIClient("openai")</c> reads <c>ConnectionStrings:openai</c>.
        /// </summary>
        ConfigurationSection,

        /// <summary>A constructor that, given no credential, reads an environment variable: <c>new AnthropicClient()</c>.</summary>
        ImplicitEnvironmentVariable,
    }

    /// <summary>
    /// One credential parameter or property of an SDK (docs/providers.md sink tables), named by symbol: the
    /// containing type's metadata name, the member, and the parameter. Never matched by text.
    /// </summary>
    public sealed class CredentialSink
    {
        /// <summary>The member name that stands for every constructor.</summary>
        public const string Constructor = ".ctor";

        /// <summary>The member name that stands for every method of the type (extension classes: AddOpenAIChatCompletion, …).</summary>
        public const string AnyMethod = "*";

        private static readonly IReadOnlyDictionary<string, string?> NoCondition = new Dictionary<string, string?>();

        internal CredentialSink(
            string typeName,
            string member,
            string parameter,
            string? providerId,
            CredentialSinkKind kind,
            string? keyFormat = null,
            string? implicitVariable = null,
            string[]? explicitCredentials = null,
            string? conditionParameter = null,
            IReadOnlyDictionary<string, string?>? conditionValues = null,
            bool isWrapper = false)
        {
            TypeName = typeName;
            Member = member;
            Parameter = parameter;
            ProviderId = providerId;
            Kind = kind;
            KeyFormat = keyFormat;
            ImplicitEnvironmentVariable = implicitVariable;
            ExplicitCredentials = explicitCredentials ?? Array.Empty<string>();
            ConditionParameter = conditionParameter;
            ConditionValues = conditionValues ?? NoCondition;
            IsWrapper = isWrapper;
        }

        /// <summary>Metadata name of the containing type: <c>OpenAI.Chat.ChatClient</c>.</summary>
        public string TypeName { get; }

        /// <summary><see cref="Constructor"/>, <see cref="AnyMethod"/>, a method name, or for <see cref="CredentialSinkKind.Property"/> the property name.</summary>
        public string Member { get; }

        /// <summary>The parameter name (the property name for properties; empty for a parameterless implicit read).</summary>
        public string Parameter { get; }

        /// <summary>The provider; null for a provider-neutral credential type (<c>ApiKeyCredential</c>) or raw HTTP.</summary>
        public string? ProviderId { get; }

        public CredentialSinkKind Kind { get; }

        /// <summary>For <see cref="CredentialSinkKind.ConfigurationSection"/>: the key read, with {0} for the parameter's value.</summary>
        public string? KeyFormat { get; }

        /// <summary>For <see cref="CredentialSinkKind.ImplicitEnvironmentVariable"/>: the variable the SDK reads.</summary>
        public string? ImplicitEnvironmentVariable { get; }

        /// <summary>Parameters or initializer properties that, when given, stop the implicit read (<c>ApiKey</c>, <c>AuthToken</c>).</summary>
        public IReadOnlyList<string> ExplicitCredentials { get; }

        /// <summary>A parameter whose constant value decides whether this is a credential (<c>name</c> of <c>headers.Add(name, value)</c>).</summary>
        public string? ConditionParameter { get; }

        /// <summary>The values of <see cref="ConditionParameter"/> (case-insensitive) that make it a credential, each with its provider.</summary>
        public IReadOnlyDictionary<string, string?> ConditionValues { get; }

        /// <summary>A provider-neutral credential type (<c>ApiKeyCredential</c>, <c>AzureKeyCredential</c>): its provider is the sink it is passed to.</summary>
        public bool IsWrapper { get; }

        /// <summary>True when this entry names <paramref name="member"/> (a method name, or <see cref="Constructor"/>).</summary>
        public bool AppliesTo(string member) =>
            string.Equals(Member, member, StringComparison.Ordinal) ||
            (Member == AnyMethod && !string.Equals(member, Constructor, StringComparison.Ordinal));

        /// <summary>The provider that a value of the condition parameter names, when this sink has a condition.</summary>
        public bool TryMatchCondition(string? value, out string? providerId)
        {
            providerId = ProviderId;
            if (ConditionParameter == null)
            {
                return true;
            }

            if (value == null)
            {
                return false;
            }

            foreach (var pair in ConditionValues)
            {
                if (string.Equals(pair.Key, value.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    providerId = pair.Value ?? ProviderId;
                    return true;
                }
            }

            return false;
        }

        /// <summary>"'apiKey' of OpenAI.OpenAIClient", "'apiKey' of OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion", for messages.</summary>
        public string Describe(string? member = null)
        {
            string type = TypeName.Replace('+', '.');
            if (Kind == CredentialSinkKind.Property)
            {
                return type + "." + Parameter;
            }

            member = member ?? Member;
            string name = Parameter.Length == 0 ? type : "'" + Parameter + "' of " + type;
            return member == Constructor || member == AnyMethod ? name : name + "." + member;
        }

        public override string ToString() => Describe();
    }
}
