using System.Text;
using System.Text.RegularExpressions;
using KeyGov.Core.Detection;

namespace KeyGov.Core.Tests.Detection;

/// <summary>Huge, hostile and random input: the scanner finishes, never throws, and keeps its invariants.</summary>
public class RobustnessTests
{
    private const int Megabyte = 1 << 20;

    [Fact]
    public void Ten_megabytes_of_text_without_keys_finish_with_no_finding()
    {
        string text = Repeat(Samples.Prose(new Random(1), 2000), 10 * Megabyte);
        Assert.Empty(KeyScanner.Scan(text));
    }

    [Theory]
    [InlineData("sk-")]
    [InlineData(" sk-")]
    [InlineData("T3BlbkFJ")]
    [InlineData("sk-T3BlbkFJ")]
    [InlineData(" sk-T3BlbkFJ")]
    [InlineData("sk-proj-")]
    [InlineData("sk-ant-api03-")]
    [InlineData(" sk-ant-oat01-")]
    [InlineData("AA")]
    [InlineData("sk-ant-api03-AAAAAAAAAAAAAAAA")]
    [InlineData("ghs_1_")]
    [InlineData("ghs_12345678_abcdefghijkl.")]
    [InlineData("AIza")]
    [InlineData("AKIA")]
    [InlineData("JQQJ99")]
    [InlineData("AzSe")]
    [InlineData("ABSKQmVkcm9ja0FQSUtleS")]
    [InlineData("bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t")]
    [InlineData("-----BEGIN " + "PRIVATE KEY-----")]
    [InlineData("\"private_key\": \"-----BEGIN " + "PRIVATE KEY-----\\nMIIE")]
    [InlineData("fw_")]
    [InlineData("pcsk_")]
    [InlineData("lsv2_pt_")]
    public void Megabytes_of_partial_anchors_finish_with_no_finding(string unit) =>
        Assert.Empty(KeyScanner.Scan(Repeat(unit, Megabyte)));

    [Fact]
    public void Long_runs_after_anchors_finish_with_no_finding()
    {
        // Each anchor followed by the longest run its format allows, with no valid end: work per hit is bounded by the
        // format, and runs stop at the next anchor, so the whole scan stays linear.
        var rng = new Random(8);
        string pem = "\"private_key\": \"-----BEGIN " + "PRIVATE KEY-----" + FakeKeys.Chars(rng, FakeKeys.Base64, 9000) + "\"";
        string bedrock = "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t" + FakeKeys.Chars(rng, FakeKeys.Base64, 7000) + " ";
        string jwt = "ghs_1_" + FakeKeys.Chars(rng, FakeKeys.UrlSafe, 300) + "." + FakeKeys.Chars(rng, FakeKeys.UrlSafe, 5000) + " ";
        foreach (var unit in new[] { pem, bedrock, jwt, "ABSKQmVkcm9ja0FQSUtleS" + FakeKeys.Chars(rng, FakeKeys.Base64, 300) + "!" })
        {
            Assert.Empty(KeyScanner.Scan(Repeat(unit, Megabyte)));
        }
    }

    [Fact]
    public void Long_tokens_around_the_signature_finish_with_no_finding()
    {
        // Worst case for the lenient form's backtracking: a token start followed by signatures every few characters.
        var rng = new Random(2);
        string unit = " sk-" + Repeat(FakeKeys.OpenAISignature + FakeKeys.Chars(rng, FakeKeys.UrlSafe, 3), 400);
        Assert.Empty(KeyScanner.Scan(Repeat(unit, Megabyte)));
    }

    [Fact]
    public void Many_keys_are_all_found()
    {
        var text = new StringBuilder();
        var expected = new List<string>();
        for (int seed = 0; text.Length < 2 * Megabyte; seed++)
        {
            foreach (var (kindId, key) in FakeKeys.All(seed))
            {
                text.Append(key).Append(seed % 2 == 0 ? "\n" : "\", \"");
                expected.Add(kindId);
            }
        }

        var findings = KeyScanner.Scan(text.ToString());
        Assert.Equal(expected.Count, findings.Count);
        for (int i = 0; i < findings.Count; i++)
        {
            Assert.Equal(expected[i], findings[i].Kind.Id);
        }
    }

    [Fact]
    public void Random_text_never_throws_and_findings_keep_their_invariants()
    {
        var rng = new Random(42);
        string alphabet = FakeKeys.UrlSafe + " \t\r\n.,;:\"'=+/<>{}()[]*…•é日\ud83d\ude00\ud800\udfff\0";
        for (int i = 0; i < 3000; i++)
        {
            string text = (i % 3) switch
            {
                0 => FakeKeys.Chars(rng, alphabet, rng.Next(0, 400)),
                1 => AnchorSoup(rng),
                _ => Mutant(rng),
            };
            CheckInvariants(text);
        }
    }

    [Fact]
    public void Mutated_keys_are_judged_as_the_reference_regexes_judge_them()
    {
        // docs/providers.md's regexes are the oracle, for every kind without a checksum or structural check. The regexes know
        // no placeholder filter, so no mutant repeats a chunk of its key (in a 24-character fw_ body that halves the
        // distinct characters: a placeholder shape for the filter, a key for the regex). The lenient
        // OpenAI one without tokens claiming a documented prefix, the scoped ones with the same count on both sides of
        // the signature, as the formats are documented; the JWT-like GitHub token with KeyGov's segment bounds).
        var rng = new Random(99);
        int found = 0;
        for (int i = 0; i < 6000; i++)
        {
            string text = Mutant(rng, OracleKinds, duplicate: false);
            var expected = Oracle(text);
            var actual = KeyScanner.Scan(text);
            Assert.True(expected.Count == actual.Count, $"case {i}: expected {expected.Count}, got {actual.Count}: {text}");
            for (int k = 0; k < expected.Count; k++)
            {
                Assert.Equal(expected[k], (actual[k].Start, actual[k].Length, actual[k].Kind.Id));
            }

            found += actual.Count;
        }

        Assert.InRange(found, 800, 6000); // mutants must be a mix of keys and near-misses to test anything
    }

    private static readonly (Regex Pattern, string KindId, int Specificity)[] OracleRegexes =
    [
        (Urlsafe("sk-proj-(?:U{74}T3BlbkFJU{74}|U{58}T3BlbkFJU{58})"), "openai/project-key", 1),
        (Urlsafe("sk-svcacct-(?:U{74}T3BlbkFJU{74}|U{58}T3BlbkFJU{58})"), "openai/service-account-key", 1),
        (Urlsafe("sk-admin-(?:U{74}T3BlbkFJU{74}|U{58}T3BlbkFJU{58})"), "openai/admin-key", 1),
        (Urlsafe("sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"), "openai/user-key", 1),
        (Urlsafe("sk-(?!proj-|svcacct-|admin-|ant-)U{20,200}T3BlbkFJU{20,200}"), "openai/api-key", 0),
        (Urlsafe("sk-ant-api03-U{93}AA"), "anthropic/api-key", 1),
        (Urlsafe("sk-ant-admin01-U{93}AA"), "anthropic/admin-key", 1),
        (Urlsafe("sk-ant-oat01-U{40,200}"), "anthropic/oauth-access-token", 1),
        (Urlsafe("sk-ant-ort01-U{40,200}"), "anthropic/oauth-refresh-token", 1),
        (Urlsafe("AIzaU{35}"), "google-gemini/api-key", 1),
        (Urlsafe("AQ\\.Ab8RN6U{44}"), "google-gemini/auth-key", 1),
        (Alnum("AKIA[A-Z2-7]{16}"), "aws-bedrock/access-key-id", 1),
        (Alnum("ASIA[A-Z2-7]{16}"), "aws-bedrock/temporary-access-key-id", 1),
        (Alnum("ABIA[A-Z2-7]{16}"), "aws-bedrock/bearer-token-key-id", 1),
        (Alnum("ACCA[A-Z2-7]{16}"), "aws-bedrock/context-credential-key-id", 1),
        (Urlsafe("hf_[A-Za-z]{34}"), "huggingface/user-token", 1),
        (Urlsafe("api_org_[A-Za-z]{34}"), "huggingface/org-token", 1),
        (Urlsafe("gsk_[A-Za-z0-9]{52}"), "groq/api-key", 1),
        (Urlsafe("r8_U{37}"), "replicate/api-token", 1),
        (Urlsafe("pplx-[A-Za-z0-9]{48}"), "perplexity/api-key", 1),
        (Urlsafe("xai-[A-Za-z0-9_]{80}"), "xai/api-key", 1),
        (Urlsafe("sk-or-v1-[a-f0-9]{64}"), "openrouter/api-key", 1),
        (Urlsafe("tgp_v1_U{43}"), "together/api-key", 1),
        (Urlsafe("fw_[A-Za-z0-9]{20,48}"), "fireworks/api-key", 1),
        (Urlsafe("lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10}"), "langsmith/personal-access-token", 1),
        (Urlsafe("lsv2_sk_[a-f0-9]{32}_[a-f0-9]{10}"), "langsmith/service-key", 1),
        (Urlsafe("pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}"), "pinecone/api-key", 1),
        (Urlsafe("nvapi-U{64}"), "nvidia/api-key", 1),
        (Urlsafe("github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"), "github/fine-grained-token", 1),
        (Urlsafe("ghs_[0-9]{1,20}_U{10,256}\\.U{10,4096}\\.U{10,1024}"), "github/installation-token", 1),
        (Urlsafe("csk-[a-z0-9]{48}"), "cerebras/api-key", 1),
        (Urlsafe("wandb_v1_[A-Za-z0-9_]{77}"), "wandb/api-key", 1),
    ];

    private static readonly HashSet<string> OracleKinds = OracleRegexes.Select(r => r.KindId).ToHashSet();

    private static Regex Urlsafe(string core) =>
        new("(?<![A-Za-z0-9_-])" + core.Replace("U{", "[A-Za-z0-9_-]{", StringComparison.Ordinal) + "(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    private static Regex Alnum(string core) =>
        new("(?<![A-Za-z0-9])" + core + "(?![A-Za-z0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    private static List<(int Start, int Length, string KindId)> Oracle(string text)
    {
        var best = new SortedDictionary<int, (int Length, string KindId, int Specificity)>();
        foreach (var (pattern, kindId, specificity) in OracleRegexes)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (!best.TryGetValue(m.Index, out var other) || specificity > other.Specificity)
                {
                    best[m.Index] = (m.Length, kindId, specificity);
                }
            }
        }

        var result = new List<(int, int, string)>();
        foreach (var (start, (length, kindId, _)) in best)
        {
            result.Add((start, length, kindId));
        }

        return result;
    }

    // Keys, broken keys and keys glued together: deletions, insertions, foreign characters, truncation, duplication.
    private static string Mutant(Random rng, HashSet<string>? kinds = null, bool duplicate = true)
    {
        var all = FakeKeys.All(rng.Next()).Where(k => kinds == null || kinds.Contains(k.KindId)).ToList();
        var text = new StringBuilder(all[rng.Next(all.Count)].Key);
        string pool = FakeKeys.UrlSafe + FakeKeys.UrlSafe + " .+/=\"";
        for (int m = rng.Next(0, 4); m > 0 && text.Length > 0; m--)
        {
            int at = rng.Next(text.Length);
            switch (rng.Next(6))
            {
                case 0: text.Remove(at, 1); break;
                case 1: text.Insert(at, pool[rng.Next(pool.Length)]); break;
                case 2: text[at] = pool[rng.Next(pool.Length)]; break;
                case 3: text.Length = at; break;
                case 4 when duplicate: text.Insert(at, text.ToString(at, Math.Min(text.Length - at, rng.Next(1, 30)))); break;
                default: text.Insert(rng.Next(2) == 0 ? 0 : text.Length, pool[rng.Next(pool.Length)]); break;
            }
        }

        return (rng.Next(3) == 0 ? "x=" : " ") + text + (rng.Next(3) == 0 ? "\n" + all[rng.Next(all.Count)].Key : "");
    }

    private static string AnchorSoup(Random rng)
    {
        string[] pieces =
        [
            "sk-", "sk-proj-", "sk-svcacct-", "sk-admin-", "sk-ant-api03-", "sk-ant-admin01-", "sk-ant-oat01-", "sk-ant-ort01-", "T3BlbkFJ",
            "AA", " ", "\"", ".", "…", "AIza", "AQ.Ab8RN6", "AKIA", "ASIA", "JQQJ99", "AAABACOG", "AzSe", "ghp_", "ghs_", "ghs_123_",
            "github_pat_", "hf_", "gsk_", "r8_", "pplx-", "xai-", "sk-or-v1-", "tgp_v1_", "fw_", "lsv2_pt_", "pcsk_", "nvapi-", "csk-",
            "wandb_v1_", "ABSKQmVkcm9ja0FQSUtleS", "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t", "=", "_", "\\n",
            "\"private_key\": \"", "-----BEGIN " + "PRIVATE KEY-----", "-----END " + "PRIVATE KEY-----", "\"service_account\"",
        ];
        var text = new StringBuilder();
        for (int n = rng.Next(1, 30); n > 0; n--)
        {
            text.Append(rng.Next(3) == 0 ? FakeKeys.Chars(rng, FakeKeys.UrlSafe, rng.Next(0, 100)) : pieces[rng.Next(pieces.Length)]);
        }

        return text.ToString();
    }

    private static void CheckInvariants(string text)
    {
        var findings = KeyScanner.Scan(text);
        int previousEnd = 0;
        foreach (var f in findings)
        {
            Assert.True(f.Start >= previousEnd && f.Start + f.Length <= text.Length, "findings must be in order, in bounds and disjoint");
            Assert.StartsWith(f.Kind.DisplayPrefix, text.Substring(f.Start), StringComparison.Ordinal);
            Assert.NotEqual(KeyKindClass.PrefixLess, f.Kind.Class);
            if (f.Kind.Id != "google-vertex/service-account-key") // a PEM is a finding only inside its service-account JSON
            {
                var alone = Assert.Single(KeyScanner.Scan(text.Substring(f.Start, f.Length)));
                Assert.Equal(f.Kind, alone.Kind);
                Assert.Equal(f.Length, alone.Length);
            }
            previousEnd = f.Start + f.Length;
        }
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString();
    }
}
