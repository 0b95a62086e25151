using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>A call or property read that reaches an API surface (<c>openAI.GetImageClient(…)</c>, <c>anthropic.Models</c>).</summary>
    internal sealed class ApiUse
    {
        public ApiUse(IOperation operation, string surface, ISymbol member, IOperation? instance)
        {
            Operation = operation;
            Surface = surface;
            Member = member;
            Instance = instance;
        }

        public IOperation Operation { get; }

        public string Surface { get; }

        public ISymbol Member { get; }

        /// <summary>The client it is called on (the receiver, or the <c>this</c> argument of an extension method).</summary>
        public IOperation? Instance { get; }
    }

    /// <summary>
    /// The client side of a type's flow (KG2006, KG2007): the API uses the type makes, and where a client object comes
    /// from, traced backwards like <see cref="Trace"/> but for objects: through locals, fields and properties of the
    /// type, its helper methods' returns, <c>??</c>, <c>?:</c>, <c>?.</c>, and the members of SDK client types that hand
    /// out another client or service (<c>client.Messages</c>, <c>client.WithOptions(…)</c>), to the object creations.
    /// </summary>
    internal sealed partial class TypeFlow
    {
        private const int MaxObjectSteps = 2000;

        private readonly List<ApiUse> _apiUses = new List<ApiUse>();
        private readonly object _readsLock = new object();
        private CredentialReads? _reads;

        /// <summary>Every API use of the type, in order of indexing.</summary>
        public IReadOnlyList<ApiUse> ApiUses => _apiUses;

        /// <summary>The API resolution of this compilation.</summary>
        public ClientApis Clients => _apis.Clients;

        /// <summary>The credential reads of the type, collected once for every analyzer that takes this flow.</summary>
        public CredentialReads Reads(CancellationToken cancellationToken)
        {
            lock (_readsLock)
            {
                return _reads ??= CredentialReads.Collect(this, cancellationToken);
            }
        }

        private void IndexApiUse(IOperation operation, ISymbol member)
        {
            if (!_apis.Clients.HasSurfaces || !_apis.Clients.TryMatch(member, out var surface))
            {
                return;
            }

            IOperation? instance = operation switch
            {
                IInvocationOperation { Instance: { } receiver } => receiver,
                IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } extension => extension.Arguments[0].Value,
                IPropertyReferenceOperation property => property.Instance,
                _ => null,
            };
            _apiUses.Add(new ApiUse(operation, surface, member, instance));
        }

        /// <summary>
        /// The object creations <paramref name="value"/> may be, not looking past <paramref name="stops"/> (API uses, which
        /// report the credentials that reach them themselves, so that a chain reports only its first API).
        /// </summary>
        public List<IOperation> ObjectOrigins(IOperation value, HashSet<IOperation> stops)
        {
            var origins = new List<IOperation>();
            var visited = new HashSet<IOperation>();
            var work = new Stack<IOperation>();
            work.Push(value);
            int steps = 0;
            while (work.Count != 0 && steps++ < MaxObjectSteps)
            {
                var operation = SkipConversions(work.Pop());
                if (!visited.Add(operation) || stops.Contains(operation))
                {
                    continue;
                }

                switch (operation)
                {
                    case IObjectCreationOperation creation:
                        origins.Add(creation);
                        break;
                    case ICoalesceOperation coalesce:
                        work.Push(coalesce.Value);
                        work.Push(coalesce.WhenNull);
                        break;
                    case IConditionalOperation { WhenFalse: not null } conditional:
                        work.Push(conditional.WhenTrue);
                        work.Push(conditional.WhenFalse);
                        break;
                    case ISimpleAssignmentOperation assignment:
                        work.Push(assignment.Value);
                        break;
                    case IConditionalAccessInstanceOperation:
                        for (var parent = operation.Parent; parent != null; parent = parent.Parent)
                        {
                            if (parent is IConditionalAccessOperation access)
                            {
                                work.Push(access.Operation);
                                break;
                            }
                        }

                        break;
                    case ILocalReferenceOperation local:
                        PushEach(work, ValuesOf(local.Local));
                        break;
                    case IFieldReferenceOperation field:
                        PushEach(work, ValuesOf(field.Field.OriginalDefinition));
                        break;
                    case IParameterReferenceOperation parameter:
                        PushEach(work, ValuesOf(parameter.Parameter));
                        if (parameter.Parameter.ContainingSymbol is IMethodSymbol method && _calls.TryGetValue(method.OriginalDefinition, out var calls))
                        {
                            foreach (var call in calls)
                            {
                                if (ArgumentFor((IInvocationOperation)call, parameter.Parameter) is IOperation argument)
                                {
                                    work.Push(argument);
                                }
                            }
                        }

                        break;
                    case IPropertyReferenceOperation property:
                        var definition = property.Property.OriginalDefinition;
                        if (SymbolEqualityComparer.Default.Equals(definition.ContainingType, _type))
                        {
                            PushEach(work, ValuesOf(definition));
                            if (definition.GetMethod != null)
                            {
                                PushEach(work, ReturnsOf(definition.GetMethod));
                            }
                        }
                        else if (property.Instance != null && _apis.Clients.IsClientType(property.Property.ContainingType))
                        {
                            work.Push(property.Instance); // client.Messages: a service of the client
                        }

                        break;
                    case IInvocationOperation invocation:
                        var target = invocation.TargetMethod.OriginalDefinition;
                        if (_returns.TryGetValue(target, out var returned))
                        {
                            PushEach(work, returned);
                        }
                        else if (invocation.Instance != null && _apis.Clients.IsClientType(invocation.TargetMethod.ContainingType))
                        {
                            work.Push(invocation.Instance); // client.WithOptions(…): the same credentials
                        }

                        break;
                }
            }

            return origins;
        }

        private static void PushEach(Stack<IOperation> work, IReadOnlyList<IOperation> values)
        {
            foreach (var value in values)
            {
                work.Push(value);
            }
        }
    }
}
