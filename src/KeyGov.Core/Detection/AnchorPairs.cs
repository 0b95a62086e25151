using System.Collections.Generic;

namespace KeyGov.Core.Detection
{
    /// <summary>
    /// The anchors of <see cref="ProviderCatalog.AnchorGroups"/> by their first three characters, so that
    /// <see cref="KeyScanner"/> reads a text once for all of them instead of once per anchor (issue #14: 32 ordinal
    /// searches of every file cost more than all of KeyGov's other work on a library with no AI code). A table of
    /// ASCII pairs gives the slot of the anchors that start with a pair (0 where none does), and the slot's mask of
    /// third characters filters out the pairs code is full of (<c>else</c> for <c>lsv2_</c>, <c>invalid</c> for
    /// <c>nvapi-</c>); only then are the anchors compared. An anchor shorter than three characters or not starting
    /// with ASCII ones (none today) is searched for on its own.
    /// </summary>
    internal static class AnchorPairs
    {
        /// <summary>Per pair of ASCII characters (<c>first &lt;&lt; 7 | second</c>): the slot of the anchors that start with it, or 0.</summary>
        internal static readonly byte[] Slots = new byte[128 * 128];

        // Per slot: two 64-bit masks of third characters, and the groups of that pair.
        private static readonly List<ulong> ThirdMasks = new List<ulong> { 0, 0 };
        private static readonly List<AnchorGroup[]> Groups = new List<AnchorGroup[]> { new AnchorGroup[0] };

        /// <summary>Groups whose anchor has no three ASCII characters to index (searched for with <c>IndexOf</c>).</summary>
        internal static readonly AnchorGroup[] Unpaired = Index();

        /// <summary>Per slot, at <c>slot &lt;&lt; 1 | third &gt;&gt; 6</c>: bit <c>third &amp; 63</c> is set when an anchor of the slot has that third character.</summary>
        internal static readonly ulong[] Masks = ThirdMasks.ToArray();

        /// <summary>Per slot: its anchor groups.</summary>
        internal static readonly AnchorGroup[][] GroupsBySlot = Groups.ToArray();

        private static AnchorGroup[] Index()
        {
            var lists = new List<List<AnchorGroup>> { new List<AnchorGroup>() };
            var rest = new List<AnchorGroup>();
            foreach (var group in ProviderCatalog.AnchorGroups)
            {
                string anchor = group.Anchor;
                if (anchor.Length < 3 || (anchor[0] | anchor[1] | anchor[2]) >= 128 || (Slots[(anchor[0] << 7) | anchor[1]] == 0 && lists.Count > byte.MaxValue))
                {
                    rest.Add(group);
                    continue;
                }

                int pair = (anchor[0] << 7) | anchor[1];
                int slot = Slots[pair];
                if (slot == 0)
                {
                    slot = lists.Count;
                    Slots[pair] = (byte)slot;
                    lists.Add(new List<AnchorGroup>());
                    ThirdMasks.Add(0);
                    ThirdMasks.Add(0);
                }

                lists[slot].Add(group);
                int third = anchor[2];
                ThirdMasks[(slot << 1) | (third >> 6)] |= 1UL << (third & 63);
            }

            foreach (var list in lists)
            {
                if (list.Count != 0)
                {
                    Groups.Add(list.ToArray());
                }
            }

            return rest.ToArray();
        }
    }
}
