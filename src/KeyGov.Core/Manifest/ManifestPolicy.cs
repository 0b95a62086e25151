using System;
using System.Collections.Generic;

namespace KeyGov.Core.Manifest
{
    /// <summary><c>policy</c>: every field optional; what a file omits keeps its default (values without a position).</summary>
    public sealed class ManifestPolicy
    {
        public const int DefaultExpiryWarningDays = 30;
        public const int DefaultMaxExceptionDays = 90;

        /// <summary>KG3006 warns this many days before <c>expires</c>.</summary>
        public ManifestValue<int> ExpiryWarningDays { get; init; } = ManifestValue.Default(DefaultExpiryWarningDays);

        /// <summary>KG3009: the longest an exception may run, from <c>approved</c> to <c>expires</c>.</summary>
        public ManifestValue<int> MaxExceptionDays { get; init; } = ManifestValue.Default(DefaultMaxExceptionDays);

        /// <summary>KG3010 owner patterns (<c>@contoso/*</c>, <c>*@contoso.com</c>); empty = any owner.</summary>
        public IReadOnlyList<ManifestValue<string>> Owners { get; init; } = Array.Empty<ManifestValue<string>>();

        public PolicyTiers Tiers { get; init; } = new PolicyTiers();

        /// <summary>The limits for a credential of this risk.</summary>
        public RiskTier TierFor(RiskLevel risk) => Tiers.For(risk);
    }

    /// <summary><c>policy.tiers</c>: one <see cref="RiskTier"/> per risk level.</summary>
    public sealed class PolicyTiers
    {
        public RiskTier Critical { get; init; } = RiskTier.DefaultFor(RiskLevel.Critical);

        public RiskTier High { get; init; } = RiskTier.DefaultFor(RiskLevel.High);

        public RiskTier Moderate { get; init; } = RiskTier.DefaultFor(RiskLevel.Moderate);

        public RiskTier Low { get; init; } = RiskTier.DefaultFor(RiskLevel.Low);

        public RiskTier For(RiskLevel risk)
        {
            switch (risk)
            {
                case RiskLevel.Critical:
                    return Critical;
                case RiskLevel.Moderate:
                    return Moderate;
                case RiskLevel.Low:
                    return Low;
                default:
                    return High;
            }
        }
    }

    /// <summary><c>policy.tiers.&lt;risk&gt;</c>: how long a key of this risk may live, and how often it is reviewed.</summary>
    public sealed class RiskTier
    {
        /// <summary>KG3007: the longest span from creation or last rotation to <c>expires</c>.</summary>
        public ManifestValue<int> MaxKeyAgeDays { get; init; } = ManifestValue.Default(90);

        /// <summary>KG3015: the longest span between reviews.</summary>
        public ManifestValue<int> ReviewEveryDays { get; init; } = ManifestValue.Default(90);

        /// <summary>KG3021: the longest a key may go unused at the provider (its last use, as a provider export says).</summary>
        public ManifestValue<int> MaxIdleDays { get; init; } = ManifestValue.Default(60);

        /// <summary>
        /// The defaults of docs/manifest.md (maxKeyAgeDays/reviewEveryDays/maxIdleDays): critical 30/30/30, high 90/90/60,
        /// moderate 180/90/90, low 365/180/180.
        /// </summary>
        public static RiskTier DefaultFor(RiskLevel risk) => new RiskTier
        {
            MaxKeyAgeDays = ManifestValue.Default(DefaultMaxKeyAgeDays(risk)),
            ReviewEveryDays = ManifestValue.Default(DefaultReviewEveryDays(risk)),
            MaxIdleDays = ManifestValue.Default(DefaultMaxIdleDays(risk)),
        };

        /// <summary>KG3021's default idle limit: as long as the tier's review interval, but at most 60 days for a high-risk key.</summary>
        public static int DefaultMaxIdleDays(RiskLevel risk) =>
            risk == RiskLevel.Critical ? 30 : risk == RiskLevel.Moderate ? 90 : risk == RiskLevel.Low ? 180 : 60;

        private static int DefaultMaxKeyAgeDays(RiskLevel risk) => Limits(risk).MaxKeyAge;

        private static int DefaultReviewEveryDays(RiskLevel risk) => Limits(risk).ReviewEvery;

        private static (int MaxKeyAge, int ReviewEvery) Limits(RiskLevel risk)
        {
            int maxKeyAge, reviewEvery;
            switch (risk)
            {
                case RiskLevel.Critical:
                    maxKeyAge = 30;
                    reviewEvery = 30;
                    break;
                case RiskLevel.Moderate:
                    maxKeyAge = 180;
                    reviewEvery = 90;
                    break;
                case RiskLevel.Low:
                    maxKeyAge = 365;
                    reviewEvery = 180;
                    break;
                default:
                    maxKeyAge = 90;
                    reviewEvery = 90;
                    break;
            }

            return (maxKeyAge, reviewEvery);
        }
    }
}
