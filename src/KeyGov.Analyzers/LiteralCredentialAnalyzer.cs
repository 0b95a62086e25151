using System.Collections.Generic;
using System.Collections.Immutable;
using KeyGov.Analyzers.Flow;
using KeyGov.Core.Detection;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// KG1003: a literal that is not a placeholder reaches an SDK credential sink, whatever its format (a format KeyGov
    /// recognises is KG1001's). The literal is followed as credential reads are (<see cref="TypeFlow"/>): written at the
    /// call, or in a local, field or property of the type, or returned by one of its helpers. The message shows only the
    /// literal's length: a short value's hash or tail could give it away.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LiteralCredentialAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.KG1003_LiteralCredential);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // A secret in generated code is as exposed as one in hand-written code (like KG1001).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

            context.RegisterCompilationStartAction(start =>
            {
                // Resolved at the first type, after the compiler has built its namespaces (FlowAnalysis.Register).
                var compilation = start.Compilation;
                start.RegisterSymbolStartAction(
                    symbol =>
                    {
                        // Without an SDK with a credential parameter, no literal can reach one.
                        var cache = FlowCache.For(compilation);
                        var apis = cache.Apis;
                        if (apis.HasSinks)
                        {
                            TypeFlowCollector.Register(symbol, cache, operation => MayReachSink(apis, operation), Analyze);
                        }
                    },
                    SymbolKind.NamedType);
            });
        }

        private static bool MayReachSink(CredentialApis apis, IOperation operation) => operation switch
        {
            IInvocationOperation invocation => apis.IsSinkType(invocation.TargetMethod.ContainingType),
            IObjectCreationOperation creation => apis.IsSinkType(creation.Constructor?.ContainingType),
            IPropertyReferenceOperation property => apis.IsSinkType(property.Property.ContainingType),
            _ => false,
        };

        private static void Analyze(SymbolAnalysisContext context, TypeFlow flow)
        {
            var reported = new HashSet<IOperation>();
            foreach (var sink in flow.Sinks)
            {
                string? providerId = flow.ProviderOf(sink);
                foreach (var origin in flow.Trace(sink.Value))
                {
                    if (origin.Literal == null || origin.IsPartial || !reported.Add(origin.Operation))
                    {
                        continue;
                    }

                    string value = SinkCatalog.StripScheme(origin.Literal);
                    if (LiteralCredential.IsPlaceholder(value) || KeyScanner.Scan(value).Count != 0)
                    {
                        continue; // a placeholder, or a recognised key that KG1001 reports
                    }

                    var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                    properties.Add(Descriptors.ProviderProperty, providerId ?? string.Empty);
                    properties.Add(Descriptors.EnvironmentVariableProperty, CredentialNameConventions.ConventionalEnvironmentVariable(providerId) ?? "API_KEY");
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.KG1003_LiteralCredential,
                        origin.Operation.Syntax.GetLocation(),
                        properties.ToImmutable(),
                        providerId == null ? "SDK" : ProviderCatalog.GetProviderName(providerId) ?? providerId,
                        sink.Match.Description,
                        value.Length));
                }
            }
        }
    }
}
