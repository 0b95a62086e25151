using System;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// The offline checks of the formats that carry one (docs/providers.md "Offline checksum algorithms"):
    /// GitHub's CRC-32 + base62 tail, Microsoft's CASK-84 Marvin32 checksum, Azure AI Search's Marvin32 checksum, and
    /// the structural checks of AWS Bedrock API keys. Each validator has the <see cref="KeyValidator"/> shape, runs only
    /// on a text that already has the format's exact shape, and allocates nothing (per-thread buffers; netstandard2.0
    /// has no spans on the stack, no BigInteger with endianness, no BitOperations).
    /// </summary>
    internal static class Checksums
    {
        /// <summary><c>0-9A-Za-z</c>, the digit order of every base62 in scope.</summary>
        internal const string Base62Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

        /// <summary>The CASK seed: the ASCII text <c>Default0</c> read big-endian.</summary>
        internal static readonly ulong CaskSeed = Seed("Default0");

        internal static readonly ulong SearchQuerySeed = Seed("Query000");

        internal static readonly ulong SearchAdminSeed = Seed("PAdmin00");

        private const string StandardBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        private static readonly uint[] CrcTable = BuildCrcTable();

        // Decoded bytes of the key being checked; 64 covers the largest fixed check (a CASK key's 60 bytes, a
        // Bedrock short-term key's 49-byte prefix). One per thread: analyzers scan concurrently.
        [ThreadStatic]
        private static byte[]? decoded;

        [ThreadStatic]
        private static char[]? digits;

        /// <summary>GitHub <c>ghp_</c>/<c>gho_</c>/<c>ghu_</c>/<c>ghs_</c>/<c>ghr_</c>: CRC-32 of the 30 random characters, in 6 base62 digits.</summary>
        public static bool IsValidGitHubToken(string text, int start, int length)
        {
            if (length != 40)
            {
                return false;
            }

            uint crc = Crc32(text, start + 4, 30);

            // 62^6 > 2^32, so six digits hold every CRC and the leading ones are the '0' padding.
            for (int i = 39; i >= 34; i--)
            {
                if (text[start + i] != Base62Digits[(int)(crc % 62)])
                {
                    return false;
                }

                crc /= 62;
            }

            return true;
        }

        /// <summary>
        /// Microsoft CASK-84 (Azure OpenAI, Azure AI services): Marvin32 of the 60 bytes under the first 80 characters,
        /// seed <c>Default0</c>; the last 4 characters start its base62 form or are the legacy base64 of 3 of its bytes.
        /// </summary>
        public static bool IsValidCask(string text, int start, int length)
        {
            byte[] bytes = decoded ??= new byte[64];
            if (length != 84 || DecodeBase64(text, start, 80, bytes) != 60)
            {
                return false;
            }

            uint c = (uint)Marvin32(bytes, 0, 60, CaskSeed);
            return Base62Prefix(c, text, start + 80) || LegacyBase64Prefix(c, text, start + 80);
        }

        /// <summary>Azure AI Search 52-char query key: Marvin32 of bytes [0,35) with seed <c>Query000</c> equals bytes [35,39).</summary>
        public static bool IsValidSearchQueryKey(string text, int start, int length) => IsValidSearchKey(text, start, length, SearchQuerySeed);

        /// <summary>Azure AI Search 52-char admin key: as the query key, seed <c>PAdmin00</c>.</summary>
        public static bool IsValidSearchAdminKey(string text, int start, int length) => IsValidSearchKey(text, start, length, SearchAdminSeed);

        /// <summary>
        /// AWS Bedrock long-term API key: <c>ABSK</c> + standard base64 of <c>BedrockAPIKey-…</c>, padded correctly.
        /// The format's literal fixes the first 13 decoded bytes; this checks the dash and the padding.
        /// </summary>
        public static bool IsValidBedrockLongTermKey(string text, int start, int length) =>
            HasValidPadding(text, start + 4, length - 4) && DecodedStartsWith(text, start + 4, length - 4, "BedrockAPIKey-");

        /// <summary>AWS Bedrock short-term API key: <c>bedrock-api-key-</c> + base64 of a SigV4 pre-signed <c>CallWithBearerToken</c> URL.</summary>
        public static bool IsValidBedrockShortTermKey(string text, int start, int length)
        {
            const int prefix = 16; // "bedrock-api-key-"
            return HasValidPadding(text, start + prefix, length - prefix)
                && DecodedStartsWith(text, start + prefix, length - prefix, "bedrock.amazonaws.com/?Action=CallWithBearerToken");
        }

        /// <summary>CRC-32/ISO-HDLC (zlib, IEEE 802.3) of the low bytes of ASCII characters.</summary>
        internal static uint Crc32(string text, int start, int length)
        {
            uint crc = 0xFFFFFFFF;
            for (int i = start; i < start + length; i++)
            {
                crc = CrcTable[(crc ^ text[i]) & 0xFF] ^ (crc >> 8);
            }

            return ~crc;
        }

        /// <summary>Marvin32 as dotnet/runtime's System.Marvin: the 64-bit Marvin state folded to 32 bits.</summary>
        internal static int Marvin32(byte[] data, int offset, int count, ulong seed)
        {
            uint p0 = (uint)seed;
            uint p1 = (uint)(seed >> 32);
            int i = offset;
            int end = offset + count;
            for (; end - i >= 4; i += 4)
            {
                p0 += (uint)(data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
                Block(ref p0, ref p1);
            }

            // The 0..3 remaining bytes, little-endian, followed by a 0x80 byte.
            switch (end - i)
            {
                case 0:
                    p0 += 0x80u;
                    break;
                case 1:
                    p0 += 0x8000u | data[i];
                    break;
                case 2:
                    p0 += 0x800000u | ((uint)data[i + 1] << 8) | data[i];
                    break;
                default:
                    p0 += 0x80000000u | ((uint)data[i + 2] << 16) | ((uint)data[i + 1] << 8) | data[i];
                    break;
            }

            Block(ref p0, ref p1);
            Block(ref p0, ref p1);
            return (int)(p1 ^ p0);
        }

        /// <summary>
        /// Decodes base64 (standard or URL-safe alphabet, padding optional) into <paramref name="output"/>, up to its
        /// length; returns the number of bytes written, or -1 on a character outside both alphabets.
        /// </summary>
        internal static int DecodeBase64(string text, int start, int length, byte[] output)
        {
            int written = 0;
            uint buffer = 0;
            int bits = 0;
            for (int i = start; i < start + length && written < output.Length; i++)
            {
                char c = text[i];
                if (c == '=')
                {
                    break;
                }

                int v = Base64Value(c);
                if (v < 0)
                {
                    return -1;
                }

                buffer = (buffer << 6) | (uint)v;
                bits += 6;
                if (bits >= 8)
                {
                    bits -= 8;
                    output[written++] = (byte)(buffer >> bits);
                }
            }

            return written;
        }

        /// <summary>An 8-character ASCII seed name read big-endian, as security-utilities' ComputeHisV1ChecksumSeed.</summary>
        internal static ulong Seed(string name)
        {
            ulong seed = 0;
            foreach (char c in name)
            {
                seed = (seed << 8) | c;
            }

            return seed;
        }

        private static bool IsValidSearchKey(string text, int start, int length, ulong seed)
        {
            byte[] bytes = decoded ??= new byte[64];
            if (length != 52 || DecodeBase64(text, start, 52, bytes) != 39)
            {
                return false;
            }

            uint expected = (uint)(bytes[35] | (bytes[36] << 8) | (bytes[37] << 16) | (bytes[38] << 24));
            return (uint)Marvin32(bytes, 0, 35, seed) == expected;
        }

        // The checksum's 4 little-endian bytes read as a big-endian number, in base62 with one '0' per leading zero
        // byte (at most 3): the key's 4 checksum characters must start that text.
        private static bool Base62Prefix(uint checksum, string text, int at)
        {
            uint value = ((checksum & 0xFF) << 24) | ((checksum & 0xFF00) << 8) | ((checksum >> 8) & 0xFF00) | (checksum >> 24);
            char[] buffer = digits ??= new char[12];
            int n = 0;
            for (int b = 0; b < 3 && ((value >> (24 - (8 * b))) & 0xFF) == 0; b++)
            {
                buffer[n++] = '0';
            }

            int first = n;
            do
            {
                buffer[n++] = Base62Digits[(int)(value % 62)];
                value /= 62;
            }
            while (value != 0);

            Array.Reverse(buffer, first, n - first);
            for (int i = 0; i < 4; i++)
            {
                if (text[at + i] != (i < n ? buffer[i] : '0'))
                {
                    return false;
                }
            }

            return true;
        }

        // The legacy form: standard base64 of the checksum's first 3 little-endian bytes (exactly 4 characters).
        private static bool LegacyBase64Prefix(uint checksum, string text, int at)
        {
            uint triple = ((checksum & 0xFF) << 16) | (checksum & 0xFF00) | ((checksum >> 16) & 0xFF);
            for (int i = 0; i < 4; i++)
            {
                if (text[at + i] != StandardBase64[(int)((triple >> (18 - (6 * i))) & 0x3F)])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool DecodedStartsWith(string text, int start, int length, string expected)
        {
            byte[] bytes = decoded ??= new byte[64];
            if (expected.Length > bytes.Length || DecodeBase64(text, start, length, bytes) < expected.Length)
            {
                return false;
            }

            for (int i = 0; i < expected.Length; i++)
            {
                if (bytes[i] != expected[i])
                {
                    return false;
                }
            }

            return true;
        }

        // '=' only at the end, at most two, and then a whole number of 4-character groups.
        private static bool HasValidPadding(string text, int start, int length)
        {
            int pad = 0;
            while (pad < length && text[start + length - 1 - pad] == '=')
            {
                pad++;
            }

            for (int i = start; i < start + length - pad; i++)
            {
                if (text[i] == '=')
                {
                    return false;
                }
            }

            return pad == 0 ? length % 4 != 1 : pad <= 2 && length % 4 == 0;
        }

        private static int Base64Value(char c)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A';
            }

            if (c >= 'a' && c <= 'z')
            {
                return c - 'a' + 26;
            }

            if (c >= '0' && c <= '9')
            {
                return c - '0' + 52;
            }

            return c == '+' || c == '-' ? 62 : c == '/' || c == '_' ? 63 : -1;
        }

        private static void Block(ref uint p0, ref uint p1)
        {
            p1 ^= p0;
            p0 = RotateLeft(p0, 20);
            p0 += p1;
            p1 = RotateLeft(p1, 9);
            p1 ^= p0;
            p0 = RotateLeft(p0, 27);
            p0 += p1;
            p1 = RotateLeft(p1, 19);
        }

        private static uint RotateLeft(uint value, int shift) => (value << shift) | (value >> (32 - shift));

        private static uint[] BuildCrcTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
