using System;
using System.IO;
using System.Text;

namespace KeyGov.Tasks
{
    /// <summary>
    /// Writes an output through a temporary file and a rename, so that a reader never sees half a file and writers never
    /// collide: every project (and target framework) of a solution may be pointed at the same inventory or log path, and
    /// with <c>-m</c> they run at once.
    /// </summary>
    internal static class OutputFile
    {
        /// <summary>Writes <paramref name="content"/> as UTF-8 without a BOM; throws what the file system throws, leaving no temporary file behind.</summary>
        public static void Write(string path, string content)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            RemoveLeftovers(path);
            string temporary = path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
            try
            {
                File.WriteAllText(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
#if NETFRAMEWORK
                if (File.Exists(path))
                {
                    File.Replace(temporary, path, null);
                }
                else
                {
                    File.Move(temporary, path);
                }
#else
                File.Move(temporary, path, overwrite: true);
#endif
            }
            catch
            {
                TryDelete(temporary);
                throw;
            }
        }

        /// <summary>How old a temporary file must be to count as left by a killed build rather than written by a running one.</summary>
        internal static readonly TimeSpan LeftoverAge = TimeSpan.FromMinutes(10);

        /// <summary>
        /// Deletes the temporary files of earlier writes of <paramref name="path"/> that a killed build left behind
        /// (<c>name.xxxxxxxx.tmp</c>), when older than <see cref="LeftoverAge"/>: a younger one may be a concurrent writer's.
        /// </summary>
        private static void RemoveLeftovers(string path)
        {
            try
            {
                DateTime before = DateTime.UtcNow - LeftoverAge;
                foreach (string leftover in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + ".????????.tmp"))
                {
                    if (File.GetLastWriteTimeUtc(leftover) < before)
                    {
                        TryDelete(leftover);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Cleaning up is a courtesy; the write goes on.
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // A leftover temporary file is harmless.
            }
        }
    }
}
