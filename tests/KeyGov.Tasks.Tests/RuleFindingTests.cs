namespace KeyGov.Tasks.Tests;

/// <summary>
/// Every KG3xxx check through the task: the finding, its position (marked in the manifest by a <c>/*@*/</c> comment
/// right before the offending value, or the key for KG3014), and its severity under each KeyGovTimeChecks value.
/// </summary>
public sealed class RuleFindingTests : IDisposable
{
    private const string Marker = "/*@*/";

    private static readonly string Key = FakeKeys.AnthropicApi(3014);

    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    private static string Manifest(string entryFields, string extraTop = "", string moreEntries = "") =>
        "{\n  \"version\": 1," + extraTop + "\n  \"credentials\": [\n    {\n" + entryFields + "\n    }" + moreEntries + "\n  ]\n}\n";

    private static string Fields(params string[] lines)
    {
        var fields = new List<string>
        {
            "\"id\": \"openai-support-summaries\"",
            "\"provider\": \"openai\"",
            "\"owner\": \"@contoso/support-bot\"",
            "\"purpose\": \"Drafts answers to support tickets in SupportBot.Api\"",
            "\"expires\": \"2027-01-15\"",
        };
        foreach (var line in lines)
        {
            string name = line.Substring(0, line.IndexOf(':', StringComparison.Ordinal) + 1);
            int at = fields.FindIndex(f => f.StartsWith(name, StringComparison.Ordinal));
            if (line.EndsWith(": -", StringComparison.Ordinal))
            {
                fields.RemoveAt(at);
            }
            else if (at >= 0)
            {
                fields[at] = line;
            }
            else
            {
                fields.Add(line);
            }
        }

        return "      " + string.Join(",\n      ", fields);
    }

    /// <summary>Rule, base severity (error, warning, info, time), manifest (null: none), start of the message.</summary>
    public static TheoryData<string, string, string?, string> Cases => new()
    {
        { "KG3001", "error", Manifest(Fields(), "\n  " + Marker + "\"polcy\": {},"), "Unknown field 'polcy'; did you mean 'policy'? Custom fields must start with 'x-'" },
        { "KG3002", "error", Manifest(Fields("\"id\": " + Marker + "\"openai-support-summaries\"", "\"owner\": -")), "Credential 'openai-support-summaries' has no owner; add \"owner\":" },
        { "KG3003", "error", Manifest(Fields("\"risk\": " + Marker + "\"extreme\"")), "'risk' in credential 'openai-support-summaries' is 'extreme'; expected critical, high, moderate or low" },
        { "KG3004", "error", Manifest(Fields(), "", ",\n    {\n" + Fields("\"id\": " + Marker + "\"openai-support-summaries\"", "\"owner\": \"@contoso/other\"") + "\n    }"),
            "Credential 'openai-support-summaries' (owner @contoso/other) has the same id as credential 'openai-support-summaries' (line 5)" },
        { "KG3005", "time", Manifest(Fields("\"expires\": " + Marker + "\"2026-11-01\"")),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) expired on 2026-11-01; rotate it, renew its expiry, or mark it revoked" },
        { "KG3006", "warning", Manifest(Fields("\"expires\": " + Marker + "\"2026-12-10\"")),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) expires in 12 days, on 2026-12-10" },
        { "KG3007", "warning", Manifest(Fields("\"created\": \"2026-11-01\"", "\"expires\": " + Marker + "\"2027-06-30\"")),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) is set to live 241 days, from its creation on 2026-11-01 to 2027-06-30" },
        { "KG3008", "time", Manifest(Fields("\"rotation\": { \"everyDays\": 30, \"lastRotated\": " + Marker + "\"2026-10-20\" }")),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) was due for rotation on 2026-11-19" },
        { "KG3009", "error", Manifest(Fields("\"consumers\": [\"SupportBot.Api\", " + Marker + "\"SupportBot.Worker\"]")),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) is shared by 2 consumers (SupportBot.Api, SupportBot.Worker) without an exception" },
        { "KG3009", "time", Manifest(Fields("\"consumers\": [\"SupportBot.Api\", \"SupportBot.Worker\"]",
                "\"exception\": { \"reason\": \"Worker gets its own key in Q1\", \"approvedBy\": \"@contoso/appsec\", \"approved\": \"2026-10-01\", \"expires\": " + Marker + "\"2026-11-20\" }")),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) has an exception that ended on 2026-11-20" },
        { "KG3010", "warning", Manifest(Fields("\"owner\": " + Marker + "\"@contoso/support-bot\""), "\n  \"policy\": { \"owners\": [\"@fabrikam/*\"] },"),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) has an owner outside policy.owners (@fabrikam/*)" },
        { "KG3011", "error", Manifest(Fields("\"purpose\": " + Marker + "\"TODO\"")), "Credential 'openai-support-summaries' (owner @contoso/support-bot) has a placeholder purpose 'TODO'" },
        { "KG3012", "error", Manifest(Fields("\"status\": " + Marker + "\"deprecated\"")),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) is deprecated but has no sunset date" },
        { "KG3013", "warning", Manifest(Fields("\"environments\": [\"production\", " + Marker + "\"staging\"]")),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) is used in production ('production') and in non-production (staging)" },
        { "KG3014", "error", Manifest(Fields("\"x-old-key\": \"{{KEY}}\"")),
            "keygov.json holds an Anthropic API key 'sk-ant-api03-\u2026" + Key[^4..] + "' in credential 'openai-support-summaries' (owner @contoso/support-bot)" },
        { "KG3015", "time", Manifest(Fields("\"lastReviewed\": " + Marker + "\"2026-05-01\"")),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) was due for review on 2026-07-30" },
        { "KG3016", "info", null, "No keygov.json was found in the project folder or above it" },
        { "KG3024", "warning", Manifest(Fields("\"id\": " + Marker + "\"openai-support-summaries\""), "\n  \"providerScopes\": [ { \"provider\": \"openai\", \"scope\": \"proj_a\" } ],"),
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) is a high-risk credential without \"monitoring\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_check_reports_at_its_position_with_the_severity_of_each_time_mode(string rule, string severity, string? manifest, string message)
    {
        manifest = manifest?.Replace("{{KEY}}", Key, StringComparison.Ordinal);
        foreach (var mode in new[] { "error", "warning", "off" })
        {
            _runner.Engine = new FakeBuildEngine();
            var task = _runner.Task(manifest, mode);
            bool result = task.Execute();

            string expected = severity == "time" ? (mode == "off" ? "none" : mode) : severity;
            var logged = _runner.Logged();
            if (expected == "none")
            {
                Assert.Empty(logged);
                Assert.True(result);
                continue;
            }

            var finding = Assert.Single(logged);
            Assert.Equal(rule, finding.Code);
            Assert.Equal(expected, finding.Kind);
            Assert.Equal(expected != "error", result);
            Assert.StartsWith(message, finding.Message, StringComparison.Ordinal);
            if (manifest == null)
            {
                Assert.Equal(_runner.ProjectFile, finding.File);
                Assert.Equal((0, 0), (finding.Line, finding.Column));
                continue;
            }

            Assert.Equal(_runner.ManifestPath, finding.File);
            Assert.Equal(PositionOf(manifest, manifest.Contains(Marker, StringComparison.Ordinal) ? Marker : null), (finding.Line, finding.Column));
            if (expected != "info")
            {
                Assert.Equal("https://github.com/keygov/KeyGov.Analyzers/blob/main/docs/rules/" + rule + ".md", finding.HelpLink);
            }

            Assert.False(File.Exists(_runner.StampFile), "a manifest with a finding is never stamped");
            Assert.DoesNotContain(Key[^12..], finding.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>1-based position just after the marker (or of the key, without a marker).</summary>
    private static (int, int) PositionOf(string text, string? marker)
    {
        int index = marker != null ? text.IndexOf(marker, StringComparison.Ordinal) + marker.Length : text.IndexOf(Key, StringComparison.Ordinal);
        int line = 1 + text.AsSpan(0, index).Count('\n');
        int column = index - (text.LastIndexOf('\n', index - 1) + 1) + 1;
        return (line, column);
    }

    [Fact]
    public void The_cases_cover_every_manifest_rule()
    {
        // KG3019–KG3023 need provider exports: ProviderExportTests holds their cases; KG3018 needs usage facts: UsageTaskTests.
        // KG3017 is the analyzer's (the Analyzers tests' StaleConsumerTests).
        var covered = Cases.Select(c => (string)c[0]).Concat(ProviderExportTests.Rules).Concat(UsageTaskTests.Rules).ToHashSet();
        var rules = KeyGov.Core.Rules.RuleCatalog.All.Where(r => r.Id.StartsWith("KG3", StringComparison.Ordinal) && r.Id != "KG3017").Select(r => r.Id);
        Assert.Equal(rules.Order(), covered.Order());
    }

    [Fact]
    public void A_clean_manifest_logs_nothing_and_is_stamped()
    {
        var task = _runner.Task(Manifest(Fields()));
        Assert.True(task.Execute());
        Assert.Empty(_runner.Logged());
        Assert.True(File.Exists(_runner.StampFile));
    }
}
