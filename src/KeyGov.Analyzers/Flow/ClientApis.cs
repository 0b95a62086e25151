using System.Collections.Generic;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>
    /// What KG2006 and KG2007 look for in one compilation, resolved once at its start like the sinks of
    /// <see cref="CredentialApis"/>: the SDK members of Core's <see cref="ApiSurface"/> table whose types exist here, and
    /// the keyless credential types the SDKs accept (Azure's <c>TokenCredential</c>, Google's credentials), so that
    /// "the same SDK offers keyless auth" is a symbol question. Nothing here runs for a type the flow never sees.
    /// </summary>
    internal sealed class ClientApis
    {
        private static readonly string[] KeylessCredentialTypes =
        {
            "Azure.Core.TokenCredential",
            "Google.Apis.Auth.OAuth2.ICredential",
            "Google.Apis.Auth.OAuth2.GoogleCredential",
        };

        private static readonly string[] BedrockClientTypes =
        {
            "Amazon.BedrockRuntime.AmazonBedrockRuntimeClient",
            "Amazon.Bedrock.AmazonBedrockClient",
            "Amazon.BedrockAgentRuntime.AmazonBedrockAgentRuntimeClient",
        };

        private readonly Dictionary<INamedTypeSymbol, IReadOnlyDictionary<string, string>> _surfaces =
            new Dictionary<INamedTypeSymbol, IReadOnlyDictionary<string, string>>(SymbolEqualityComparer.Default);

        private readonly List<INamedTypeSymbol> _keylessCredentials = new List<INamedTypeSymbol>();

        public ClientApis(TypeLookup lookup)
        {
            foreach (var name in ApiSurface.TypeNames)
            {
                var type = lookup.Find(name);
                if (type != null)
                {
                    _surfaces[type] = ApiSurface.MembersOf(name);
                }
            }

            foreach (var name in KeylessCredentialTypes)
            {
                var type = lookup.Find(name);
                if (type != null)
                {
                    _keylessCredentials.Add(type);
                }
            }

            DefaultAzureCredential = lookup.Find("Azure.Identity.DefaultAzureCredential");
            foreach (var name in BedrockClientTypes)
            {
                var type = lookup.Find(name);
                if (type != null && HasKeylessConstructor(type))
                {
                    BedrockDefaultChain = true;
                }
            }
        }

        /// <summary>Azure.Identity is referenced: the KG2006 fix can write <c>new DefaultAzureCredential()</c>.</summary>
        public INamedTypeSymbol? DefaultAzureCredential { get; }

        /// <summary>A Bedrock client of this compilation can be built without keys (the AWS default credential chain).</summary>
        public bool BedrockDefaultChain { get; }

        /// <summary>True when the compilation references any SDK member of the table.</summary>
        public bool HasSurfaces => _surfaces.Count != 0;

        /// <summary>The surface a method, property or constructor reaches (its own type's row, else a row of what it overrides).</summary>
        public bool TryMatch(ISymbol member, out string surface)
        {
            surface = null!;
            for (var current = member; current != null; current = Overridden(current))
            {
                if (current.ContainingType != null && _surfaces.TryGetValue(current.ContainingType.OriginalDefinition, out var members))
                {
                    string name = current is IMethodSymbol { MethodKind: MethodKind.Constructor } ? ApiSurface.Constructor : current.Name;
                    if (members.TryGetValue(name, out surface!) ||
                        (name != ApiSurface.Constructor && members.TryGetValue(ApiSurface.AnyMember, out surface!)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>True for a type with a row in the table: a client whose members lead to other clients or APIs.</summary>
        public bool IsClientType(ITypeSymbol? type) => type is INamedTypeSymbol named && _surfaces.ContainsKey(named.OriginalDefinition);

        /// <summary>
        /// True when <paramref name="method"/>'s type offers the same member with a keyless credential (an overload, or a
        /// parameter of the same constructor): <c>new AzureOpenAIClient(endpoint, new DefaultAzureCredential())</c>.
        /// </summary>
        public bool OffersKeylessOverload(IMethodSymbol method)
        {
            if (_keylessCredentials.Count == 0 || method.ContainingType == null)
            {
                return false;
            }

            var candidates = method.MethodKind == MethodKind.Constructor
                ? (IEnumerable<IMethodSymbol>)method.ContainingType.InstanceConstructors
                : Methods(method.ContainingType, method.Name);
            foreach (var candidate in candidates)
            {
                foreach (var parameter in candidate.Parameters)
                {
                    if (IsKeylessCredential(parameter.Type))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool IsKeylessCredential(ITypeSymbol type)
        {
            foreach (var keyless in _keylessCredentials)
            {
                for (var current = type; current != null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, keyless))
                    {
                        return true;
                    }
                }

                foreach (var implemented in type.AllInterfaces)
                {
                    if (SymbolEqualityComparer.Default.Equals(implemented, keyless))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static IEnumerable<IMethodSymbol> Methods(INamedTypeSymbol type, string name)
        {
            foreach (var member in type.GetMembers(name))
            {
                if (member is IMethodSymbol method)
                {
                    yield return method;
                }
            }
        }

        /// <summary>An AWS client constructor that takes no key (<c>new AmazonBedrockRuntimeClient()</c>, <c>(RegionEndpoint)</c>): the default chain.</summary>
        private static bool HasKeylessConstructor(INamedTypeSymbol type)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                if (constructor.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                bool keyed = false;
                foreach (var parameter in constructor.Parameters)
                {
                    keyed = keyed || parameter.Type.Name.EndsWith("Credentials", System.StringComparison.Ordinal) ||
                        parameter.Name.StartsWith("awsAccessKey", System.StringComparison.Ordinal);
                }

                if (!keyed)
                {
                    return true;
                }
            }

            return false;
        }

        private static ISymbol? Overridden(ISymbol member) => member switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            _ => null,
        };
    }
}
