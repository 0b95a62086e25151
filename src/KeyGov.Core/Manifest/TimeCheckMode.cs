namespace KeyGov.Core.Manifest
{
    /// <summary>Severity of date-driven findings (<c>KeyGovTimeChecks</c>): errors in CI, warnings on a developer's machine, or off.</summary>
    public enum TimeCheckMode
    {
        Error,
        Warning,
        Off,
    }

    public static class TimeCheckModes
    {
        /// <summary>Parses error | warning | off (case-insensitive); anything else is not a mode.</summary>
        public static bool TryParse(string? value, out TimeCheckMode mode)
        {
            switch (value?.Trim().ToLowerInvariant())
            {
                case "error":
                    mode = TimeCheckMode.Error;
                    return true;
                case "warning":
                    mode = TimeCheckMode.Warning;
                    return true;
                case "off":
                    mode = TimeCheckMode.Off;
                    return true;
                default:
                    mode = TimeCheckMode.Warning;
                    return false;
            }
        }
    }
}
