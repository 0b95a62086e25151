using System.Security.Cryptography;
using System.Text.Json;

namespace KeyGov.Tasks.Tests;

/// <summary>The SARIF log, the inventory evidence and the success stamp the task writes.</summary>
public sealed class OutputTests : IDisposable
{
    private static readonly string Key = FakeKeys.OpenAIServiceAccount(77);

    // Findings: KG3014 (a key pasted into an x- field of a revoked entry), KG3006, KG3009 (an open exception longer than 90 days), KG3005 (time).
    private static readonly string Manifest = """
        {
          "$schema": "https://raw.githubusercontent.com/keygov/KeyGov.Analyzers/main/docs/keygov.schema.json",
          "version": 1,
          "credentials": [
            {
              "id": "openai-support-summaries",
              "provider": "openai",
              "owner": "@contoso/support-bot",
              "purpose": "Drafts answers to support tickets | in SupportBot.Api <b>",
              "environments": ["production"],
              "consumers": ["SupportBot.Api"],
              "rotation": { "everyDays": 30, "lastRotated": "2026-11-15" },
              "lastReviewed": "2026-11-01",
              "expires": "2026-12-10"
            },
            {
              "id": "anthropic-eval-shared",
              "provider": "anthropic",
              "owner": "@contoso/ai-eval",
              "purpose": "Offline evaluation runs for the ranking experiments",
              "risk": "moderate",
              "consumers": ["Eval.Runner", "Eval.Ingest"],
              "expires": "2027-01-31",
              "exception": { "reason": "Shared until Eval.Ingest gets its own key", "approvedBy": "@contoso/appsec",
                             "approved": "2026-07-01", "expires": "2026-12-15", "ticket": "SEC-4411" }
            },
            {
              "id": "openai-labs-prototype",
              "provider": "openai",
              "owner": "@contoso/labs",
              "purpose": "Prototype ticket summariser used during the Q3 labs experiment",
              "expires": "2026-09-30",
              "status": "revoked",
              "revoked": { "on": "2026-09-01", "reason": "project-sunset" },
              "x-old-value": "{{KEY}}"
            },
            {
              "id": "openai-batch",
              "provider": "openai",
              "owner": "@contoso/batch",
              "purpose": "Nightly batch summaries of closed support tickets",
              "expires": "2026-11-01"
            }
          ]
        }
        """.Replace("{{KEY}}", Key, StringComparison.Ordinal);

    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    private string Sarif => Path.Combine(_runner.Folder, "out", "keygov.sarif");

    private string Inventory => Path.Combine(_runner.Folder, "out", "inventory");

    private ValidateKeyManifest Task(string timeChecks = "warning", string? manifest = null) =>
        _runner.Task(manifest ?? Manifest, timeChecks, t =>
        {
            t.SarifOutput = Sarif;
            t.InventoryOutput = Inventory;
        });

    [Fact]
    public void The_SARIF_log_is_2_1_0_with_every_manifest_rule_and_located_fingerprinted_results()
    {
        Assert.False(Task().Execute());
        string text = File.ReadAllText(Sarif);
        AssertNoKey(text);
        using var log = JsonDocument.Parse(text);
        var root = log.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("KeyGov", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(KeyGov.Core.Rules.RuleCatalog.All.Select(r => r.Id).Where(id => id.StartsWith("KG3", StringComparison.Ordinal)), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            string id = rule.GetProperty("id").GetString()!;
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.Contains(id, rule.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.Equal("https://github.com/keygov/KeyGov.Analyzers/blob/main/docs/rules/" + id + ".md", rule.GetProperty("helpUri").GetString());
            var properties = rule.GetProperty("properties");
            Assert.True(double.TryParse(properties.GetProperty("security-severity").GetString(), System.Globalization.CultureInfo.InvariantCulture, out double score) && score is > 0 and <= 10);
            Assert.Equal("very-high", properties.GetProperty("precision").GetString());
            Assert.Contains("security", properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(new[] { "KG3014", "KG3006", "KG3009", "KG3005" }, results.Select(r => r.GetProperty("ruleId").GetString()));
        var expired = results[3];
        Assert.Equal("warning", expired.GetProperty("level").GetString());
        Assert.Equal(4, expired.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("Credential 'openai-batch' (owner @contoso/batch) expired on 2026-11-01; rotate it, renew its expiry, or mark it revoked.",
            expired.GetProperty("message").GetProperty("text").GetString());
        var location = expired.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("keygov.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(new Uri(_runner.Folder + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        int line = Manifest.AsSpan(0, Manifest.IndexOf("\"expires\": \"2026-11-01\"", StringComparison.Ordinal)).Count('\n') + 1;
        Assert.Equal((line, 18, line, 30), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal(32, expired.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString()!.Length);
        Assert.Equal("error", results[0].GetProperty("level").GetString());
        Assert.Equal("openai-labs-prototype", results[0].GetProperty("properties").GetProperty("credentialId").GetString());
    }

    [Fact]
    public void Fingerprints_survive_edits_that_move_lines()
    {
        Task().Execute();
        var before = Fingerprints();
        Task(manifest: "// a comment that moves every line down\n\n" + Manifest).Execute();
        var after = Fingerprints();
        Assert.Equal(before.Where(f => f.Rule != "KG3014"), after.Where(f => f.Rule != "KG3014"));
        Assert.Equal(4, before.Select(f => f.Print).Distinct().Count());
    }

    private List<(string? Rule, string? Print)> Fingerprints()
    {
        using var log = JsonDocument.Parse(File.ReadAllText(Sarif));
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString())).ToList();
    }

    [Fact]
    public void Suppressed_findings_stay_in_the_SARIF_log_as_suppressed()
    {
        Assert.False(Task("error", null).Also(t => t.WarningsAsMessages = "KG3009").Execute());
        using var log = JsonDocument.Parse(File.ReadAllText(Sarif));
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "KG3009");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("external", result.GetProperty("suppressions")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void The_inventory_is_JSON_and_Markdown_evidence_without_any_key()
    {
        Task().Execute();
        string json = File.ReadAllText(Inventory + ".json");
        string markdown = File.ReadAllText(Inventory + ".md");
        AssertNoKey(json);
        AssertNoKey(markdown);

        using var inventory = JsonDocument.Parse(json);
        var root = inventory.RootElement;
        Assert.Equal("keygov.json", root.GetProperty("manifest").GetProperty("path").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_runner.ManifestPath))), root.GetProperty("manifest").GetProperty("sha256").GetString());
        Assert.Equal(TaskRunner.EvaluationDate, root.GetProperty("evaluationDate").GetString());
        Assert.Equal("warning", root.GetProperty("timeChecks").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal((4, 3, 1, 1, 1), (summary.GetProperty("credentials").GetInt32(), summary.GetProperty("live").GetInt32(), summary.GetProperty("revoked").GetInt32(),
            summary.GetProperty("expired").GetInt32(), summary.GetProperty("openExceptions").GetInt32()));

        var rows = root.GetProperty("credentials").EnumerateArray().ToList();
        var first = rows[0];
        Assert.Equal("openai-support-summaries", first.GetProperty("credential").GetString());
        Assert.Equal("openai", first.GetProperty("provider").GetString());
        Assert.Equal("@contoso/support-bot", first.GetProperty("owner").GetString());
        Assert.Equal("high", first.GetProperty("risk").GetString());
        Assert.Equal("production", first.GetProperty("environments")[0].GetString());
        Assert.Equal("SupportBot.Api", first.GetProperty("consumers")[0].GetString());
        Assert.Equal("active", first.GetProperty("status").GetString());
        Assert.Equal("2026-12-10", first.GetProperty("expires").GetString());
        Assert.Equal(12, first.GetProperty("daysLeft").GetInt32());
        Assert.Equal("2026-11-15", first.GetProperty("lastRotated").GetString());
        Assert.Equal("2026-11-01", first.GetProperty("lastReviewed").GetString());
        Assert.Equal("KG3006", first.GetProperty("findings")[0].GetProperty("ruleId").GetString());
        Assert.Equal("SEC-4411", rows[1].GetProperty("openExceptions")[0].GetProperty("ticket").GetString());
        Assert.Equal(-27, rows[3].GetProperty("daysLeft").GetInt32());
        Assert.True(rows[3].GetProperty("expired").GetBoolean());
        Assert.Equal("KG3014", rows[2].GetProperty("findings")[0].GetProperty("ruleId").GetString());

        Assert.Contains("| Credential | Provider | Owner | Purpose | Risk | Environments | Consumers | Status | Expires | Days left | Last rotated | Last reviewed | Open exceptions | Key type | Approved APIs | Keyless | Findings |", markdown, StringComparison.Ordinal);
        Assert.Contains("| openai-support-summaries | openai | @contoso/support-bot | Drafts answers to support tickets \\| in SupportBot.Api &lt;b&gt; | high | production | SupportBot.Api | active | 2026-12-10 | 12 | 2026-11-15 | 2026-11-01 | — | — | any | not offered by the provider | KG3006 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| anthropic-eval-shared |", markdown, StringComparison.Ordinal);
        Assert.Contains("SEC-4411 until 2026-12-15, approved by @contoso/appsec | — | any | not offered by the provider | KG3009 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Manifest SHA-256 | `" + root.GetProperty("manifest").GetProperty("sha256").GetString() + "` |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_pasted_into_any_text_field_never_reaches_the_evidence()
    {
        string manifest = Manifest
            .Replace("Drafts answers to support tickets | in SupportBot.Api <b>", "Key " + Key, StringComparison.Ordinal)
            .Replace("\"SupportBot.Api\"", "\"" + Key + "\"", StringComparison.Ordinal)
            .Replace("\"@contoso/batch\"", "\"@contoso/" + Key + "\"", StringComparison.Ordinal)
            .Replace("\"SEC-4411\"", "\"" + Key + "\"", StringComparison.Ordinal);
        Task(manifest: manifest).Execute();
        foreach (var file in new[] { Sarif, Inventory + ".json", Inventory + ".md" })
        {
            AssertNoKey(File.ReadAllText(file));
        }

        foreach (var logged in _runner.Logged())
        {
            AssertNoKey(logged.Message);
        }
    }

    [Fact]
    public void Without_a_manifest_the_evidence_says_so()
    {
        Assert.True(_runner.Task(null, "error", t => { t.SarifOutput = Sarif; t.InventoryOutput = Inventory + ".json"; }).Execute());
        using var inventory = JsonDocument.Parse(File.ReadAllText(Inventory + ".json"));
        Assert.False(inventory.RootElement.GetProperty("manifest").GetProperty("readable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, inventory.RootElement.GetProperty("manifest").GetProperty("sha256").ValueKind);
        Assert.Equal("KG3016", inventory.RootElement.GetProperty("findings")[0].GetProperty("ruleId").GetString());
        using var log = JsonDocument.Parse(File.ReadAllText(Sarif));
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("note", result.GetProperty("level").GetString());
        Assert.Equal("App.csproj", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_an_error_not_a_crash()
    {
        File.WriteAllText(Path.Combine(_runner.Folder, "blocker"), "a file where a folder should be");
        var task = _runner.Task("{ \"version\": 1 }", "error", t => t.SarifOutput = Path.Combine(_runner.Folder, "blocker", "keygov.sarif"));
        Assert.False(task.Execute());
        Assert.Contains("could not write the SARIF log", Assert.Single(_runner.Engine.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_clean_run_is_stamped_and_older_stamps_go()
    {
        string obj = Path.GetDirectoryName(_runner.StampFile)!;
        Directory.CreateDirectory(obj);
        string stale = Path.Combine(obj, "keygov.2026-11-27.warning.0badc0de.validated");
        File.WriteAllText(stale, "");

        Assert.True(_runner.Task("{ \"version\": 1 }").Execute());
        Assert.True(File.Exists(_runner.StampFile));
        Assert.False(File.Exists(stale));

        Assert.False(_runner.Task("{ \"version\": 1, \"polcy\": {} }").Execute());
        Assert.False(File.Exists(_runner.StampFile), "a finding removes the stamp, so the next build runs the check again");
    }

    /// <summary>
    /// A solution can point every project at one inventory and one log (a Directory.Build.props), and with -m they are
    /// written at once: no writer may fail, and a reader (the next tool in the pipeline) never sees half a file.
    /// </summary>
    [Fact]
    public async Task Projects_writing_one_inventory_at_once_never_fail_and_never_leave_half_a_file()
    {
        File.WriteAllText(_runner.ManifestPath, Manifest);
        string json = Inventory + ".json";
        var engines = new List<FakeBuildEngine>();
        var writers = Enumerable.Range(0, 4).Select(w => System.Threading.Tasks.Task.Run(() =>
        {
            for (int i = 0; i < 10; i++)
            {
                var engine = new FakeBuildEngine();
                lock (engines)
                {
                    engines.Add(engine);
                }

                var task = _runner.Task(null, "warning", t =>
                {
                    t.BuildEngine = engine;
                    t.ManifestPath = _runner.ManifestPath;
                    t.StampFile = Path.Combine(_runner.Folder, "obj" + w, "keygov.validated");
                    t.SarifOutput = Sarif;
                    t.InventoryOutput = Inventory;
                });
                task.Execute();
            }
        })).ToArray();

        int reads = 0;
        while (!writers.All(t => t.IsCompleted))
        {
            if (File.Exists(json))
            {
                string text;
                try
                {
                    text = File.ReadAllText(json);
                }
                catch (IOException)
                {
                    continue; // replaced while being opened (Windows): the next read sees the new file
                }

                using var document = JsonDocument.Parse(text); // throws on half a file
                reads++;
            }
        }

        await System.Threading.Tasks.Task.WhenAll(writers);
        Assert.Equal(40, engines.Count);
        Assert.All(engines, e => Assert.DoesNotContain(e.Errors, x => x.Message!.Contains("could not write", StringComparison.Ordinal)));
        Assert.True(reads > 0);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(json)!, "*.tmp"));
        using (JsonDocument.Parse(File.ReadAllText(json)))
        using (JsonDocument.Parse(File.ReadAllText(Sarif)))
        {
        }
    }

    private static void AssertNoKey(string text)
    {
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key.Substring(12, 16), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[^16..^4], text, StringComparison.Ordinal);
    }
}

internal static class TaskExtensions
{
    public static ValidateKeyManifest Also(this ValidateKeyManifest task, Action<ValidateKeyManifest> configure)
    {
        configure(task);
        return task;
    }
}
