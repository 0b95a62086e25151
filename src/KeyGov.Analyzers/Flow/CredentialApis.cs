using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>A credential parameter or property that a value reaches, with the provider it implies.</summary>
    internal readonly struct SinkMatch
    {
        public SinkMatch(CredentialSink sink, string member, string? providerId)
        {
            Sink = sink;
            Member = member;
            ProviderId = providerId;
        }

        public CredentialSink Sink { get; }

        /// <summary>The method actually called (<c>AddOpenAIChatCompletion</c>) or <c>.ctor</c>.</summary>
        public string Member { get; }

        public string? ProviderId { get; }

        public string Description => Sink.Describe(Member);
    }

    /// <summary>
    /// The symbols KeyGov looks for in one compilation, resolved once at compilation start: the configuration and
    /// environment APIs that read credentials, and the SDK sinks of <see cref="SinkCatalog"/> whose types exist here.
    /// Every check is a symbol comparison, never a text match.
    /// </summary>
    internal sealed class CredentialApis
    {
        private readonly Dictionary<INamedTypeSymbol, CredentialSink[]> _sinks;

        // Per deserialised type: whether it may hold a credential (IsDeserialization); filled as types are met.
        private readonly ConcurrentDictionary<ITypeSymbol, object> _holdsCredential = new ConcurrentDictionary<ITypeSymbol, object>(SymbolEqualityComparer.Default);

        private CredentialApis(Compilation compilation)
        {
            var lookup = new TypeLookup(compilation);
            Environment = lookup.Find("System.Environment");
            Configuration = lookup.Find("Microsoft.Extensions.Configuration.IConfiguration");
            ConfigurationSection = lookup.Find("Microsoft.Extensions.Configuration.IConfigurationSection");
            ConfigurationBinder = lookup.Find("Microsoft.Extensions.Configuration.ConfigurationBinder");
            ConfigurationExtensions = lookup.Find("Microsoft.Extensions.Configuration.ConfigurationExtensions");
            ConfigurationKeyName = lookup.Find("Microsoft.Extensions.Configuration.ConfigurationKeyNameAttribute");
            OptionsConfigure = lookup.Find("Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions");
            OptionsBuilderConfigure = lookup.Find("Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions");
            CallerMemberName = lookup.Find("System.Runtime.CompilerServices.CallerMemberNameAttribute");
            JsonSerializer = lookup.Find("System.Text.Json.JsonSerializer");
            JsonConvert = lookup.Find("Newtonsoft.Json.JsonConvert");
            File = lookup.Find("System.IO.File");

            var byName = new Dictionary<string, List<CredentialSink>>();
            foreach (var sink in SinkCatalog.All)
            {
                if (!byName.TryGetValue(sink.TypeName, out var list))
                {
                    byName.Add(sink.TypeName, list = new List<CredentialSink>());
                }

                list.Add(sink);
            }

            _sinks = new Dictionary<INamedTypeSymbol, CredentialSink[]>(SymbolEqualityComparer.Default);
            foreach (var pair in byName)
            {
                // Only the SDKs this compilation references: absent types cost nothing afterwards.
                var type = lookup.Find(pair.Key);
                if (type != null)
                {
                    _sinks[type] = pair.Value.ToArray();
                }
            }

            var sources = new List<KeyValuePair<INamedTypeSymbol, string?>>();
            if (Environment != null)
            {
                // The one method of Environment that reads a variable: Exit, GetFolderPath or NewLine read nothing.
                sources.Add(new KeyValuePair<INamedTypeSymbol, string?>(Environment, EnvironmentRead));
            }

            foreach (var type in new[] { ConfigurationBinder, ConfigurationExtensions, OptionsConfigure, OptionsBuilderConfigure })
            {
                if (type != null)
                {
                    sources.Add(new KeyValuePair<INamedTypeSymbol, string?>(type, null));
                }
            }

            _sourceMethods = sources.ToArray();
            Names = CredentialNames.Create(this, compilation);
            Clients = new ClientApis(lookup);
        }

        /// <summary>
        /// The static classes whose methods read configuration or the environment (GetSection alone reads nothing), each
        /// with the one method that reads, or null when an invocation of any of its methods may be a source
        /// (<see cref="MayMatter"/>). A new kind of source joins this list, or <see cref="CredentialNames"/> (the names a
        /// type must contain to be analysed) will not know it.
        /// </summary>
        private readonly KeyValuePair<INamedTypeSymbol, string?>[] _sourceMethods;

        /// <summary>The property of a configuration section that reads its value (<c>GetSection("OpenAI:ApiKey").Value</c>).</summary>
        public const string SectionValue = "Value";

        /// <summary><c>Environment.GetEnvironmentVariable(name)</c>.</summary>
        public const string EnvironmentRead = "GetEnvironmentVariable";

        /// <summary>The source classes present in this compilation, each with its one reading method or null for any.</summary>
        public IReadOnlyList<KeyValuePair<INamedTypeSymbol, string?>> SourceMethods => _sourceMethods;

        /// <summary>The sink types present in this compilation, with their catalog rows.</summary>
        public IReadOnlyDictionary<INamedTypeSymbol, CredentialSink[]> SinkTypes => _sinks;

        /// <summary>The API surfaces and keyless credentials of the SDKs here (KG2006, KG2007).</summary>
        public ClientApis Clients { get; }

        /// <summary>What a type's syntax must name for any source or sink above to be reachable from it.</summary>
        public CredentialNames Names { get; }

        public INamedTypeSymbol? Environment { get; }

        public INamedTypeSymbol? Configuration { get; }

        public INamedTypeSymbol? ConfigurationSection { get; }

        public INamedTypeSymbol? ConfigurationBinder { get; }

        public INamedTypeSymbol? ConfigurationExtensions { get; }

        public INamedTypeSymbol? ConfigurationKeyName { get; }

        public INamedTypeSymbol? OptionsConfigure { get; }

        public INamedTypeSymbol? OptionsBuilderConfigure { get; }

        public INamedTypeSymbol? CallerMemberName { get; }

        /// <summary>System.Text.Json's serializer: <c>Deserialize&lt;T&gt;</c> of a blob fills T's credential properties.</summary>
        public INamedTypeSymbol? JsonSerializer { get; }

        /// <summary>Newtonsoft.Json's <c>JsonConvert.DeserializeObject&lt;T&gt;</c>, likewise.</summary>
        public INamedTypeSymbol? JsonConvert { get; }

        public INamedTypeSymbol? File { get; }

        /// <summary>True when the compilation references at least one SDK with a credential sink.</summary>
        public bool HasSinks => _sinks.Count != 0;

        public static CredentialApis Create(Compilation compilation) => new CredentialApis(compilation);

        /// <summary>
        /// True for an operation that may be a source or sink: the cheap filter, run on every call, creation and property
        /// read, that decides whether a type needs the flow pass. Dictionary lookups and name checks first; interfaces
        /// are walked only for indexers and <c>Value</c>.
        /// </summary>
        /// <remarks>
        /// Invariant: before this runs at all, <see cref="CredentialNames"/> has let through only the types whose syntax
        /// names a source or sink of this class. It derives those names from <see cref="SourceMethods"/> and
        /// <see cref="SinkTypes"/> (and so from <see cref="SinkCatalog"/>), so a source or sink added there is covered
        /// without more work; a source recognised here any other way must add its names in <see cref="CredentialNames"/>
        /// (its tests: CredentialNamesTests), or the types that use it are skipped before they get here.
        /// </remarks>
        public bool MayMatter(IOperation operation)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    var type = invocation.TargetMethod.ContainingType?.OriginalDefinition;
                    return type != null && (_sinks.ContainsKey(type) || IsSource(type, invocation.TargetMethod.Name) || IsDeserialization(invocation.TargetMethod));
                case IObjectCreationOperation creation:
                    return creation.Constructor?.ContainingType is INamedTypeSymbol created && _sinks.ContainsKey(created.OriginalDefinition);
                case IPropertyReferenceOperation reference:
                    var property = reference.Property;
                    if (_sinks.ContainsKey(property.ContainingType.OriginalDefinition))
                    {
                        return true;
                    }

                    if (property.Type.SpecialType != SpecialType.System_String)
                    {
                        return false;
                    }

                    // config["…"], section.Value, or TestConfiguration.OpenAI.ApiKey (a string property of a static property).
                    return reference.Instance is IPropertyReferenceOperation { Property.IsStatic: true } ||
                        ((property.IsIndexer || property.Name == SectionValue) && IsConfiguration(property.ContainingType));
                default:
                    return false;
            }
        }

        /// <summary>True when the compilation has any sink of this type (the fast path for KG1003).</summary>
        public bool IsSinkType(INamedTypeSymbol? type) => type != null && _sinks.ContainsKey(type.OriginalDefinition);

        /// <summary>The parameter sinks an argument reaches: the method's type is a sink type, and the entry names the member, the parameter and (when it has one) the condition.</summary>
        public bool TryMatchArgument(IArgumentOperation argument, out SinkMatch match)
        {
            match = default;
            var parameter = argument.Parameter;
            if (parameter?.ContainingSymbol is not IMethodSymbol method || argument.ArgumentKind == ArgumentKind.DefaultValue ||
                method.ContainingType == null || !_sinks.TryGetValue(method.ContainingType.OriginalDefinition, out var sinks))
            {
                return false;
            }

            string member = MemberName(method);
            foreach (var sink in sinks)
            {
                if ((sink.Kind != CredentialSinkKind.Parameter && sink.Kind != CredentialSinkKind.ConfigurationSection) ||
                    !sink.AppliesTo(member) || parameter.Name != sink.Parameter)
                {
                    continue;
                }

                string? condition = null;
                if (sink.ConditionParameter != null)
                {
                    condition = ConstantArgument(argument.Parent, sink.ConditionParameter);
                }

                if (sink.TryMatchCondition(condition, out var provider))
                {
                    match = new SinkMatch(sink, member, provider);
                    return true;
                }
            }

            return false;
        }

        /// <summary>The property sink an assignment target is (<c>client.ApiKey = …</c>, <c>new AnthropicClient { ApiKey = … }</c>).</summary>
        public bool TryMatchProperty(IPropertySymbol property, out SinkMatch match)
        {
            match = default;
            if (!_sinks.TryGetValue(property.ContainingType.OriginalDefinition, out var sinks))
            {
                return false;
            }

            foreach (var sink in sinks)
            {
                if (sink.Kind == CredentialSinkKind.Property && sink.Member == property.Name)
                {
                    match = new SinkMatch(sink, property.Name, sink.ProviderId);
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The environment variable an SDK constructor reads because it was given no credential (<c>new AnthropicClient()</c>):
        /// none of the entry's explicit credentials is passed or initialised, and the constructor or type could take one
        /// (which tells the official Anthropic SDK from tryAGI's type of the same name).
        /// </summary>
        public bool TryMatchImplicitRead(IObjectCreationOperation creation, out CredentialSink sink)
        {
            sink = null!;
            var constructor = creation.Constructor;
            if (constructor == null || !_sinks.TryGetValue(constructor.ContainingType.OriginalDefinition, out var sinks))
            {
                return false;
            }

            foreach (var candidate in sinks)
            {
                if (candidate.Kind == CredentialSinkKind.ImplicitEnvironmentVariable && CouldTake(constructor, candidate) && !IsGiven(creation, candidate))
                {
                    sink = candidate;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>JsonSerializer.Deserialize&lt;T&gt;(…)</c> or <c>JsonConvert.DeserializeObject&lt;T&gt;(…)</c> into a type of this
        /// compilation (the only types whose properties KeyGov reads): a blob whose credential properties are read.
        /// </summary>
        public bool IsDeserialization(IMethodSymbol method) =>
            method.TypeArguments.Length == 1 && IsSourceClass(method.TypeArguments[0]) &&
            ((method.Name == "Deserialize" && SymbolEqualityComparer.Default.Equals(method.ContainingType, JsonSerializer)) ||
             (method.Name == "DeserializeObject" && SymbolEqualityComparer.Default.Equals(method.ContainingType, JsonConvert))) &&
            MayHoldCredential(method.TypeArguments[0], 0);

        /// <summary>A class declared in this compilation's source: the only types whose properties KeyGov reads.</summary>
        public static bool IsSourceClass(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class, Locations.Length: > 0 } named && named.Locations[0].IsInSource;

        /// <summary>
        /// True when a deserialised type has a public string property named like a credential, itself or in a nested class
        /// of this compilation (depth 3). Cached per type: a JSON-heavy codebase (a serializer's own tests) asks often.
        /// </summary>
        private bool MayHoldCredential(ITypeSymbol type, int depth)
        {
            if (_holdsCredential.TryGetValue(type, out object? known))
            {
                return (bool)known;
            }

            bool holds = false;
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object && !holds; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property &&
                        (property.Type.SpecialType == SpecialType.System_String
                            ? CredentialNameConventions.IsCredentialPropertyName(property.Name)
                            : depth < 3 && IsSourceClass(property.Type) && !SymbolEqualityComparer.Default.Equals(property.Type, type) && MayHoldCredential(property.Type, depth + 1)))
                    {
                        holds = true;
                        break;
                    }
                }
            }

            _holdsCredential.TryAdd(type, Verdict.Of(holds));
            return holds;
        }

        /// <summary>
        /// The sink a parameter of a method the compiler could not bind is (code that does not compile: a candidate
        /// constructor or method of an SDK type). Conditional sinks (a header name) need the bound call and are left out.
        /// </summary>
        public bool TryMatchCandidateParameter(IParameterSymbol parameter, out SinkMatch match)
        {
            match = default;
            if (parameter.ContainingSymbol is not IMethodSymbol method || method.ContainingType == null ||
                !_sinks.TryGetValue(method.ContainingType.OriginalDefinition, out var sinks))
            {
                return false;
            }

            string member = MemberName(method);
            foreach (var sink in sinks)
            {
                if (sink.Kind == CredentialSinkKind.Parameter && sink.ConditionParameter == null && sink.AppliesTo(member) && parameter.Name == sink.Parameter)
                {
                    match = new SinkMatch(sink, member, sink.ProviderId);
                    return true;
                }
            }

            return false;
        }

        public bool IsEnvironmentRead(IMethodSymbol method) =>
            method.Name == EnvironmentRead && SymbolEqualityComparer.Default.Equals(method.ContainingType, Environment);

        /// <summary>True for IConfiguration and every type that implements it (ConfigurationManager, IConfigurationRoot, IConfigurationSection).</summary>
        public bool IsConfiguration(ITypeSymbol? type) => IsOrImplements(type, Configuration);

        /// <summary>True for IConfigurationSection and its implementations: a section whose path is not the root.</summary>
        public bool IsSection(ITypeSymbol? type) => IsOrImplements(type, ConfigurationSection);

        public bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected) =>
            type != null && expected != null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

        /// <summary>The constant string value of the argument for <paramref name="parameterName"/> of an invocation or creation.</summary>
        public static string? ConstantArgument(IOperation? call, string parameterName)
        {
            var arguments = call switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == parameterName && argument.Value.ConstantValue.HasValue)
                {
                    return argument.Value.ConstantValue.Value as string;
                }
            }

            return null;
        }

        /// <summary><c>.ctor</c> for constructors, else the method name.</summary>
        public static string MemberName(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Constructor ? CredentialSink.Constructor : method.Name;

        private bool IsSource(INamedTypeSymbol type, string method)
        {
            foreach (var source in _sourceMethods)
            {
                if (SymbolEqualityComparer.Default.Equals(type, source.Key))
                {
                    return source.Value == null || source.Value == method;
                }
            }

            return false;
        }

        private static bool IsOrImplements(ITypeSymbol? type, INamedTypeSymbol? contract)
        {
            if (type == null || contract == null)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, contract))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, contract))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool CouldTake(IMethodSymbol constructor, CredentialSink sink)
        {
            foreach (var name in sink.ExplicitCredentials)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == name)
                    {
                        return true;
                    }
                }

                foreach (var member in constructor.ContainingType.GetMembers(name))
                {
                    if (member is IPropertySymbol { SetMethod: not null })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsGiven(IObjectCreationOperation creation, CredentialSink sink)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter != null && Contains(sink.ExplicitCredentials, argument.Parameter.Name))
                {
                    return true;
                }
            }

            if (creation.Initializer != null)
            {
                foreach (var initializer in creation.Initializer.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } && Contains(sink.ExplicitCredentials, target.Property.Name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Contains(IReadOnlyList<string> names, string name)
        {
            foreach (var candidate in names)
            {
                if (candidate == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
