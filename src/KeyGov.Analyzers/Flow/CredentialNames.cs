using System;
using System.Collections.Generic;
using System.Threading;
using KeyGov.Core.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KeyGov.Analyzers.Flow
{
    /// <summary>
    /// The cheap test that keeps a type out of credential flow before any operation of it is built (issue #14): a type
    /// can read a credential or pass one to an SDK only by naming, somewhere in its own syntax, a source or sink of
    /// <see cref="CredentialApis"/>, and it is searched for in the type's text, not walked token by token. The names
    /// are derived from it, never listed here: the reading method of a source class, or every method of one that reads
    /// through all of them (<see cref="CredentialApis.SourceMethods"/>); for each sink type of the compilation (<see cref="CredentialApis.SinkTypes"/>,
    /// from <see cref="SinkCatalog"/>) its name (a constructor, a static call), the member each row names (every method
    /// for a row of any method), and <c>new(…)</c>, which creates a type without naming it; a <c>using</c> alias of any of
    /// those types. A sink that matches only with a condition (<c>headers.Add("Authorization", …)</c>,
    /// <c>new AuthenticationHeaderValue("Bearer", …)</c> and so a <c>new(…)</c> where only such sinks exist) needs its
    /// member and one of its condition values (as a name or inside a string literal) in the type. The one source without a
    /// telling name, a <c>TestConfiguration.OpenAI.ApiKey</c>-style read, is found by its credential property name.
    /// </summary>
    /// <remarks>
    /// An indexer of <c>IConfiguration</c> is read through any name (<c>settings["OpenAI:ApiKey"]</c>): where
    /// Microsoft.Extensions.Configuration is referenced, a type with an element access of one argument that may be a
    /// string goes on. Not seen, on purpose: a call the compiler makes without a name in the code (a collection
    /// initializer's <c>Add</c>, <c>foreach</c>, <c>await</c>, deconstruction), as no source or sink is such a method;
    /// a condition value that only a constant of another type spells; a credential property renamed by
    /// <c>[ConfigurationKeyName]</c> read as <c>TestConfiguration.OpenAI.Renamed</c>; a name spelled with a Unicode
    /// escape (<c>GetEnvironment\u0056ariable</c>), which the text search does not see.
    /// </remarks>
    internal sealed class CredentialNames
    {
        // The names found at construction, with the aliases AddDeclarations adds; searched through the Search arrays.
        private readonly HashSet<string> _names = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _conditional = new HashSet<string>(StringComparer.Ordinal);
        private readonly bool _creations;
        private readonly bool _conditionalCreations;
        private readonly TreeTexts _texts;
        // Names declared in the compilation's syntax, read once with the aliases (issue #14: asked per name of the
        // declaration table, they cost locks and walks of it on every type's symbol start).
        private readonly HashSet<string> _typeNames = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _staticProperties = new HashSet<string>(StringComparer.Ordinal);

        // Every text searched for, each searched once per tree (issue #14): a type in a tree where none of them occurs is
        // settled without a search of its own, and most trees hold none.
        private readonly Search[] _nameSearches;
        private readonly Search[] _conditionalSearches;
        private readonly Search[] _valueSearches;
        private readonly Search[] _endingSearches;
        private readonly Search? _creationSearch;
        private readonly Search? _indexerSearch;
        private readonly List<Search> _searches = new List<Search>();
        private readonly TreeSlots<bool[]> _treeHits;
        private static readonly bool[] NoHits = new bool[0];

        private CredentialNames(CredentialApis apis, Compilation compilation)
        {
            _texts = TreeTexts.For(compilation);
            _treeHits = new TreeSlots<bool[]>(compilation);
            var conditionValues = new List<string>();
            bool credentialProperties = apis.CallerMemberName != null, indexers = false;
            if (apis.Configuration != null)
            {
                // config["OpenAI:ApiKey"] and section.Value (CredentialApis.MayMatter): an indexer has no name to look for.
                indexers = true;
                _names.Add(CredentialApis.SectionValue);
            }

            foreach (var source in apis.SourceMethods)
            {
                if (source.Value != null)
                {
                    _names.Add(source.Value);
                }
                else
                {
                    AddMethods(_names, source.Key);
                }
            }

            foreach (var pair in apis.SinkTypes)
            {
                foreach (var sink in pair.Value)
                {
                    bool conditional = sink.ConditionParameter != null;
                    var names = conditional ? _conditional : _names;
                    if (conditional)
                    {
                        foreach (var value in sink.ConditionValues.Keys)
                        {
                            if (!conditionValues.Contains(value))
                            {
                                conditionValues.Add(value);
                            }
                        }
                    }

                    if (sink.Member == CredentialSink.Constructor || sink.Kind == CredentialSinkKind.ImplicitEnvironmentVariable)
                    {
                        names.Add(pair.Key.Name);
                        if (conditional)
                        {
                            _conditionalCreations = true; // new("Bearer", key): AuthenticationHeaderValue needs its scheme too
                        }
                        else
                        {
                            _creations = true;
                        }
                    }
                    else if (sink.Member == CredentialSink.AnyMethod)
                    {
                        AddMethods(names, pair.Key);
                    }
                    else
                    {
                        names.Add(sink.Member);
                    }
                }
            }

            // A JSON blob deserialised into a type with a credential property is a source (CredentialApis.IsDeserialization).
            // A blob read from the environment or configuration lets the type through by that read's own name; what a
            // deserialisation adds alone is the app's own appsettings….json read from disk, so it is a conditional name
            // with that file name as its value. Unconditional, "Deserialize" let through every type of a serializer
            // library (Newtonsoft.Json's own converters: CredentialUseAnalyzer 0.11 s → 0.28 s there).
            if (apis.JsonSerializer != null)
            {
                _conditional.Add("Deserialize");
            }

            if (apis.JsonConvert != null)
            {
                _conditional.Add("DeserializeObject");
            }

            if ((apis.JsonSerializer != null || apis.JsonConvert != null) && !conditionValues.Contains(AppSettingsFile))
            {
                conditionValues.Add(AppSettingsFile);
            }

            // x-api-key and x-goog-api-key are found where api-key is: a value that is no name (a '-' in it) can only be
            // text in a string, which the search for the shorter value finds too (one search of each file fewer).
            conditionValues.RemoveAll(value => !IsName(value) && conditionValues.Exists(other => other.Length < value.Length && value.IndexOf(other, StringComparison.OrdinalIgnoreCase) >= 0));

            if (_names.Count != 0 || _conditional.Count != 0 || credentialProperties)
            {
                AddDeclarations(compilation);
            }

            _nameSearches = Searches(_names, StringComparison.Ordinal, Bound.Word, fits: null);
            _endingSearches = credentialProperties && _staticProperties.Count != 0
                ? Searches(CredentialNameConventions.CredentialPropertyEndings, StringComparison.OrdinalIgnoreCase, Bound.End, Code.FollowsDot)
                : Array.Empty<Search>();
            _creationSearch = _creations || _conditionalCreations ? Add("new", StringComparison.Ordinal, Bound.Word, Code.OpensArguments, needsValue: !_creations) : null;
            _indexerSearch = indexers ? Add("[", StringComparison.Ordinal, Bound.None, fits: null) : null;
            _conditionalSearches = Searches(_conditional, StringComparison.Ordinal, Bound.Word, fits: null, needsValue: true);
            _valueSearches = Searches(conditionValues, StringComparison.OrdinalIgnoreCase, Bound.None, fits: null, isValue: true);
        }

        private Search[] Searches(IEnumerable<string> values, StringComparison comparison, Bound bound, Func<string, int, int, bool>? fits, bool needsValue = false, bool isValue = false)
        {
            var searches = new List<Search>();
            foreach (var value in values)
            {
                searches.Add(Add(value, comparison, bound, fits, needsValue, isValue));
            }

            return searches.ToArray();
        }

        private Search Add(string value, StringComparison comparison, Bound bound, Func<string, int, int, bool>? fits, bool needsValue = false, bool isValue = false)
        {
            var search = new Search(_searches.Count, value, comparison, bound, fits, needsValue, isValue);
            if (needsValue)
            {
                _searches.Add(search); // after every condition value: HitsOf reads those first
            }
            else
            {
                _searches.Insert(0, search);
            }

            return search;
        }

        private const string AppSettingsFile = "appsettings";

        public static CredentialNames Create(CredentialApis apis, Compilation compilation) => new CredentialNames(apis, compilation);

        /// <summary>
        /// True when the syntax of <paramref name="type"/> (its own members, not its nested types, which are analysed on
        /// their own) names a source or sink. Text first: each name is searched for once in its tree's text
        /// (<see cref="HitsOf"/>; a type of a tree without any is settled there), then in the declaration's text (an
        /// ordinal search, which the runtime vectorises), and only a hit is looked up in the syntax tree, to see that it
        /// is that name as code of this type, not part of a longer name, a comment or another type's member. Walking
        /// every token of every type instead cost more than all of the flow analysis it saves (measured on NLog).
        /// </summary>
        public bool MayMatter(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (type.DeclaringSyntaxReferences.IsEmpty)
            {
                return true;
            }

            bool conditional = false;
            bool? valued = null;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                // A partial type is searched in full: a condition value in one of its trees and the sink in another is
                // enough, and a tree's hits leave out conditional sinks where the tree has no condition value.
                bool[]? hits = null;
                if (type.DeclaringSyntaxReferences.Length == 1 && (hits = HitsOf(reference.SyntaxTree, cancellationToken)) == null)
                {
                    continue; // not one searched text in the whole tree
                }

                var code = new Code(TextOf(reference.SyntaxTree, cancellationToken), hits, reference.GetSyntax(cancellationToken), cancellationToken);
                foreach (var search in _nameSearches)
                {
                    if (code.HasToken(search, IsIdentifier))
                    {
                        return true;
                    }
                }

                foreach (var search in _endingSearches)
                {
                    if (code.HasToken(search, IsCredentialPropertyRead))
                    {
                        return true;
                    }
                }

                if ((_creations && code.HasToken(_creationSearch!, IsImplicitCreation))
                    || (_indexerSearch != null && code.HasToken(_indexerSearch, MayIndexConfiguration)))
                {
                    return true;
                }

                // A conditional sink needs one of its values in the type as well: those are rare in code, its names
                // (Add) are not, so the values are looked for first.
                if (!conditional && (_conditionalSearches.Length != 0 || _conditionalCreations) && (valued ??= NamesConditionValue(type, cancellationToken)))
                {
                    foreach (var search in _conditionalSearches)
                    {
                        conditional = conditional || code.HasToken(search, IsIdentifier);
                    }

                    conditional = conditional || (_conditionalCreations && code.HasToken(_creationSearch!, IsImplicitCreation));
                }
            }

            return conditional;
        }

        /// <summary>
        /// True unless no tree of <paramref name="type"/> holds any searched text at all, which settles the type without
        /// a search or a look-up of its own (and without a cache: <see cref="FlowCache"/> keeps only the other verdicts).
        /// </summary>
        public bool MayHoldNames(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences.Length != 1 || HitsOf(type.DeclaringSyntaxReferences[0].SyntaxTree, cancellationToken) != null;

        /// <summary>A condition value (a header name, a scheme) as a name or inside a string literal of the type.</summary>
        private bool NamesConditionValue(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                bool[]? hits = null;
                if (type.DeclaringSyntaxReferences.Length == 1 && (hits = HitsOf(reference.SyntaxTree, cancellationToken)) == null)
                {
                    continue;
                }

                var code = new Code(TextOf(reference.SyntaxTree, cancellationToken), hits, reference.GetSyntax(cancellationToken), cancellationToken);
                foreach (var search in _valueSearches)
                {
                    if (code.HasToken(search, IsValueText))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsIdentifier(SyntaxToken token, string name) => token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name;

        private static bool IsValueText(SyntaxToken token, string value) =>
            token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
            || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
            || (token.IsKind(SyntaxKind.IdentifierToken) && string.Equals(token.ValueText, value, StringComparison.OrdinalIgnoreCase));

        private static bool IsImplicitCreation(SyntaxToken token, string text) => token.IsKind(SyntaxKind.NewKeyword) && token.Parent is ImplicitObjectCreationExpressionSyntax;

        /// <summary>
        /// Which searched texts occur in <paramref name="tree"/> with the text tests <see cref="Code.HasToken"/> makes
        /// before a look-up (a whole word, a dot before, an opening parenthesis after), or null for none: computed once
        /// per tree, for all its types, as each type's hits are a part of its tree's. A conditional sink's names
        /// (<c>Add</c>, in most files) are searched only in a tree that holds one of the condition values: a type of one
        /// tree needs both there (a partial type is searched in full, <see cref="MayMatter"/>).
        /// </summary>
        private bool[]? HitsOf(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (_searches.Count == 0)
            {
                return null;
            }

            var hits = _treeHits.GetOrAdd(tree, FindHits, cancellationToken);
            return hits == NoHits ? null : hits;
        }

        private bool[] FindHits(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var windows = TextOf(tree, cancellationToken);
            bool[]? hits = null;
            bool valued = false;
            foreach (var search in _searches)
            {
                if (search.NeedsValue && !valued)
                {
                    break; // the searches that need a condition value come last
                }

                foreach (var window in windows)
                {
                    if (Code.Occurs(window, search))
                    {
                        hits ??= new bool[_searches.Count];
                        hits[search.Index] = true;
                        valued = valued || search.IsValue;
                        break;
                    }
                }
            }

            return hits ?? NoHits;
        }

        private TextWindow[] TextOf(SyntaxTree tree, CancellationToken cancellationToken) => _texts.Of(tree, cancellationToken);

        /// <summary>
        /// <c>x["…"]</c>, <c>x?[key]</c>: an element access with one argument that may be a string (not a number or a
        /// character), as an indexer of <c>IConfiguration</c> is read; the type of <c>x</c> is not known from syntax.
        /// </summary>
        private static bool MayIndexConfiguration(SyntaxToken bracket, string text)
        {
            if (!bracket.IsKind(SyntaxKind.OpenBracketToken) || !(bracket.Parent is BracketedArgumentListSyntax list) || list.Arguments.Count != 1
                || !(list.Parent is ElementAccessExpressionSyntax || list.Parent is ElementBindingExpressionSyntax))
            {
                return false;
            }

            var argument = list.Arguments[0].Expression;
            return !argument.IsKind(SyntaxKind.NumericLiteralExpression) && !argument.IsKind(SyntaxKind.CharacterLiteralExpression)
                && !(argument is PrefixUnaryExpressionSyntax || argument is PostfixUnaryExpressionSyntax || argument is BinaryExpressionSyntax { RawKind: not (int)SyntaxKind.AddExpression });
        }

        /// <summary>
        /// <c>X.Section.ApiKey</c> or <c>Section.ApiKey</c>: a string property read from what may be a static property,
        /// with a credential property name (<see cref="CredentialNameConventions.IsCredentialPropertyName"/>), the one
        /// read <see cref="CredentialApis.MayMatter"/> accepts by shape, when <c>Section</c> may be a static property of
        /// this compilation and <c>X</c>, if any, may be its type. Core tests the last letter first, so most names cost
        /// no allocation.
        /// </summary>
        private bool IsCredentialPropertyRead(SyntaxToken token, string ending)
        {
            if (!(token.Parent is IdentifierNameSyntax name && name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
                || (access.Parent is InvocationExpressionSyntax call && call.Expression == access))
            {
                return false; // lookup.ContainsKey(type) is a call, not a property read
            }

            SimpleNameSyntax? section;
            if (access.Expression is MemberAccessExpressionSyntax outer)
            {
                section = outer.Name;
                if (!(RightmostName(outer.Expression) is string owner) || !IsTypeName(owner))
                {
                    return false; // _enumerator.Current.Key: a static property is read through its type's name, not a field
                }
            }
            else
            {
                section = access.Expression as IdentifierNameSyntax;
            }

            // The section must be a static property declared in this compilation (TypeFlow reads its getter's syntax), as
            // CredentialApis.MayMatter wants it: kvp.Key or cts.Token stop here.
            return section != null && CredentialNameConventions.IsCredentialPropertyName(token.ValueText) && IsStaticPropertyName(section.Identifier.ValueText);
        }

        /// <summary>A type of this name is declared in the compilation, or a <c>using</c> alias has it.</summary>
        private bool IsTypeName(string name) => _typeNames.Contains(name);

        /// <summary>A static property of this name whose getter is a call without arguments is declared in the compilation.</summary>
        private bool IsStaticPropertyName(string name) => _staticProperties.Contains(name);

        private static void AddMethods(HashSet<string> names, INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary })
                {
                    names.Add(member.Name);
                }
            }
        }

        /// <summary>
        /// The compilation's <c>using</c> aliases (<c>using Client = OpenAI.OpenAIClient;</c>: the alias names what its
        /// target names), type names and static property names, from the declarations alone (no member body is read).
        /// </summary>
        private void AddDeclarations(Compilation compilation)
        {
            var walk = new DeclarationWalk();
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.GetRoot() is CompilationUnitSyntax unit)
                {
                    AddDeclarations(unit.Usings, unit.Members, walk);
                }
            }

            // A section property is one whose getter calls a method that takes its caller's name (TypeFlow reads it so):
            // of the static properties that call something (NLog's TopObject => PeekObject()), only those. Each one
            // costs a search of every file for the credential property endings. Only the parameters of the methods such
            // properties call are read.
            if (walk.LoaderCalls.Count == 0)
            {
                return;
            }

            var called = new HashSet<string>(StringComparer.Ordinal);
            foreach (var call in walk.LoaderCalls)
            {
                called.Add(call.Value);
            }

            var takeCallerName = new HashSet<string>(StringComparer.Ordinal);
            foreach (var method in walk.Methods)
            {
                string name = method.Identifier.ValueText;
                if (called.Contains(name) && TakesCallerName(method, walk.CallerNameAttributes))
                {
                    takeCallerName.Add(name);
                }
            }

            foreach (var call in walk.LoaderCalls)
            {
                if (takeCallerName.Contains(call.Value))
                {
                    _staticProperties.Add(call.Key);
                }
            }
        }

        private static bool TakesCallerName(MethodDeclarationSyntax method, HashSet<string> attributeNames)
        {
            foreach (var parameter in method.ParameterList.Parameters)
            {
                foreach (var list in parameter.AttributeLists)
                {
                    foreach (var attribute in list.Attributes)
                    {
                        if (RightmostName(attribute.Name) is string name && attributeNames.Contains(name))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private void AddDeclarations(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, DeclarationWalk walk)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias != null && RightmostName(directive.Name) is string target)
                {
                    string alias = directive.Alias.Name.Identifier.ValueText;
                    _typeNames.Add(alias);
                    if (walk.CallerNameAttributes.Contains(target))
                    {
                        walk.CallerNameAttributes.Add(alias);
                    }

                    if (_names.Contains(target))
                    {
                        _names.Add(alias);
                    }

                    if (_conditional.Contains(target))
                    {
                        _conditional.Add(alias);
                    }
                }
            }

            AddMembers(members, walk);
        }

        private void AddMembers(SyntaxList<MemberDeclarationSyntax> members, DeclarationWalk walk)
        {
            foreach (var member in members)
            {
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax ns:
                        AddDeclarations(ns.Usings, ns.Members, walk);
                        break;
                    case TypeDeclarationSyntax type:
                        _typeNames.Add(type.Identifier.ValueText);
                        AddMembers(type.Members, walk);
                        break;
                    case BaseTypeDeclarationSyntax other:
                        _typeNames.Add(other.Identifier.ValueText);
                        break;
                    case DelegateDeclarationSyntax del:
                        _typeNames.Add(del.Identifier.ValueText);
                        break;
                    case PropertyDeclarationSyntax property when property.Modifiers.Any(SyntaxKind.StaticKeyword) && TypeFlow.LoaderCall(property) is InvocationExpressionSyntax call
                        && RightmostName(call.Expression) is string called:
                        walk.LoaderCalls.Add(new KeyValuePair<string, string>(property.Identifier.ValueText, called));
                        break;
                    case MethodDeclarationSyntax method:
                        walk.Methods.Add(method);
                        break;
                }
            }
        }

        private static bool IsName(string value) => SyntaxFacts.IsValidIdentifier(value);

        private static string? RightmostName(ExpressionSyntax? name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>What <see cref="AddDeclarations(Compilation)"/> gathers while it walks the declarations, for after the walk.</summary>
        private sealed class DeclarationWalk
        {
            /// <summary>Static properties whose getter is a call without arguments: the property's name and the name it calls.</summary>
            public List<KeyValuePair<string, string>> LoaderCalls { get; } = new List<KeyValuePair<string, string>>();

            public List<MethodDeclarationSyntax> Methods { get; } = new List<MethodDeclarationSyntax>();

            /// <summary>The names of <c>CallerMemberNameAttribute</c>: its own two, and the <c>using</c> aliases of it.</summary>
            public HashSet<string> CallerNameAttributes { get; } = new HashSet<string>(StringComparer.Ordinal) { "CallerMemberName", "CallerMemberNameAttribute" };
        }

        /// <summary>One text <see cref="MayMatter"/> looks for, with the text tests a hit must pass before a look-up.</summary>
        private sealed class Search
        {
            public Search(int index, string value, StringComparison comparison, Bound bound, Func<string, int, int, bool>? fits, bool needsValue, bool isValue)
            {
                Index = index;
                Value = value;
                Comparison = comparison;
                Bound = bound;
                Fits = fits;
                NeedsValue = needsValue;
                IsValue = isValue;
            }

            /// <summary>A conditional sink's name: it matters only where a condition value is.</summary>
            public bool NeedsValue { get; }

            /// <summary>A condition value.</summary>
            public bool IsValue { get; }

            /// <summary>Its place in a tree's hits.</summary>
            public int Index { get; }

            public string Value { get; }

            public StringComparison Comparison { get; }

            public Bound Bound { get; }

            public Func<string, int, int, bool>? Fits { get; }
        }

        /// <summary>One type declaration's text and syntax: where a searched text is a token of that declaration.</summary>
        private readonly struct Code
        {
            private readonly TextWindow[] _windows;
            private readonly bool[]? _treeHits;
            private readonly SyntaxNode _declaration;
            private readonly SyntaxNode _root;

            /// <param name="treeHits">The tree's <see cref="HitsOf"/>, or null to search for every text.</param>
            public Code(TextWindow[] windows, bool[]? treeHits, SyntaxNode declaration, CancellationToken cancellationToken)
            {
                _windows = windows;
                _treeHits = treeHits;
                _declaration = declaration;
                _root = declaration.SyntaxTree.GetRoot(cancellationToken);
            }

            /// <summary>
            /// True when the search's text occurs in the declaration's text inside a token of the declaration itself (not
            /// of a nested type, not in trivia) for which <paramref name="accept"/> holds (given the token and the text).
            /// </summary>
            public bool HasToken(Search search, Func<SyntaxToken, string, bool> accept)
            {
                if (_treeHits != null && !_treeHits[search.Index])
                {
                    return false; // nowhere in the tree
                }

                var span = _declaration.Span;
                foreach (var window in _windows)
                {
                    int from = Math.Max(span.Start, window.From), to = Math.Min(span.End, window.To);
                    if (from < to && HasToken(window, from - window.Offset, Math.Min(span.End, window.Offset + window.Text.Length) - window.Offset, to - window.Offset, search, accept))
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>A hit of <paramref name="search"/> that starts in the part of the tree the window answers for and passes the text tests.</summary>
            public static bool Occurs(TextWindow window, Search search) =>
                NextHit(window.Text, window.From - window.Offset, window.Text.Length, window.To - window.Offset, search) >= 0;

            // Hits that start in [at, ownEnd) of the window's text and end by end.
            private bool HasToken(TextWindow window, int at, int end, int ownEnd, Search search, Func<SyntaxToken, string, bool> accept)
            {
                string text = window.Text;
                for (int hit = NextHit(text, at, end, ownEnd, search); hit >= 0; hit = NextHit(text, at, end, ownEnd, search))
                {
                    int position = hit + window.Offset;
                    var token = _root.FindToken(position);
                    if (token.Span.Contains(position) && OwnsToken(token) && accept(token, search.Value))
                    {
                        return true;
                    }

                    at = Math.Max(hit + 1, token.Span.Contains(position) ? token.Span.End - window.Offset : hit + 1);
                }

                return false;
            }

            /// <summary>
            /// The first hit of <paramref name="search"/> in the text that starts in [<paramref name="at"/>,
            /// <paramref name="ownEnd"/>), ends by <paramref name="end"/> and passes the text tests (a hit inside a longer
            /// word, AddRange for Add, does not), or -1. The one test of both a tree's hits and a type's, so that a type's
            /// hits are always among its tree's.
            /// </summary>
            private static int NextHit(string text, int at, int end, int ownEnd, Search search)
            {
                string value = search.Value;
                while (at < ownEnd)
                {
                    int hit = text.IndexOf(value, at, end - at, search.Comparison);
                    if (hit < 0 || hit >= ownEnd)
                    {
                        return -1;
                    }

                    if (Bounded(text, hit, value.Length, search.Bound) && (search.Fits == null || search.Fits(text, hit, value.Length)))
                    {
                        return hit;
                    }

                    at = hit + 1;
                }

                return -1;
            }

            /// <summary>
            /// The name the hit ends lies after a <c>.</c> (white space or a comment between): <c>X.Section.ApiKey</c>,
            /// not the parameter <c>cancellationToken</c>, before the tree is asked.
            /// </summary>
            public static bool FollowsDot(string text, int hit, int length)
            {
                int at = hit - 1;
                while (at >= 0 && (IsNamePart(text[at]) || text[at] == '@'))
                {
                    at--;
                }

                while (at >= 0 && char.IsWhiteSpace(text[at]))
                {
                    at--;
                }

                return at >= 0 && (text[at] == '.' || text[at] == '/');
            }

            /// <summary>
            /// <c>new(…)</c>, a creation that does not name its type: the text after <c>new</c> must be an opening
            /// parenthesis (after white space or a comment) before the tree is asked: <c>new List&lt;int&gt;()</c>,
            /// NLog's most common <c>new</c>, costs no look-up.
            /// </summary>
            public static bool OpensArguments(string text, int hit, int length)
            {
                int after = hit + length;
                while (after < text.Length && char.IsWhiteSpace(text[after]))
                {
                    after++;
                }

                return after < text.Length && (text[after] == '(' || text[after] == '/');
            }

            /// <summary>Cheap character tests before a hit is looked up in the tree.</summary>
            private static bool Bounded(string text, int hit, int length, Bound bound)
            {
                int after = hit + length;
                switch (bound)
                {
                    case Bound.Word:
                        return (hit == 0 || !IsNamePart(text[hit - 1])) && (after >= text.Length || !IsNamePart(text[after]));
                    case Bound.End:
                        // The end of a name as NameWords reads it: no ASCII letter or digit follows.
                        return after >= text.Length || !(char.IsLetterOrDigit(text[after]) && text[after] < 128);
                    default:
                        return true;
                }
            }

            private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_' || c > 127;

            private bool OwnsToken(SyntaxToken token)
            {
                for (var node = token.Parent; node != null; node = node.Parent)
                {
                    if (node is BaseTypeDeclarationSyntax)
                    {
                        return node == _declaration;
                    }

                    if (node == _declaration)
                    {
                        return true; // a compilation unit of top-level statements
                    }
                }

                return false;
            }
        }

        /// <summary>What must surround a searched text for the hit to be looked up.</summary>
        private enum Bound
        {
            /// <summary>Anything: a header name inside a string literal.</summary>
            None,

            /// <summary>A whole name: no name character on either side.</summary>
            Word,

            /// <summary>The end of a name: no letter or digit after it (<c>ApiKey</c>, <c>OpenAIKey</c> for <c>key</c>).</summary>
            End,
        }
    }
}
