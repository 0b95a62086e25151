using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace KeyGov.EndToEnd.Tests;

/// <summary>
/// Microsoft's SARIF validator, <c>Sarif.Multitool validate --rule-kind "Gh;Sarif"</c>: the SARIF rules and GitHub's
/// ingestion rules. Installed by the test itself from npm, pinned, into a folder of the temp directory that later
/// runs reuse (npm blocks the package's chmod script, so the test marks the binary executable itself).
/// </summary>
public static class SarifMultitool
{
    public const string Version = "5.7.0";

    private static readonly Lazy<string> Binary = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The validator's errors for the log (its warnings and notes are advice): empty when the log passes.</summary>
    public static IReadOnlyList<string> Errors(string sarifPath)
    {
        string output = Path.Combine(Path.GetDirectoryName(sarifPath)!, Path.GetFileNameWithoutExtension(sarifPath) + ".validation.sarif");
        File.Delete(output);
        var (exit, text) = Run(Binary.Value, null, "validate", sarifPath, "--output", output, "--rule-kind", "Gh;Sarif");
        Assert.True(File.Exists(output), $"Sarif.Multitool wrote no report (exit {exit}):\n{text}");

        using var report = JsonDocument.Parse(File.ReadAllText(output));
        var errors = new List<string>();
        foreach (var run in report.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                if (result.TryGetProperty("level", out var level) && level.GetString() == "error")
                {
                    errors.Add(result.GetProperty("ruleId").GetString() + ": " + result.GetProperty("message").GetRawText());
                }
            }
        }

        return errors;
    }

    private static string Install()
    {
        string platform = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win32" : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "darwin" : "linux";
        string prefix = Path.Combine(Path.GetTempPath(), "keygov-sarif-multitool-" + Version);
        string binary = Path.Combine(prefix, "node_modules", "@microsoft", "sarif-multitool-" + platform, platform == "win32" ? "Sarif.Multitool.exe" : "Sarif.Multitool");
        if (!File.Exists(binary))
        {
            Directory.CreateDirectory(prefix);
            string npm = platform == "win32" ? "npm.cmd" : "npm";
            var (exit, output) = Run(npm, prefix, "install", "--prefix", prefix, "--no-audit", "--no-fund", "@microsoft/sarif-multitool@" + Version);
            Assert.True(exit == 0 && File.Exists(binary), $"npm install @microsoft/sarif-multitool@{Version} failed (exit {exit}):\n{output}");
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(binary, File.GetUnixFileMode(binary) | UnixFileMode.UserExecute);
        }

        return binary;
    }

    private static (int Exit, string Output) Run(string file, string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(5).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(file + " did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
