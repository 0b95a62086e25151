using System.Diagnostics;
using System.Text;

namespace KeyGov.EndToEnd.Tests;

/// <summary>Runs the dotnet CLI as a user would, isolated from this test process's build servers and CI variables.</summary>
public static class DotNet
{
    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}";
    }

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        RunWithin(TimeSpan.FromMinutes(8), workingDirectory, environment, args);

    /// <summary>As <see cref="Run"/>, killing the process tree and throwing <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public static Result RunWithin(TimeSpan timeout, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // No node, compiler server or MSBuild server may outlive the test, or hold a stale task assembly.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBuildTerminalLogger"] = "off";
        // CI sets these; a test that wants CI behaviour passes them explicitly.
        start.Environment.Remove("CI");
        start.Environment.Remove("TF_BUILD");
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("ContinuousIntegrationBuild");
        // Variables the parent `dotnet test` sets for its own build would leak into the child.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        if (environment != null)
        {
            foreach (var (name, value) in environment)
            {
                if (value == null)
                {
                    start.Environment.Remove(name);
                }
                else
                {
                    start.Environment[name] = value;
                }
            }
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var gate = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (gate) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (gate) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', args) + " did not finish in " + timeout + ":\n" + output);
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }
}
