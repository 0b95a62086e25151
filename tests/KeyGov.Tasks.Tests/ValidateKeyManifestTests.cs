namespace KeyGov.Tasks.Tests;

public sealed class ValidateKeyManifestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("keygov-task-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Expired = """
        {
          "version": 1,
          "credentials": [
            {
              "id": "openai-support-summaries",
              "provider": "openai",
              "owner": "@contoso/support-bot",
              "purpose": "Drafts answers to support tickets in SupportBot.Api",
              "expires": "2026-11-01"
            }
          ]
        }
        """;

    [Fact]
    public void Expired_entry_is_KG3005_at_its_expires_value_with_help_link()
    {
        var (task, engine) = Run(Expired, timeChecks: "error");

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal("KG3005", error.Code);
        Assert.Equal(Path.Combine(_dir, "keygov.json"), error.File);
        Assert.Equal(9, error.LineNumber);
        Assert.Equal(18, error.ColumnNumber);
        Assert.Equal("https://github.com/keygov/KeyGov.Analyzers/blob/main/docs/rules/KG3005.md", error.HelpLink);
        Assert.Equal(
            "Credential 'openai-support-summaries' (owner @contoso/support-bot) expired on 2026-11-01; rotate it, renew its expiry, or mark it revoked",
            error.Message);
        Assert.False(File.Exists(Path.Combine(_dir, "stamp")), "a failing manifest must never be stamped as validated");
    }

    [Fact]
    public void Expired_entry_is_a_warning_when_time_checks_warn()
    {
        var (task, engine) = Run(Expired, timeChecks: "warning");

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Equal("KG3005", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void Expired_entry_is_silent_when_time_checks_are_off()
    {
        var (task, engine) = Run(Expired, timeChecks: "off");

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
        Assert.True(File.Exists(Path.Combine(_dir, "stamp")));
    }

    [Fact]
    public void Not_yet_expired_on_the_evaluation_date()
    {
        var (task, engine) = Run(Expired, timeChecks: "error", date: "2026-11-01");

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Missing_owner_is_KG3002_at_the_entry_id()
    {
        string manifest = Expired.Replace("      \"owner\": \"@contoso/support-bot\",\n", "", StringComparison.Ordinal);
        var (task, engine) = Run(manifest, timeChecks: "off");

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal("KG3002", error.Code);
        Assert.Equal(5, error.LineNumber);
        Assert.Equal(13, error.ColumnNumber);
        Assert.Contains("owner", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_error_is_KG3001_with_line_and_column()
    {
        var (task, engine) = Run("{\n  \"version\": 1,\n  \"credentials\": [ }\n", timeChecks: "error");

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal("KG3001", error.Code);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(20, error.ColumnNumber);
    }

    [Fact]
    public void No_manifest_is_a_KG3016_message_on_the_project()
    {
        var (task, engine) = Run(null, timeChecks: "error");

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        var message = Assert.Single(engine.Messages, m => m.Code == "KG3016");
        Assert.Equal("test.csproj", message.File);
    }

    [Fact]
    public void No_manifest_is_an_error_when_required()
    {
        var (task, engine) = Run(null, timeChecks: "error");
        task.RequireManifest = true;

        Assert.False(task.Execute());
        Assert.Equal("KG3016", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void Manifest_path_that_is_a_folder_is_an_error_not_a_crash()
    {
        var (task, engine) = Run(null, timeChecks: "error");
        task.ManifestPath = _dir;

        Assert.False(task.Execute());
        Assert.Equal("KG3016", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void Bad_evaluation_date_is_a_clear_error()
    {
        var (task, engine) = Run(Expired, timeChecks: "error", date: "28/11/2026");

        Assert.False(task.Execute());
        Assert.Contains("KeyGovEvaluationDate", Assert.Single(engine.Errors).Message, StringComparison.Ordinal);
    }

    private (ValidateKeyManifest Task, FakeBuildEngine Engine) Run(string? manifest, string timeChecks, string date = "2026-11-28")
    {
        string? path = null;
        if (manifest != null)
        {
            path = Path.Combine(_dir, "keygov.json");
            File.WriteAllText(path, manifest);
        }

        var engine = new FakeBuildEngine();
        var task = new ValidateKeyManifest
        {
            BuildEngine = engine,
            ManifestPath = path ?? "",
            ProjectFile = "test.csproj",
            EvaluationDate = date,
            TimeChecks = timeChecks,
            StampFile = Path.Combine(_dir, "stamp"),
        };
        return (task, engine);
    }
}
