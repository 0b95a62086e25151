using System;
using System.Collections.Generic;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// The anchors of <see cref="ProviderCatalog.AnchorGroups"/> by their first three characters, so that
    /// <see cref="KeyScanner"/> reads a text once for all of them instead of once per anchor (issue #14: 32 ordinal
    /// searches of every file cost more than all of KeyGov's other work on a library with no AI code). A table of
    /// ASCII pairs gives the slot of the anchors that start with a pair (0 where none does), and the slot's mask of
    /// third characters filters out the pairs code is full of (<c>else</c> for <c>lsv2_</c>, <c>invalid</c> for
    /// <c>nvapi-</c>); only then are the anchors compared. The table is read only just before a <see cref="Signals"/>
    /// character: every anchor holds one of these characters, which are rare in code, within its first few characters, so
    /// the runtime's vectorised <c>IndexOfAny</c> skips the text between them (in NLog's source one character in 94 is
    /// one of them; reading every pair of it cost ~2.8 ns a character, the search and the reads near them ~0.4). An
    /// anchor shorter than three characters, not starting with ASCII ones, or without a signal character (none today)
    /// is searched for on its own.
    /// </summary>
    internal static class AnchorPairs
    {
        /// <summary>
        /// Characters rare in source code (<c>-</c>, <c>_</c>; <c>A</c> and <c>J</c> open the key ids and prefixes that
        /// hold neither): every paired anchor holds one of them, <see cref="Lead"/> characters from its start at most.
        /// </summary>
        internal static readonly char[] Signals = { '-', '_', 'A', 'J' };

        /// <summary>
        /// Per ASCII character: how far before it an anchor whose first signal character it is may start, or -1 when no
        /// anchor's first signal character is this one.
        /// </summary>
        internal static readonly int[] Lead;

        /// <summary>The largest <see cref="Lead"/>: no anchor starts further before its first signal character.</summary>
        internal static readonly int MaxLead;

        /// <summary>Per pair of ASCII characters (<c>first &lt;&lt; 7 | second</c>): the slot of the anchors that start with it, or 0.</summary>
        internal static readonly byte[] Slots;

        /// <summary>Per slot, at <c>slot &lt;&lt; 1 | third &gt;&gt; 6</c>: bit <c>third &amp; 63</c> is set when an anchor of the slot has that third character.</summary>
        internal static readonly ulong[] Masks;

        /// <summary>Per slot: its anchor groups (slot 0, no anchor, has none).</summary>
        internal static readonly AnchorGroup[][] GroupsBySlot;

        /// <summary>Groups whose anchor has no three ASCII characters to index or no signal character (searched for with <c>IndexOf</c>).</summary>
        internal static readonly AnchorGroup[] Unpaired;

        static AnchorPairs()
        {
            var slots = new byte[128 * 128];
            var masks = new List<ulong> { 0, 0 };
            var groups = new List<List<AnchorGroup>> { new List<AnchorGroup>() };
            var unpaired = new List<AnchorGroup>();
            var lead = new int[128];
            for (int c = 0; c < lead.Length; c++)
            {
                lead[c] = -1;
            }

            foreach (var group in ProviderCatalog.AnchorGroups)
            {
                string anchor = group.Anchor;
                int pair = anchor.Length < 3 || (anchor[0] | anchor[1] | anchor[2]) >= 128 ? -1 : (anchor[0] << 7) | anchor[1];
                int signal = anchor.IndexOfAny(Signals);
                if (pair < 0 || signal < 0 || (slots[pair] == 0 && groups.Count > byte.MaxValue))
                {
                    unpaired.Add(group);
                    continue;
                }

                lead[anchor[signal]] = Math.Max(lead[anchor[signal]], signal);

                if (slots[pair] == 0)
                {
                    slots[pair] = (byte)groups.Count;
                    groups.Add(new List<AnchorGroup>());
                    masks.Add(0);
                    masks.Add(0);
                }

                int slot = slots[pair], third = anchor[2];
                groups[slot].Add(group);
                masks[(slot << 1) | (third >> 6)] |= 1UL << (third & 63);
            }

            Lead = lead;
            foreach (int reach in lead)
            {
                MaxLead = Math.Max(MaxLead, reach);
            }

            Slots = slots;
            Masks = masks.ToArray();
            GroupsBySlot = new AnchorGroup[groups.Count][];
            for (int slot = 0; slot < groups.Count; slot++)
            {
                GroupsBySlot[slot] = groups[slot].ToArray();
            }

            Unpaired = unpaired.ToArray();
        }
    }
}
