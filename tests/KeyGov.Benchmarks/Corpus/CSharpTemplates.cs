namespace KeyGov.Benchmarks.Corpus;

/// <summary>
/// Class members of the generated C#: ordinary code with every kind of string literal (the bulk), code that reads
/// credentials the right way (environment, configuration: what KG2xxx and the peers look at), password-like literals
/// (what S2068 and SCS0015 exist for), placeholders, and the planted-key forms. Tokens: <c>$Area$</c>, <c>$area$</c>,
/// <c>$Noun$</c>, <c>$noun$</c>, <c>$Adj$</c>, <c>$Verb$</c>, <c>$Item$</c> (the file's record type), <c>$N$</c> (a
/// member number, so names are unique), <c>$ENV$</c>, <c>$CONFIG$</c>, <c>$SECRET$</c> (a password-like value made at
/// run time), <c>$SENTENCE$</c>, <c>$KEY$</c>.
/// </summary>
internal static class CSharpTemplates
{
    public static readonly string[] Ordinary =
    [
        """
        /// <summary>Formats a $noun$ line for the $adj$ report.</summary>
        /// <param name="item">The $noun$ to format.</param>
        /// <returns>One line of text, culture-invariant.</returns>
        public string Format$Noun$Line$N$($Item$ item)
        {
            // Invariant culture: the report is parsed by the nightly export job.
            var when = item.Updated.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var label = item.Count switch
            {
                0 => "none",
                1 => "single",
                < 10 => "few",
                _ => "many",
            };
            return $"{item.Id,-12} | {item.Name} | {item.Count:N0} {label} | updated {when}";
        }
        """,
        """
        /// <summary>Query for $adj$ $noun$s of one region.</summary>
        private const string Select$Noun$Sql$N$ = @"
        SELECT o.id, o.name, o.count, o.updated
        FROM dbo.$noun$s AS o
        WHERE o.status = @status AND o.region = @region AND o.name <> ''
        ORDER BY o.updated DESC;";
        """,
        """"
        /// <summary>Builds the chat request body for one $noun$.</summary>
        /// <param name="model">Deployment or model name.</param>
        /// <param name="prompt">The user prompt.</param>
        /// <param name="maxTokens">Upper bound of the completion.</param>
        public string Build$Noun$Payload$N$(string model, string prompt, int maxTokens)
        {
            var payload = $$"""
                {
                  "model": "{{model}}",
                  "max_tokens": {{maxTokens}},
                  "metadata": { "area": "$area$", "kind": "$noun$" },
                  "messages": [ { "role": "user", "content": "{{prompt.Trim()}}" } ]
                }
                """;
            return payload;
        }
        """",
        """
        /// <summary>Checks a $noun$ id before it reaches storage.</summary>
        /// <param name="id">The id, e.g. <c>ord-0042</c>.</param>
        /// <exception cref="ArgumentException">The id is malformed.</exception>
        public static void Validate$Noun$Id$N$(string id)
        {
            ArgumentException.ThrowIfNullOrEmpty(id);
            if (!IdPattern.IsMatch(id))
            {
                throw new ArgumentException($"'{id}' is not a valid $noun$ id; expected three letters, a dash and four digits (e.g. 'ord-0042').", nameof(id));
            }

            if (id[0] == 'x' || id.EndsWith("-0000", StringComparison.Ordinal))
            {
                throw new ArgumentOutOfRangeException(nameof(id), id, "Reserved $noun$ id.");
            }
        }
        """,
        """
        /// <summary>Reports export progress.</summary>
        public void Report$Noun$Progress$N$(int done, int total)
        {
            /* Progress goes to stdout: the host captures it as structured logs. */
            Console.WriteLine("Starting $noun$ export for $area$");
            Console.WriteLine("Processed " + done + " of " + total + " $noun$s (" + (100.0 * done / Math.Max(1, total)).ToString("F1", CultureInfo.InvariantCulture) + "%)");
            Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} $noun$s remaining, {1}{2}", total - done, "$adj$", '\t'));
        }
        """,
        """
        /// <summary>Routes of the $noun$ endpoints.</summary>
        public const string $Noun$Route$N$ = "/api/$area$/$noun$s";
        public const string $Noun$RouteWithId$N$ = $Noun$Route$N$ + "/{id}";
        public const int Max$Noun$Batch$N$ = 250;
        private const string $Noun$Header$N$ = "X-" + "$Area$" + "-Trace";
        """,
        """
        // Wire markers of the $noun$ stream format.
        private static ReadOnlySpan<byte> $Noun$Magic$N$ => "KGB$N$"u8;
        private static ReadOnlySpan<byte> $Noun$Boundary$N$ => "\r\n--$noun$-boundary--\r\n"u8;
        """,
        """
        /// <summary>Fetches one $noun$ from the $area$ API.</summary>
        /// <param name="id">The $noun$ id.</param>
        /// <param name="ct">Cancels the request.</param>
        public async Task<string> Fetch$Noun$Async$N$(string id, CancellationToken ct = default)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Endpoint}/$noun$s/{Uri.EscapeDataString(id)}?expand=details&api-version=2024-10-21");
            request.Headers.Add("X-Request-Id", Guid.NewGuid().ToString("N"));
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"GET $noun$ {id} failed with {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            return await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        }
        """,
        """
        /// <summary>The newest $adj$ $noun$s, as display lines.</summary>
        public IReadOnlyList<string> Summarize$Noun$s$N$(IEnumerable<$Item$> items) =>
            items
                .Where(i => i.Name.StartsWith("$noun$-", StringComparison.OrdinalIgnoreCase) && i.Count > 0)
                .OrderByDescending(i => i.Updated)
                .Select(i => $"{i.Name} ({i.Count} $adj$)")
                .Take(20)
                .ToList();
        """,
        """
        #if DEBUG
            private static readonly string Debug$Noun$Banner$N$ = "DEBUG build: $noun$ tracing is on, see docs/tracing.md";
        #else
            private static readonly string Debug$Noun$Banner$N$ = string.Empty;
        #endif
        """,
        """
        /// <summary>Renders <paramref name="items"/> as a Markdown table.</summary>
        public string Render$Noun$Table$N$(IReadOnlyList<$Item$> items)
        {
            var sb = new StringBuilder();
            sb.AppendLine("| Id | Name | Count |");
            sb.AppendLine("|----|------|------:|");
            foreach (var item in items)
            {
                sb.Append("| ").Append(item.Id).Append(" | ").Append(item.Name).Append(" | ").Append(item.Count).AppendLine(" |");
            }

            sb.Append(@"_Generated by $Area$ at ").Append(DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)).Append('_');
            return sb.ToString();
        }
        """,
        """
        private static readonly string $Noun$Escapes$N$ = "tab:\t newline:\n quote:\" backslash:\\ unicode:\u00e9 hex:\x41 end";
        private static readonly char[] $Noun$Separators$N$ = [',', ';', '|', '\t', '\''];
        """,
        """
        [Obsolete("Use $Verb$$Noun$Async instead; this overload will be removed in v3.")]
        [Description("$SENTENCE$")]
        public void Legacy$Verb$$Noun$$N$() => Console.WriteLine("legacy $noun$ path");
        """,
        """
        /// <summary>Maps a $noun$ status code to its display text.</summary>
        public static string Describe$Noun$Status$N$(string status) => status switch
        {
            "new" => "New $noun$",
            "in-progress" => "Being processed",
            "done" => "Completed",
            "failed" => "Failed: see the audit log",
            _ => $"Unknown status '{status}'",
        };
        """,
        """
        /// <summary>Parses <c>key=value;key=value</c> options of the $area$ worker.</summary>
        public static Dictionary<string, string> Parse$Noun$Options$N$(string text)
        {
            var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int eq = part.IndexOf('=');
                if (eq <= 0)
                {
                    throw new FormatException($"Option '{part}' has no '=' (expected key=value).");
                }

                result[part[..eq]] = part[(eq + 1)..];
            }

            return result;
        }
        """,
        """
        /// <summary>Retries <paramref name="action"/> with exponential back-off.</summary>
        public static async Task Retry$Noun$Async$N$(Func<Task> action, int attempts = 3)
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    await action().ConfigureAwait(false);
                    return;
                }
                catch (HttpRequestException ex) when (attempt < attempts)
                {
                    Console.Error.WriteLine($"$Noun$ attempt {attempt}/{attempts} failed: {ex.Message}; retrying in {Math.Pow(2, attempt):F0}s");
                    await Task.Delay(TimeSpan.FromSeconds(Math.Pow(2, attempt))).ConfigureAwait(false);
                }
            }
        }
        """,
    ];

    /// <summary>Credential reads done right, and password-like literals: the peers' targets and KG2xxx's.</summary>
    public static readonly string[] Credentials =
    [
        """
        /// <summary>Creates the $adj$ model client from the environment.</summary>
        public HttpClient Create$Noun$Client$N$()
        {
            var apiKey = Environment.GetEnvironmentVariable("$ENV$")
                ?? throw new InvalidOperationException("Set $ENV$ before starting the $area$ worker.");
            var client = new HttpClient { BaseAddress = new Uri("https://api.example.test/v1/") };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            return client;
        }
        """,
        """
        /// <summary>The configured key of the $area$ model, if any.</summary>
        public string? Read$Noun$Key$N$() => _settings.TryGetValue("$CONFIG$", out var key) ? key : null;
        """,
        """
        /// <summary>The connection string of the $area$ database.</summary>
        public string Build$Noun$ConnectionString$N$(string server)
        {
            var password = "$SECRET$";
            return "Server=" + server + ";Database=$area$;User Id=$area$_app;Password=" + password + ";Encrypt=true";
        }
        """,
        """
        /// <summary>The account the $area$ job runs as.</summary>
        public NetworkCredential $Noun$JobCredential$N$() => new NetworkCredential("svc-$area$", "$SECRET$");
        """,
        """
        private const string DefaultPwd$N$ = "$SECRET$";
        private static readonly string $Noun$Dsn$N$ = "Data Source=$area$.db;Password=$SECRET$";
        """,
        """
        // Local development only: put your key in user secrets, never here.
        private const string ApiKeyPlaceholder$N$ = "<your-openai-api-key>";
        private static readonly string DocsHint$N$ = "Get a key at https://platform.example.test/api-keys, then export $ENV$=sk-... in your shell.";
        private static readonly string $Noun$Redacted$N$ = "sk-proj-****REDACTED****";
        """,
        """
        /// <summary>The $adj$ model clients of the $area$ worker, from one key (approved for chat in the bench manifest).</summary>
        public object Create$Noun$Clients$N$()
        {
            var openAI = new OpenAI.OpenAIClient(Environment.GetEnvironmentVariable("$ENV$") ?? throw new InvalidOperationException("Set $ENV$."));
            return (openAI.GetChatClient("gpt-4o-mini"), openAI.GetEmbeddingClient("text-embedding-3-small"), openAI.GetImageClient("gpt-image-1"));
        }
        """,
    ];

    /// <summary>One planted key per template, in every place a key can hide in C#; <c>$KEY$</c> is on one line.</summary>
    public static readonly (string Form, string Text)[] Planted =
    [
        ("const field", """private const string $Noun$ApiKey$N$ = "$KEY$";"""),
        ("local variable", """
            public void Configure$Noun$$N$()
            {
                var openAiKey = "$KEY$";
                _settings["OpenAI:ApiKey"] = openAiKey;
            }
            """),
        ("interpolated string", """public string $Noun$AuthHeader$N$(string tenant) => $"Bearer $KEY$ (tenant {tenant})";"""),
        ("line comment", """
            public int Count$Noun$s$N$(IEnumerable<$Item$> items)
            {
                // TODO remove before merge: $KEY$
                return items.Count();
            }
            """),
        ("XML doc", """
            /// <summary>Calls the $area$ model.</summary>
            /// <remarks>Tested with key $KEY$ on staging.</remarks>
            public void Call$Noun$Model$N$() => Console.WriteLine("calling model");
            """),
        ("verbatim string", """private static readonly string $Noun$Verbatim$N$ = @"$KEY$";"""),
        ("raw string", """"private static readonly string $Noun$Raw$N$ = """$KEY$""";""""),
        ("UTF-8 string", """private static ReadOnlySpan<byte> $Noun$KeyBytes$N$ => "$KEY$"u8;"""),
        ("constant concatenation", """private const string $Noun$SplitKey$N$ = "$KEY1$" + "$KEY2$";"""),
        ("attribute argument", """
            [ApiKey("$KEY$")]
            public void Tagged$Noun$$N$() { }
            """),
        ("password variable", """
            public string $Noun$Login$N$()
            {
                string password = "$KEY$";
                return password.Length.ToString(CultureInfo.InvariantCulture);
            }
            """),
        ("NetworkCredential", """public NetworkCredential $Noun$ServiceCredential$N$() => new NetworkCredential("svc-$area$", "$KEY$");"""),
        ("disabled #if", """
            #if NEVER_DEFINED
                private const string Disabled$Noun$Key$N$ = "$KEY$";
            #endif
            """),
        ("dictionary initializer", """
            private readonly Dictionary<string, string> $Noun$Defaults$N$ = new()
            {
                ["OpenAI:Model"] = "gpt-4o-mini",
                ["OpenAI:ApiKey"] = "$KEY$",
            };
            """),
        ("SetEnvironmentVariable", """public static void Export$Noun$Key$N$() => Environment.SetEnvironmentVariable("OPENAI_API_KEY", "$KEY$");"""),
        ("connection string", """private const string $Noun$ConnectionString$N$ = "Endpoint=https://$area$.example.test/;ApiKey=$KEY$;Deployment=gpt-4o";"""),
        ("SDK credential", """public ApiKeyCredential $Noun$ApiCredential$N$() => new ApiKeyCredential("$KEY$");"""),
        ("multi-line raw JSON", """"
            private const string $Noun$Config$N$ = """
                {
                  "model": "claude-sonnet",
                  "apiKey": "$KEY$",
                  "maxTokens": 1024
                }
                """;
            """"),
        ("block comment", """
            /*
             * Rotated on 2026-11-02. Old key: $KEY$
             */
            private const int $Noun$RotationDays$N$ = 30;
            """),
        ("default parameter", """public Task Send$Noun$Async$N$(string apiKey = "$KEY$") => Task.CompletedTask;"""),
        ("string.Concat of pieces", """private static readonly string $Noun$Joined$N$ = string.Concat($KEYPIECES$);"""),
        ("char array", """private static readonly string $Noun$Chars$N$ = new string(new[] { $KEYCHARS$ });"""),
    ];

    public static readonly string[] EnvNames =
    [
        "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "AZURE_OPENAI_API_KEY", "OPENAI_ADMIN_KEY", "ANTHROPIC_ADMIN_KEY",
    ];

    public static readonly string[] ConfigKeys =
    [
        "OpenAI:ApiKey", "Anthropic:ApiKey", "AzureOpenAI:Key", "Assistant:OpenAI:ApiKey",
    ];
}
