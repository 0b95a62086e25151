using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>A value that reaches a credential sink.</summary>
    /// <remarks>
    /// A class, as the flow's other records are: a collection of a struct from outside the runtime (<c>List&lt;SinkUse&gt;</c>)
    /// is compiled just in time in every compiler process, ReadyToRun or not (issue #14).
    /// </remarks>
    internal sealed class SinkUse
    {
        public SinkUse(IOperation value, SinkMatch match, IOperation call)
        {
            Value = value;
            Match = match;
            Call = call;
        }

        public IOperation Value { get; }

        public SinkMatch Match { get; }

        /// <summary>The call or creation whose argument it is, or the assignment that sets the property.</summary>
        public IOperation Call { get; }
    }

    /// <summary>Where a traced value comes from: a literal, or a source site.</summary>
    internal sealed class Origin
    {
        private Origin(IOperation operation, string? literal, SourceSite? site, CallContext? context, IOperation? anchor, bool partial, string? property)
        {
            Operation = operation;
            Literal = literal;
            Site = site;
            Context = context;
            Anchor = anchor;
            IsPartial = partial;
            Property = property;
        }

        public IOperation Operation { get; }

        /// <summary>The constant string, for a literal origin.</summary>
        public string? Literal { get; }

        /// <summary>The source, for a source origin.</summary>
        public SourceSite? Site { get; }

        /// <summary>The helper calls the trace went through to reach the origin, innermost first.</summary>
        public CallContext? Context { get; }

        /// <summary>The last helper call whose argument the trace followed outwards (where a name came from).</summary>
        public IOperation? Anchor { get; }

        /// <summary>True when the origin is a piece of the value (a part of a concatenation or interpolation).</summary>
        public bool IsPartial { get; }

        /// <summary>For a binding origin: the options property read.</summary>
        public string? Property { get; }

        public static Origin ForLiteral(IOperation operation, string literal, IOperation? anchor, bool partial) =>
            new Origin(operation, literal, null, null, anchor, partial, null);

        public static Origin ForSource(IOperation operation, SourceSite site, CallContext? context, string? property) =>
            new Origin(operation, null, site, context, null, false, property);
    }

    /// <summary>A helper call the trace entered, so that the helper's parameters resolve to this call's arguments.</summary>
    internal sealed class CallContext
    {
        public CallContext(IInvocationOperation call, IMethodSymbol method, CallContext? outer)
        {
            Call = call;
            Method = method;
            Outer = outer;
            Depth = outer == null ? 1 : outer.Depth + 1;
        }

        public IInvocationOperation Call { get; }

        public IMethodSymbol Method { get; }

        public CallContext? Outer { get; }

        public int Depth { get; }
    }

    /// <summary>
    /// The credential flow of one type, built at the end of its symbol analysis from the operation blocks of its members
    /// (no Compilation.GetSemanticModel: RS1030). It indexes what is assigned to locals, fields and properties, what
    /// methods and local functions return and where the type calls them, the source reads and the sink uses; then it
    /// traces a value backwards to its origins through locals, fields, properties of the type, <c>??</c>, <c>?:</c>,
    /// string concatenation and interpolation, and helper methods of the type (their parameters resolve to the calling
    /// arguments). It does not follow values into or out of other types, through collections, out/ref arguments,
    /// lambdas' results, or awaits.
    /// </summary>
    internal sealed partial class TypeFlow
    {
        private const int MaxCallDepth = 4;
        private const int MaxSteps = 4000;

        private static readonly IReadOnlyList<IOperation> NoOperations = new IOperation[0];

        private readonly CredentialApis _apis;
        private readonly INamedTypeSymbol _type;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<ISymbol, List<IOperation>> _values = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, List<IOperation>> _returns = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, List<IOperation>> _calls = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ITypeSymbol, List<SourceSite>> _bindings = new Dictionary<ITypeSymbol, List<SourceSite>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IOperation, SourceSite> _sources = new Dictionary<IOperation, SourceSite>();
        private readonly List<SourceSite> _sourceList = new List<SourceSite>();
        private readonly List<SinkUse> _sinks = new List<SinkUse>();

        public TypeFlow(CredentialApis apis, INamedTypeSymbol type, IEnumerable<OperationBlock> blocks, CancellationToken cancellationToken)
        {
            _apis = apis;
            _type = type;
            _cancellationToken = cancellationToken;
            foreach (var block in blocks)
            {
                foreach (var operation in block.Operation.DescendantsAndSelf())
                {
                    Index(operation, block.Owner);
                }
            }
        }

        /// <summary>Every source read of the type, in source order of indexing.</summary>
        public IReadOnlyList<SourceSite> Sources => _sourceList;

        /// <summary>Every value the type passes to a credential sink.</summary>
        public IReadOnlyList<SinkUse> Sinks => _sinks;

        /// <summary>The origins of <paramref name="value"/>: the literals and source reads it is made of.</summary>
        public List<Origin> Trace(IOperation value, CallContext? context = null)
        {
            var origins = new List<Origin>();
            var visited = new HashSet<Step>(Step.SamePlace);
            var work = new Stack<Step>();
            work.Push(new Step(value, context, null, false));
            int steps = 0;
            while (work.Count != 0 && steps++ < MaxSteps)
            {
                var step = work.Pop();
                if (!visited.Add(step))
                {
                    continue;
                }

                Follow(step, work, origins);
            }

            return origins;
        }

        /// <summary>
        /// The credential reads a source site stands for, in <paramref name="context"/> (the helper calls that led to it,
        /// or null for every caller): one per name the site resolves to, anchored at the helper call that names it.
        /// </summary>
        public IEnumerable<CredentialRead> ReadsOf(SourceSite site, CallContext? context, string? onlyProperty)
        {
            switch (site.Kind)
            {
                case SourceSiteKind.Fixed:
                    yield return new CredentialRead(site, site.FixedSource!, null, null);
                    break;
                case SourceSiteKind.Environment:
                    foreach (var (name, anchor) in Strings(site.Name!, context))
                    {
                        if (name.Length != 0)
                        {
                            yield return new CredentialRead(site, CredentialSource.Environment(name), anchor, null);
                        }
                    }

                    break;
                case SourceSiteKind.ConfigurationKey:
                case SourceSiteKind.ConnectionString:
                    string? section = SectionOf(site);
                    if (section == null)
                    {
                        break;
                    }

                    foreach (var (name, anchor) in Strings(site.Name!, context))
                    {
                        string key = site.Kind == SourceSiteKind.ConnectionString ? ConfigurationKey.ConnectionString(name) : name;
                        if (name.Length != 0)
                        {
                            yield return new CredentialRead(site, CredentialSource.Configuration(ConfigurationKey.Combine(section, key)), anchor, null);
                        }
                    }

                    break;
                case SourceSiteKind.SectionValue:
                    string? path = SectionOf(site);
                    if (!string.IsNullOrEmpty(path))
                    {
                        yield return new CredentialRead(site, CredentialSource.Configuration(path!), null, null);
                    }

                    break;
                case SourceSiteKind.SdkSection:
                    foreach (var (name, anchor) in Strings(site.Name!, context))
                    {
                        if (name.Length != 0)
                        {
                            string key = string.Format(System.Globalization.CultureInfo.InvariantCulture, site.KeyFormat!, name);
                            yield return new CredentialRead(site, CredentialSource.Configuration(key), anchor, null);
                        }
                    }

                    break;
                case SourceSiteKind.Binding:
                    foreach (var (bound, anchor) in BindingSections(site, context))
                    {
                        foreach (var property in CredentialProperties(site.BoundType!))
                        {
                            string key = KeyName(property);
                            if (onlyProperty == null || ConfigurationKey.Comparer.Equals(onlyProperty, key))
                            {
                                string? holds = CredentialNameConventions.ProviderOfOptionsProperty(bound, site.BoundType!.Name, key);
                                yield return new CredentialRead(site, CredentialSource.Configuration(ConfigurationKey.Combine(bound, key)), anchor, key,
                                    site.BoundType.Name + "." + property.Name, holds);
                            }
                        }
                    }

                    break;
                case SourceSiteKind.Blob:
                    foreach (var read in BlobReads(site, context))
                    {
                        yield return read;
                    }

                    break;
            }
        }

        /// <summary>The constant strings <paramref name="value"/> can be, each with the helper call that supplied it.</summary>
        public IEnumerable<(string Value, IOperation? Anchor)> Strings(IOperation value, CallContext? context)
        {
            foreach (var origin in Trace(value, context))
            {
                if (origin.Literal != null && !origin.IsPartial)
                {
                    yield return (origin.Literal, origin.Anchor);
                }
            }
        }

        /// <summary>
        /// The provider a sink implies: its own, or for a provider-neutral credential (<c>new ApiKeyCredential(…)</c>)
        /// that of the sink it is passed to directly (<c>new AzureOpenAIClient(uri, new AzureKeyCredential(…))</c>).
        /// </summary>
        public string? ProviderOf(SinkUse sink) =>
            sink.Match.ProviderId ?? (sink.Match.Sink.IsWrapper ? EnclosingSinkProvider(sink.Call) : null);

        private string? EnclosingSinkProvider(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent is IArgumentOperation argument && _apis.TryMatchArgument(argument, out var match) ? match.ProviderId : null;
        }

        private void Follow(Step step, Stack<Step> work, List<Origin> origins)
        {
            var operation = step.Operation;
            if (operation.ConstantValue.HasValue)
            {
                if (operation.ConstantValue.Value is string literal)
                {
                    origins.Add(Origin.ForLiteral(operation, literal, step.Anchor, step.Partial));
                }

                return;
            }

            if (_sources.TryGetValue(operation, out var site))
            {
                origins.Add(Origin.ForSource(operation, site, step.Context, null));
                return;
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    work.Push(step.With(conversion.Operand));
                    break;
                case ICoalesceOperation coalesce:
                    work.Push(step.With(coalesce.Value));
                    work.Push(step.With(coalesce.WhenNull));
                    break;
                case IConditionalOperation conditional when conditional.WhenFalse != null:
                    work.Push(step.With(conditional.WhenTrue));
                    work.Push(step.With(conditional.WhenFalse));
                    break;
                case IBinaryOperation binary when binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String:
                    work.Push(step.Part(binary.LeftOperand));
                    work.Push(step.Part(binary.RightOperand));
                    break;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole)
                        {
                            work.Push(step.Part(hole.Expression));
                        }
                    }

                    break;
                case ISimpleAssignmentOperation assignment:
                    work.Push(step.With(assignment.Value));
                    break;
                case ILocalReferenceOperation local:
                    PushAll(work, ValuesOf(local.Local), step);
                    break;
                case IParameterReferenceOperation parameter:
                    FollowParameter(step, parameter.Parameter, work);
                    break;
                case IFieldReferenceOperation field:
                    PushAll(work, ValuesOf(field.Field.OriginalDefinition), step.Outside());
                    break;
                case IPropertyReferenceOperation property:
                    FollowProperty(step, property, work, origins);
                    break;
                case IInvocationOperation invocation:
                    FollowInvocation(step, invocation, work);
                    break;
            }
        }

        private void FollowParameter(Step step, IParameterSymbol parameter, Stack<Step> work)
        {
            var method = parameter.ContainingSymbol as IMethodSymbol;
            if (step.Context != null && SymbolEqualityComparer.Default.Equals(step.Context.Method, method?.OriginalDefinition))
            {
                var argument = ArgumentFor(step.Context.Call, parameter);
                if (argument != null)
                {
                    work.Push(new Step(argument, step.Context.Outer, step.Context.Call, step.Partial));
                }

                return;
            }

            // Outside any known call: every call of the helper in this type.
            if (method != null && _calls.TryGetValue(method.OriginalDefinition, out var calls))
            {
                foreach (var call in calls)
                {
                    var argument = ArgumentFor((IInvocationOperation)call, parameter);
                    if (argument != null)
                    {
                        work.Push(new Step(argument, null, call, step.Partial));
                    }
                }
            }

            PushAll(work, ValuesOf(parameter), step);
        }

        private void FollowProperty(Step step, IPropertyReferenceOperation reference, Stack<Step> work, List<Origin> origins)
        {
            var property = reference.Property;

            // An options property filled by a binding of its type in this type: settings.ApiKey, options.Value.ApiKey.
            var boundType = reference.Instance?.Type ?? property.ContainingType;
            if (property.Type.SpecialType == SpecialType.System_String && _bindings.TryGetValue(boundType.OriginalDefinition, out var bindings))
            {
                string key = KeyName(property);
                foreach (var binding in bindings)
                {
                    origins.Add(Origin.ForSource(reference, binding, null, key));
                }

                return;
            }

            if (!SymbolEqualityComparer.Default.Equals(property.ContainingType.OriginalDefinition, _type))
            {
                return;
            }

            PushAll(work, ValuesOf(property.OriginalDefinition), step.Outside());
            if (property.GetMethod != null)
            {
                PushAll(work, ReturnsOf(property.GetMethod.OriginalDefinition), step.Outside());
            }
        }

        private void FollowInvocation(Step step, IInvocationOperation invocation, Stack<Step> work)
        {
            var target = invocation.TargetMethod.OriginalDefinition;
            if (_returns.TryGetValue(target, out var returned))
            {
                if (step.Context == null || step.Context.Depth < MaxCallDepth)
                {
                    var inner = new CallContext(invocation, target, step.Context);
                    foreach (var value in returned)
                    {
                        work.Push(new Step(value, inner, step.Anchor, step.Partial));
                    }
                }

                return;
            }

            // key.Trim(), key.ToString(): the same credential.
            if (invocation.Instance != null && invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String &&
                (target.Name == "Trim" || target.Name == "ToString" || target.Name == "TrimEnd" || target.Name == "TrimStart"))
            {
                work.Push(step.With(invocation.Instance));
            }
        }

        private void Index(IOperation operation, ISymbol owner)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when declarator.Initializer != null:
                    Add(_values, declarator.Symbol, declarator.Initializer.Value);
                    break;
                case ISimpleAssignmentOperation assignment:
                    IndexAssignment(assignment.Target, assignment.Value);
                    if (assignment.Target is IPropertyReferenceOperation target && _apis.TryMatchProperty(target.Property, out var propertySink))
                    {
                        _sinks.Add(new SinkUse(assignment.Value, propertySink, assignment));
                    }

                    break;
                case ICoalesceAssignmentOperation coalesceAssignment:
                    IndexAssignment(coalesceAssignment.Target, coalesceAssignment.Value);
                    break;
                case IFieldInitializerOperation fieldInitializer:
                    foreach (var field in fieldInitializer.InitializedFields)
                    {
                        Add(_values, field, fieldInitializer.Value);
                    }

                    break;
                case IPropertyInitializerOperation propertyInitializer:
                    foreach (var property in propertyInitializer.InitializedProperties)
                    {
                        Add(_values, property, propertyInitializer.Value);
                    }

                    break;
                case IReturnOperation returned when returned.ReturnedValue != null && returned.Kind == OperationKind.Return:
                    var method = EnclosingMethod(returned, owner);
                    if (method != null)
                    {
                        Add(_returns, method.OriginalDefinition, returned.ReturnedValue);
                    }

                    break;
                case IInvocationOperation invocation:
                    var targetMethod = invocation.TargetMethod.OriginalDefinition;
                    if (targetMethod.MethodKind == MethodKind.LocalFunction || SymbolEqualityComparer.Default.Equals(targetMethod.ContainingType, _type))
                    {
                        Add(_calls, targetMethod, invocation);
                    }

                    IndexArguments(invocation.Arguments, invocation);
                    IndexInvocationSource(invocation);
                    IndexApiUse(invocation, invocation.TargetMethod);
                    if (_apis.IsDeserialization(invocation.TargetMethod) && invocation.Arguments.Length != 0)
                    {
                        AddSource(new SourceSite(invocation, SourceSiteKind.Blob, invocation.Arguments[0].Value, boundType: invocation.TargetMethod.TypeArguments[0]));
                    }

                    break;
                case IInvalidOperation invalid:
                    IndexCandidateSinks(invalid);
                    break;
                case IObjectCreationOperation creation:
                    IndexArguments(creation.Arguments, creation);
                    if (_apis.TryMatchImplicitRead(creation, out var implicitSink))
                    {
                        AddSource(new SourceSite(creation, SourceSiteKind.Fixed, fixedSource: CredentialSource.Environment(implicitSink.ImplicitEnvironmentVariable!),
                            providerId: implicitSink.ProviderId, isImplicit: true));
                    }

                    break;
                case IPropertyReferenceOperation property:
                    IndexPropertySource(property);
                    IndexApiUse(property, property.Property);
                    break;
            }
        }

        /// <summary>
        /// Code that does not compile (an SDK updated under it): a call or creation the compiler could not bind still names
        /// its candidates, and an argument in a candidate's credential parameter still reaches that sink.
        /// </summary>
        private void IndexCandidateSinks(IInvalidOperation invalid)
        {
            ArgumentListSyntax? arguments = invalid.Syntax switch
            {
                BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
                InvocationExpressionSyntax call => call.ArgumentList,
                _ => null,
            };
            if (arguments == null || arguments.Arguments.Count == 0 || invalid.SemanticModel == null)
            {
                return;
            }

            var candidates = invalid.SemanticModel.GetSymbolInfo(invalid.Syntax, _cancellationToken).CandidateSymbols;
            foreach (var candidate in candidates)
            {
                if (candidate is not IMethodSymbol method || !_apis.IsSinkType(method.ContainingType))
                {
                    continue;
                }

                for (int i = 0; i < arguments.Arguments.Count; i++)
                {
                    var argument = arguments.Arguments[i];
                    IParameterSymbol? parameter = null;
                    foreach (var p in method.Parameters)
                    {
                        if (argument.NameColon != null ? p.Name == argument.NameColon.Name.Identifier.ValueText : p.Ordinal == i)
                        {
                            parameter = p;
                            break;
                        }
                    }

                    if (parameter == null || !_apis.TryMatchCandidateParameter(parameter, out var match))
                    {
                        continue;
                    }

                    foreach (var child in invalid.ChildOperations)
                    {
                        if (child.Syntax == argument.Expression || child.Syntax == argument)
                        {
                            _sinks.Add(new SinkUse(child is IArgumentOperation bound ? bound.Value : child, match, invalid));
                            break;
                        }
                    }
                }
            }
        }

        private void IndexAssignment(IOperation target, IOperation value)
        {
            switch (target)
            {
                case ILocalReferenceOperation local:
                    Add(_values, local.Local, value);
                    break;
                case IParameterReferenceOperation parameter:
                    Add(_values, parameter.Parameter, value);
                    break;
                case IFieldReferenceOperation field when SymbolEqualityComparer.Default.Equals(field.Field.ContainingType.OriginalDefinition, _type):
                    Add(_values, field.Field.OriginalDefinition, value);
                    break;
                case IPropertyReferenceOperation property when SymbolEqualityComparer.Default.Equals(property.Property.ContainingType.OriginalDefinition, _type):
                    Add(_values, property.Property.OriginalDefinition, value);
                    break;
            }
        }

        private void IndexArguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IOperation call)
        {
            foreach (var argument in arguments)
            {
                if (!_apis.TryMatchArgument(argument, out var match))
                {
                    continue;
                }

                if (match.Sink.Kind == CredentialSinkKind.ConfigurationSection)
                {
                    // builder.AddOpenAIClient("openai"): the SDK reads ConnectionStrings:openai itself.
                    AddSource(new SourceSite(call, SourceSiteKind.SdkSection, argument.Value, providerId: match.ProviderId, isImplicit: true,
                        keyFormat: match.Sink.KeyFormat));
                }
                else
                {
                    _sinks.Add(new SinkUse(argument.Value, match, call));
                }
            }
        }

        private void IndexInvocationSource(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (_apis.IsEnvironmentRead(method))
            {
                var name = ArgumentNamed(invocation, "variable");
                if (name != null)
                {
                    AddSource(new SourceSite(invocation, SourceSiteKind.Environment, name));
                }

                return;
            }

            if (_apis.Is(type, _apis.ConfigurationBinder))
            {
                var configuration = ConfigurationArgument(invocation);
                switch (method.Name)
                {
                    case "GetValue":
                        var key = ArgumentNamed(invocation, "key");
                        if (key != null && configuration != null)
                        {
                            AddSource(new SourceSite(invocation, SourceSiteKind.ConfigurationKey, key, configuration));
                        }

                        break;
                    case "Get" when method.TypeArguments.Length == 1 && configuration != null:
                        AddBinding(new SourceSite(invocation, SourceSiteKind.Binding, null, configuration, boundType: method.TypeArguments[0]));
                        break;
                    case "Bind" when configuration != null:
                        var instance = ArgumentNamed(invocation, "instance");
                        var bindKey = ArgumentNamed(invocation, "key");
                        if (instance != null && SkipConversions(instance).Type is ITypeSymbol boundType)
                        {
                            AddBinding(new SourceSite(invocation, SourceSiteKind.Binding, bindKey, configuration, boundType: boundType));
                        }

                        break;
                }

                return;
            }

            if (_apis.Is(type, _apis.ConfigurationExtensions) && method.Name == "GetConnectionString")
            {
                var name = ArgumentNamed(invocation, "name");
                var configuration = ConfigurationArgument(invocation);
                if (name != null && configuration != null)
                {
                    AddSource(new SourceSite(invocation, SourceSiteKind.ConnectionString, name, configuration));
                }

                return;
            }

            if (method.TypeArguments.Length == 1 && (_apis.Is(type, _apis.OptionsConfigure) || _apis.Is(type, _apis.OptionsBuilderConfigure)))
            {
                if (method.Name == "BindConfiguration")
                {
                    var path = ArgumentNamed(invocation, "configSectionPath");
                    if (path != null)
                    {
                        AddBinding(new SourceSite(invocation, SourceSiteKind.Binding, path, null, boundType: method.TypeArguments[0]));
                    }
                }
                else if (method.Name == "Configure" || method.Name == "Bind")
                {
                    var configuration = ConfigurationArgument(invocation);
                    if (configuration != null)
                    {
                        AddBinding(new SourceSite(invocation, SourceSiteKind.Binding, null, configuration, boundType: method.TypeArguments[0]));
                    }
                }
            }
        }

        /// <summary>
        /// The reads a deserialised blob stands for: the app's own appsettings.json read from disk gives one configuration
        /// key per credential property (reported at the call); a blob from an environment variable or a configuration value
        /// gives that read, naming the credential properties it fills (reported where it is read).
        /// </summary>
        private IEnumerable<CredentialRead> BlobReads(SourceSite site, CallContext? context)
        {
            var paths = new List<(string Key, string Display, string? Provider)>();
            CredentialPaths(site.BoundType!, string.Empty, site.BoundType!.Name, paths, 0);
            if (paths.Count == 0)
            {
                yield break;
            }

            if (IsOwnConfigFileRead(site.Name!))
            {
                foreach (var (key, display, provider) in paths)
                {
                    yield return new CredentialRead(site, CredentialSource.Configuration(key), null, key, "JSON, " + display, provider ?? AnyProvider);
                }

                yield break;
            }

            var (firstKey, firstDisplay, firstProvider) = paths[0];
            string detail = "JSON, " + firstDisplay + (paths.Count > 1 ? " and " + (paths.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : string.Empty);
            foreach (var origin in Trace(site.Name!, context))
            {
                if (origin.Site == null || origin.Site.Kind == SourceSiteKind.Blob || origin.Site.Kind == SourceSiteKind.Binding)
                {
                    continue;
                }

                foreach (var inner in ReadsOf(origin.Site, origin.Context, null))
                {
                    yield return new CredentialRead(site, inner.Source, inner.At, firstKey, detail, firstProvider ?? AnyProvider);
                }
            }
        }

        /// <summary>Stands for "an AI credential of no known provider" where a credential property's names say none.</summary>
        internal const string AnyProvider = "";

        /// <summary>
        /// The credential properties of a deserialised type and of the types of this compilation it nests (to depth 3),
        /// each as a configuration key (<c>OpenAI:ApiKey</c>, JSON names honoured), a display path and its provider. A
        /// property counts when its key is a credential name or its names say a provider (<c>HuggingFaceToken</c>).
        /// </summary>
        private static void CredentialPaths(ITypeSymbol type, string prefix, string display, List<(string, string, string?)> paths, int depth)
        {
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property)
                    {
                        continue;
                    }

                    string key = ConfigurationKey.Combine(prefix, JsonName(property));
                    if (property.Type.SpecialType == SpecialType.System_String)
                    {
                        if (!CredentialNameConventions.IsCredentialPropertyName(property.Name))
                        {
                            continue;
                        }

                        var name = CredentialNameConventions.Classify(CredentialSource.Configuration(key));
                        string? holds = CredentialNameConventions.ProviderOfOptionsProperty(prefix, type.Name, property.Name);
                        if (name.IsCredentialName || holds != null)
                        {
                            paths.Add((key, display + "." + property.Name, name.ProviderId ?? holds));
                        }
                    }
                    else if (depth < 3 && CredentialApis.IsSourceClass(property.Type) && !SymbolEqualityComparer.Default.Equals(property.Type, type))
                    {
                        CredentialPaths(property.Type, key, display + "." + property.Name, paths, depth + 1);
                    }
                }
            }
        }

        /// <summary>The JSON name of a property: <c>[JsonPropertyName]</c> (System.Text.Json) or <c>[JsonProperty]</c> (Newtonsoft), else its name.</summary>
        private static string JsonName(IPropertySymbol property)
        {
            foreach (var attribute in property.GetAttributes())
            {
                string? name = attribute.AttributeClass?.Name;
                if ((name == "JsonPropertyNameAttribute" || name == "JsonPropertyAttribute") && attribute.ConstructorArguments.Length == 1 &&
                    attribute.ConstructorArguments[0].Value is string text && text.Length != 0)
                {
                    return text;
                }
            }

            return property.Name;
        }

        /// <summary>True when the blob is <c>File.ReadAllText("appsettings….json")</c>, directly or through a local: the app's own configuration.</summary>
        private bool IsOwnConfigFileRead(IOperation blob)
        {
            var operation = SkipConversions(blob);
            if (operation is ILocalReferenceOperation local && ValuesOf(local.Local) is { Count: 1 } values)
            {
                operation = SkipConversions(values[0]);
            }

            if (operation is not IInvocationOperation { TargetMethod.Name: "ReadAllText" or "ReadAllTextAsync" } read ||
                !SymbolEqualityComparer.Default.Equals(read.TargetMethod.ContainingType, _apis.File) || read.Arguments.Length == 0)
            {
                return false;
            }

            if (read.Arguments[0].Value.ConstantValue.Value is not string path)
            {
                return false;
            }

            return KeyGov.Core.Config.ConfigFile.IsAppSettings(path);
        }

        private void IndexPropertySource(IPropertyReferenceOperation reference)
        {
            var property = reference.Property;
            if (IsWriteTarget(reference))
            {
                return;
            }

            // config["OpenAI:ApiKey"], section["ApiKey"]
            if (property.IsIndexer && _apis.IsConfiguration(property.ContainingType) && reference.Arguments.Length == 1 && reference.Instance != null)
            {
                AddSource(new SourceSite(reference, SourceSiteKind.ConfigurationKey, reference.Arguments[0].Value, reference.Instance));
                return;
            }

            // GetSection("OpenAI:ApiKey").Value
            if (property.Name == CredentialApis.SectionValue && reference.Instance != null && _apis.IsSection(property.ContainingType))
            {
                AddSource(new SourceSite(reference, SourceSiteKind.SectionValue, configuration: reference.Instance));
                return;
            }

            // Semantic Kernel samples: TestConfiguration.OpenAI.ApiKey, where the static property OpenAI loads the section
            // named after itself through a [CallerMemberName] parameter.
            if (property.Type.SpecialType == SpecialType.System_String && reference.Instance is IPropertyReferenceOperation section &&
                section.Property.IsStatic && CredentialNameConventions.IsCredentialPropertyName(KeyName(property)) && LoadsSectionNamedAfterItself(section.Property))
            {
                var source = CredentialSource.Configuration(ConfigurationKey.Combine(section.Property.Name, KeyName(property)));
                AddSource(new SourceSite(reference, SourceSiteKind.Fixed, fixedSource: source));
            }
        }

        /// <summary>
        /// The section path a configuration expression stands for: "" for a root (IConfiguration, ConfigurationManager),
        /// <c>OpenAI</c> for <c>GetSection("OpenAI")</c>, composed through nested sections and locals; null when unknown.
        /// </summary>
        private string? SectionPath(IOperation expression, int depth)
        {
            var operation = SkipConversions(expression);
            if (depth > 8)
            {
                return null;
            }

            if (operation is IInvocationOperation invocation &&
                (invocation.TargetMethod.Name == "GetSection" || invocation.TargetMethod.Name == "GetRequiredSection") &&
                (_apis.IsConfiguration(invocation.TargetMethod.ContainingType) || _apis.Is(invocation.TargetMethod.ContainingType, _apis.ConfigurationExtensions)))
            {
                var parent = invocation.Instance ?? ConfigurationArgument(invocation);
                var key = ArgumentNamed(invocation, "key");
                string? parentPath = parent == null ? null : SectionPath(parent, depth + 1);
                string? name = key?.ConstantValue.Value as string ?? SingleString(key);
                return parentPath == null || name == null ? null : ConfigurationKey.Combine(parentPath, name);
            }

            if (operation is ILocalReferenceOperation || operation is IFieldReferenceOperation)
            {
                ISymbol symbol = operation is ILocalReferenceOperation local ? local.Local : ((IFieldReferenceOperation)operation).Field.OriginalDefinition;
                var values = ValuesOf(symbol);
                if (values.Count == 1)
                {
                    return SectionPath(values[0], depth + 1);
                }
            }

            if (_apis.IsSection(operation.Type))
            {
                return null;
            }

            return _apis.IsConfiguration(operation.Type) ? string.Empty : null;
        }

        private IEnumerable<(string Section, IOperation? Anchor)> BindingSections(SourceSite site, CallContext? context)
        {
            string? section = SectionOf(site);
            if (section == null)
            {
                yield break;
            }

            if (site.Name == null)
            {
                yield return (section, null);
                yield break;
            }

            foreach (var (name, anchor) in Strings(site.Name, context))
            {
                yield return (ConfigurationKey.Combine(section, name), anchor);
            }
        }

        /// <summary>The section a site's key is relative to: "" without a configuration expression (the root), null when unknown.</summary>
        private string? SectionOf(SourceSite site) => site.Configuration == null ? string.Empty : SectionPath(site.Configuration, 0);

        /// <summary>The public settable string properties of an options type whose names hold credentials (ApiKey, Key, Token, Secret…).</summary>
        private static IEnumerable<IPropertySymbol> CredentialProperties(ITypeSymbol type)
        {
            var seen = new HashSet<string>();
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, SetMethod: not null, DeclaredAccessibility: Accessibility.Public } property &&
                        property.Type.SpecialType == SpecialType.System_String && CredentialNameConventions.IsCredentialPropertyName(KeyName(property)) && seen.Add(property.Name))
                    {
                        yield return property;
                    }
                }
            }
        }

        /// <summary>The configuration key of a bound property: its <c>[ConfigurationKeyName]</c>, else its name.</summary>
        private static string KeyName(IPropertySymbol property)
        {
            foreach (var attribute in property.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "ConfigurationKeyNameAttribute" && attribute.ConstructorArguments.Length == 1 &&
                    attribute.ConstructorArguments[0].Value is string name)
                {
                    return name;
                }
            }

            return property.Name;
        }

        /// <summary>
        /// True for <c>public static OpenAIConfig OpenAI => LoadSection&lt;OpenAIConfig&gt;();</c> where LoadSection, a
        /// method of the same type, takes an optional <c>[CallerMemberName]</c> parameter: the section is the property's
        /// name. Read from the declaration's syntax and the method's symbol; the getter may live in another type.
        /// </summary>
        /// <summary>
        /// The call without arguments a property's getter is (<c>=&gt; LoadSection&lt;T&gt;()</c>, <c>get { return Load(); }</c>),
        /// or null: the shape of a section loaded by the property's own name, which <see cref="CredentialNames"/> also asks
        /// of a property before it lets its reads through.
        /// </summary>
        internal static InvocationExpressionSyntax? LoaderCall(PropertyDeclarationSyntax declaration)
        {
            var body = declaration.ExpressionBody?.Expression;
            if (body == null && declaration.AccessorList != null)
            {
                foreach (var accessor in declaration.AccessorList.Accessors)
                {
                    body ??= accessor.ExpressionBody?.Expression ??
                        (accessor.Body?.Statements.Count == 1 && accessor.Body.Statements[0] is ReturnStatementSyntax ret ? ret.Expression : null);
                }
            }

            return body is InvocationExpressionSyntax call && call.ArgumentList.Arguments.Count == 0 ? call : null;
        }

        private bool LoadsSectionNamedAfterItself(IPropertySymbol property)
        {
            if (_apis.CallerMemberName == null)
            {
                return false;
            }

            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(_cancellationToken) is not PropertyDeclarationSyntax declaration)
                {
                    continue;
                }

                if (!(LoaderCall(declaration) is InvocationExpressionSyntax call))
                {
                    continue;
                }

                string? name = call.Expression switch
                {
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    _ => null,
                };
                if (name == null)
                {
                    continue;
                }

                foreach (var member in property.ContainingType.GetMembers(name))
                {
                    if (member is IMethodSymbol method && HasCallerMemberNameParameter(method))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool HasCallerMemberNameParameter(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.IsOptional)
                {
                    foreach (var attribute in parameter.GetAttributes())
                    {
                        if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _apis.CallerMemberName))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private string? SingleString(IOperation? value)
        {
            if (value == null)
            {
                return null;
            }

            string? found = null;
            foreach (var (text, anchor) in Strings(value, null))
            {
                if (anchor != null || (found != null && found != text))
                {
                    return null;
                }

                found = text;
            }

            return found;
        }

        private IOperation? ConfigurationArgument(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (_apis.IsConfiguration(argument.Parameter?.Type))
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static IOperation? ArgumentNamed(IInvocationOperation invocation, string name)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == name && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static IOperation? ArgumentFor(IInvocationOperation call, IParameterSymbol parameter)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter != null && argument.Parameter.Ordinal == parameter.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static IOperation SkipConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static bool IsWriteTarget(IOperation operation) =>
            operation.Parent is IAssignmentOperation assignment && assignment.Target == operation;

        /// <summary>The method, local function or lambda a return statement belongs to.</summary>
        private static IMethodSymbol? EnclosingMethod(IOperation operation, ISymbol owner)
        {
            for (var parent = operation.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is ILocalFunctionOperation localFunction)
                {
                    return localFunction.Symbol;
                }

                if (parent is IAnonymousFunctionOperation anonymous)
                {
                    return anonymous.Symbol;
                }
            }

            return owner as IMethodSymbol;
        }

        private void AddSource(SourceSite site)
        {
            if (!_sources.ContainsKey(site.Operation))
            {
                _sources.Add(site.Operation, site);
                _sourceList.Add(site);
            }
        }

        private void AddBinding(SourceSite site)
        {
            if (site.BoundType == null)
            {
                return;
            }

            AddSource(site);
            Add(_bindings, site.BoundType.OriginalDefinition, site);
        }

        private IReadOnlyList<IOperation> ValuesOf(ISymbol symbol) => _values.TryGetValue(symbol, out var values) ? values : NoOperations;

        private IReadOnlyList<IOperation> ReturnsOf(ISymbol method) => _returns.TryGetValue(method, out var values) ? values : NoOperations;

        private static void PushAll(Stack<Step> work, IReadOnlyList<IOperation> values, Step from)
        {
            foreach (var value in values)
            {
                work.Push(from.With(value));
            }
        }

        private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                map.Add(key, list = new List<TValue>());
            }

            list.Add(value);
        }

        /// <summary>
        /// One value to follow. A class, so that the work stack and the visited set are the runtime's shared code for
        /// references: over a struct they were compiled just in time in every cold compiler (issue #14).
        /// </summary>
        private sealed class Step
        {
            /// <summary>Steps at the same value, in the same helper context, for the same anchor (whether partial or not).</summary>
            public static readonly IEqualityComparer<Step> SamePlace = new SamePlaceComparer();

            public Step(IOperation operation, CallContext? context, IOperation? anchor, bool partial)
            {
                Operation = operation;
                Context = context;
                Anchor = anchor;
                Partial = partial;
            }

            public IOperation Operation { get; }

            public CallContext? Context { get; }

            public IOperation? Anchor { get; }

            public bool Partial { get; }

            public Step With(IOperation operation) => new Step(operation, Context, Anchor, Partial);

            public Step Part(IOperation operation) => new Step(operation, Context, Anchor, true);

            /// <summary>A field or property value: the same for every call, so the helper context no longer applies.</summary>
            public Step Outside() => new Step(Operation, null, Anchor, Partial);

            private sealed class SamePlaceComparer : IEqualityComparer<Step>
            {
                public bool Equals(Step? x, Step? y) =>
                    ReferenceEquals(x, y) || (x != null && y != null && x.Operation == y.Operation && x.Context == y.Context && x.Anchor == y.Anchor);

                public int GetHashCode(Step step) =>
                    (((RuntimeHelpers.GetHashCode(step.Operation) * 397) ^ RuntimeHelpers.GetHashCode(step.Context)) * 397) ^ RuntimeHelpers.GetHashCode(step.Anchor);
            }
        }
    }
}
