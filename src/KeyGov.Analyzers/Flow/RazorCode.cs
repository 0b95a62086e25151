using System;
using Microsoft.CodeAnalysis;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>
    /// The C# that Razor compiles <c>.razor</c> components and <c>.cshtml</c> views into: generated code, but the
    /// <c>@code</c> and <c>@{ }</c> blocks in it are hand-written, and the generator's <c>#line</c> directives map each
    /// statement back to its line in the Razor file, where the compiler then reports a finding.
    /// </summary>
    internal static class RazorCode
    {
        /// <summary>
        /// True for a tree of the Razor source generator (<c>Components_Pages_Chat_razor.g.cs</c>) or of the older Razor
        /// SDK (<c>Chat.razor.g.cs</c>), and the same for views (<c>…_cshtml.g.cs</c>).
        /// </summary>
        public static bool IsRazorTree(SyntaxTree? tree)
        {
            string? path = tree?.FilePath;
            return path != null &&
                (path.EndsWith("razor.g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith("cshtml.g.cs", StringComparison.OrdinalIgnoreCase));
        }
    }
}
