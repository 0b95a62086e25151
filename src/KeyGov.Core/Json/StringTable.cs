namespace KeyGov.Core.Json
{
    /// <summary>
    /// The short strings one parse has met, looked up straight from the text: a property name, a date or an enum value
    /// that a document repeats a thousand times becomes one string instead of a thousand substrings.
    /// </summary>
    /// <remarks>
    /// Bounded, so that a hostile document cannot make it slow or large: only strings up to <see cref="MaxLength"/>
    /// chars, at most <see cref="MaxCount"/> of them, and a lookup walks at most <see cref="MaxProbes"/> colliding
    /// entries; past a bound the caller simply gets a fresh substring, as without the table.
    /// </remarks>
    internal sealed class StringTable
    {
        /// <summary>Longest string kept: names, dates and enum values fit; ids, purposes and fingerprints rarely repeat.</summary>
        public const int MaxLength = 24;

        private const int MaxCount = 4096;
        private const int MaxProbes = 8;

        private readonly string _text;
        private string?[] _slots = new string?[64];
        private int[] _hashes = new int[64];
        private int _count;

        public StringTable(string text)
        {
            _text = text;
        }

        /// <summary>The string <c>text[start..start+length]</c>: the one met before when there is one, else a new substring.</summary>
        public string Get(int start, int length)
        {
            if (length == 0)
            {
                return string.Empty;
            }

            if (length > MaxLength)
            {
                return _text.Substring(start, length);
            }

            int hash = Hash(start, length);
            int mask = _slots.Length - 1;
            int slot = hash & mask;
            for (int probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & mask)
            {
                string? known = _slots[slot];
                if (known == null)
                {
                    string value = _text.Substring(start, length);
                    Add(slot, hash, value);
                    return value;
                }

                if (_hashes[slot] == hash && known.Length == length && string.CompareOrdinal(known, 0, _text, start, length) == 0)
                {
                    return known;
                }
            }

            return _text.Substring(start, length);
        }

        // FNV-1a over the chars: cheap for short strings. Collisions cost at most MaxProbes comparisons, never correctness.
        private int Hash(int start, int length)
        {
            uint hash = 2166136261;
            for (int i = start; i < start + length; i++)
            {
                hash = (hash ^ _text[i]) * 16777619;
            }

            return (int)(hash & 0x7FFFFFFF);
        }

        private void Add(int slot, int hash, string value)
        {
            if (_count >= MaxCount)
            {
                return;
            }

            _slots[slot] = value;
            _hashes[slot] = hash;
            if (++_count * 2 > _slots.Length)
            {
                Grow();
            }
        }

        /// <summary>Doubles the table, keeping it at most half full so that probes stay short.</summary>
        private void Grow()
        {
            var slots = _slots;
            var hashes = _hashes;
            _slots = new string?[slots.Length * 2];
            _hashes = new int[slots.Length * 2];
            int mask = _slots.Length - 1;
            for (int i = 0; i < slots.Length; i++)
            {
                if (slots[i] is string value)
                {
                    int slot = hashes[i] & mask;
                    while (_slots[slot] != null)
                    {
                        slot = (slot + 1) & mask;
                    }

                    _slots[slot] = value;
                    _hashes[slot] = hashes[i];
                }
            }
        }
    }
}
