namespace KeyGov.Benchmarks.Corpus;

/// <summary>A key planted in the corpus: the file and 0-based line where its text starts, how it is written, its kind.</summary>
internal sealed record PlantedKey(string Path, int Line, string Form, string KindId)
{
    /// <summary>The key's last line: a pretty-printed service-account JSON spans several, and KeyGov reports at its private key.</summary>
    public int LastLine { get; init; } = Line;
}

/// <summary>
/// A password-like literal (S2068's and SCS0015's target, not a provider key): file, 0-based line, and the lines of
/// the member around it (a finding there, such as S2068 on the <c>"Password=" + password</c> that uses it, is about
/// the same credential).
/// </summary>
internal sealed record PasswordSite(string Path, int Line, int MemberFirstLine, int MemberLastLine);

/// <summary>One generated source or config file.</summary>
internal sealed record GeneratedFile(string Path, string Text);

/// <summary>
/// A deterministic (seeded) C# code base of service classes, with a few planted keys, plus the config files a
/// project would have (appsettings.json, .env) with keys of their own. Same seed, same corpus, on every machine
/// running the same .NET (the seeded <see cref="Random"/> algorithm is stable).
/// </summary>
internal sealed class CSharpCorpus
{
    public const string Root = "/bench/Contoso.Bench/";

    private static readonly string Usings = """
        // Copyright (c) Contoso. All rights reserved.
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.Globalization;
        using System.Linq;
        using System.Net;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        using System.Text.RegularExpressions;
        using System.Threading;
        using System.Threading.Tasks;
        using Contoso.Shared;
        """;

    private static readonly string SharedFile = """
        // Copyright (c) Contoso. All rights reserved.
        using System;

        namespace Contoso.Shared;

        /// <summary>Tags a member with the key it was tested with (a bad idea the corpus needs).</summary>
        [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
        public sealed class ApiKeyAttribute : Attribute
        {
            public ApiKeyAttribute(string value) => Value = value;

            public string Value { get; }
        }

        /// <summary>Stands for an SDK credential type such as OpenAI's ApiKeyCredential.</summary>
        public sealed class ApiKeyCredential
        {
            public ApiKeyCredential(string key) => Key = key;

            public string Key { get; }
        }
        """;

    /// <summary>
    /// Stands for the OpenAI .NET SDK (its namespace, client and Get…Client methods), so that the credential templates
    /// create real SDK clients: the flow into the client and the API it is used for (KG2006–KG2008) are measured too.
    /// </summary>
    private static readonly string OpenAISdkFile = """
        namespace OpenAI
        {
            public class OpenAIClient
            {
                public OpenAIClient(string apiKey) { }
                public Chat.ChatClient GetChatClient(string model) => new Chat.ChatClient();
                public Images.ImageClient GetImageClient(string model) => new Images.ImageClient();
                public Embeddings.EmbeddingClient GetEmbeddingClient(string model) => new Embeddings.EmbeddingClient();
            }
        }

        namespace OpenAI.Chat { public class ChatClient { } }

        namespace OpenAI.Images { public class ImageClient { } }

        namespace OpenAI.Embeddings { public class EmbeddingClient { } }
        """;

    private CSharpCorpus(List<GeneratedFile> sources, List<GeneratedFile> configs, List<PlantedKey> planted, List<PasswordSite> passwords)
    {
        Sources = sources;
        ConfigFiles = configs;
        Planted = planted;
        Passwords = passwords;
    }

    public IReadOnlyList<GeneratedFile> Sources { get; }

    /// <summary>appsettings.json and .env: AdditionalFiles, as the KeyGov targets add them.</summary>
    public IReadOnlyList<GeneratedFile> ConfigFiles { get; }

    public IReadOnlyList<PlantedKey> Planted { get; }

    /// <summary>The password-like literals of the credential templates: the peers' own targets, for a fair picture.</summary>
    public IReadOnlyList<PasswordSite> Passwords { get; }

    public IEnumerable<PlantedKey> PlantedInCode => Planted.Where(p => p.Path.EndsWith(".cs", StringComparison.Ordinal));

    public IEnumerable<PlantedKey> PlantedInConfig => Planted.Where(p => !p.Path.EndsWith(".cs", StringComparison.Ordinal));

    public long SourceChars => Sources.Sum(s => (long)s.Text.Length);

    public int SourceLines => Sources.Sum(s => s.Text.Count(c => c == '\n'));

    /// <summary><paramref name="fileCount"/> source files (plus one shared file); a key planted in every fourth, until each planted form has two.</summary>
    public static CSharpCorpus Generate(int fileCount, int seed = 20261201)
    {
        var rng = new Random(seed);
        var sources = new List<GeneratedFile> { new(Root + "Shared/Credentials.cs", SharedFile + "\n"), new(Root + "Shared/OpenAISdk.cs", OpenAISdkFile + "\n") };
        var planted = new List<PlantedKey>();
        var passwords = new List<PasswordSite>();
        int plants = 0;
        for (int i = 0; i < fileCount; i++)
        {
            string area = rng.Pick(Words.Areas);
            string path = $"{Root}{area}/{area}Service{i:D3}.cs";
            PlantRequest? plant = null;
            if (i % 4 == 2 && plants < 2 * CSharpTemplates.Planted.Length)
            {
                plant = PlantRequest.For(plants++);
            }

            var secrets = new List<(int Line, int First, int Last)>();
            var (text, keyLine) = GenerateFile(rng, i, area, plant, secrets);
            sources.Add(new GeneratedFile(path, text));
            passwords.AddRange(secrets.Select(s => new PasswordSite(path, s.Line, s.First, s.Last)));
            if (plant != null)
            {
                planted.Add(new PlantedKey(path, keyLine, plant.Form, plant.KindId) { LastLine = keyLine + plant.Key.TrimEnd('\n').Count(c => c == '\n') });
            }
        }

        var configs = new List<GeneratedFile>();
        var json = new CodeWriter();
        foreach (var (line, kind) in JsonText.AppSettings(json, rng, keys: 3, firstKeySeed: 9000))
        {
            planted.Add(new PlantedKey(Root + "appsettings.json", line, "appsettings.json", kind));
        }

        configs.Add(new GeneratedFile(Root + "appsettings.json", json.ToString()));
        var env = new CodeWriter();
        env.Line("# Local settings for the Contoso bench app; this file is git-ignored.");
        env.Line("ASPNETCORE_ENVIRONMENT=Development");
        env.Line("OPENAI_BASE_URL=https://api.example.test/v1");
        var envKey = FakeKeys.All(9100)[0];
        planted.Add(new PlantedKey(Root + ".env", env.NextLine, ".env", envKey.KindId));
        env.Line("OPENAI_API_KEY=" + envKey.Key);
        var envKey2 = FakeKeys.All(9101)[8];
        planted.Add(new PlantedKey(Root + ".env", env.NextLine, ".env", envKey2.KindId));
        env.Line("ANTHROPIC_API_KEY=" + envKey2.Key);
        env.Line("LOG_LEVEL=debug");
        configs.Add(new GeneratedFile(Root + ".env", env.ToString()));

        return new CSharpCorpus(sources, configs, planted, passwords);
    }

    /// <summary>One source file; returns its text and the 0-based line of its planted key (-1 without one).</summary>
    public static (string Text, int KeyLine) GenerateFile(Random rng, int index, string area, PlantRequest? plant, List<(int Line, int First, int Last)>? secrets = null)
    {
        var w = new CodeWriter();
        string noun = rng.Pick(Words.Nouns);
        string item = $"{area}{Words.Pascal(noun)}Item{index:D3}";
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["$Area$"] = area,
            ["$area$"] = area.ToLowerInvariant(),
            ["$Item$"] = item,
        };

        foreach (var line in Usings.Split('\n'))
        {
            w.Line(line);
        }

        w.Line();
        w.Line($"namespace Contoso.{area}.Part{index:D3};");
        w.Line();
        w.Line($"/// <summary>A {noun} as the {area.ToLowerInvariant()} service stores it.</summary>");
        w.Line($"/// <param name=\"Id\">Stable id, e.g. <c>{noun.Substring(0, 3)}-0042</c>.</param>");
        w.Line($"public sealed record {item}(string Id, string Name, int Count, DateTime Updated);");
        w.Line();
        w.Line($"/// <summary>{Words.Sentence(rng)}</summary>");
        w.Open($"public sealed class {area}{Words.Pascal(noun)}Service{index:D3}");
        w.Line($"private const string Endpoint = \"https://api.contoso.test/v2/{area.ToLowerInvariant()}\";");
        w.Line("private static readonly Regex IdPattern = new(@\"^[a-z]{3}-\\d{4}$\", RegexOptions.CultureInvariant);");
        w.Line("private readonly Dictionary<string, string> _settings = new(StringComparer.OrdinalIgnoreCase);");
        w.Line("private readonly HttpClient _http;");
        w.Line();
        w.Line("/// <summary>Creates the service.</summary>");
        w.Line("/// <param name=\"http\">The shared client.</param>");
        w.Line($"public {area}{Words.Pascal(noun)}Service{index:D3}(HttpClient http) => _http = http;");

        int members = rng.Next(14, 22);
        int plantAt = plant == null ? -1 : rng.Next(members);
        int keyLine = -1;
        for (int m = 0; m < members; m++)
        {
            w.Line();
            SetMemberTokens(tokens, rng, m);
            if (m == plantAt)
            {
                tokens["$KEY$"] = plant!.Key;
                tokens["$KEY1$"] = plant.Key.Substring(0, 12);
                tokens["$KEY2$"] = plant.Key.Substring(12);
                tokens["$KEYPIECES$"] = string.Join(", ", plant.Key.Chunk(8).Select(piece => "\"" + Escaped(new string(piece), '"') + "\""));
                tokens["$KEYCHARS$"] = string.Join(", ", plant.Key.Select(c => "'" + Escaped(c.ToString(), '\'') + "'"));
                keyLine = Template.Write(w, CSharpTemplates.Planted[plant.FormIndex].Text, tokens);
                continue;
            }

            // About one member in six reads or holds a credential; the rest is ordinary code.
            var pool = rng.Next(6) == 0 ? CSharpTemplates.Credentials : CSharpTemplates.Ordinary;
            int first = w.NextLine;
            var secretLines = new List<int>();
            Template.Write(w, pool[rng.Next(pool.Length)], tokens, secretLines);
            secrets?.AddRange(secretLines.Select(line => (line, first, w.NextLine - 1)));
        }

        w.Close();
        return (w.ToString(), keyLine);
    }

    private static void SetMemberTokens(Dictionary<string, string> tokens, Random rng, int member)
    {
        string noun = rng.Pick(Words.Nouns);
        tokens["$Noun$"] = Words.Pascal(noun);
        tokens["$noun$"] = noun;
        tokens["$Adj$"] = Words.Pascal(rng.Pick(Words.Adjectives));
        tokens["$adj$"] = rng.Pick(Words.Adjectives);
        tokens["$Verb$"] = rng.Pick(Words.Verbs);
        tokens["$N$"] = member.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        tokens["$ENV$"] = rng.Pick(CSharpTemplates.EnvNames);
        tokens["$CONFIG$"] = rng.Pick(CSharpTemplates.ConfigKeys);
        tokens["$SECRET$"] = Words.Secretish(rng);
        tokens["$SENTENCE$"] = Words.Sentence(rng, 5, 10);
    }

    /// <summary>Text for a regular C# string or character literal delimited by <paramref name="quote"/>.</summary>
    private static string Escaped(string text, char quote) =>
        text.Replace("\\", "\\\\").Replace(quote.ToString(), "\\" + quote).Replace("\n", "\\n").Replace("\r", "\\r");

    /// <summary>Which form and which key the n-th plant gets: forms and key kinds both cycle.</summary>
    internal sealed record PlantRequest(int FormIndex, string Form, string KindId, string Key)
    {
        public static PlantRequest For(int n)
        {
            var all = FakeKeys.All(1000 + n);
            var (kind, key) = all[n % all.Count];
            int form = n % CSharpTemplates.Planted.Length;
            return new PlantRequest(form, CSharpTemplates.Planted[form].Form, kind, key);
        }
    }
}
