namespace KeyGov.Core.Config
{
    /// <summary>
    /// A value of a config file with the name it sits under: the context that tells a prefix-less key apart from any
    /// other random string (<c>AzureOpenAI:ApiKey</c>, <c>OPENAI_API_KEY</c>, an appSettings key).
    /// </summary>
    public readonly struct ConfigValue
    {
        public ConfigValue(string value, int start, string context, string? endpointHost)
        {
            Value = value;
            Start = start;
            Context = context;
            EndpointHost = endpointHost;
        }

        /// <summary>The value as the application sees it.</summary>
        public string Value { get; }

        /// <summary>Offset of the value in the file; the file spells the value as <see cref="Value"/> from there.</summary>
        public int Start { get; }

        public int Length => Value.Length;

        /// <summary>The configuration key path (<c>:</c>-separated for JSON), env var name or XML key.</summary>
        public string Context { get; }

        /// <summary>The host of an endpoint URL beside the value (same JSON object or connection string), which can name the provider.</summary>
        public string? EndpointHost { get; }
    }
}
