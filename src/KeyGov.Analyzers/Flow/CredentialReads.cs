using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>The credential reads that reach one sink use: traced from its value, or through the credential object passed there.</summary>
    internal sealed class SinkReads
    {
        public SinkReads(SinkUse sink)
        {
            Sink = sink;
        }

        public SinkUse Sink { get; }

        public List<CredentialRead> Reads { get; } = new List<CredentialRead>();

        /// <summary>The literals the sink's value is made of (KG1003's, and KG2008's when one is an admin key).</summary>
        public List<Origin> Literals { get; } = new List<Origin>();

        /// <summary>For a client's credential parameter: the credential object creations (<c>new AzureKeyCredential(key)</c>) its value is.</summary>
        public List<IOperation> CredentialObjects { get; } = new List<IOperation>();
    }

    /// <summary>Where code reaches an API surface with a credential: the site, the surface, the member that reaches it, and the reads behind it.</summary>
    internal sealed class ApiReach
    {
        public ApiReach(IOperation site, string surface, string member)
        {
            Site = site;
            Surface = surface;
            Member = member;
        }

        public IOperation Site { get; }

        public string Surface { get; }

        /// <summary>The member as messages name it: <c>OpenAIClient.GetImageClient</c>, <c>new ImageClient</c>.</summary>
        public string Member { get; }

        public List<CredentialRead> Reads { get; } = new List<CredentialRead>();
    }

    /// <summary>
    /// The credential reads of one type, collected once from its <see cref="TypeFlow"/> for every analyzer that reads it
    /// (KG2001–KG2005 and KG2006–KG2008): each source read, the sinks each one reaches, the client objects those sinks
    /// create, and the API surfaces reached through them (<see cref="ApiSurface"/>). Recorded on each
    /// <see cref="CredentialRead"/> (<see cref="CredentialRead.ApiReaches"/>), so any part of the package can report them.
    /// </summary>
    internal sealed class CredentialReads
    {
        // Keyed by the read itself (its site's operation, anchor and source: SameRead), not a tuple: a dictionary keyed by
        // a struct from outside the runtime is compiled just in time in every cold compiler (issue #14).
        private readonly Dictionary<CredentialRead, CredentialRead> _byKey = new Dictionary<CredentialRead, CredentialRead>(SameRead);
        private readonly List<CredentialRead> _order = new List<CredentialRead>();
        private readonly List<SinkReads> _sinks = new List<SinkReads>();
        private readonly List<ApiReach> _apis = new List<ApiReach>();

        private CredentialReads()
        {
        }

        /// <summary>Every read, in order: the type's source reads, then those only a sink trace finds.</summary>
        public IReadOnlyList<CredentialRead> All => _order;

        /// <summary>Every sink use with the reads that reach it (empty for a literal or an unknown value).</summary>
        public IReadOnlyList<SinkReads> Sinks => _sinks;

        /// <summary>Every API reached with a credential, in source order of the sinks and uses.</summary>
        public IReadOnlyList<ApiReach> Apis => _apis;

        public static CredentialReads Collect(TypeFlow flow, CancellationToken cancellationToken)
        {
            var reads = new CredentialReads();
            foreach (var site in flow.Sources)
            {
                foreach (var read in flow.ReadsOf(site, null, null))
                {
                    reads.Add(read);
                }
            }

            foreach (var sink in flow.Sinks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var reached = new SinkReads(sink);
                string? provider = flow.ProviderOf(sink);
                foreach (var origin in flow.Trace(sink.Value))
                {
                    if (origin.Site == null)
                    {
                        if (origin.Literal != null)
                        {
                            reached.Literals.Add(origin);
                        }

                        continue;
                    }

                    foreach (var read in flow.ReadsOf(origin.Site, origin.Context, origin.Property))
                    {
                        var known = reads.Add(read);
                        known.ReachesSink = true;
                        known.SinkProviderId ??= provider;
                        known.Sink ??= sink.Match.Description;
                        if (!reached.Reads.Contains(known))
                        {
                            reached.Reads.Add(known);
                        }
                    }
                }

                reads._sinks.Add(reached);
            }

            if (flow.Clients.HasSurfaces || reads._sinks.Count != 0)
            {
                reads.FollowClients(flow, cancellationToken);
            }

            return reads;
        }

        private CredentialRead Add(CredentialRead read)
        {
            if (!_byKey.TryGetValue(read, out var known))
            {
                _byKey.Add(read, known = read);
                _order.Add(read);
            }

            return known;
        }

        /// <summary>Reads of the same source at the same site, named at the same anchor: one read.</summary>
        private static readonly IEqualityComparer<CredentialRead> SameRead = new SameReadComparer();

        private sealed class SameReadComparer : IEqualityComparer<CredentialRead>
        {
            public bool Equals(CredentialRead? x, CredentialRead? y) =>
                ReferenceEquals(x, y) || (x != null && y != null && x.Site.Operation == y.Site.Operation && x.Anchor == y.Anchor && x.Source.Equals(y.Source));

            public int GetHashCode(CredentialRead read) =>
                (((RuntimeHelpers.GetHashCode(read.Site.Operation) * 397) ^ RuntimeHelpers.GetHashCode(read.Anchor)) * 397) ^ read.Source.GetHashCode();
        }

        /// <summary>
        /// Which object each credential ends up in, and which APIs are reached through it: a credential object
        /// (<c>new ApiKeyCredential(key)</c>) carries its reads into the client it is given to; a client created with a
        /// credential carries them into every API used on it, up to the first API of a chain.
        /// </summary>
        private void FollowClients(TypeFlow flow, CancellationToken cancellationToken)
        {
            // The objects that hold a credential: what a constructor or an initializer creates with it.
            var holders = new Dictionary<IOperation, List<CredentialRead>>();
            foreach (var sink in _sinks)
            {
                if (sink.Reads.Count != 0 && CreatedObject(sink.Sink) is IOperation created)
                {
                    AddAll(Holder(holders, created), sink.Reads);
                }
            }

            // The API reaches: a sink member that is an API itself (new ImageClient(…), AddOpenAITextToImage(…)), and every API use.
            var stops = new HashSet<IOperation>();
            var sites = new Dictionary<IOperation, ApiReach>();
            foreach (var sink in _sinks)
            {
                if (SinkMember(sink.Sink) is ISymbol member && flow.Clients.TryMatch(member, out var surface))
                {
                    stops.Add(sink.Sink.Call);
                    if (!sites.ContainsKey(sink.Sink.Call))
                    {
                        sites.Add(sink.Sink.Call, new ApiReach(sink.Sink.Call, surface, Describe(member)));
                    }
                }
            }

            foreach (var use in flow.ApiUses)
            {
                stops.Add(use.Operation);
            }

            // A client's credential parameter given a credential object: the object's reads reach the client too.
            foreach (var sink in _sinks)
            {
                if (sink.Reads.Count != 0 || !(sink.Sink.Call is IObjectCreationOperation client) || sink.Sink.Match.Sink.IsWrapper)
                {
                    continue;
                }

                foreach (var origin in flow.ObjectOrigins(sink.Sink.Value, stops))
                {
                    if (holders.TryGetValue(origin, out var carried))
                    {
                        sink.CredentialObjects.Add(origin);
                        AddAll(sink.Reads, carried);
                        AddAll(Holder(holders, client), carried);
                    }
                }
            }

            foreach (var sink in _sinks)
            {
                if (sites.TryGetValue(sink.Sink.Call, out var reach))
                {
                    AddAll(reach.Reads, sink.Reads);
                    if (holders.TryGetValue(sink.Sink.Call, out var held))
                    {
                        AddAll(reach.Reads, held);
                    }
                }
            }

            foreach (var use in flow.ApiUses)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (use.Instance == null || sites.ContainsKey(use.Operation))
                {
                    continue;
                }

                ApiReach? reach = null;
                foreach (var origin in flow.ObjectOrigins(use.Instance, stops))
                {
                    if (holders.TryGetValue(origin, out var carried))
                    {
                        reach ??= new ApiReach(use.Operation, use.Surface, Describe(use.Member));
                        AddAll(reach.Reads, carried);
                    }
                }

                if (reach != null)
                {
                    sites.Add(use.Operation, reach);
                }
            }

            foreach (var reach in sites.Values)
            {
                if (reach.Reads.Count == 0)
                {
                    continue;
                }

                _apis.Add(reach);
                foreach (var read in reach.Reads)
                {
                    read.ApiReaches.Add(reach);
                }
            }

            _apis.Sort((a, b) => a.Site.Syntax.SpanStart.CompareTo(b.Site.Syntax.SpanStart));
        }

        /// <summary>The object a sink's credential goes into: the created object of a constructor, or of an object initializer's property.</summary>
        private static IOperation? CreatedObject(SinkUse sink)
        {
            switch (sink.Call)
            {
                case IObjectCreationOperation creation:
                    return creation;
                case ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation created } }:
                    return created;
                default:
                    return null;
            }
        }

        private static ISymbol? SinkMember(SinkUse sink) => sink.Call switch
        {
            IObjectCreationOperation creation => creation.Constructor,
            IInvocationOperation invocation => invocation.TargetMethod,
            _ => null,
        };

        /// <summary><c>OpenAIClient.GetImageClient</c>, <c>new ImageClient</c>, <c>AnthropicClient.Models</c>.</summary>
        internal static string Describe(ISymbol member) =>
            member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "new " + member.ContainingType.Name : member.ContainingType.Name + "." + member.Name;

        private static List<CredentialRead> Holder(Dictionary<IOperation, List<CredentialRead>> holders, IOperation created)
        {
            if (!holders.TryGetValue(created, out var list))
            {
                holders.Add(created, list = new List<CredentialRead>());
            }

            return list;
        }

        private static void AddAll(List<CredentialRead> into, List<CredentialRead> from)
        {
            foreach (var read in from)
            {
                if (!into.Contains(read))
                {
                    into.Add(read);
                }
            }
        }
    }
}
