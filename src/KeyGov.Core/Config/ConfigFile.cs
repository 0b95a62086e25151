using System;
using System.IO;

namespace KeyGov.Core.Config
{
    /// <summary>How a project config file is written, which decides how its values and their names are read.</summary>
    public enum ConfigFileKind
    {
        None,
        Json,
        DotEnv,
        Xml,
    }

    /// <summary>The project config files KeyGov reads for keys (docs/architecture.md): the same list as the package's props.</summary>
    public static class ConfigFile
    {
        public static ConfigFileKind Classify(string path)
        {
            string name = Path.GetFileName(path);
            if (name.Equals(".env", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase))
            {
                return ConfigFileKind.DotEnv;
            }

            if (name.Equals("App.config", StringComparison.OrdinalIgnoreCase) || name.Equals("Web.config", StringComparison.OrdinalIgnoreCase))
            {
                return ConfigFileKind.Xml;
            }

            if ((name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".settings.json", StringComparison.OrdinalIgnoreCase))
            {
                return ConfigFileKind.Json;
            }

            return ConfigFileKind.None;
        }
    }
}
