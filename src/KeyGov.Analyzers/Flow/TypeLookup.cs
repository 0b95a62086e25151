using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>
    /// Finds the types KeyGov knows by metadata name in one compilation through the merged namespace tree (issue #14):
    /// <see cref="Compilation.GetTypeByMetadataName"/> reads the type table of every referenced assembly, and most of
    /// the hundred-odd catalog types live in SDK namespaces (<c>OpenAI</c>, <c>Anthropic</c>, <c>Amazon.Bedrock…</c>)
    /// that a compilation without AI code does not have. One answer per namespace; the tree, like
    /// <c>GetTypeByMetadataName</c>, does not look behind an extern alias.
    /// </summary>
    internal sealed class TypeLookup
    {
        private readonly Compilation _compilation;
        private readonly Dictionary<string, INamespaceSymbol?> _namespaces = new Dictionary<string, INamespaceSymbol?>();

        public TypeLookup(Compilation compilation) => _compilation = compilation;

        /// <summary>The type of this metadata name (<c>Namespace.Type</c>, <c>Namespace.Type`1</c>, <c>Namespace.Outer+Inner</c>), or null.</summary>
        public INamedTypeSymbol? Find(string metadataName)
        {
            var parts = metadataName.Split('+');
            int dot = parts[0].LastIndexOf('.');
            var container = (INamespaceOrTypeSymbol?)(dot < 0 ? _compilation.GlobalNamespace : Namespace(parts[0].Substring(0, dot)));
            parts[0] = parts[0].Substring(dot + 1);
            foreach (var part in parts)
            {
                if (container == null)
                {
                    return null;
                }

                // The one type of that name and arity here, found without GetTypeByMetadataName reading the type table
                // of every reference (its first call cost 0.12 s in csc on NLog, 121 references); two of them (the same
                // type in two references) are left to it, which knows which one the compiler would take.
                int tick = part.IndexOf('`');
                string name = tick < 0 ? part : part.Substring(0, tick);
                int arity = tick < 0 || !int.TryParse(part.Substring(tick + 1), out int declared) ? 0 : declared;
                var types = container.GetTypeMembers(name, arity);
                if (types.Length > 1)
                {
                    return _compilation.GetTypeByMetadataName(metadataName);
                }

                container = types.Length == 0 ? null : types[0];
            }

            return container as INamedTypeSymbol;
        }

        private INamespaceSymbol? Namespace(string name)
        {
            if (_namespaces.TryGetValue(name, out var known))
            {
                return known;
            }

            int dot = name.LastIndexOf('.');
            var parent = dot < 0 ? _compilation.GlobalNamespace : Namespace(name.Substring(0, dot));
            INamespaceSymbol? found = null;
            if (parent != null)
            {
                foreach (var member in parent.GetMembers(name.Substring(dot + 1)))
                {
                    if (member is INamespaceSymbol child)
                    {
                        found = child;
                        break;
                    }
                }
            }

            _namespaces[name] = found;
            return found;
        }
    }
}
