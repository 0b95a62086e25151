using System;
using System.IO;
using System.Text;

namespace KeyGov.Tasks
{
    /// <summary>
    /// A lock, across the MSBuild nodes of a build (separate processes under <c>-m</c>), on printing one manifest result:
    /// an exclusively opened file in the user's temp folder, named by the result's key. The node that gets it prints and
    /// holds it for the rest of the build: <see cref="ValidateKeyManifest"/> registers it with
    /// <see cref="Microsoft.Build.Framework.RegisteredTaskObjectLifetime.Build"/>, and MSBuild disposes such objects when
    /// the build ends on every node (in-proc and out-of-proc, reused or not: the nodes' shutdown handlers call
    /// <c>DisposeCacheObjects(Build)</c>); a node that dies releases it with its process. So the next build prints again.
    /// </summary>
    internal sealed class PrintLock : IDisposable
    {
        private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(2);

        private FileStream? _file;

        private PrintLock(FileStream file) => _file = file;

        /// <summary>
        /// The lock, or null when another process holds it (another node of this build printed the result). Also null
        /// with <paramref name="unavailable"/> set when locking itself failed (no temp folder, no permission): then the
        /// caller prints, as a finding must never go unprinted for want of a lock.
        /// </summary>
        public static PrintLock? TryTake(string key, out bool unavailable)
        {
            unavailable = false;
            try
            {
                string folder = Path.Combine(Path.GetTempPath(), "keygov-print-" + Hash(Environment.UserName, 8));
                Directory.CreateDirectory(folder);
                RemoveStale(folder);
                var file = new FileStream(Path.Combine(folder, Hash(key, 24) + ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                file.WriteByte((byte)'.'); // a fresh time stamp, so that RemoveStale never takes a lock in use
                file.Flush();
                return new PrintLock(file);
            }
            catch (UnauthorizedAccessException)
            {
                unavailable = true;
                return null;
            }
            catch (IOException)
            {
                // Opened exclusively elsewhere: another node holds it.
                return null;
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is System.Security.SecurityException)
            {
                unavailable = true;
                return null;
            }
        }

        public void Dispose()
        {
            _file?.Dispose();
            _file = null;
        }

        private static void RemoveStale(string folder)
        {
            DateTime before = DateTime.UtcNow - StaleAfter;
            foreach (string old in Directory.GetFiles(folder, "*.lock"))
            {
                try
                {
                    if (File.GetLastWriteTimeUtc(old) < before)
                    {
                        File.Delete(old);
                    }
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    // Someone else's, or in use: leave it.
                }
            }
        }

        private static string Hash(string text, int length) => ManifestFile.Hex(Encoding.UTF8.GetBytes(text)).Substring(0, length);
    }
}
