using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KoreaEvents.Core.Corroboration.Truth;

/// <summary>
/// The large arrays of claim tables and of the algorithms' runs: uninitialized, and on Linux marked for transparent huge
/// pages before they are first touched, so that filling a few megabytes takes one page fault per 2 MB instead of one per
/// 4 KB (where page faults are slow, as in virtual machines, they otherwise take much of the time of building a table
/// of a million claims). Anywhere else, or when the kernel refuses, a plain uninitialized array.
/// </summary>
internal static class LargeArrays
{
    private const long HugePage = 2 << 20;
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE
    private static bool _unavailable;

    /// <summary>A new array of <paramref name="length"/> elements whose content is undefined: the caller writes every element before reading it.</summary>
    public static T[] Uninitialized<T>(int length)
        where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(length);
        if ((long)length * Unsafe.SizeOf<T>() >= HugePage && OperatingSystem.IsLinux() && !_unavailable)
        {
            AdviseHugePages(array, (long)length * Unsafe.SizeOf<T>());
        }

        return array;
    }

    /// <summary>Asks for huge pages on the whole 2 MB pages inside the array's memory (a hint; failure changes nothing).</summary>
    private static void AdviseHugePages(Array array, long bytes)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            long start = handle.AddrOfPinnedObject();
            long first = (start + HugePage - 1) & ~(HugePage - 1), end = (start + bytes) & ~(HugePage - 1);
            if (end > first)
            {
                _ = Madvise((nint)first, (nuint)(end - first), MadviseHugePage);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
        }
        finally
        {
            handle.Free();
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Madvise(nint address, nuint length, int advice);
}
