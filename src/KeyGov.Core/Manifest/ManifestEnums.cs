namespace KeyGov.Core.Manifest
{
    /// <summary><c>risk</c>: picks the policy tier (<c>policy.tiers.&lt;risk&gt;</c>). Default <see cref="High"/>.</summary>
    public enum RiskLevel
    {
        Critical,
        High,
        Moderate,
        Low,
    }

    /// <summary><c>status</c>: where the credential is in its life. Default <see cref="Active"/>.</summary>
    public enum CredentialStatus
    {
        Active,
        Rotating,
        Suspended,
        Deprecated,
        /// <summary>A tombstone kept for audit: the key no longer works and no date check applies.</summary>
        Revoked,
    }

    /// <summary>The manifest spellings of the enums (lowercase, as in keygov.json).</summary>
    public static class ManifestEnums
    {
        public static string Name(RiskLevel risk)
        {
            switch (risk)
            {
                case RiskLevel.Critical:
                    return "critical";
                case RiskLevel.Moderate:
                    return "moderate";
                case RiskLevel.Low:
                    return "low";
                default:
                    return "high";
            }
        }

        public static string Name(CredentialStatus status)
        {
            switch (status)
            {
                case CredentialStatus.Rotating:
                    return "rotating";
                case CredentialStatus.Suspended:
                    return "suspended";
                case CredentialStatus.Deprecated:
                    return "deprecated";
                case CredentialStatus.Revoked:
                    return "revoked";
                default:
                    return "active";
            }
        }

        public static string Name(KeylessStatus status) => status == KeylessStatus.Planned ? "planned" : "not-possible";

        /// <summary>Exact, lowercase: not-possible | planned.</summary>
        public static bool TryParseKeyless(string? text, out KeylessStatus status)
        {
            status = text == "planned" ? KeylessStatus.Planned : KeylessStatus.NotPossible;
            return text == "planned" || text == "not-possible";
        }

        /// <summary>Exact, lowercase: critical | high | moderate | low.</summary>
        public static bool TryParseRisk(string? text, out RiskLevel risk)
        {
            switch (text)
            {
                case "critical":
                    risk = RiskLevel.Critical;
                    return true;
                case "high":
                    risk = RiskLevel.High;
                    return true;
                case "moderate":
                    risk = RiskLevel.Moderate;
                    return true;
                case "low":
                    risk = RiskLevel.Low;
                    return true;
                default:
                    risk = RiskLevel.High;
                    return false;
            }
        }

        /// <summary>Exact, lowercase: active | rotating | suspended | deprecated | revoked.</summary>
        public static bool TryParseStatus(string? text, out CredentialStatus status)
        {
            switch (text)
            {
                case "active":
                    status = CredentialStatus.Active;
                    return true;
                case "rotating":
                    status = CredentialStatus.Rotating;
                    return true;
                case "suspended":
                    status = CredentialStatus.Suspended;
                    return true;
                case "deprecated":
                    status = CredentialStatus.Deprecated;
                    return true;
                case "revoked":
                    status = CredentialStatus.Revoked;
                    return true;
                default:
                    status = CredentialStatus.Active;
                    return false;
            }
        }
    }
}
