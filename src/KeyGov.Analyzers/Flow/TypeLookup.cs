using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>
    /// Finds the SDK types KeyGov knows by metadata name in one compilation, asking first whether their namespace exists
    /// at all (issue #14): <see cref="Compilation.GetTypeByMetadataName"/> searches every referenced assembly, and most
    /// of the hundred-odd catalog types live in SDK namespaces (<c>OpenAI</c>, <c>Anthropic</c>, <c>Amazon.Bedrock…</c>)
    /// that a compilation without AI code does not have. One answer per namespace, from the merged namespace tree (which,
    /// like <c>GetTypeByMetadataName</c>, does not look behind an extern alias).
    /// </summary>
    internal sealed class TypeLookup
    {
        private readonly Compilation _compilation;
        private readonly Dictionary<string, INamespaceSymbol?> _namespaces = new Dictionary<string, INamespaceSymbol?>();

        public TypeLookup(Compilation compilation) => _compilation = compilation;

        /// <summary>The type of this metadata name (<c>Namespace.Type</c>, <c>Namespace.Outer+Inner</c>), or null.</summary>
        public INamedTypeSymbol? Find(string metadataName)
        {
            int nested = metadataName.IndexOf('+');
            int dot = metadataName.LastIndexOf('.', nested < 0 ? metadataName.Length - 1 : nested);
            if (dot > 0 && Namespace(metadataName.Substring(0, dot)) == null)
            {
                return null;
            }

            return _compilation.GetTypeByMetadataName(metadataName);
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
