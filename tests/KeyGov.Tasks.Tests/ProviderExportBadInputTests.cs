using System.Text;
using Microsoft.Build.Utilities;
using static KeyGov.ProviderExports;
using static KeyGov.Tasks.Tests.ProviderExportTests;

namespace KeyGov.Tasks.Tests;

/// <summary>
/// Provider exports are untrusted input: a huge, truncated, mistyped or key-holding file gets a positioned finding at the
/// export, never a crash, and no full key in any output (log, SARIF, inventory).
/// </summary>
public sealed class ProviderExportBadInputTests : IDisposable
{
    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    private string ExportPath => Path.Combine(_runner.Folder, "export.json");

    private IReadOnlyList<Logged> Run(string? exportText, string? path = null)
    {
        if (exportText != null)
        {
            File.WriteAllText(ExportPath, exportText);
        }

        var item = new TaskItem(path ?? ExportPath);
        item.SetMetadata("Scope", Project);
        var task = _runner.Task(Manifest(Entry("openai-support", "\"providerKeyId\": \"key_known\"")), "error", t =>
        {
            t.ProviderExports = [item];
            t.InventoryOutput = Path.Combine(_runner.Folder, "inventory");
            t.SarifOutput = Path.Combine(_runner.Folder, "keygov.sarif");
        });
        task.Execute();
        return _runner.Logged();
    }

    /// <summary>Every text KeyGov wrote or logged: no full key may be in any of it.</summary>
    private string Outputs() =>
        string.Join("\n", _runner.Logged().Select(l => l.Message)) + "\n" + string.Join("\n", _runner.Engine.Messages.Select(m => m.Message)) +
        File.ReadAllText(Path.Combine(_runner.Folder, "keygov.sarif")) + File.ReadAllText(Path.Combine(_runner.Folder, "inventory.json")) +
        File.ReadAllText(Path.Combine(_runner.Folder, "inventory.md"));

    private static string Known => OpenAIProjectKey(new OpenAIKey("key_known", OpenAIHint("Q7xZ"), "2026-10-01", LastUsed: "2026-11-27"));

    [Fact]
    public void A_ten_megabyte_export_is_read_and_its_shadow_key_reported_at_its_position()
    {
        string padded = OpenAIProjectKey(new OpenAIKey("key_known", OpenAIHint("Q7xZ"), "2026-10-01", LastUsed: "2026-11-27",
            Extra: ", \"x_note\": \"" + new string('a', 10_000_000) + "\""));
        string text = Page([padded, OpenAIProjectKey(new OpenAIKey("key_shadow", OpenAIHint("W9aa"), "2026-10-02", LastUsed: "2026-11-27"))]);
        Assert.True(text.Length > 10_000_000);

        var shadow = Assert.Single(Run(text));
        Assert.Equal(("KG3019", ExportPath, PositionOfKey(text, "key_shadow")), (shadow.Code, shadow.File, (shadow.Line, shadow.Column)));
    }

    [Fact]
    public void An_export_over_16_megabytes_is_KG3001_at_its_first_line()
    {
        File.WriteAllBytes(ExportPath, new byte[(16 * 1024 * 1024) + 1]);
        var logged = Assert.Single(Run(null));
        Assert.Equal(("KG3001", "error", ExportPath, 1, 1), (logged.Code, logged.Kind, logged.File, logged.Line, logged.Column));
        Assert.Contains("larger than 16 MB", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_JSON_is_KG3001_where_the_file_ends()
    {
        string whole = Page([Known, OpenAIProjectKey(new OpenAIKey("key_other", OpenAIHint("Oth1"), "2026-10-01"))]);
        string text = whole.Substring(0, whole.IndexOf("key_other", StringComparison.Ordinal));
        var logged = Assert.Single(Run(text));
        var lines = text.Split('\n');
        // At the string the file cuts short: its opening quote, the last char.
        Assert.Equal(("KG3001", ExportPath, lines.Length, lines[^1].Length), (logged.Code, logged.File, logged.Line, logged.Column));
        Assert.StartsWith("The provider export is not valid JSON: ", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_of_100000_keys_reports_the_first_50_and_counts_the_rest()
    {
        var text = new StringBuilder("[\n");
        for (int i = 0; i < 100_000; i++)
        {
            text.Append("{\"object\":\"organization.project.api_key\",\"id\":\"key_").Append(i).Append("\",\"redacted_value\":\"").Append(OpenAIHint(i.ToString("x4"))).Append("\",\"created_at\":1790000000,\"last_used_at\":null}")
                .Append(i < 99_999 ? ",\n" : "\n");
        }

        text.Append(']');
        var logged = Run(text.ToString());

        Assert.Equal(51, logged.Count);
        Assert.All(logged, l => Assert.Equal(("KG3019", "warning", ExportPath), (l.Code, l.Kind, l.File)));
        Assert.Equal((2, 1), (logged[0].Line, logged[0].Column));
        Assert.Equal((51, 1), (logged[49].Line, logged[49].Column));
        Assert.StartsWith("… and 99950 more keys", logged[50].Message, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_runner.Folder, "inventory.json")));
        Assert.Equal(100_000, json.RootElement.GetProperty("shadowKeys").GetArrayLength());
    }

    [Fact]
    public void An_export_that_is_a_folder_or_missing_is_KG3001_on_that_path()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_runner.Folder, "exports")).FullName;
        var logged = Assert.Single(Run(null, folder));
        Assert.Equal(("KG3001", folder, 1, 1), (logged.Code, logged.File, logged.Line, logged.Column));
        Assert.Equal("Cannot read the provider export: it is a folder, not a file", logged.Message);

        _runner.Engine = new FakeBuildEngine();
        Assert.Contains("does not exist", Assert.Single(Run(null, Path.Combine(_runner.Folder, "missing.json"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_key_inside_an_export_is_KG3014_at_its_position_and_never_printed()
    {
        string key = FakeKeys.OpenAIProject(1201);
        string admin = FakeKeys.OpenAIAdmin(1202);
        string text = Page([
            Known,
            OpenAIProjectKey(new OpenAIKey("key_leaky", key, "2026-10-02", LastUsed: "2026-11-27")),
            OpenAIAdminKey(new AdminKey("key_admin_created", AdminHint("Adm1"), "2026-10-01"))[..^2] + ", \"value\": \"" + admin + "\" }",
        ]);
        var logged = Run(text);

        var leaks = logged.Where(l => l.Code == "KG3014").ToList();
        Assert.True(leaks.Count == 2, string.Join("\n", leaks));
        Assert.Equal((ExportPath, PositionOf(text, key)), (leaks[0].File, (leaks[0].Line, leaks[0].Column)));
        Assert.Equal(PositionOf(text, admin), (leaks[1].Line, leaks[1].Column));
        Assert.Contains("'sk-proj-\u2026" + key[^4..] + "'", leaks[0].Message, StringComparison.Ordinal);

        string outputs = Outputs();
        Assert.DoesNotContain(key, outputs, StringComparison.Ordinal);
        Assert.DoesNotContain(admin, outputs, StringComparison.Ordinal);
        Assert.DoesNotContain(key[..30], outputs, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_key_as_the_manifest_hint_is_KG3003_and_KG3014_and_never_echoed()
    {
        string key = FakeKeys.OpenAIProject(1203);
        var task = _runner.Task(Manifest(Entry("openai-support", "\"hint\": \"" + key + "\"")), "error");
        task.Execute();
        var codes = _runner.Logged().Select(l => l.Code).ToList();
        Assert.Contains("KG3003", codes);
        Assert.Contains("KG3014", codes);
        Assert.DoesNotContain(_runner.Logged(), l => l.Message.Contains(key[..30], StringComparison.Ordinal));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_KG3001_at_the_first_bad_byte_and_still_scanned_for_keys()
    {
        string key = FakeKeys.AnthropicApi(1204);
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n  \"data\": [ { \"name\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\", \"value\": \"" + key + "\" } ]\n}")];
        File.WriteAllBytes(ExportPath, bytes);
        var logged = Run(null);

        Assert.Equal(("KG3001", 2, 27), (logged[0].Code, logged[0].Line, logged[0].Column));
        Assert.Equal("KG3014", logged[1].Code);
        Assert.DoesNotContain(key, Outputs(), StringComparison.Ordinal);
    }

    [Fact]
    public void Random_and_mutated_exports_never_make_the_task_throw()
    {
        var random = new Random(20261206);
        byte[] seed = Encoding.UTF8.GetBytes("[" + OpenAIPage(new OpenAIKey("key_known", OpenAIHint("Q7xZ"), "2026-10-01", LastUsed: "2026-11-27"),
            new OpenAIKey("key_b", OpenAIHint("Bbbb"), "2026-10-01")) + "," + AnthropicPage(new AnthropicKey("apikey_1", AnthropicHint("igAA"), "2026-10-01")) + "]");
        for (int i = 0; i < 200; i++)
        {
            File.WriteAllBytes(ExportPath, BadInputTests.Mutate(seed, random));
            _runner.Engine = new FakeBuildEngine();
            Run(null);
            Assert.All(_runner.Engine.Errors, e => Assert.DoesNotContain("could not", e.Message, StringComparison.Ordinal));
            using (System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_runner.Folder, "inventory.json"))))
            using (System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_runner.Folder, "keygov.sarif"))))
            {
            }
        }
    }
}
