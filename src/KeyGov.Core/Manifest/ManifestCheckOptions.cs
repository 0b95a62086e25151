using System;

namespace KeyGov.Core.Manifest
{
    /// <summary>What a manifest check needs from its host: the day to judge dates by and the time-check mode.</summary>
    public sealed class ManifestCheckOptions
    {
        public ManifestCheckOptions(DateTime evaluationDate, TimeCheckMode timeChecks)
        {
            EvaluationDate = evaluationDate.Date;
            TimeChecks = timeChecks;
        }

        /// <summary>The day (UTC date, no time) every date check uses: <c>KeyGovEvaluationDate</c>.</summary>
        public DateTime EvaluationDate { get; }

        public TimeCheckMode TimeChecks { get; }
    }
}
