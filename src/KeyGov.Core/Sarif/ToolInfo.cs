using System;
using System.Reflection;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Sarif
{
    /// <summary>Who wrote an output: the tool name and the package version it ships in.</summary>
    public static class ToolInfo
    {
        public const string Name = "KeyGov";

        public const string InformationUri = KeyGovLinks.Repository;

        /// <summary>The package version (SemVer, without build metadata), from the Core assembly that the package ships.</summary>
        public static string Version { get; } = ReadVersion();

        private static string ReadVersion()
        {
            var assembly = typeof(ToolInfo).Assembly;
            string? version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(version))
            {
                version = assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            }

            int metadata = version!.IndexOf('+');
            return metadata >= 0 ? version.Substring(0, metadata) : version;
        }
    }
}
