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
        public static void Register(AnalysisContext context, Action<SymbolAnalysisContext, TypeFlow, ManifestSnapshot> analyze, bool onlyWithSinks = false)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var snapshot = ManifestSnapshot.Create(start);
                if (snapshot.File != null && snapshot.Manifest == null)
                {
                    return; // an unreadable manifest: the task reports KG3001, and nothing here can be judged
                }

                var cache = FlowCache.For(start.Compilation);
                var apis = cache.Apis;
                if (onlyWithSinks && !apis.HasSinks)
                {
                    return; // no SDK with a credential here: nothing for this analyzer to follow
                }

                start.RegisterSymbolStartAction(
                    symbol => TypeFlowCollector.Register(symbol, cache, apis.MayMatter, (end, flow) => analyze(end, flow, snapshot)),
                    SymbolKind.NamedType);
            });
        }
    }
}
