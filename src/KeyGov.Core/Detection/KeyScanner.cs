using System;
using System.Collections.Generic;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// Finds self-identifying provider keys in text. STUB: the detection engine replaces this body.
    /// Contract: never throws; returns an empty array (no allocation) when nothing matches; findings in text order;
    /// work is bounded for huge inputs.
    /// </summary>
    public static class KeyScanner
    {
        public static IReadOnlyList<KeyFinding> Scan(string text) => Array.Empty<KeyFinding>();
    }
}
