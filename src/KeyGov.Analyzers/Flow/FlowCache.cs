using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>
    /// What KG1003 (<see cref="LiteralCredentialAnalyzer"/>), KG2001–KG2005 (<see cref="CredentialUseAnalyzer"/>) and
    /// KG2006–KG2008 (<see cref="CredentialScopeAnalyzer"/>) share in one compilation (issue #14): the resolved
    /// <see cref="CredentialApis"/>, each type's verdict of <see cref="CredentialNames"/>, and each type's
    /// <see cref="TypeFlow"/>, built by whichever analyzer ends the type first and handed to the others. Two analyzers cannot share an instance field, so the cache hangs off the
    /// <see cref="Compilation"/> (a weak table: it goes with the compilation, an IDE's new snapshot gets a new one).
    /// A flow is held only until every analyzer that expects it has taken it.
    /// </summary>
    internal sealed class FlowCache
    {
        private static readonly ConditionalWeakTable<Compilation, FlowCache> Caches = new ConditionalWeakTable<Compilation, FlowCache>();

        // Written once per type by whichever analyzer starts it first, from every analyzer thread: many lock stripes, so
        // that a writer descheduled while it holds one seldom stalls the others (a 2-core build showed such waits).
        private readonly ConcurrentDictionary<INamedTypeSymbol, object> _mayMatter =
            new ConcurrentDictionary<INamedTypeSymbol, object>(concurrencyLevel: 64, capacity: 256, SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<INamedTypeSymbol, Entry> _flows =
            new ConcurrentDictionary<INamedTypeSymbol, Entry>(SymbolEqualityComparer.Default);

        private FlowCache(Compilation compilation) => Apis = CredentialApis.Create(compilation);

        public CredentialApis Apis { get; }

        public static FlowCache For(Compilation compilation) => Caches.GetValue(compilation, c => new FlowCache(c));

        /// <summary>
        /// <see cref="CredentialNames.MayMatter"/>, read once per type for every analyzer; a type whose trees hold none of
        /// the names (most types) is settled by its trees alone, without a write here.
        /// </summary>
        public bool MayMatter(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            Apis.Names.MayHoldNames(type, cancellationToken)
            && (bool)(_mayMatter.TryGetValue(type, out object? known) ? known : _mayMatter.GetOrAdd(type, Verdict.Of(Apis.Names.MayMatter(type, cancellationToken))));

        /// <summary>An analyzer will <see cref="Take"/> this type's flow at its symbol end.</summary>
        public void Expect(INamedTypeSymbol type)
        {
            while (true)
            {
                var entry = _flows.GetOrAdd(type, _ => new Entry());
                lock (entry)
                {
                    if (!entry.Removed)
                    {
                        entry.Pending++;
                        return;
                    }
                }
            }
        }

        /// <summary>
        /// The flow of <paramref name="type"/> over <paramref name="blocks"/>, or null when this analyzer has none to
        /// read (it is only done with the type). The flow another analyzer built is reused when it was built from the
        /// same operation blocks (both analyzers see the same blocks unless one of them skips generated code).
        /// </summary>
        public TypeFlow? Take(INamedTypeSymbol type, IReadOnlyCollection<OperationBlock>? blocks, CancellationToken cancellationToken)
        {
            TypeFlow? flow = null;
            if (_flows.TryGetValue(type, out var entry))
            {
                lock (entry)
                {
                    if (blocks != null)
                    {
                        if (entry.Flow == null)
                        {
                            entry.Blocks = Roots(blocks);
                            entry.Flow = flow = new TypeFlow(Apis, type, blocks, cancellationToken);
                        }
                        else if (SameBlocks(entry.Blocks!, blocks))
                        {
                            flow = entry.Flow;
                        }
                    }

                    if (--entry.Pending <= 0)
                    {
                        entry.Removed = true;
                        _flows.TryRemove(type, out _);
                    }
                }
            }

            return blocks == null || flow != null ? flow : new TypeFlow(Apis, type, blocks, cancellationToken);
        }

        private static HashSet<IOperation> Roots(IReadOnlyCollection<OperationBlock> blocks)
        {
            var roots = new HashSet<IOperation>();
            foreach (var block in blocks)
            {
                roots.Add(block.Operation);
            }

            return roots;
        }

        private static bool SameBlocks(HashSet<IOperation> built, IReadOnlyCollection<OperationBlock> blocks)
        {
            if (built.Count != blocks.Count)
            {
                return false;
            }

            foreach (var block in blocks)
            {
                if (!built.Contains(block.Operation))
                {
                    return false;
                }
            }

            return true;
        }

        private sealed class Entry
        {
            public int Pending;
            public bool Removed;
            public TypeFlow? Flow;
            public HashSet<IOperation>? Blocks;
        }
    }
}
