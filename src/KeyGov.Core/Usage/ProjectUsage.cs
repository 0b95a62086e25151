using System.Collections.Generic;

namespace KeyGov.Core.Usage
{
    /// <summary>The usage facts of one project build (one target framework): every credential read its code makes.</summary>
    public sealed class ProjectUsage
    {
        /// <summary>The MSBuild project name.</summary>
        public string Project { get; set; } = string.Empty;

        /// <summary>The assembly name: what <c>consumers</c> lists.</summary>
        public string Assembly { get; set; } = string.Empty;

        public string? TargetFramework { get; set; }

        /// <summary>The manifest the build used, relative to the source root where it lies under it; null when none was found.</summary>
        public string? Manifest { get; set; }

        public List<UsageRead> Reads { get; } = new List<UsageRead>();
    }
}
