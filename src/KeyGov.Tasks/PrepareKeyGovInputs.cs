using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using KeyGov.Core.Config;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KeyGov.Tasks
{
    /// <summary>
    /// Makes the AdditionalFiles the analyzers read safe for the compiler, which reads each whole, trusts it to be a file,
    /// and fails the build (CS2001, CS1504), hangs (a FIFO) or throws (OutOfMemoryException) when it is not. The analyzers
    /// may not touch the disk themselves, so this task, run before the compiler's editorconfig is written, does it:
    /// <list type="bullet">
    /// <item>A file KeyGov added (a config file by name, the manifest) that is not a regular readable file (a dangling
    /// symbolic link, a link loop, a FIFO, a device) is removed, with a low-importance message.</item>
    /// <item>A config file the user listed that is not a regular readable file stays (it is theirs), marked
    /// <c>KeyGovScan=false</c> so the analyzer never reads it.</item>
    /// <item>A config file larger than <see cref="MaxConfigBytes"/> is handed to the analyzer as a copy of its first
    /// <see cref="MaxConfigBytes"/> (cut at a line end) under <see cref="CopyFolder"/>, with <c>KeyGovOriginalPath</c>
    /// naming the original, where the analyzer reports. KeyGov's own item is replaced by the copy; a user's stays, marked
    /// <c>KeyGovScan=false</c>.</item>
    /// <item>A manifest larger than <see cref="ManifestFile.MaxBytes"/> is removed (the manifest task reports it, KG3001).</item>
    /// </list>
    /// It also writes <see cref="ManifestHashFile"/>, the manifest's content hash, only when it changed: an input of the
    /// manifest check and of the compile, so that a manifest replaced by one with an older time stamp (<c>cp -p</c>, an
    /// archive) is still checked and compiled against. The hash is read as the manifest task reads (regular files, bounded).
    /// </summary>
    public sealed class PrepareKeyGovInputs : Task
    {
        /// <summary>
        /// The part of a config file KeyGov scans: 4 MB. Real config files are a few kilobytes; a key in the first 4 MB of
        /// a bigger one is still found, at its real line and column.
        /// </summary>
        public const long MaxConfigBytes = 4L * 1024 * 1024;

        /// <summary>The project's AdditionalFiles.</summary>
        public ITaskItem[] AdditionalFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>Where bounded copies of huge config files go (under obj/).</summary>
        public string? CopyFolder { get; set; }

        /// <summary>The manifest whose content <see cref="ManifestHashFile"/> follows; empty when there is none.</summary>
        public string? ManifestPath { get; set; }

        /// <summary>Where the manifest's path and SHA-256 (or why it cannot be read) are written when they change; empty for none.</summary>
        public string? ManifestHashFile { get; set; }

        /// <summary>Items to remove from AdditionalFiles.</summary>
        [Output]
        public ITaskItem[] Remove { get; private set; } = Array.Empty<ITaskItem>();

        /// <summary>Items to add to AdditionalFiles (the bounded copies, and the user's items marked not to be scanned).</summary>
        [Output]
        public ITaskItem[] Add { get; private set; } = Array.Empty<ITaskItem>();

        /// <summary>The bounded copies written, for FileWrites.</summary>
        [Output]
        public ITaskItem[] Copies { get; private set; } = Array.Empty<ITaskItem>();

        public override bool Execute()
        {
            var remove = new List<ITaskItem>();
            var add = new List<ITaskItem>();
            var copies = new List<ITaskItem>();
            foreach (var item in AdditionalFiles)
            {
                try
                {
                    Prepare(item, remove, add, copies);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
                {
                    // Never fail a build over an input KeyGov only reads: leave that file out of the scan and say so.
                    Skip(item, remove, add, "KeyGov could not prepare it (" + ex.Message + ")");
                }
            }

            Remove = remove.ToArray();
            Add = add.ToArray();
            Copies = copies.ToArray();
            WriteManifestHash();
            return !Log.HasLoggedErrors;
        }

        private void WriteManifestHash()
        {
            if (string.IsNullOrWhiteSpace(ManifestHashFile))
            {
                return;
            }

            string state = "(none)";
            if (!string.IsNullOrWhiteSpace(ManifestPath))
            {
                var file = ManifestFile.Read(ManifestPath!);
                state = Path.GetFullPath(ManifestPath!) + "\n" + (file.Sha256 ?? file.Problems[0].Message);
            }

            string path = Path.GetFullPath(ManifestHashFile!);
            try
            {
                if (!File.Exists(path) || !string.Equals(File.ReadAllText(path), state, StringComparison.Ordinal))
                {
                    OutputFile.Write(path, state);
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Without it the manifest check and the compile follow time stamps only, as before; and say so.
                Log.LogWarning("KeyGov could not write '" + path + "' (" + ex.Message + "): a manifest replaced by an older copy may not be checked again");
            }
        }

        private void Prepare(ITaskItem item, List<ITaskItem> remove, List<ITaskItem> add, List<ITaskItem> copies)
        {
            string kindMetadata = item.GetMetadata("KeyGovKind");
            bool manifest = string.Equals(kindMetadata, "Manifest", StringComparison.Ordinal);
            if (!manifest && ConfigFile.Classify(item.ItemSpec) == ConfigFileKind.None)
            {
                return; // not a file KeyGov reads
            }

            string path = item.GetMetadata("FullPath");
            var kind = InputFile.KindOf(path);
            if (kind != InputFileKind.Regular)
            {
                Skip(item, remove, add, InputFile.Describe(kind));
                return;
            }

            long length = new FileInfo(path).Length;
            long max = manifest ? ManifestFile.MaxBytes : MaxConfigBytes;
            if (length <= max)
            {
                // Readable? Opening a regular file never blocks; a permission problem would fail the compiler (CS2001).
                using (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
                {
                }

                return;
            }

            if (manifest)
            {
                Skip(item, remove, add, "it is larger than " + (max / (1024 * 1024)) + " MB (KG3001)");
                return;
            }

            byte[]? prefix = InputFile.ReadPrefix(path, max, out _, out string? problem);
            if (prefix == null || string.IsNullOrWhiteSpace(CopyFolder))
            {
                Skip(item, remove, add, problem ?? "no folder was given for its bounded copy");
                return;
            }

            string copy = WriteCopy(path, prefix);
            var scanned = new TaskItem(copy);
            item.CopyMetadataTo(scanned);
            scanned.SetMetadata("KeyGovKind", "Config");
            scanned.SetMetadata("KeyGovOriginalPath", path);
            add.Add(scanned);
            copies.Add(new TaskItem(copy));
            MarkNotScanned(item, remove, add);
            Log.LogMessage(MessageImportance.Low, "KeyGov scans the first " + (max / (1024 * 1024)) + " MB of '" + path + "' (" + length + " bytes) through '" + copy + "'");
        }

        /// <summary>KeyGov's own item goes; a user's stays, marked so that the analyzer never reads it.</summary>
        private void Skip(ITaskItem item, List<ITaskItem> remove, List<ITaskItem> add, string why)
        {
            MarkNotScanned(item, remove, add);
            Log.LogMessage(MessageImportance.Low, "KeyGov does not scan '" + item.ItemSpec + "': " + why);
        }

        private static void MarkNotScanned(ITaskItem item, List<ITaskItem> remove, List<ITaskItem> add)
        {
            remove.Add(item);
            if (item.GetMetadata("KeyGovKind").Length == 0)
            {
                var kept = new TaskItem(item);
                kept.SetMetadata("KeyGovScan", "false");
                add.Add(kept);
            }
        }

        /// <summary>
        /// The prefix up to its last line end (a key is never cut in two), under a folder named by the original's path, with
        /// the original's file name (which decides how it is read). Written only when it changed, so CoreCompile stays
        /// incremental.
        /// </summary>
        private string WriteCopy(string original, byte[] prefix)
        {
            int length = Array.LastIndexOf(prefix, (byte)'\n') + 1;
            if (length == 0)
            {
                // One huge line: cut before a UTF-8 sequence that may be incomplete instead.
                length = prefix.Length;
                while (length > 0 && prefix.Length - length < 4 && prefix[length - 1] >= 0x80)
                {
                    length--;
                }
            }

            string folder = Path.Combine(Path.GetFullPath(CopyFolder!), PathHash(original));
            string copy = Path.Combine(folder, Path.GetFileName(original));
            if (File.Exists(copy) && new FileInfo(copy).Length == length && SameBytes(copy, prefix, length))
            {
                return copy;
            }

            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(copy, FileMode.Create, FileAccess.Write))
            {
                stream.Write(prefix, 0, length);
            }

            return copy;
        }

        private static bool SameBytes(string path, byte[] expected, int length)
        {
            byte[] actual = File.ReadAllBytes(path);
            if (actual.Length != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (actual[i] != expected[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string PathHash(string path) => ManifestFile.Hex(Encoding.UTF8.GetBytes(path)).Substring(0, 12);
    }
}
