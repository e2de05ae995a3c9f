namespace KoreaEvents.Core.Corroboration;

/// <summary>One group to plan: its new claims (<c>Count</c> of the grouped claims from <c>Start</c>), after the
/// claims of old plan <c>Old</c> (or -1); <c>InOrder</c> when the claims are an old plan's, already in canonical order.</summary>
internal readonly record struct PlanWork(int Old, int Start, int Count, bool InOrder);
