using KeyGov.Core.Inventory;
using KeyGov.Core.Json;
using KeyGov.Core.Manifest;
using KeyGov.Core.Sarif;
using static KeyGov.Core.Tests.Manifest.ManifestTestData;

namespace KeyGov.Core.Tests.Manifest;

/// <summary>Mutated manifests: the reader and checker never throw, and every result is a manifest or a KG3001.</summary>
public class ManifestFuzzTests
{
    // Chars that matter to the grammar, plus a few that must not break positions or messages.
    private const string Alphabet = "{}[]\":,\\/*-+.0123456789eEtrufalsn xX_@\t\n\r\u0000\u001f\uFEFF\u00e9\ud83d\u2028'";

    [Fact]
    public void Mutated_manifests_never_throw_and_always_give_a_manifest_or_KG3001()
    {
        var random = new Random(20261120);
        var options = new ManifestCheckOptions(new DateTime(2026, 11, 20), TimeCheckMode.Error);
        int unreadable = 0, readable = 0;
        for (int variant = 0; variant < 4000; variant++)
        {
            string text = Mutate(Example, random, 1 + random.Next(6));

            var result = ManifestReader.Read(text);
            Assert.True(result.Manifest != null || result.Findings.Any(f => f.RuleId == "KG3001"), $"variant {variant}: no manifest and no KG3001");
            foreach (var finding in result.Findings)
            {
                AssertWellFormed(finding, text, variant);
            }

            if (result.Manifest == null)
            {
                unreadable++;
                Assert.Single(result.Findings);
                continue;
            }

            readable++;
            foreach (var finding in ManifestChecker.Check(result.Manifest, options))
            {
                AssertWellFormed(finding, text, variant);
            }
        }

        // The mutations exercise both paths.
        Assert.True(unreadable > 500, $"{unreadable} unreadable");
        Assert.True(readable > 500, $"{readable} readable");
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(42);
        for (int variant = 0; variant < 2000; variant++)
        {
            var chars = new char[random.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            string text = new(chars);
            var parsed = JsonReader.Parse(text, ManifestText.JsonEcho);
            Assert.True((parsed.Root == null) != (parsed.Error == null));
            var result = ManifestReader.Read(text);
            Assert.True(result.Manifest != null || result.Findings.Any(f => f.RuleId == "KG3001"));
        }
    }

    [Fact]
    public void Mutated_manifests_always_give_valid_SARIF_and_inventory_json()
    {
        // Property: whatever the reader and the checks make of a mutated manifest (a key inserted now and then), the
        // outputs are well-formed JSON, and hold no key.
        var random = new Random(20261128);
        string key = FakeKeys.OpenAIProject(99);
        var options = new ManifestCheckOptions(new DateTime(2027, 1, 5), TimeCheckMode.Warning);
        var severity = new SeverityConfiguration("KG3006", "KG3007", null, false);
        for (int variant = 0; variant < 500; variant++)
        {
            string text = Mutate(Example, random, 1 + random.Next(4));
            if (variant % 5 == 0)
            {
                int at = random.Next(text.Length);
                text = text[..at] + key + text[at..];
            }

            var validation = ManifestValidator.Run(text, options);
            var reported = validation.Findings.Select(f => severity.Apply(f, "/repo/keygov.json")).ToList();
            string sarif = SarifLogWriter.Write(reported, new SarifLogOptions { FullName = "KeyGov fuzz", SourceRoot = "/repo", EvaluationDate = options.EvaluationDate, TimeChecks = options.TimeChecks });
            var inventory = CredentialInventory.Build(validation.Manifest, reported, new InventoryProvenance { ManifestSha256 = "00", EvaluationDate = options.EvaluationDate });
            foreach (var json in new[] { sarif, InventoryWriter.ToJson(inventory) })
            {
                using var document = System.Text.Json.JsonDocument.Parse(json);
                int leak = json.IndexOf(key.Substring(20, 24), StringComparison.Ordinal);
                Assert.True(leak < 0, "variant " + variant + ": " + json[Math.Max(0, leak - 300)..Math.Min(json.Length, leak + 300)] + "\n---- manifest:\n" + text);
            }

            Assert.DoesNotContain(key.Substring(20, 24), InventoryWriter.ToMarkdown(inventory), StringComparison.Ordinal);
        }
    }

    private static void AssertWellFormed(ManifestFinding finding, string text, int variant)
    {
        Assert.DoesNotContain("internal error", finding.Message, StringComparison.Ordinal);
        int lines = text.Split('\n').Length + text.Count(c => c == '\r');
        Assert.True(finding.Line >= 1 && finding.Line <= lines, $"variant {variant}: line out of range: {finding}");
        Assert.True(finding.Column >= 1 && finding.Column <= text.Length + 1, $"variant {variant}: column out of range: {finding}");
        Assert.True(finding.EndLine > finding.Line || (finding.EndLine == finding.Line && finding.EndColumn >= finding.Column), $"variant {variant}: bad end: {finding}");
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.DoesNotContain('\n', finding.Message);
    }

    private static string Mutate(string text, Random random, int count)
    {
        var chars = new List<char>(text);
        for (int i = 0; i < count; i++)
        {
            int at = random.Next(chars.Count + 1);
            switch (random.Next(4))
            {
                case 0:
                    if (at < chars.Count)
                    {
                        chars.RemoveAt(at);
                    }

                    break;
                case 1:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    if (at < chars.Count)
                    {
                        chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    }

                    break;
                default:
                    // Swap a digit or letter inside a value: dates, days and enums change but stay syntactically valid.
                    int start = random.Next(chars.Count);
                    for (int k = start; k < chars.Count && k < start + 200; k++)
                    {
                        if (char.IsLetterOrDigit(chars[k]))
                        {
                            chars[k] = char.IsDigit(chars[k]) ? (char)('0' + random.Next(10)) : (char)('a' + random.Next(26));
                            break;
                        }
                    }

                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
