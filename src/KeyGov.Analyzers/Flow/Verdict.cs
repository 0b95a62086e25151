namespace KeyGov.Analyzers.Flow
{
    /// <summary>
    /// A cached yes or no as an object: a <c>ConcurrentDictionary</c> whose values are a <c>bool</c> is compiled just in
    /// time in every cold compiler process, one of objects is the runtime's shared code (issue #14). Two boxes, made once.
    /// </summary>
    internal static class Verdict
    {
        public static readonly object Yes = true;

        public static readonly object No = false;

        public static object Of(bool value) => value ? Yes : No;
    }
}
