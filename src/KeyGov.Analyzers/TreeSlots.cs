using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers
{
    /// <summary>
    /// One value per syntax tree of a compilation, made once by whichever analyzer thread asks first, read without a
    /// lock (issue #14). The trees are numbered when the slots are made; a <c>ConcurrentDictionary</c> here cost more in
    /// adds (its lock stripes, its growth) than the text searches it kept, measured on NLog.
    /// </summary>
    internal sealed class TreeSlots<T>
        where T : class
    {
        private readonly Dictionary<SyntaxTree, int> _index;
        private readonly T?[] _values;

        public TreeSlots(Compilation compilation)
        {
            _index = new Dictionary<SyntaxTree, int>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (!_index.ContainsKey(tree))
                {
                    _index.Add(tree, _index.Count);
                }
            }

            _values = new T?[_index.Count];
        }

        /// <summary>The value of <paramref name="tree"/>, made by <paramref name="create"/> if no thread has made it yet.</summary>
        public T GetOrAdd(SyntaxTree tree, Func<SyntaxTree, CancellationToken, T> create, CancellationToken cancellationToken)
        {
            if (!_index.TryGetValue(tree, out int at))
            {
                return create(tree, cancellationToken); // not a tree of this compilation: made each time
            }

            var value = Volatile.Read(ref _values[at]);
            if (value != null)
            {
                return value;
            }

            value = create(tree, cancellationToken);
            return Interlocked.CompareExchange(ref _values[at], value, null) ?? value;
        }
    }
}
