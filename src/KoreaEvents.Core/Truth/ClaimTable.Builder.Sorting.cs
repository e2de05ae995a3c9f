using System.Runtime.CompilerServices;

namespace KoreaEvents.Core.Truth;

public sealed partial class ClaimTable
{
    /// <content>The orderings the layout uses: the ordinal rank of each key, an object's values sorted by key, and packed
    /// pairs sorted.</content>
    public sealed partial class Builder
    {
        /// <summary>The rank of each string in ordinal order.</summary>
        private static int[] RankOrdinal(string[] strings)
        {
            var order = new int[strings.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            var sorted = (string[])strings.Clone();
            Array.Sort(sorted, order, StringComparer.Ordinal);
            var ranks = new int[strings.Length];
            for (int r = 0; r < order.Length; r++)
            {
                ranks[order[r]] = r;
            }

            return ranks;
        }

        /// <summary>
        /// Sorts an object's (spelling, value) pairs by the spelling's key (ordinal); keys within one object are distinct.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void SortByKey(Span<long> span, int[] keyOfText, string[] keys)
        {
            if (span.Length > 16)
            {
                span.Sort((a, b) => string.CompareOrdinal(keys[keyOfText[(int)(a >> 32)]], keys[keyOfText[(int)(b >> 32)]]));
                return;
            }

            for (int i = 1; i < span.Length; i++)
            {
                long item = span[i];
                string key = keys[keyOfText[(int)(item >> 32)]];
                int j = i - 1;
                while (j >= 0 && string.CompareOrdinal(keys[keyOfText[(int)(span[j] >> 32)]], key) > 0)
                {
                    span[j + 1] = span[j];
                    j--;
                }

                span[j + 1] = item;
            }
        }

        /// <summary>Sorts packed pairs: insertion sort for the usual handful, the library sort beyond.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void SortPairs(Span<long> span)
        {
            if (span.Length > 32)
            {
                span.Sort();
                return;
            }

            for (int i = 1; i < span.Length; i++)
            {
                long item = span[i];
                int j = i - 1;
                while (j >= 0 && span[j] > item)
                {
                    span[j + 1] = span[j];
                    j--;
                }

                span[j + 1] = item;
            }
        }
    }
}
