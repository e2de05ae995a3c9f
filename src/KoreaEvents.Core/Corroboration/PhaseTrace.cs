namespace KoreaEvents.Core.Corroboration;

/// <summary>Times the phases of one run for <see cref="CorroborationRun.Trace"/>.</summary>
internal sealed class PhaseTrace(Action<string> sink)
{
    private readonly System.Diagnostics.Stopwatch watch = System.Diagnostics.Stopwatch.StartNew();
    private long allocated = GC.GetTotalAllocatedBytes(true);
    private int gen0 = GC.CollectionCount(0);
    private int gen2 = GC.CollectionCount(2);
    private TimeSpan cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan pause = GC.GetTotalPauseDuration();

    public void Mark(string phase)
    {
        long nowAllocated = GC.GetTotalAllocatedBytes(true);
        var nowCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var nowPause = GC.GetTotalPauseDuration();
        sink(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{phase,-12} {watch.Elapsed.TotalMilliseconds,9:0.0} ms cpu {(nowCpu - cpu).TotalMilliseconds,7:0} ms gc pause {(nowPause - pause).TotalMilliseconds,6:0} ms {(nowAllocated - allocated) / 1048576.0,8:0.0} MB gen0 {GC.CollectionCount(0) - gen0} gen2 {GC.CollectionCount(2) - gen2} heap {GC.GetTotalMemory(false) / 1048576} MB committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576} MB ws {Environment.WorkingSet / 1048576} MB peak {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
        (allocated, cpu, pause, gen0, gen2) = (nowAllocated, nowCpu, nowPause, GC.CollectionCount(0), GC.CollectionCount(2));
        watch.Restart();
    }
}
