using System.Collections.Generic;

namespace KeyGov.Core.Sarif
{
    /// <summary>
    /// What each manifest rule serves in the frameworks auditors use: OWASP Non-Human Identities Top 10 (2025) and
    /// NIST CSF 2.0 (docs/architecture.md). The rule pages (docs/rules/KG3xxx.md) say the same at length; SARIF
    /// carries it in each rule's help, so the mapping travels with the evidence.
    /// </summary>
    public static class RuleMappings
    {
        private static readonly Dictionary<string, Mapping> Mappings = new Dictionary<string, Mapping>
        {
            ["KG3001"] = new Mapping(new string[0], new[] { "GV.PO-01", "ID.IM-01" }),
            ["KG3002"] = new Mapping(new[] { "NHI1:2025", "NHI7:2025" }, new[] { "GV.RR-02", "ID.AM-02", "PR.AA-01" }),
            ["KG3003"] = new Mapping(new[] { "NHI1:2025" }, new[] { "GV.PO-01", "ID.IM-01", "GV.RR-02" }),
            ["KG3004"] = new Mapping(new[] { "NHI9:2025" }, new[] { "ID.AM-02" }),
            ["KG3005"] = new Mapping(new[] { "NHI7:2025" }, new[] { "PR.AA-01" }),
            ["KG3006"] = new Mapping(new[] { "NHI7:2025" }, new[] { "PR.AA-01" }),
            ["KG3007"] = new Mapping(new[] { "NHI7:2025" }, new[] { "GV.PO-01" }),
            ["KG3008"] = new Mapping(new[] { "NHI7:2025" }, new[] { "PR.AA-01" }),
            ["KG3009"] = new Mapping(new[] { "NHI9:2025" }, new[] { "ID.RA-07", "PR.AA-02" }),
            ["KG3010"] = new Mapping(new[] { "NHI1:2025" }, new[] { "GV.RR-02" }),
            ["KG3011"] = new Mapping(new[] { "NHI1:2025" }, new[] { "ID.AM-02" }),
            ["KG3012"] = new Mapping(new[] { "NHI1:2025" }, new[] { "ID.AM-08" }),
            ["KG3013"] = new Mapping(new[] { "NHI8:2025" }, new[] { "PR.IR-01" }),
            ["KG3014"] = new Mapping(new[] { "NHI2:2025" }, new[] { "PR.DS-01" }),
            ["KG3015"] = new Mapping(new[] { "NHI1:2025" }, new[] { "PR.AA-05" }),
            ["KG3016"] = new Mapping(new string[0], new[] { "ID.AM-02", "ID.AM-04" }),
            ["KG3017"] = new Mapping(new[] { "NHI1:2025", "NHI5:2025" }, new[] { "PR.AA-05", "ID.AM-02" }),
            ["KG3018"] = new Mapping(new[] { "NHI1:2025" }, new[] { "PR.AA-05", "ID.AM-08" }),
            ["KG3019"] = new Mapping(new[] { "NHI1:2025" }, new[] { "ID.AM-02", "DE.CM-09" }),
            ["KG3020"] = new Mapping(new[] { "NHI1:2025" }, new[] { "PR.AA-05" }),
            ["KG3021"] = new Mapping(new[] { "NHI1:2025" }, new[] { "PR.AA-05" }),
            ["KG3022"] = new Mapping(new[] { "NHI1:2025" }, new[] { "PR.AA-05", "GV.RR-04" }),
            ["KG3023"] = new Mapping(new[] { "NHI5:2025", "NHI7:2025" }, new[] { "PR.AA-05", "ID.AM-02" }),
            ["KG3024"] = new Mapping(new string[0], new[] { "DE.CM-09", "DE.AE-02" }),
        };

        private static readonly Dictionary<string, string> NhiTitles = new Dictionary<string, string>
        {
            ["NHI1:2025"] = "Improper Offboarding",
            ["NHI2:2025"] = "Secret Leakage",
            ["NHI5:2025"] = "Overprivileged NHI",
            ["NHI7:2025"] = "Long-Lived Secrets",
            ["NHI8:2025"] = "Environment Isolation",
            ["NHI9:2025"] = "NHI Reuse",
        };

        /// <summary>OWASP NHI Top 10 2025 items (<c>NHI7:2025</c>); empty when none applies directly.</summary>
        public static IReadOnlyList<string> OwaspNhi(string ruleId) => Mappings.TryGetValue(ruleId, out var m) ? m.Owasp : new string[0];

        /// <summary>NIST CSF 2.0 subcategories (<c>PR.AA-01</c>).</summary>
        public static IReadOnlyList<string> NistCsf(string ruleId) => Mappings.TryGetValue(ruleId, out var m) ? m.Csf : new string[0];

        /// <summary><c>NHI7:2025 Long-Lived Secrets</c>.</summary>
        public static string Describe(string nhi) => NhiTitles.TryGetValue(nhi, out var title) ? nhi + " " + title : nhi;

        private sealed class Mapping
        {
            public Mapping(string[] owasp, string[] csf)
            {
                Owasp = owasp;
                Csf = csf;
            }

            public string[] Owasp { get; }

            public string[] Csf { get; }
        }
    }
}
