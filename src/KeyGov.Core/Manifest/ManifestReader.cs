using System;
using System.Collections.Generic;
using KeyGov.Core.Json;
using KeyGov.Core.Rules;

namespace KeyGov.Core.Manifest
{
    /// <summary>
    /// Reads keygov.json into a <see cref="KeyManifest"/>: KG3001 for what cannot be read (syntax, wrong type, unknown
    /// field, unsupported version), KG3003 for values of the wrong format. A syntax error or an unsupported version
    /// stops everything (no manifest, one KG3001); a local problem (one bad field) is reported and reading goes on,
    /// so one run shows every problem. Never throws.
    /// </summary>
    public static partial class ManifestReader
    {
        public static ManifestReadResult Read(string? text)
        {
            try
            {
                return new Mapper().Read(text);
            }
            catch (Exception ex)
            {
                // Unreachable by design (the fuzz tests hold it so); an analyzer host must still never see an exception.
                var finding = ManifestFindingFactory.Create(RuleCatalog.KG3001, FindingSeverity.Error,
                    "KeyGov could not read the manifest (internal error " + ex.GetType().Name + "); please report it",
                    new SourceRange(0, 0, 1, 1, 1, 1), null);
                return new ManifestReadResult(null, new[] { finding });
            }
        }

        private static readonly string[] RootFields = { "$schema", "version", "policy", "credentials", "allow", "providerScopes" };
        private static readonly string[] PolicyFields = { "expiryWarningDays", "maxExceptionDays", "owners", "tiers" };
        private static readonly string[] TierNames = { "critical", "high", "moderate", "low" };
        private static readonly string[] TierFields = { "maxKeyAgeDays", "reviewEveryDays", "maxIdleDays" };
        private static readonly string[] CredentialFields =
        {
            "id", "provider", "owner", "purpose", "risk", "environments", "consumers", "sources", "keyType", "status",
            "created", "expires", "rotation", "lastReviewed", "storage", "fingerprint", "exception", "revoked", "sunset",
            "providerKeyId", "hint", "monitoring", "externalConsumers", "apis", "keyless",
        };

        private static readonly string[] SourceFields = { "env", "config" };
        private static readonly string[] RotationFields = { "everyDays", "lastRotated" };
        private static readonly string[] ExceptionFields = { "reason", "approvedBy", "approved", "expires", "ticket" };
        private static readonly string[] RevokedFields = { "on", "reason" };
        private static readonly string[] AllowFields = { "fingerprint", "reason", "owner" };
        private static readonly string[] MonitoringFields = { "alerts", "limit" };
        private static readonly string[] KeylessFields = { "status", "by", "reason" };
        private static readonly string[] ProviderScopeFields = { "provider", "scope" };

        // Objects are walked through their members (JsonMember structs), not their Properties: no JsonProperty object
        // nor enumerator is made per property, and a large manifest has tens of thousands of them.
        private sealed class Mapper
        {
            private readonly List<ManifestFinding> _findings = new List<ManifestFinding>();

            public ManifestReadResult Read(string? text)
            {
                var parsed = JsonReader.Parse(text, ManifestText.JsonEcho);
                if (parsed.Root == null)
                {
                    var error = parsed.Error!;
                    return Unreadable(error.Message, error.Range);
                }

                if (!(parsed.Root is JsonObject root))
                {
                    return Unreadable("The manifest must be a JSON object ({ \"version\": 1, … }), not " + parsed.Root.KindDescription, parsed.Root.Range);
                }

                if (!root.TryGetMember("version", out var version))
                {
                    Report(RuleCatalog.KG3001, "The manifest has no 'version'; add \"version\": 1", root.OpeningBrace, Scope.Root, "version");
                }
                else if (version.Value is JsonNumber number)
                {
                    if (number.Text != "1")
                    {
                        return Unreadable("Unsupported manifest version " + ManifestText.Unquoted(number.Text) + "; this KeyGov reads version " + KeyManifest.SupportedVersion, number.Range);
                    }
                }
                else
                {
                    WrongType(version, JsonNodeKind.Number, Scope.Root);
                }

                ManifestValue<string>? schema = null;
                var policy = new ManifestPolicy();
                IReadOnlyList<CredentialEntry> credentials = Array.Empty<CredentialEntry>();
                IReadOnlyList<AllowEntry> allow = Array.Empty<AllowEntry>();
                IReadOnlyList<ProviderScope> providerScopes = Array.Empty<ProviderScope>();
                for (int p = 0; p < root.MemberCount; p++)
                {
                    var property = root.Member(p);
                    switch (property.Name)
                    {
                        case "$schema":
                            schema = String(property, Scope.Root);
                            break;
                        case "version":
                            break;
                        case "policy":
                            if (Expect(property, JsonNodeKind.Object, Scope.Root))
                            {
                                policy = ReadPolicy((JsonObject)property.Value);
                            }

                            break;
                        case "credentials":
                            if (Expect(property, JsonNodeKind.Array, Scope.Root))
                            {
                                credentials = ReadCredentials((JsonArray)property.Value);
                            }

                            break;
                        case "allow":
                            if (Expect(property, JsonNodeKind.Array, Scope.Root))
                            {
                                allow = ReadAllow((JsonArray)property.Value);
                            }

                            break;
                        case "providerScopes":
                            if (Expect(property, JsonNodeKind.Array, Scope.Root))
                            {
                                providerScopes = ReadProviderScopes((JsonArray)property.Value);
                            }

                            break;
                        default:
                            Unknown(property, Scope.Root, RootFields);
                            break;
                    }
                }

                var manifest = new KeyManifest
                {
                    Schema = schema,
                    Policy = policy,
                    Credentials = credentials,
                    Allow = allow,
                    ProviderScopes = providerScopes,
                    Range = root.Range,
                };
                return new ManifestReadResult(manifest, _findings.ToArray());
            }

            private ManifestPolicy ReadPolicy(JsonObject policy)
            {
                var scope = Scope.Root.Nested("policy");
                var defaults = new ManifestPolicy();
                var expiryWarningDays = defaults.ExpiryWarningDays;
                var maxExceptionDays = defaults.MaxExceptionDays;
                var owners = defaults.Owners;
                var tiers = defaults.Tiers;
                for (int p = 0; p < policy.MemberCount; p++)
                {
                    var property = policy.Member(p);
                    switch (property.Name)
                    {
                        case "expiryWarningDays":
                            expiryWarningDays = Days(property, scope, 0) ?? expiryWarningDays;
                            break;
                        case "maxExceptionDays":
                            maxExceptionDays = Days(property, scope, 0) ?? maxExceptionDays;
                            break;
                        case "owners":
                            owners = StringList(property, scope);
                            break;
                        case "tiers":
                            if (Expect(property, JsonNodeKind.Object, scope))
                            {
                                tiers = ReadTiers((JsonObject)property.Value, scope.Nested("tiers"));
                            }

                            break;
                        default:
                            Unknown(property, scope, PolicyFields);
                            break;
                    }
                }

                return new ManifestPolicy
                {
                    ExpiryWarningDays = expiryWarningDays,
                    MaxExceptionDays = maxExceptionDays,
                    Owners = owners,
                    Tiers = tiers,
                };
            }

            private PolicyTiers ReadTiers(JsonObject tiers, Scope scope)
            {
                var defaults = new PolicyTiers();
                RiskTier critical = defaults.Critical, high = defaults.High, moderate = defaults.Moderate, low = defaults.Low;
                for (int p = 0; p < tiers.MemberCount; p++)
                {
                    var property = tiers.Member(p);
                    if (!ManifestEnums.TryParseRisk(property.Name, out var risk))
                    {
                        Unknown(property, scope, TierNames);
                        continue;
                    }

                    if (!Expect(property, JsonNodeKind.Object, scope))
                    {
                        continue;
                    }

                    var tier = ReadTier((JsonObject)property.Value, scope.Nested(property.Name), defaults.For(risk));
                    switch (risk)
                    {
                        case RiskLevel.Critical:
                            critical = tier;
                            break;
                        case RiskLevel.High:
                            high = tier;
                            break;
                        case RiskLevel.Moderate:
                            moderate = tier;
                            break;
                        default:
                            low = tier;
                            break;
                    }
                }

                return new PolicyTiers { Critical = critical, High = high, Moderate = moderate, Low = low };
            }

            private RiskTier ReadTier(JsonObject tier, Scope scope, RiskTier defaults)
            {
                var maxKeyAgeDays = defaults.MaxKeyAgeDays;
                var reviewEveryDays = defaults.ReviewEveryDays;
                var maxIdleDays = defaults.MaxIdleDays;
                for (int p = 0; p < tier.MemberCount; p++)
                {
                    var property = tier.Member(p);
                    switch (property.Name)
                    {
                        case "maxKeyAgeDays":
                            maxKeyAgeDays = Days(property, scope, 1) ?? maxKeyAgeDays;
                            break;
                        case "reviewEveryDays":
                            reviewEveryDays = Days(property, scope, 1) ?? reviewEveryDays;
                            break;
                        case "maxIdleDays":
                            maxIdleDays = Days(property, scope, 1) ?? maxIdleDays;
                            break;
                        default:
                            Unknown(property, scope, TierFields);
                            break;
                    }
                }

                return new RiskTier { MaxKeyAgeDays = maxKeyAgeDays, ReviewEveryDays = reviewEveryDays, MaxIdleDays = maxIdleDays };
            }

            private IReadOnlyList<CredentialEntry> ReadCredentials(JsonArray array)
            {
                var entries = new List<CredentialEntry>(array.Items.Count);
                for (int i = 0; i < array.Items.Count; i++)
                {
                    var item = array.Items[i];
                    if (item is JsonObject entry)
                    {
                        entries.Add(ReadCredential(entry, i));
                    }
                    else
                    {
                        Report(RuleCatalog.KG3001, "'credentials[" + i + "]' must be an object, not " + item.KindDescription, item.Range, Scope.Root, null, i);
                    }
                }

                return entries;
            }

            private CredentialEntry ReadCredential(JsonObject entry, int index)
            {
                // The id names the entry in every message, wherever it sits among the fields.
                var idNode = entry.ValueOf("id") as JsonString;
                string? idText = ManifestText.SafeId(idNode?.Value);
                var entryScope = EntryScope.Credential(idText, index);
                var scope = Scope.Of(entryScope);

                ManifestValue<string>? id = null, provider = null, owner = null, purpose = null, keyType = null, storage = null, fingerprint = null;
                ManifestValue<string>? providerKeyId = null, hint = null;
                MonitoringSettings? monitoring = null;
                IReadOnlyList<ManifestValue<string>> apis = Array.Empty<ManifestValue<string>>();
                KeylessPlan? keyless = null;
                var risk = CredentialEntry.DefaultRisk;
                var status = CredentialEntry.DefaultStatus;
                IReadOnlyList<ManifestValue<string>> environments = Array.Empty<ManifestValue<string>>();
                IReadOnlyList<ManifestValue<string>> consumers = Array.Empty<ManifestValue<string>>();
                IReadOnlyList<ManifestValue<string>> externalConsumers = Array.Empty<ManifestValue<string>>();
                var sources = CredentialEntry.NoSources;
                ManifestValue<DateTime>? created = null, expires = null, lastReviewed = null, sunset = null;
                RotationSchedule? rotation = null;
                ExceptionApproval? exception = null;
                Revocation? revoked = null;

                for (int p = 0; p < entry.MemberCount; p++)
                {
                    var property = entry.Member(p);
                    switch (property.Name)
                    {
                        case "id":
                            id = String(property, scope);
                            if (id != null && id.Value.Length > 0 && !ManifestFormats.IsValidId(id.Value))
                            {
                                Invalid(property, scope, "is " + ManifestText.Quote(id.Value) +
                                    "; an id is lowercase letters, digits, '.', '_' and '-', starting with a letter or digit (openai-support-summaries)");
                            }

                            break;
                        case "provider":
                            provider = String(property, scope);
                            if (provider != null && provider.Value.Length > 0 && !ManifestFormats.IsValidProvider(provider.Value))
                            {
                                Invalid(property, scope, DescribeBadProvider(provider.Value));
                            }

                            break;
                        case "owner":
                            owner = Owner(property, scope);
                            break;
                        case "purpose":
                            purpose = String(property, scope);
                            break;
                        case "risk":
                            risk = Enum<RiskLevel>(property, scope, ManifestEnums.TryParseRisk, "critical, high, moderate or low") ?? risk;
                            break;
                        case "environments":
                            environments = StringList(property, scope);
                            break;
                        case "consumers":
                            consumers = StringList(property, scope);
                            break;
                        case "externalConsumers":
                            externalConsumers = StringList(property, scope);
                            break;
                        case "sources":
                            if (Expect(property, JsonNodeKind.Object, scope))
                            {
                                sources = ReadSources((JsonObject)property.Value, scope.Nested("sources"));
                            }

                            break;
                        case "keyType":
                            keyType = String(property, scope);
                            break;
                        case "status":
                            status = Enum<CredentialStatus>(property, scope, ManifestEnums.TryParseStatus, "active, rotating, suspended, deprecated or revoked") ?? status;
                            break;
                        case "created":
                            created = Date(property, scope, required: false);
                            break;
                        case "expires":
                            expires = Date(property, scope, required: true);
                            break;
                        case "rotation":
                            if (Expect(property, JsonNodeKind.Object, scope))
                            {
                                rotation = ReadRotation((JsonObject)property.Value, scope.Nested("rotation"));
                            }

                            break;
                        case "lastReviewed":
                            lastReviewed = Date(property, scope, required: false);
                            break;
                        case "storage":
                            storage = String(property, scope);
                            break;
                        case "fingerprint":
                            fingerprint = FingerprintValue(property, scope);
                            break;
                        case "exception":
                            if (Expect(property, JsonNodeKind.Object, scope))
                            {
                                exception = ReadException((JsonObject)property.Value, scope.Nested("exception"));
                            }

                            break;
                        case "revoked":
                            if (Expect(property, JsonNodeKind.Object, scope))
                            {
                                revoked = ReadRevoked((JsonObject)property.Value, scope.Nested("revoked"));
                            }

                            break;
                        case "sunset":
                            sunset = Date(property, scope, required: false);
                            break;
                        case "providerKeyId":
                            providerKeyId = NonEmpty(property, scope, "the provider's id of the key (key_…, apikey_…)");
                            break;
                        case "hint":
                            hint = HintValue(property, scope);
                            break;
                        case "monitoring":
                            if (Expect(property, JsonNodeKind.Object, scope))
                            {
                                monitoring = ReadMonitoring((JsonObject)property.Value, scope.Nested("monitoring"));
                            }

                            break;
                        case "apis":
                            apis = ApiList(property, scope);
                            break;
                        case "keyless":
                            if (Expect(property, JsonNodeKind.Object, scope))
                            {
                                keyless = ReadKeyless((JsonObject)property.Value, scope.Nested("keyless"));
                            }

                            break;
                        default:
                            Unknown(property, scope, CredentialFields);
                            break;
                    }
                }

                return new CredentialEntry
                {
                    Index = index,
                    Range = entry.Range,
                    Anchor = idNode?.Range ?? entry.OpeningBrace,
                    Id = id,
                    SafeId = idText,
                    Provider = provider,
                    Owner = owner,
                    Purpose = purpose,
                    Risk = risk,
                    Environments = environments,
                    Consumers = consumers,
                    ExternalConsumers = externalConsumers,
                    Sources = sources,
                    KeyType = keyType,
                    Status = status,
                    Created = created,
                    Expires = expires,
                    Rotation = rotation,
                    LastReviewed = lastReviewed,
                    Storage = storage,
                    Fingerprint = fingerprint,
                    Exception = exception,
                    Revoked = revoked,
                    Sunset = sunset,
                    ProviderKeyId = providerKeyId,
                    Hint = hint,
                    Monitoring = monitoring,
                    Apis = apis,
                    Keyless = keyless,
                    InvalidFields = entryScope.InvalidFields,
                };
            }

            private DeclaredSources ReadSources(JsonObject sources, Scope scope)
            {
                IReadOnlyList<ManifestValue<string>> env = Array.Empty<ManifestValue<string>>();
                IReadOnlyList<ManifestValue<string>> config = Array.Empty<ManifestValue<string>>();
                for (int p = 0; p < sources.MemberCount; p++)
                {
                    var property = sources.Member(p);
                    switch (property.Name)
                    {
                        case "env":
                            env = StringList(property, scope);
                            break;
                        case "config":
                            config = StringList(property, scope);
                            break;
                        default:
                            Unknown(property, scope, SourceFields);
                            break;
                    }
                }

                return new DeclaredSources { Env = env, Config = config, Range = sources.Range };
            }

            private RotationSchedule ReadRotation(JsonObject rotation, Scope scope)
            {
                ManifestValue<int>? everyDays = null;
                ManifestValue<DateTime>? lastRotated = null;
                for (int p = 0; p < rotation.MemberCount; p++)
                {
                    var property = rotation.Member(p);
                    switch (property.Name)
                    {
                        case "everyDays":
                            everyDays = Days(property, scope, 1);
                            break;
                        case "lastRotated":
                            lastRotated = Date(property, scope, required: false);
                            break;
                        default:
                            Unknown(property, scope, RotationFields);
                            break;
                    }
                }

                return new RotationSchedule { EveryDays = everyDays, LastRotated = lastRotated, Range = rotation.Range };
            }

            private ExceptionApproval ReadException(JsonObject exception, Scope scope)
            {
                ManifestValue<string>? reason = null, approvedBy = null, ticket = null;
                ManifestValue<DateTime>? approved = null, expires = null;
                for (int p = 0; p < exception.MemberCount; p++)
                {
                    var property = exception.Member(p);
                    switch (property.Name)
                    {
                        case "reason":
                            reason = String(property, scope);
                            break;
                        case "approvedBy":
                            approvedBy = Owner(property, scope);
                            break;
                        case "approved":
                            approved = Date(property, scope, required: false);
                            break;
                        case "expires":
                            expires = Date(property, scope, required: false);
                            break;
                        case "ticket":
                            ticket = String(property, scope);
                            break;
                        default:
                            Unknown(property, scope, ExceptionFields);
                            break;
                    }
                }

                return new ExceptionApproval
                {
                    Reason = reason,
                    ApprovedBy = approvedBy,
                    Approved = approved,
                    Expires = expires,
                    Ticket = ticket,
                    Range = exception.Range,
                };
            }

            private Revocation ReadRevoked(JsonObject revoked, Scope scope)
            {
                ManifestValue<DateTime>? on = null;
                ManifestValue<string>? reason = null;
                for (int p = 0; p < revoked.MemberCount; p++)
                {
                    var property = revoked.Member(p);
                    switch (property.Name)
                    {
                        case "on":
                            on = Date(property, scope, required: false);
                            break;
                        case "reason":
                            reason = String(property, scope);
                            break;
                        default:
                            Unknown(property, scope, RevokedFields);
                            break;
                    }
                }

                return new Revocation { On = on, Reason = reason, Range = revoked.Range };
            }

            private IReadOnlyList<AllowEntry> ReadAllow(JsonArray array)
            {
                var entries = new List<AllowEntry>(array.Items.Count);
                for (int i = 0; i < array.Items.Count; i++)
                {
                    var item = array.Items[i];
                    if (!(item is JsonObject entry))
                    {
                        Report(RuleCatalog.KG3001, "'allow[" + i + "]' must be an object, not " + item.KindDescription, item.Range, Scope.Root, "allow[" + i + "]");
                        continue;
                    }

                    var entryScope = EntryScope.Allow(i);
                    var scope = Scope.Of(entryScope);
                    ManifestValue<string>? fingerprint = null, reason = null, owner = null;
                    for (int p = 0; p < entry.MemberCount; p++)
                    {
                        var property = entry.Member(p);
                        switch (property.Name)
                        {
                            case "fingerprint":
                                fingerprint = FingerprintValue(property, scope);
                                break;
                            case "reason":
                                reason = String(property, scope);
                                break;
                            case "owner":
                                owner = Owner(property, scope);
                                break;
                            default:
                                Unknown(property, scope, AllowFields);
                                break;
                        }
                    }

                    entries.Add(new AllowEntry
                    {
                        Index = i,
                        Range = entry.Range,
                        Anchor = entry.ValueOf("fingerprint")?.Range ?? entry.OpeningBrace,
                        Fingerprint = fingerprint,
                        Reason = reason,
                        Owner = owner,
                        InvalidFields = entryScope.InvalidFields,
                    });
                }

                return entries;
            }

            private MonitoringSettings ReadMonitoring(JsonObject monitoring, Scope scope)
            {
                ManifestValue<string>? alerts = null, limit = null;
                for (int p = 0; p < monitoring.MemberCount; p++)
                {
                    var property = monitoring.Member(p);
                    switch (property.Name)
                    {
                        case "alerts":
                            alerts = String(property, scope);
                            break;
                        case "limit":
                            limit = String(property, scope);
                            break;
                        default:
                            Unknown(property, scope, MonitoringFields);
                            break;
                    }
                }

                return new MonitoringSettings { Alerts = alerts, Limit = limit, Range = monitoring.Range };
            }

            /// <summary><c>apis</c>: a list of surfaces from <see cref="Usage.ApiSurface.Vocabulary"/>; an unknown one is KG3003 and left out.</summary>
            private IReadOnlyList<ManifestValue<string>> ApiList(JsonMember property, Scope scope)
            {
                var values = StringList(property, scope);
                List<ManifestValue<string>>? known = null;
                for (int i = 0; i < values.Count; i++)
                {
                    if (Usage.ApiSurface.IsKnown(values[i].Value))
                    {
                        known?.Add(values[i]);
                        continue;
                    }

                    if (known == null)
                    {
                        known = new List<ManifestValue<string>>(values.Count);
                        for (int k = 0; k < i; k++)
                        {
                            known.Add(values[k]);
                        }
                    }

                    scope.MarkInvalid(property.Name);
                    Report(RuleCatalog.KG3003, scope.Field(property.Name) + " lists " + ManifestText.Quote(values[i].Value) +
                        ", which is not an API surface; use " + string.Join(", ", Usage.ApiSurface.Vocabulary), values[i].Range, scope, scope.PathOf(property.Name));
                }

                return known ?? values;
            }

            private KeylessPlan ReadKeyless(JsonObject keyless, Scope scope)
            {
                ManifestValue<KeylessStatus>? status = null;
                ManifestValue<DateTime>? by = null;
                ManifestValue<string>? reason = null;
                for (int p = 0; p < keyless.MemberCount; p++)
                {
                    var property = keyless.Member(p);
                    switch (property.Name)
                    {
                        case "status":
                            status = Enum<KeylessStatus>(property, scope, ManifestEnums.TryParseKeyless, "not-possible or planned");
                            break;
                        case "by":
                            by = Date(property, scope, required: false);
                            break;
                        case "reason":
                            reason = NonEmpty(property, scope, "why keyless auth is not possible, or what the move waits for");
                            break;
                        default:
                            Unknown(property, scope, KeylessFields);
                            break;
                    }
                }

                if (keyless.ValueOf("status") == null)
                {
                    scope.MarkInvalid("status");
                    Report(RuleCatalog.KG3003, scope.Field("status") + " is missing; write \"not-possible\" or \"planned\"", keyless.OpeningBrace, scope, scope.PathOf("status"));
                }
                else if (status?.Value == KeylessStatus.Planned && keyless.ValueOf("by") == null)
                {
                    scope.MarkInvalid("by");
                    Report(RuleCatalog.KG3003, scope.Field("by") + " is missing; a planned move to keyless auth needs its date (yyyy-MM-dd)", keyless.OpeningBrace, scope, scope.PathOf("by"));
                }

                return new KeylessPlan { Status = status, By = by, Reason = reason, Range = keyless.Range };
            }

            private IReadOnlyList<ProviderScope> ReadProviderScopes(JsonArray array)
            {
                var scopes = new List<ProviderScope>(array.Items.Count);
                for (int i = 0; i < array.Items.Count; i++)
                {
                    string path = "providerScopes[" + i + "]";
                    if (!(array.Items[i] is JsonObject item))
                    {
                        Report(RuleCatalog.KG3001, "'" + path + "' must be an object, not " + array.Items[i].KindDescription, array.Items[i].Range, Scope.Root, path);
                        continue;
                    }

                    var scope = Scope.Root.Nested(path);
                    ManifestValue<string>? provider = null, value = null;
                    for (int p = 0; p < item.MemberCount; p++)
                    {
                        var property = item.Member(p);
                        switch (property.Name)
                        {
                            case "provider":
                                provider = NonEmpty(property, scope, "\"openai\" or \"anthropic\"");
                                if (provider != null && !ManifestFormats.IsValidProvider(provider.Value))
                                {
                                    Invalid(property, scope, DescribeBadProvider(provider.Value));
                                    provider = null;
                                }

                                break;
                            case "scope":
                                value = NonEmpty(property, scope, "an OpenAI project id (proj_…) or organization id (org-…), or an Anthropic workspace id (wrkspc_…)");
                                break;
                            default:
                                Unknown(property, scope, ProviderScopeFields);
                                break;
                        }
                    }

                    if (item.ValueOf("provider") == null || item.ValueOf("scope") == null)
                    {
                        Report(RuleCatalog.KG3001, "'" + path + "' needs both \"provider\" and \"scope\"", item.OpeningBrace, Scope.Root, path);
                        continue;
                    }

                    if (provider == null || value == null)
                    {
                        continue; // reported where the value is
                    }

                    scopes.Add(new ProviderScope { Index = i, Provider = provider, Scope = value, Range = item.Range });
                }

                return scopes;
            }

            // ---- values ----

            /// <summary>A string that must not be blank: a blank one is a KG3003 and null.</summary>
            private ManifestValue<string>? NonEmpty(JsonMember property, Scope scope, string what)
            {
                var value = String(property, scope);
                if (value != null && value.Value.Trim().Length == 0)
                {
                    Invalid(property, scope, "is empty; write " + what);
                    return null;
                }

                return value;
            }

            /// <summary>A redacted hint (a prefix, an ellipsis or stars, the last characters); anything else is never echoed: it may be the key.</summary>
            private ManifestValue<string>? HintValue(JsonMember property, Scope scope)
            {
                var hint = String(property, scope);
                if (hint == null || Providers.KeyHint.TryParse(hint.Value, out _))
                {
                    return hint;
                }

                Invalid(property, scope, "is not a redacted hint; write it as the provider shows it: the key's fixed prefix, an ellipsis and its last 4 or more characters (sk-proj-…Q7xZ); the value is not shown");
                return null;
            }

            private ManifestValue<string>? String(JsonMember property, Scope scope) =>
                StringNode(property, scope) is JsonString text ? ManifestValue.At(text.Value, text.Range) : null;

            /// <summary>The string token itself, for values parsed into something else (a date, an enum): no string value to keep.</summary>
            private JsonString? StringNode(JsonMember property, Scope scope) =>
                Expect(property, JsonNodeKind.String, scope) ? (JsonString)property.Value : null;

            /// <summary>An owner-shaped string; an empty one is left to KG3002.</summary>
            private ManifestValue<string>? Owner(JsonMember property, Scope scope)
            {
                var owner = String(property, scope);
                if (owner != null && owner.Value.Length > 0 && !ManifestFormats.IsValidOwner(owner.Value))
                {
                    Invalid(property, scope, "is " + ManifestText.Quote(owner.Value) + "; an owner is @org/team, an email, or group:ns/name");
                }

                return owner;
            }

            /// <summary>A well-formed fingerprint, or null. A malformed one is never echoed: it may be the key itself.</summary>
            private ManifestValue<string>? FingerprintValue(JsonMember property, Scope scope)
            {
                var fingerprint = String(property, scope);
                if (fingerprint == null || ManifestFormats.IsValidFingerprint(fingerprint.Value))
                {
                    return fingerprint;
                }

                Invalid(property, scope, "is not a fingerprint; write 'sha256:' followed by the 64 lowercase hex digits of the SHA-256 of the key's UTF-8 bytes (the value is not shown)");
                return null;
            }

            private ManifestValue<DateTime>? Date(JsonMember property, Scope scope, bool required)
            {
                var text = StringNode(property, scope);
                if (text == null || (required && text.Value.Length == 0))
                {
                    // An empty required date is "missing or empty": KG3002, reported by the checker.
                    return null;
                }

                if (ManifestFormats.TryParseDate(text.Value, out var date))
                {
                    return ManifestValue.At(date, text.Range);
                }

                Invalid(property, scope, "is " + ManifestText.Quote(text.Value) + ", not a valid date; write a real day as yyyy-MM-dd (2026-01-05), between " +
                    ManifestFormats.FormatDate(ManifestFormats.MinDate) + " and " + ManifestFormats.FormatDate(ManifestFormats.MaxDate));
                return null;
            }

            private ManifestValue<int>? Days(JsonMember property, Scope scope, int min)
            {
                if (!Expect(property, JsonNodeKind.Number, scope))
                {
                    return null;
                }

                var number = (JsonNumber)property.Value;
                if (number.TryGetInt32(out int days) && days >= min && days <= ManifestFormats.MaxDays)
                {
                    return ManifestValue.At(days, number.Range);
                }

                Invalid(property, scope, "is " + ManifestText.Unquoted(number.Text) + "; it must be a whole number of days from " + min + " to " + ManifestFormats.MaxDays);
                return null;
            }

            private delegate bool TryParse<T>(string? text, out T value);

            private ManifestValue<T>? Enum<T>(JsonMember property, Scope scope, TryParse<T> parse, string expected)
            {
                var text = StringNode(property, scope);
                if (text == null)
                {
                    return null;
                }

                if (parse(text.Value, out var value))
                {
                    return ManifestValue.At(value, text.Range);
                }

                Invalid(property, scope, "is " + ManifestText.Quote(text.Value) + "; expected " + expected);
                return null;
            }

            private IReadOnlyList<ManifestValue<string>> StringList(JsonMember property, Scope scope)
            {
                if (!Expect(property, JsonNodeKind.Array, scope))
                {
                    return Array.Empty<ManifestValue<string>>();
                }

                var items = ((JsonArray)property.Value).Items;
                if (items.Count == 0)
                {
                    return Array.Empty<ManifestValue<string>>();
                }

                var values = new ManifestValue<string>[items.Count];
                int count = 0;
                for (int i = 0; i < items.Count; i++)
                {
                    if (!(items[i] is JsonString item))
                    {
                        ReportItem(RuleCatalog.KG3001, property, i, "must be a string, not " + items[i].KindDescription, items[i].Range, scope);
                    }
                    else if (item.Value.Trim().Length == 0)
                    {
                        ReportItem(RuleCatalog.KG3003, property, i, "is empty; remove it or write a value", item.Range, scope);
                    }
                    else
                    {
                        values[count++] = ManifestValue.At(item.Value, item.Range);
                    }
                }

                if (count < values.Length)
                {
                    Array.Resize(ref values, count);
                }

                return values;
            }

            // ---- findings ----

            private bool Expect(JsonMember property, JsonNodeKind kind, Scope scope)
            {
                if (property.Value.Kind == kind)
                {
                    return true;
                }

                WrongType(property, kind, scope);
                return false;
            }

            private void WrongType(JsonMember property, JsonNodeKind expected, Scope scope)
            {
                scope.MarkInvalid(property.Name);
                Report(RuleCatalog.KG3001, scope.Field(property.Name) + " must be " + JsonNode.Describe(expected) + ", not " + property.Value.KindDescription,
                    property.Value.Range, scope, scope.PathOf(property.Name));
            }

            private void Invalid(JsonMember property, Scope scope, string problem)
            {
                scope.MarkInvalid(property.Name);
                Report(RuleCatalog.KG3003, scope.Field(property.Name) + " " + problem, property.Value.Range, scope, scope.PathOf(property.Name));
            }

            /// <summary>A finding on one item of a list: <c>'environments[1]' in credential 'x' is empty; …</c>.</summary>
            private void ReportItem(RuleInfo rule, JsonMember list, int i, string problem, SourceRange at, Scope scope)
            {
                string item = scope.PathOf(list.Name) + "[" + i + "]";
                Report(rule, "'" + item + "'" + scope.Where + " " + problem, at, scope, item);
            }

            private void Unknown(JsonMember property, Scope scope, string[] known)
            {
                // Custom data is welcome under an x- name; anything else unknown is a typo until proven otherwise.
                if (property.Name.StartsWith("x-", StringComparison.Ordinal))
                {
                    return;
                }

                string? suggestion = Suggest(property.Name, known);
                Report(RuleCatalog.KG3001,
                    "Unknown field " + ManifestText.Quote(scope.Path + property.Name) + scope.Where +
                    (suggestion != null ? "; did you mean '" + suggestion + "'? Custom" : "; custom") +
                    " fields must start with 'x-'",
                    property.NameRange, scope, scope.PathOf(property.Name));
            }

            private void Report(RuleInfo rule, string message, SourceRange at, Scope scope, string? field, int? credentialIndex = null) =>
                _findings.Add(ManifestFindingFactory.Create(rule, Severities.DefaultSeverityOf(rule), message, at, scope.CredentialId,
                    scope.CredentialIndex ?? credentialIndex, field));

            private static ManifestReadResult Unreadable(string message, SourceRange at) =>
                new ManifestReadResult(null, new[] { ManifestFindingFactory.Create(RuleCatalog.KG3001, Severities.DefaultSeverityOf(RuleCatalog.KG3001), message, at, null) });

            private static string DescribeBadProvider(string provider)
            {
                string lower = provider.Trim().ToLowerInvariant();
                if (lower != provider && ManifestFormats.IsValidProvider(lower))
                {
                    return "is " + ManifestText.Quote(provider) + "; did you mean " + ManifestText.Quote(lower) + "? Provider ids are lowercase";
                }

                return "is " + ManifestText.Quote(provider) + ", which is neither a provider id of the catalog (openai, anthropic, …) nor a custom id starting with 'x-'";
            }

            /// <summary>The known name closest to a misspelt one (same letters in another case, or at most 2 edits away).</summary>
            private static string? Suggest(string name, string[] known)
            {
                string? best = null;
                int bestDistance = int.MaxValue;
                foreach (var candidate in known)
                {
                    if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return candidate;
                    }

                    if (Math.Abs(candidate.Length - name.Length) > 2 || name.Length > 64)
                    {
                        continue;
                    }

                    int distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = candidate;
                    }
                }

                return bestDistance <= (best != null && best.Length <= 4 ? 1 : 2) ? best : null;
            }

            private static int Distance(string a, string b)
            {
                var previous = new int[b.Length + 1];
                var current = new int[b.Length + 1];
                for (int j = 0; j <= b.Length; j++)
                {
                    previous[j] = j;
                }

                for (int i = 1; i <= a.Length; i++)
                {
                    current[0] = i;
                    for (int j = 1; j <= b.Length; j++)
                    {
                        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                        current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    }

                    var swap = previous;
                    previous = current;
                    current = swap;
                }

                return previous[b.Length];
            }
        }
    }
}
