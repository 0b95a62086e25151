using System.Collections.Concurrent;
using System.IO;
using KeyGov.Core.Rules;
using KeyGov.Core.Sarif;

namespace KeyGov.Tasks
{
    /// <summary>The rule pages (docs/rules/&lt;ID&gt;.md), embedded in the task assembly, as SARIF help.</summary>
    internal static class RuleDocs
    {
        private static readonly ConcurrentDictionary<string, RuleHelp?> Cache = new ConcurrentDictionary<string, RuleHelp?>();

        /// <summary>The page of the rule as help, or null when the assembly has none (the writer then uses the catalog's text).</summary>
        public static RuleHelp? Help(RuleInfo rule) => Cache.GetOrAdd(rule.Id, id => Load(id, rule.HelpUri));

        private static RuleHelp? Load(string id, string pageUri)
        {
            using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream("KeyGov.Rules." + id + ".md");
            if (stream == null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return RuleHelp.FromMarkdown(reader.ReadToEnd(), pageUri);
        }
    }
}
