namespace KoreaEvents.Core.Serialization.Contracts;

/// <summary>The JSON shape of a truth-discovery report (what <see cref="TruthReportWriter"/> writes field by field).</summary>
internal sealed record TruthReportDocument(
    int SchemaVersion,
    string Algorithm,
    int Iterations,
    bool Converged,
    double Tolerance,
    TruthInputEntry Input,
    TruthEvaluationEntry? Evaluation,
    List<TruthSourceEntry> Sources,
    List<TruthObjectEntry> Objects,
    List<TruthDependenceEntry> Dependences,
    List<TruthEchoEntry> Echoes);

internal sealed record TruthInputEntry(long Rows, long RepeatedRows, int Claims, int Sources, int Objects);

internal sealed record TruthEvaluationEntry(double Accuracy, int Correct, int Scored, int MissingFromClaims);

internal sealed record TruthSourceEntry(string Name, double Trust, int Claims);

internal sealed record TruthObjectEntry(string Name, string Value, double Confidence, int Claims);

internal sealed record TruthDependenceEntry(string Source, string DependsOn, double Probability, double SharedFalse, double BothFalse);

internal sealed record TruthEchoEntry(string Source, double Probability, double Contested, double Shared, double ExpectedShared);
