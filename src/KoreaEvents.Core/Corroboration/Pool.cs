namespace KoreaEvents.Core.Corroboration;

/// <summary>A growable array that is reused (cleared, not freed) from block to block.</summary>
internal sealed class Pool<T>
{
    private T[] items;

    public Pool(int capacity) => items = new T[capacity];

    public int Count { get; private set; }

    public T this[int index]
    {
        get => items[index];
        set => items[index] = value;
    }

    public void Clear() => Count = 0;

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count++] = item;
    }

    public Span<T> AsSpan() => items.AsSpan(0, Count);

    public Span<T> AsSpan(int start, int length) => items.AsSpan(start, length);

    public T[] ToArray() => Count == 0 ? [] : items.AsSpan(0, Count).ToArray();
}
