using System.Text;

namespace KeyGov.Tasks.Tests;

/// <summary>Bad input gets a clear KG3001/KG3003/KG3016 with a position where one exists; the task never throws.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TaskRunner _runner = new();

    public void Dispose() => _runner.Dispose();

    private Logged RunBytes(byte[] bytes, bool expectedResult = false)
    {
        File.WriteAllBytes(_runner.ManifestPath, bytes);
        var task = _runner.Task(null);
        task.ManifestPath = _runner.ManifestPath;
        Assert.Equal(expectedResult, task.Execute());
        return _runner.Logged()[0]; // the first finding; an incomplete entry may add KG3002s after it
    }

    private Logged Run(string text) => RunBytes(new UTF8Encoding(false).GetBytes(text));

    [Theory]
    [InlineData("", 1, 1, "The file is empty")]
    [InlineData("   \n\t\n", 1, 1, "The file is empty")]
    [InlineData("{ \"version\": 1, }x", 1, 18, "Unexpected 'x' after the end of the JSON document")]
    [InlineData("{\n  \"version\": 1,\n  \"version\": 1\n}", 3, 3, "Duplicate property 'version'; it is already defined at line 2, column 3")]
    [InlineData("{ \"version\": 2 }", 1, 14, "Unsupported manifest version 2; this KeyGov reads version 1")]
    [InlineData("{ \"version\": \"1\" }", 1, 14, "'version' must be a number, not a string")]
    [InlineData("{ \"version\": 1, \"credentials\": [ { \"id\": 7 } ] }", 1, 42, "'id' in credentials[0] must be a string, not a number")]
    [InlineData("{ \"version\": 1, \"credentials\": [ { \"id\": \"a\", \"expires\": \"2026-02-30\" } ] }", 1, 58, "'expires' in credential 'a' is '2026-02-30', not a valid date")]
    public void Broken_manifests_are_KG3001_or_KG3003_at_their_position(string text, int line, int column, string message)
    {
        var logged = Run(text);
        Assert.True(logged.Code is "KG3001" or "KG3003", logged.Code);
        Assert.Equal("error", logged.Kind);
        Assert.Equal((line, column), (logged.Line, logged.Column));
        Assert.StartsWith(message, logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_a_thousand_deep_is_KG3001_not_a_stack_overflow()
    {
        var logged = Run("{ \"version\": 1, \"x-deep\": " + new string('[', 1000) + new string(']', 1000) + " }");
        Assert.Equal("KG3001", logged.Code);
        Assert.Contains("nested deeper than 64 levels", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_BOM_CRLF_and_tabs_keep_editor_positions()
    {
        string text = "{\r\n\t\"version\": 1,\r\n\t\"credentials\": [ { \"id\": \"a\", \"risk\": \"extreme\" } ]\r\n}\r\n";
        var logged = RunBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        Assert.Equal("KG3003", logged.Code);
        Assert.Equal((3, text.Split("\r\n")[2].IndexOf("\"extreme\"", StringComparison.Ordinal) + 1), (logged.Line, logged.Column));
    }

    [Fact]
    public void A_UTF16_manifest_with_a_BOM_is_read()
    {
        var logged = RunBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\n  \"version\": 1,\n  \"polcy\": {}\n}")]);
        Assert.Equal("KG3001", logged.Code);
        Assert.Equal((3, 3), (logged.Line, logged.Column));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_KG3001_at_the_first_bad_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n  \"version\": 1,\n  \"x-note\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"\n}")];
        var logged = RunBytes(bytes);
        Assert.Equal("KG3001", logged.Code);
        Assert.Equal((3, 17), (logged.Line, logged.Column));
        Assert.Equal("The manifest is not valid UTF-8 (byte 0xE9); save keygov.json as UTF-8", logged.Message);
    }

    [Fact]
    public void A_manifest_path_that_is_a_folder_is_KG3016_error_on_the_project()
    {
        var task = _runner.Task(null);
        task.ManifestPath = _runner.Folder;
        Assert.False(task.Execute());
        var logged = Assert.Single(_runner.Logged());
        Assert.Equal(("KG3016", "error", _runner.ProjectFile), (logged.Code, logged.Kind, logged.File));
        Assert.StartsWith("KeyGovManifest '" + _runner.Folder + "' is a folder, not a file;", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_manifest_that_does_not_exist_is_KG3016_error()
    {
        var task = _runner.Task(null);
        task.ManifestPath = Path.Combine(_runner.Folder, "security", "keygov.json");
        Assert.False(task.Execute());
        var logged = Assert.Single(_runner.Logged());
        Assert.Equal(("KG3016", "error"), (logged.Code, logged.Kind));
        Assert.Contains("does not exist", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_manifest_found_is_KG3016_info_or_an_error_when_required()
    {
        Assert.True(_runner.Task(null).Execute());
        Assert.Equal(("KG3016", "info"), (_runner.Logged()[0].Code, _runner.Logged()[0].Kind));

        _runner.Engine = new FakeBuildEngine();
        Assert.False(_runner.Task(null, "error", t => t.RequireManifest = true).Execute());
        Assert.Equal(("KG3016", "error"), (_runner.Logged()[0].Code, _runner.Logged()[0].Kind));
    }

    [Theory]
    [InlineData("28/11/2026", "error", "KeyGovEvaluationDate '28/11/2026' is not a yyyy-MM-dd date")]
    [InlineData("2026-02-30", "error", "KeyGovEvaluationDate '2026-02-30' is not a yyyy-MM-dd date")]
    [InlineData("2026-11-28", "sometimes", "KeyGovTimeChecks 'sometimes' is not one of error, warning, off")]
    public void Bad_properties_are_KG3003_on_the_project(string date, string mode, string message)
    {
        var task = _runner.Task("{ \"version\": 1 }", mode, t => t.EvaluationDate = date);
        Assert.False(task.Execute());
        var logged = Assert.Single(_runner.Logged());
        Assert.Equal(("KG3003", _runner.ProjectFile), (logged.Code, logged.File));
        Assert.StartsWith(message, logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_credentials_of_ten_megabytes_validate()
    {
        var text = new StringBuilder("{\n  \"version\": 1,\n  \"x-padding\": \"" + new string(' ', 8_000_000) + "\",\n  \"credentials\": [\n");
        for (int i = 0; i < 10_000; i++)
        {
            text.Append("    { \"id\": \"k").Append(i).Append("\", \"provider\": \"openai\", \"owner\": \"@contoso/t\", \"purpose\": \"Drafts answers to support tickets\", ")
                .Append("\"consumers\": [\"App").Append(i).Append("\"], \"sources\": { \"env\": [\"OPENAI_API_KEY\"] }, \"expires\": \"2027-01-15\" }")
                .Append(i < 9_999 ? ",\n" : "\n");
        }

        text.Append("  ]\n}\n");
        Assert.True(text.Length > 10_000_000);
        File.WriteAllText(_runner.ManifestPath, text.ToString());
        var task = _runner.Task(null, "error", t => t.InventoryOutput = Path.Combine(_runner.Folder, "inventory"));
        task.ManifestPath = _runner.ManifestPath;
        Assert.True(task.Execute());
        Assert.Empty(_runner.Logged());
        Assert.True(new FileInfo(Path.Combine(_runner.Folder, "inventory.md")).Length > 1_000_000);
    }

    [Fact]
    public void Random_and_mutated_files_never_make_the_task_throw()
    {
        var random = new Random(20261128);
        byte[] seed = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "samples", "Demo", "keygov.json"));
        for (int i = 0; i < 300; i++)
        {
            byte[] bytes = i % 3 == 0 ? RandomBytes(random) : Mutate(seed, random);
            File.WriteAllBytes(_runner.ManifestPath, bytes);
            _runner.Engine = new FakeBuildEngine();
            var task = _runner.Task(null, i % 2 == 0 ? "error" : "off", t =>
            {
                t.SarifOutput = Path.Combine(_runner.Folder, "fuzz.sarif");
                t.InventoryOutput = Path.Combine(_runner.Folder, "fuzz");
            });
            task.ManifestPath = _runner.ManifestPath;
            task.Execute();

            Assert.All(_runner.Engine.Errors, e =>
            {
                Assert.StartsWith("KG3", e.Code, StringComparison.Ordinal);
                Assert.DoesNotContain("could not validate", e.Message, StringComparison.Ordinal);
            });
            using (System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_runner.Folder, "fuzz.sarif"))))
            using (System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_runner.Folder, "fuzz.json"))))
            {
            }
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A few random deletions, insertions of JSON's own characters, and byte flips: the shared fuzz of untrusted input.</summary>
    internal static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        for (int n = random.Next(1, 8); n > 0; n--)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes.Insert(at, (byte)"{}[]\",:0123456789-/*\\ \n\r\tae\u00ff"[random.Next(24)]);
                    break;
                default:
                    bytes[at] = (byte)random.Next(256);
                    break;
            }
        }

        return [.. bytes];
    }
}
