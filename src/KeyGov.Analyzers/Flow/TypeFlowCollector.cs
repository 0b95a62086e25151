using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>
    /// Gathers the operation blocks of one type during its symbol analysis and, at the symbol's end, hands a
    /// <see cref="TypeFlow"/> of them to the analyzer. A type whose syntax names no source or sink (<see cref="CredentialNames"/>)
    /// registers nothing, so none of its operations is built for KeyGov; a type none of whose operations may matter (no
    /// configuration or environment read, no SDK sink) is never indexed; the index is built once for KG1003 and
    /// KG2001–KG2005 together (<see cref="FlowCache"/>). Symbol actions run in the IDE as you type, unlike
    /// compilation-end actions, so the findings stay live.
    /// </summary>
    internal static class TypeFlowCollector
    {
        private static readonly OperationKind[] FilteredKinds = { OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference };

        public static void Register(
            SymbolStartAnalysisContext context,
            FlowCache cache,
            Func<IOperation, bool> mayMatter,
            Action<SymbolAnalysisContext, TypeFlow> analyze)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!cache.MayMatter(type, context.CancellationToken))
            {
                return; // its syntax names no source or sink: no operation of it is built for KeyGov (CredentialNames)
            }

            var blocks = new ConcurrentQueue<OperationBlock>();
            int relevant = 0;
            cache.Expect(type);

            context.RegisterOperationBlockAction(block =>
            {
                // Generated code is skipped, but for the hand-written blocks that Razor compiles into it.
                if (IsMemberOf(block.OwningSymbol, type) && (!block.IsGeneratedCode || (block.OperationBlocks.Length != 0 && RazorCode.IsRazorTree(block.OperationBlocks[0].Syntax.SyntaxTree))))
                {
                    foreach (var operation in block.OperationBlocks)
                    {
                        blocks.Enqueue(new OperationBlock(operation, block.OwningSymbol));
                    }
                }
            });

            context.RegisterOperationAction(
                operation =>
                {
                    if (Volatile.Read(ref relevant) == 0 && IsMemberOf(operation.ContainingSymbol, type) && mayMatter(operation.Operation))
                    {
                        Interlocked.Exchange(ref relevant, 1);
                    }
                },
                FilteredKinds);

            context.RegisterSymbolEndAction(end =>
            {
                // Built once for both analyzers when both find the type relevant (FlowCache).
                var flow = cache.Take(type, Volatile.Read(ref relevant) != 0 ? blocks : null, end.CancellationToken);
                if (flow != null)
                {
                    analyze(end, flow);
                }
            });
        }

        /// <summary>True when <paramref name="symbol"/> (a member, or a local function or lambda inside one) belongs to <paramref name="type"/> itself, not to a nested type (which has its own symbol analysis).</summary>
        private static bool IsMemberOf(ISymbol? symbol, INamedTypeSymbol type)
        {
            while (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            return symbol != null && SymbolEqualityComparer.Default.Equals(symbol.ContainingType, type);
        }
    }
}
