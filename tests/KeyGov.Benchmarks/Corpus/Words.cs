namespace KeyGov.Benchmarks.Corpus;

/// <summary>Vocabulary of the generated corpora: enough variety that no two files look alike, all drawn from a seeded <see cref="Random"/>.</summary>
internal static class Words
{
    public static readonly string[] Areas =
    [
        "Orders", "Billing", "Catalog", "Shipping", "Identity", "Search", "Support", "Reporting", "Inventory", "Pricing",
        "Notifications", "Payments", "Analytics", "Assistant", "Summaries", "Ingest", "Ranking", "Tickets", "Content", "Audit",
    ];

    public static readonly string[] Nouns =
    [
        "order", "invoice", "customer", "ticket", "summary", "prompt", "completion", "embedding", "document", "batch",
        "shipment", "payment", "refund", "product", "review", "session", "token", "request", "response", "report",
        "schedule", "quota", "region", "tenant", "workspace", "message", "thread", "attachment", "label", "model",
    ];

    public static readonly string[] Verbs =
    [
        "Load", "Save", "Build", "Send", "Fetch", "Validate", "Render", "Summarize", "Rank", "Classify",
        "Refresh", "Archive", "Export", "Import", "Merge", "Split", "Resolve", "Publish", "Schedule", "Retry",
    ];

    public static readonly string[] Adjectives =
    [
        "pending", "active", "archived", "urgent", "stale", "draft", "final", "partial", "cached", "remote",
        "local", "primary", "fallback", "nightly", "hourly", "regional", "global", "internal", "external", "legacy",
    ];

    /// <summary>Prose words, among them hyphenated ones that contain the <c>sk-</c> anchor, as real text does.</summary>
    public static readonly string[] Prose =
    [
        "the", "a", "service", "sends", "each", "request", "to", "model", "with", "retry", "and", "backoff", "when", "quota",
        "is", "exceeded", "we", "log", "latency", "per", "tenant", "risk-based", "task-specific", "desk-side", "disk-backed",
        "ask-me-anything", "whisk-like", "rollout", "behind", "feature", "flag", "keys", "are", "read", "from", "vault", "at",
        "startup", "never", "stored", "in", "source", "control", "owners", "review", "them", "every", "quarter", "for",
        "production", "staging", "environments", "summaries", "of", "support", "tickets", "go", "through", "queue", "which",
        "batches", "prompts", "by", "priority", "on", "failure", "the", "worker", "falls", "back", "cached", "answer",
    ];

    public static string Pick(this Random rng, string[] words) => words[rng.Next(words.Length)];

    public static string Pascal(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);

    /// <summary>A password-like value, made at run time: neither the repository nor its history holds one.</summary>
    public static string Secretish(Random rng) => Pascal(rng.Pick(Nouns)) + rng.Next(1000, 9999) + "!" + rng.Pick(Adjectives);

    public static string Sentence(Random rng, int min = 6, int max = 18)
    {
        int count = rng.Next(min, max);
        var words = new string[count];
        for (int i = 0; i < count; i++)
        {
            words[i] = rng.Pick(Prose);
        }

        words[0] = Pascal(words[0]);
        return string.Join(' ', words) + ".";
    }

    public static string Guid(Random rng)
    {
        var bytes = new byte[16];
        rng.NextBytes(bytes);
        return new System.Guid(bytes).ToString();
    }
}
