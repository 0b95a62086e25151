using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>
    /// One operation block of a type (a member's body, a field's initializer) and the member it belongs to: what
    /// <see cref="TypeFlow"/> indexes. A class, not a pair: a concurrent queue of a struct from outside the runtime was
    /// compiled just in time in every cold compiler process (issue #14).
    /// </summary>
    internal sealed class OperationBlock
    {
        public OperationBlock(IOperation operation, ISymbol owner)
        {
            Operation = operation;
            Owner = owner;
        }

        public IOperation Operation { get; }

        public ISymbol Owner { get; }
    }
}
