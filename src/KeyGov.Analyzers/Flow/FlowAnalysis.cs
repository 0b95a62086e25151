using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>
    /// How an analyzer of credential use subscribes to the per-type flow: the manifest once per compilation, then one
    /// <see cref="TypeFlow"/> per type that may touch a credential (<see cref="TypeFlowCollector"/>), shared through
    /// <see cref="FlowCache"/> by every analyzer that registers here.
    /// </summary>
    internal static class FlowAnalysis
    {
        /// <summary>
        /// Registers <paramref name="analyze"/> for every type's flow. The caller has enabled concurrent execution and
        /// configured generated code (RS1025, RS1026 want those calls in Initialize itself): analyze generated code, as
        /// <see cref="TypeFlowCollector"/> keeps only the hand-written blocks and Razor's code blocks of it.
        /// </summary>
#pragma warning disable RS1012 // The start action is the other overload's, which registers the symbol actions.
        public static void Register(AnalysisContext context, Action<SymbolAnalysisContext, TypeFlow, ManifestSnapshot> analyze, bool onlyWithSinks = false) =>
            Register(context, (start, snapshot) => (end, flow) => analyze(end, flow, snapshot), onlyWithSinks);
#pragma warning restore RS1012

        /// <summary>
        /// As above, for an analyzer with state of its own per compilation: <paramref name="start"/> runs once per
        /// compilation (it may register a compilation-end action) and returns what analyzes each type's flow.
        /// </summary>
        public static void Register(AnalysisContext context, Func<CompilationStartAnalysisContext, ManifestSnapshot, Action<SymbolAnalysisContext, TypeFlow>> start,
            bool onlyWithSinks = false)
        {
            context.RegisterCompilationStartAction(compilationStart =>
            {
                var snapshot = ManifestSnapshot.Create(compilationStart);
                if (snapshot.File != null && snapshot.Manifest == null)
                {
                    return; // an unreadable manifest: the task reports KG3001, and nothing here can be judged
                }

                var analyze = start(compilationStart, snapshot);

                // The compilation's types are resolved at the first type, not here: at compilation start the compiler has
                // not yet built its namespaces, and the first to ask pays for them (issue #14: ~0.08 s in csc on NLog).
                var compilation = compilationStart.Compilation;
                compilationStart.RegisterSymbolStartAction(
                    symbol =>
                    {
                        // Without an SDK that takes a credential, an analyzer that only follows sinks has nothing to do.
                        var cache = FlowCache.For(compilation);
                        if (!onlyWithSinks || cache.Apis.HasSinks)
                        {
                            TypeFlowCollector.Register(symbol, cache, cache.Apis.MayMatter, analyze);
                        }
                    },
                    SymbolKind.NamedType);
            });
        }
    }
}
