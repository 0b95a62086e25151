namespace KeyGov.CodeFixes
{
    /// <summary>
    /// Home of KeyGov's code fixes (Register in keygov.json, Allow in keygov.json, read from the environment).
    /// The package ships this assembly from the first release so that adding a fix never changes the package layout.
    /// </summary>
    internal static class CodeFixAssembly
    {
    }
}
