using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KeyGov.Core.Json;
using KeyGov.Core.Manifest;
using KeyGov.Core.Usage;

namespace KeyGov.Core.Inventory
{
    /// <summary>The usage evidence of the inventory: where each credential is read, and the reads no entry covers.</summary>
    public static partial class InventoryWriter
    {
        private static void WriteReads(JsonWriter json, IReadOnlyList<UsageRead> reads)
        {
            json.StartArray();
            foreach (var read in reads)
            {
                json.StartObject()
                    .Property("project", Safe(read.Consumer))
                    .Property("file", ManifestText.SafePath(read.File))
                    .Property("line", read.Line)
                    .Property("source", read.SourceKind + ":" + Safe(read.Source))
                    .Property("sink", Safe(read.Sink))
                    .Property("status", Safe(read.Status))
                    .Name("apis").Strings(read.Apis, Safe)
                    .EndObject();
            }

            json.EndArray();
        }

        /// <summary><c>apisUsed</c>: the API surfaces the code uses the credential for, over all its reads (beside <c>apis</c>, what was approved).</summary>
        private static void WriteApisUsed(JsonWriter json, IReadOnlyList<UsageRead> reads)
        {
            var used = new List<string>();
            foreach (var read in reads)
            {
                foreach (var api in read.Apis)
                {
                    if (!used.Contains(api))
                    {
                        used.Add(api);
                    }
                }
            }

            json.Name("apisUsed").Strings(used, Safe);
        }

        private static void WriteUsage(JsonWriter json, UsageEvidence usage)
        {
            json.Name("usage").StartObject().Name("projects").Strings(usage.Projects, Safe).Name("unregisteredReads");
            WriteReads(json, usage.Unregistered);
            json.EndObject();
        }

        private static void WriteUsage(StringBuilder md, CredentialInventory inventory, UsageEvidence usage)
        {
            md.Append("## Where credentials are read\n\n");
            md.Append("From the compiler's view of ").Append(usage.Projects.Count).Append(" project(s): ")
              .Append(usage.Projects.Count == 0 ? "none" : Cell(string.Join(", ", usage.Projects))).Append(".\n\n");
            md.Append("| Credential | Project | Where | Source | Sink | APIs used |\n|---|---|---|---|---|---|\n");
            int rows = 0;
            foreach (var row in inventory.Rows)
            {
                if (row.Reads.Count == 0)
                {
                    md.Append("| ").Append(Cell(row.Credential)).Append(" | — | not read by any project built | — | — | — |\n");
                    rows++;
                    continue;
                }

                foreach (var read in row.Reads)
                {
                    ReadRow(md, row.Credential, read);
                    rows++;
                }
            }

            foreach (var read in usage.Unregistered)
            {
                ReadRow(md, "(no entry)", read);
                rows++;
            }

            if (rows == 0)
            {
                md.Append("| — | — | no credential read | — | — | — |\n");
            }

            md.Append('\n');
        }

        private static void ReadRow(StringBuilder md, string credential, UsageRead read) =>
            md.Append("| ").Append(Cell(credential))
              .Append(" | ").Append(Cell(read.Consumer))
              .Append(" | `").Append(Escape(ManifestText.SafePath(read.File))).Append(':').Append(read.Line.ToString(CultureInfo.InvariantCulture)).Append('`')
              .Append(" | ").Append(read.SourceKind).Append(" `").Append(Cell(read.Source)).Append('`')
              .Append(" | ").Append(Cell(read.Sink ?? "—"))
              .Append(" | ").Append(read.Apis.Count == 0 ? "—" : Cell(string.Join(", ", read.Apis)))
              .Append(" |\n");
    }
}
