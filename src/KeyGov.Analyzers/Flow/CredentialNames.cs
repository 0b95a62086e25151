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
    /// <see cref="CredentialApis"/>. The names are derived from it, never listed here: every method of a source class
    /// (<see cref="CredentialApis.SourceTypes"/>); for each sink type of the compilation (<see cref="CredentialApis.SinkTypes"/>,
    /// from <see cref="SinkCatalog"/>) its name (a constructor, a static call), the member each row names (every method
    /// for a row of any method), and <c>new(…)</c>, which creates a type without naming it; a <c>using</c> alias of any of
    /// those types. A sink that matches only with a condition (<c>headers.Add("Authorization", …)</c>) needs its member
    /// and one of its condition values (as a name or inside a string literal) in the type. The one source without a
    /// telling name, a <c>TestConfiguration.OpenAI.ApiKey</c>-style read, is found by its credential property name.
    /// </summary>
    /// <remarks>
    /// An indexer of <c>IConfiguration</c> is read through any name (<c>settings["OpenAI:ApiKey"]</c>): where
    /// Microsoft.Extensions.Configuration is referenced, a type with an element access of one argument that may be a
    /// string goes on. Not seen, on purpose: a call the compiler makes without a name in the code (a collection
    /// initializer's <c>Add</c>, <c>foreach</c>, <c>await</c>, deconstruction), as no source or sink is such a method;
    /// a condition value that only a constant of another type spells; a credential property renamed by
    /// <c>[ConfigurationKeyName]</c> read as <c>TestConfiguration.OpenAI.Renamed</c>.
    /// </remarks>
    internal sealed class CredentialNames
    {
        private readonly HashSet<string> _names = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _conditional = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<string> _conditionValues = new List<string>();
        private readonly bool _creations;
        private readonly bool _credentialProperties;
        private readonly bool _indexers;

        private CredentialNames(CredentialApis apis, Compilation compilation)
        {
            _credentialProperties = apis.CallerMemberName != null;
            if (apis.Configuration != null)
            {
                // config["OpenAI:ApiKey"] and section.Value (CredentialApis.MayMatter): an indexer has no name to look for.
                _indexers = true;
                _names.Add(CredentialApis.SectionValue);
            }

            foreach (var type in apis.SourceTypes)
            {
                AddMethods(_names, type);
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
                            if (!_conditionValues.Contains(value))
                            {
                                _conditionValues.Add(value);
                            }
                        }
                    }

                    if (sink.Member == CredentialSink.Constructor || sink.Kind == CredentialSinkKind.ImplicitEnvironmentVariable)
                    {
                        names.Add(pair.Key.Name);
                        _creations = true;
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

            if (_names.Count != 0 || _conditional.Count != 0)
            {
                AddAliases(compilation);
            }
        }

        public static CredentialNames Create(CredentialApis apis, Compilation compilation) => new CredentialNames(apis, compilation);

        /// <summary>
        /// True when the syntax of <paramref name="type"/> (its own members, not its nested types, which are analysed on
        /// their own) names a source or sink. Reads each token once; allocates nothing for a type that names none.
        /// </summary>
        public bool MayMatter(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (type.DeclaringSyntaxReferences.IsEmpty)
            {
                return true;
            }

            bool conditional = false;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                foreach (var token in declaration.DescendantTokens(node => node == declaration || !(node is BaseTypeDeclarationSyntax)))
                {
                    switch ((SyntaxKind)token.RawKind)
                    {
                        case SyntaxKind.IdentifierToken:
                            string name = token.ValueText;
                            if (_names.Contains(name) || (_credentialProperties && IsCredentialPropertyRead(token)))
                            {
                                return true;
                            }

                            conditional |= _conditional.Contains(name);
                            break;
                        case SyntaxKind.OpenBracketToken:
                            if (_indexers && MayIndexConfiguration(token))
                            {
                                return true;
                            }

                            break;
                        case SyntaxKind.NewKeyword:
                            if (_creations && token.Parent is ImplicitObjectCreationExpressionSyntax)
                            {
                                return true;
                            }

                            break;
                    }
                }
            }

            return conditional && NamesConditionValue(type, cancellationToken);
        }

        /// <summary>
        /// <c>x["…"]</c>, <c>x?[key]</c>: an element access with one argument that may be a string (not a number or a
        /// character), as an indexer of <c>IConfiguration</c> is read; the type of <c>x</c> is not known from syntax.
        /// </summary>
        private static bool MayIndexConfiguration(SyntaxToken bracket)
        {
            if (!(bracket.Parent is BracketedArgumentListSyntax list) || list.Arguments.Count != 1
                || !(list.Parent is ElementAccessExpressionSyntax || list.Parent is ElementBindingExpressionSyntax))
            {
                return false;
            }

            var argument = list.Arguments[0].Expression;
            return !argument.IsKind(SyntaxKind.NumericLiteralExpression) && !argument.IsKind(SyntaxKind.CharacterLiteralExpression)
                && !(argument is PrefixUnaryExpressionSyntax || argument is PostfixUnaryExpressionSyntax || argument is BinaryExpressionSyntax { RawKind: not (int)SyntaxKind.AddExpression });
        }

        /// <summary>A condition value (a header name, a scheme) as a name or inside a string literal of the type.</summary>
        private bool NamesConditionValue(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                foreach (var token in declaration.DescendantTokens(node => node == declaration || !(node is BaseTypeDeclarationSyntax)))
                {
                    bool literal = token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                        || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken);
                    if (!literal && !token.IsKind(SyntaxKind.IdentifierToken))
                    {
                        continue;
                    }

                    string text = token.ValueText;
                    foreach (var value in _conditionValues)
                    {
                        if (literal ? text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0 : string.Equals(text, value, StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// <c>X.Section.ApiKey</c> or <c>Section.ApiKey</c>: a string property read from what may be a static property,
        /// with a credential property name (<see cref="CredentialNameConventions.IsCredentialPropertyName"/>), the one
        /// read <see cref="CredentialApis.MayMatter"/> accepts by shape. Core tests the last letter first, so most names
        /// cost no allocation.
        /// </summary>
        private static bool IsCredentialPropertyRead(SyntaxToken token)
        {
            return token.Parent is IdentifierNameSyntax name && name.Parent is MemberAccessExpressionSyntax access && access.Name == name
                && (access.Expression is IdentifierNameSyntax || access.Expression is MemberAccessExpressionSyntax)
                && CredentialNameConventions.IsCredentialPropertyName(token.ValueText);
        }

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

        /// <summary><c>using Client = OpenAI.OpenAIClient;</c>: the alias names what its target names.</summary>
        private void AddAliases(Compilation compilation)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.GetRoot() is CompilationUnitSyntax unit)
                {
                    AddAliases(unit.Usings, unit.Members);
                }
            }
        }

        private void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias != null && RightmostName(directive.Name) is string target)
                {
                    if (_names.Contains(target))
                    {
                        _names.Add(directive.Alias.Name.Identifier.ValueText);
                    }

                    if (_conditional.Contains(target))
                    {
                        _conditional.Add(directive.Alias.Name.Identifier.ValueText);
                    }
                }
            }

            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns)
                {
                    AddAliases(ns.Usings, ns.Members);
                }
            }
        }

        private static string? RightmostName(NameSyntax? name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
    }
}
