using System.Security.Cryptography;
using System.Text;

namespace KeyGov;

/// <summary>
/// Real digests of short texts, lower-case hex: the hashes that share a prefix-less key's shape (MD5 = 32 hex like an
/// Azure OpenAI key, SHA-1 = 40 hex like a Deepgram key, SHA-256 = 64 hex like a Together legacy key), for the tests
/// that prove such values stay silent under provider names.
/// </summary>
public static class HexDigests
{
    public static string Md5(string text) => Hex(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Sha1(string text) => Hex(SHA1.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Sha256(string text) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Hex(byte[] digest) => Convert.ToHexString(digest).ToLowerInvariant();
}
