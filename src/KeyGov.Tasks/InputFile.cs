using System;
using System.IO;
using System.Runtime.InteropServices;

namespace KeyGov.Tasks
{
    /// <summary>What a path names, as far as reading it is concerned.</summary>
    internal enum InputFileKind
    {
        /// <summary>Nothing there, or a symbolic link whose target is missing.</summary>
        Missing,

        /// <summary>A regular file (through any symbolic links): the only kind KeyGov opens.</summary>
        Regular,

        Directory,

        /// <summary>A FIFO, a device (<c>/dev/zero</c>), a socket, or a symbolic link loop: opening or reading it may block or never end.</summary>
        Special,
    }

    /// <summary>
    /// Reads build inputs (the manifest, config files) safely: only regular files are opened, and never more than a
    /// bound. .NET has no file-type API on Unix: <see cref="File.Exists"/> is true for a FIFO or a device, opening a FIFO
    /// blocks in open() until a writer comes, and <see cref="FileInfo.Length"/> is 0 for both, so a FIFO hangs a build
    /// and <c>/dev/zero</c> fills memory. The type comes from stat() through the runtime's own native shim
    /// (<c>libSystem.Native</c>, whose <c>FileStatus</c> has the same layout and mode bits on every Unix), and the read
    /// is bounded whatever the length says.
    /// </summary>
    internal static class InputFile
    {
        public static InputFileKind KindOf(string path)
        {
            if (IsUnix && UnixStat.TryMode(path, out int mode))
            {
                return (mode & UnixStat.TypeMask) switch
                {
                    UnixStat.Regular => InputFileKind.Regular,
                    UnixStat.Directory => InputFileKind.Directory,
                    _ => InputFileKind.Special,
                };
            }

            if (IsUnix && UnixStat.TryLinkMode(path, out _))
            {
                // stat() failed where lstat() did not: a link to nothing, or a loop (File.Exists is true for both).
                return IsDanglingLink(path) ? InputFileKind.Missing : InputFileKind.Special;
            }

            // Windows (no FIFOs or devices behind ordinary paths), or a runtime without the shim.
            return Directory.Exists(path) ? InputFileKind.Directory : File.Exists(path) ? InputFileKind.Regular : InputFileKind.Missing;
        }

        /// <summary>
        /// Reads at most <paramref name="maxBytes"/> bytes of a regular file, whatever its length claims. Returns null and
        /// says why when the path is not a regular file or cannot be read; <paramref name="truncated"/> says there was more.
        /// </summary>
        public static byte[]? ReadPrefix(string path, long maxBytes, out bool truncated, out string? problem)
        {
            truncated = false;
            problem = null;
            var kind = KindOf(path);
            if (kind != InputFileKind.Regular)
            {
                problem = Describe(kind);
                return null;
            }

            try
            {
                using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.SequentialScan))
                {
                    var buffer = new MemoryStream();
                    var chunk = new byte[81920];
                    while (true)
                    {
                        int want = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
                        int read = want > 0 ? stream.Read(chunk, 0, want) : 0;
                        if (read <= 0)
                        {
                            break;
                        }

                        buffer.Write(chunk, 0, read);
                    }

                    if (buffer.Length > maxBytes)
                    {
                        truncated = true;
                        buffer.SetLength(maxBytes);
                    }

                    return buffer.ToArray();
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException || ex is NotSupportedException || ex is ArgumentException)
            {
                problem = ex.Message;
                return null;
            }
        }

        /// <summary>Why a path of this kind is not read.</summary>
        public static string Describe(InputFileKind kind) => kind switch
        {
            InputFileKind.Missing => "it does not exist (or is a symbolic link to nothing)",
            InputFileKind.Directory => "it is a folder, not a file",
            InputFileKind.Special => "it is not a regular file (a FIFO, a device, a socket or a symbolic link loop); KeyGov reads only regular files",
            _ => "it is a regular file",
        };

        private static bool IsDanglingLink(string path)
        {
#if NETFRAMEWORK
            return true;
#else
            try
            {
                var info = new FileInfo(path);
                if (info.LinkTarget == null)
                {
                    return false;
                }

                // A loop throws here (too many levels of symbolic links); a missing target resolves to a path that does not exist.
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                return target != null && !target.Exists;
            }
            catch (IOException)
            {
                return false;
            }
#endif
        }

#if NETFRAMEWORK
        private static bool IsUnix => false;
#else
        private static bool IsUnix => !OperatingSystem.IsWindows();
#endif

        /// <summary>stat() and lstat() through the runtime's native shim; false when the call fails or the shim is absent.</summary>
        private static class UnixStat
        {
            public const int TypeMask = 0xF000;
            public const int Regular = 0x8000;
            public const int Directory = 0x4000;

            // FileStatus starts { int32 Flags; int32 Mode; ... } in every .NET since Core 3.0; the buffer is larger than the struct.
            private const int BufferSize = 512;
            private const int ModeOffset = 4;

#if !NETFRAMEWORK
            private static bool s_unavailable;
#endif

            public static bool TryMode(string path, out int mode) => Call(path, link: false, out mode);

            public static bool TryLinkMode(string path, out int mode) => Call(path, link: true, out mode);

            private static bool Call(string path, bool link, out int mode)
            {
                mode = 0;
#if NETFRAMEWORK
                return false;
#else
                if (s_unavailable)
                {
                    return false;
                }

                try
                {
                    var status = new byte[BufferSize];
                    int result = link ? LStat(path, status) : Stat(path, status);
                    if (result != 0)
                    {
                        return false;
                    }

                    mode = BitConverter.ToInt32(status, ModeOffset);
                    return true;
                }
                catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException || ex is BadImageFormatException)
                {
                    s_unavailable = true;
                    return false;
                }
#endif
            }

#if !NETFRAMEWORK
            [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
            private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] output);

            [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
            private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] output);
#endif
        }
    }
}
