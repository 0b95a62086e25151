using System;
using System.Collections.Generic;
using System.IO;
using KeyGov.Core.Manifest;
using KeyGov.Core.Sarif;
using Microsoft.Build.Utilities;

namespace KeyGov.Tasks
{
    /// <summary>Reading and writing the SARIF files of <see cref="WriteKeyGovSarif"/> and <see cref="MergeKeyGovSarif"/>.</summary>
    internal static class SarifFiles
    {
        /// <summary>How long an unreadable log is read again: the compiler of a concurrent build of the same project may be rewriting it.</summary>
        internal static TimeSpan ReadPatience = TimeSpan.FromSeconds(5);

        private static readonly TimeSpan ReadRetryInterval = TimeSpan.FromMilliseconds(200);

        /// <summary>
        /// The KG results of a log on disk. A log that cannot be read or parsed is read again for a few seconds: the
        /// compiler writes its error log in place, so a second build of the same project at once (two IDEs, a watch and a
        /// build) may be half-way through it. Still unreadable after that is a warning (never an error: this is evidence,
        /// not a gate) that says the findings are missing, never a silent gap.
        /// </summary>
        public static SarifLogContent? Read(TaskLoggingHelper log, string path, string? pathMap, string? baseDirectory)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            int attempts = 0;
            while (true)
            {
                attempts++;
                string problem;
                try
                {
                    string text = File.ReadAllText(path);
                    var content = SarifLogReader.Read(text, pathMap, baseDirectory);
                    int end = content.Error == null ? -1 : EndOfFirstObject(text);
                    if (end > 0 && end < text.Length && text.Substring(end).Trim().Length > 0)
                    {
                        // Two compilers (two builds of one project) wrote the log at once: the shorter log, whole, then the
                        // longer one's tail. The first document is one build's complete log.
                        var first = SarifLogReader.Read(text.Substring(0, end), pathMap, baseDirectory);
                        if (first.Error == null)
                        {
                            log.LogMessage(Microsoft.Build.Framework.MessageImportance.Normal, "KeyGov read the first of two SARIF logs written over each other in '" + path + "' (two builds of this project at once)");
                            return first;
                        }
                    }

                    if (content.Error == null)
                    {
                        if (attempts > 1)
                        {
                            log.LogMessage(Microsoft.Build.Framework.MessageImportance.Low, "KeyGov read the SARIF log '" + path + "' at attempt " + attempts + " (another build was writing it)");
                        }

                        return content;
                    }

                    problem = content.Error;
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    problem = ex.Message;
                }

                if (clock.Elapsed >= ReadPatience)
                {
                    log.LogWarning("KeyGov could not read the SARIF log '" + path + "' (" + attempts + " attempts in " + (int)clock.Elapsed.TotalSeconds +
                        " s): " + ManifestText.Safe(problem) + ". The findings it holds are MISSING from KeyGov's log; build again once no other build of this project runs");
                    return null;
                }

                System.Threading.Thread.Sleep(ReadRetryInterval);
            }
        }

        /// <summary>
        /// The index just after the JSON object the text starts with (strings and escapes respected), or -1 when it does
        /// not start with one or the object is not closed.
        /// </summary>
        internal static int EndOfFirstObject(string text)
        {
            int i = 0;
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
            {
                i++;
            }

            if (i == text.Length || text[i] != '{')
            {
                return -1;
            }

            int depth = 0;
            bool inString = false;
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if (c == '{' || c == '[')
                {
                    depth++;
                }
                else if ((c == '}' || c == ']') && --depth == 0)
                {
                    return i + 1;
                }
            }

            return -1;
        }

        /// <summary>Writes a log atomically (<see cref="OutputFile"/>): every project of a solution may run the merge at once.</summary>
        public static bool Write(TaskLoggingHelper log, string path, string content)
        {
            try
            {
                OutputFile.Write(path, content);
                return true;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                log.LogWarning("KeyGov could not write the SARIF log '" + path + "': " + ManifestText.Safe(ex.Message));
                return false;
            }
        }

        /// <summary>
        /// The options of a code-review log (<see cref="WriteKeyGovSarif"/>, <see cref="MergeKeyGovSarif"/>): every KG rule with
        /// its page as help, relative URIs, the allow-list, and the evaluation date and time-check mode when known.
        /// </summary>
        public static SarifLogOptions ReviewOptions(string? sourceRoot, IReadOnlyList<SarifAllowance> allowances, string? evaluationDate, string? timeChecks)
        {
            var options = new SarifLogOptions
            {
                SourceRoot = string.IsNullOrWhiteSpace(sourceRoot) ? null : Path.GetFullPath(sourceRoot),
                FullName = ToolInfo.Name + " analyzers and manifest validation",
                Help = RuleDocs.Help,
                Allowances = allowances,
            };
            if (!string.IsNullOrWhiteSpace(evaluationDate) && ManifestFormats.TryParseDate(evaluationDate!.Trim(), out var date))
            {
                options.EvaluationDate = date;
            }

            if (!string.IsNullOrWhiteSpace(timeChecks) && TimeCheckModes.TryParse(timeChecks, out var mode))
            {
                options.TimeChecks = mode;
            }

            return options;
        }

        /// <summary>The path part of an <c>ErrorLog</c> value (<c>app.sarif,version=2.1</c> → <c>app.sarif</c>).</summary>
        public static string? ErrorLogPath(string? errorLog)
        {
            if (string.IsNullOrWhiteSpace(errorLog))
            {
                return null;
            }

            int comma = errorLog!.IndexOf(',');
            return (comma >= 0 ? errorLog.Substring(0, comma) : errorLog).Trim();
        }

        /// <summary>Source lines by file, read once each: KG1003's fingerprint hashes the line of the literal.</summary>
        public static Func<string, int, string?> LineReader()
        {
            var files = new Dictionary<string, string[]?>(StringComparer.Ordinal);
            return (file, line) =>
            {
                if (!files.TryGetValue(file, out var lines))
                {
                    try
                    {
                        lines = File.ReadAllLines(file);
                    }
                    catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
                    {
                        lines = null;
                    }

                    files[file] = lines;
                }

                return lines != null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
            };
        }
    }
}
