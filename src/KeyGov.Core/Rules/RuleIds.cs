namespace KeyGov.Core.Rules
{
    /// <summary>Rule IDs as constants, for places that need a compile-time constant (DiagnosticDescriptor, RS1017).</summary>
    public static class RuleIds
    {
        public const string KG1001 = "KG1001";
        public const string KG1002 = "KG1002";
        public const string KG1003 = "KG1003";
        public const string KG1004 = "KG1004";
        public const string KG2001 = "KG2001";
        public const string KG2002 = "KG2002";
        public const string KG2003 = "KG2003";
        public const string KG2004 = "KG2004";
        public const string KG2005 = "KG2005";
        public const string KG2006 = "KG2006";
        public const string KG2007 = "KG2007";
        public const string KG2008 = "KG2008";
        public const string KG3001 = "KG3001";
        public const string KG3002 = "KG3002";
        public const string KG3003 = "KG3003";
        public const string KG3004 = "KG3004";
        public const string KG3005 = "KG3005";
        public const string KG3006 = "KG3006";
        public const string KG3007 = "KG3007";
        public const string KG3008 = "KG3008";
        public const string KG3009 = "KG3009";
        public const string KG3010 = "KG3010";
        public const string KG3011 = "KG3011";
        public const string KG3012 = "KG3012";
        public const string KG3013 = "KG3013";
        public const string KG3014 = "KG3014";
        public const string KG3015 = "KG3015";
        public const string KG3016 = "KG3016";
        public const string KG3017 = "KG3017";
        public const string KG3018 = "KG3018";
        public const string KG3019 = "KG3019";
        public const string KG3020 = "KG3020";
        public const string KG3021 = "KG3021";
        public const string KG3022 = "KG3022";
        public const string KG3023 = "KG3023";
        public const string KG3024 = "KG3024";
    }
}
