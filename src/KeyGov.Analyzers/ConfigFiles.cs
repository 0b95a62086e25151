using System;
using System.IO;

namespace KeyGov.Analyzers
{
    /// <summary>The project config files KeyGov reads for keys (DESIGN.md §2): the same list as the package's props.</summary>
    internal static class ConfigFiles
    {
        public enum Kind
        {
            None,
            Json,
            DotEnv,
            Xml,
        }

        public static Kind Classify(string path)
        {
            string name = Path.GetFileName(path);
            if (name.Equals(".env", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase))
            {
                return Kind.DotEnv;
            }

            if (name.Equals("App.config", StringComparison.OrdinalIgnoreCase) || name.Equals("Web.config", StringComparison.OrdinalIgnoreCase))
            {
                return Kind.Xml;
            }

            if ((name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".settings.json", StringComparison.OrdinalIgnoreCase))
            {
                return Kind.Json;
            }

            return Kind.None;
        }
    }
}
