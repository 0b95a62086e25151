using System.Collections.Generic;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>How a source operation reads configuration or the environment.</summary>
    internal enum SourceSiteKind
    {
        /// <summary><c>Environment.GetEnvironmentVariable(name)</c>.</summary>
        Environment,

        /// <summary><c>config[key]</c>, <c>GetValue&lt;T&gt;(key)</c>, under <see cref="SourceSite.Section"/>.</summary>
        ConfigurationKey,

        /// <summary><c>GetConnectionString(name)</c>: <c>ConnectionStrings:name</c>.</summary>
        ConnectionString,

        /// <summary>A read whose key is known without a name argument: <c>TestConfiguration.OpenAI.ApiKey</c>, <c>new AnthropicClient()</c>.</summary>
        Fixed,

        /// <summary><c>GetSection("OpenAI:ApiKey").Value</c>: the section's own path.</summary>
        SectionValue,

        /// <summary>An SDK method given a section or connection name reads the key under it (<c>builder.AddOpenAIClient("openai")</c>).</summary>
        SdkSection,

        /// <summary>The configuration binder fills an options class from a section: one read per credential property.</summary>
        Binding,

        /// <summary>
        /// A JSON blob deserialised into a type with credential properties (<c>JsonSerializer.Deserialize&lt;T&gt;(json)</c>):
        /// the read of the blob (an environment variable, a configuration value, the app's own appsettings.json) holds them.
        /// </summary>
        Blob,
    }

    /// <summary>An operation that reads credentials: what kind of read, and what its name is made of.</summary>
    internal sealed class SourceSite
    {
        public SourceSite(IOperation operation, SourceSiteKind kind, IOperation? name = null, IOperation? configuration = null,
            CredentialSource? fixedSource = null, ITypeSymbol? boundType = null, string? providerId = null, bool isImplicit = false, string? keyFormat = null)
        {
            Operation = operation;
            Kind = kind;
            Name = name;
            Configuration = configuration;
            KeyFormat = keyFormat;
            FixedSource = fixedSource;
            BoundType = boundType;
            ProviderId = providerId;
            IsImplicit = isImplicit;
        }

        public IOperation Operation { get; }

        public SourceSiteKind Kind { get; }

        /// <summary>The operation whose string value is the name or key (a constant, a local, a helper's parameter).</summary>
        public IOperation? Name { get; }

        /// <summary>The configuration expression the key is relative to (its section path is worked out when the type is indexed); null for the root.</summary>
        public IOperation? Configuration { get; }

        /// <summary>For <see cref="SourceSiteKind.SdkSection"/>: the key read, with {0} for the section or connection name.</summary>
        public string? KeyFormat { get; }

        public CredentialSource? FixedSource { get; }

        /// <summary>For <see cref="SourceSiteKind.Binding"/>: the options type filled.</summary>
        public ITypeSymbol? BoundType { get; }

        /// <summary>The provider an SDK's own read implies (<c>new AnthropicClient()</c> → anthropic).</summary>
        public string? ProviderId { get; }

        /// <summary>An SDK reads the credential itself: always a credential read, whatever its name.</summary>
        public bool IsImplicit { get; }
    }

    /// <summary>One credential read to judge: a source site, the name it resolves to, and where to report it.</summary>
    internal sealed class CredentialRead
    {
        public CredentialRead(SourceSite site, CredentialSource source, IOperation? anchor, string? property, string? detail = null, string? holdsProvider = null)
        {
            Site = site;
            Source = source;
            Anchor = anchor;
            Property = property;
            Detail = detail;
            HoldsProviderId = holdsProvider;
        }

        /// <summary>What the read fills, for messages: <c>AssistantSettings.Token</c>, <c>JSON, AppConfig.OpenAI.ApiKey</c>.</summary>
        public string? Detail { get; }

        /// <summary>
        /// The provider of the credential property the read fills (a bound options property, a property of a deserialised
        /// blob) when its names say one: such a read holds an AI credential whatever the name read.
        /// </summary>
        public string? HoldsProviderId { get; }

        public SourceSite Site { get; }

        public CredentialSource Source { get; }

        /// <summary>The helper call whose argument names the credential (<c>Require("OPENAI_API_KEY")</c>), or null.</summary>
        public IOperation? Anchor { get; }

        /// <summary>For a binding: the options property this read fills.</summary>
        public string? Property { get; }

        /// <summary>Where the read is reported: the helper call that names it, else the read itself.</summary>
        public IOperation At => Anchor ?? Site.Operation;

        public bool ReachesSink { get; set; }

        /// <summary>The provider of the first provider-specific sink reached.</summary>
        public string? SinkProviderId { get; set; }

        /// <summary>
        /// The provider the read is attributed to: an SDK's own read is its provider's; else the sink that consumes the
        /// value (a Google key given to a Vertex client), unless that client serves other providers too (an Azure AI
        /// Inference client reading GH_TOKEN serves GitHub Models); else what the name or the filled property says.
        /// </summary>
        public string? AttributedProviderId(string? nameProviderId) =>
            Site.ProviderId ?? SinkCatalog.AttributeProvider(nameProviderId ?? (string.IsNullOrEmpty(HoldsProviderId) ? null : HoldsProviderId), SinkProviderId);

        /// <summary>The first sink reached, as messages show it (<c>'apiKey' of OpenAI.OpenAIClient</c>); for an SDK's own read, its client type.</summary>
        public string? Sink { get; set; }

        /// <summary>The API surfaces the credential reaches through the clients it creates (<see cref="CredentialReads"/>), in source order.</summary>
        public List<ApiReach> ApiReaches { get; } = new List<ApiReach>();

        /// <summary>The distinct surfaces of <see cref="ApiReaches"/> (<c>chat</c>, <c>images</c>), in the order first reached.</summary>
        public IReadOnlyList<string> ApiSurfaces
        {
            get
            {
                var surfaces = new List<string>();
                foreach (var reach in ApiReaches)
                {
                    if (!surfaces.Contains(reach.Surface))
                    {
                        surfaces.Add(reach.Surface);
                    }
                }

                return surfaces;
            }
        }
    }
}
