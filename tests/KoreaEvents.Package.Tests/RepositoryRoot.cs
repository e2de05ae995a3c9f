namespace KoreaEvents.Package.Tests;

/// <summary>Finds the repository root (the folder holding KoreaEvents.Core.sln) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "KoreaEvents.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No KoreaEvents.Core.sln above {AppContext.BaseDirectory}.");
    }
}
