using System.Collections.ObjectModel;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Knowledge;

/// <summary>
/// Thrown by <see cref="KnowledgeBaseBuilder.Build"/> when the collected items do not form a consistent knowledge
/// base: duplicate ids, references to unknown actors or places, containment cycles. Lists every problem found,
/// each naming the item and where it came from (file, JSON path and line, or the builder method).
/// </summary>
public sealed class KnowledgeBaseValidationException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="problems"/> (at least one).</summary>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public KnowledgeBaseValidationException(IEnumerable<string> problems)
        : this(Preconditions.CheckNotNull(problems).ToArray())
    {
    }

    private KnowledgeBaseValidationException(string[] problems)
        : base(Compose(problems))
    {
        Problems = new ReadOnlyCollection<string>(problems);
    }

    /// <summary>Gets each problem as a sentence naming the item and its origin.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Compose(string[] problems)
    {
        Preconditions.CheckArgument(problems.Length > 0, nameof(problems), "A validation exception needs at least one problem.");
        return problems.Length == 1
            ? "The knowledge base is not valid: " + problems[0]
            : $"The knowledge base is not valid ({problems.Length} problems):\n- " + string.Join("\n- ", problems);
    }
}
