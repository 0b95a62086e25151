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

            if (IsAppSettingsName(name)
                || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".settings.json", StringComparison.OrdinalIgnoreCase))
            {
                return ConfigFileKind.Json;
            }

            return ConfigFileKind.None;
        }

        /// <summary>
        /// True when <paramref name="path"/> names an app's own appsettings*.json, with either separator (a path written
        /// in code may be a Windows path read on Linux): what a deserialised blob read from such a file stands for.
        /// </summary>
        public static bool IsAppSettings(string path) =>
            IsAppSettingsName(path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1));

        private static bool IsAppSettingsName(string name) =>
            name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }
}
