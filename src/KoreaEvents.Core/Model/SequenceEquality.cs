namespace KoreaEvents.Core.Model;

/// <summary>Structural equality helpers for the immutable entities, which hold read-only lists.</summary>
internal static class SequenceEquality
{
    /// <summary>Returns whether both lists hold equal items in the same order.</summary>
    public static bool Equal<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Hashes the items of a list in order.</summary>
    public static int Hash<T>(IReadOnlyList<T> items)
    {
        var hash = default(HashCode);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Copies <paramref name="items"/> (null means empty) into a read-only list, checking each item.</summary>
    public static IReadOnlyList<T> Freeze<T>(IEnumerable<T>? items, Action<T, int>? check = null)
    {
        if (items is null)
        {
            return Array.Empty<T>();
        }

        var array = items.ToArray();
        if (check is not null)
        {
            for (int i = 0; i < array.Length; i++)
            {
                check(array[i], i);
            }
        }

        return array.Length == 0 ? Array.Empty<T>() : Array.AsReadOnly(array);
    }

    /// <summary>Copies and checks a list of names: none may be null, empty or white space.</summary>
    public static IReadOnlyList<string> FreezeNames(IEnumerable<string>? names, string paramName) =>
        Freeze(names, (name, i) => Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), paramName,
            $"The {paramName} must not contain an empty name, but item {i} is empty."));
}
