using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using KoreaEvents.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KoreaEvents.Package.Tests;

/// <summary>
/// Every fenced <c>```csharp</c> block of README.md is compiled with Roslyn as a top-level-statements program against
/// the PACKED KoreaEvents.Core (and the runtime, with the SDK's implicit usings), run in-process with the repository
/// root as current directory (so <c>docs/examples/my-article.txt</c> resolves), and what it prints is compared with
/// the comments that say what it prints.
///
/// The convention (README, "Contributing"):
/// <list type="bullet">
///   <item><c>Console.WriteLine(x);   // text</c>: the first line that statement prints is <c>text</c>.</item>
///   <item>A loop (<c>foreach</c>, <c>for</c>, <c>while</c>) whose closing brace is followed directly, without a blank
///     line, by whole-line <c>// </c> comments: those lines are everything the loop prints, one comment per line, in
///     order.</item>
///   <item>In an expected line, <c>&lt;-</c> starts an explanation that is not output, and a <c>…</c> at its end means
///     the printed line starts with the text before it.</item>
///   <item>Other comments are ordinary comments. Every block must compile and run without an exception.</item>
/// </list>
/// Failures name the README line.
/// </summary>
public class ReadmeCsharpBlocksTest
{
    private static readonly string ReadmePath = Path.Combine(RepositoryRoot.Path, "README.md");

    /// <summary>The README's C# blocks, by the line of their opening fence.</summary>
    public static TheoryData<int> Blocks()
    {
        var data = new TheoryData<int>();
        foreach (var block in ReadBlocks())
        {
            data.Add(block.FenceLine);
        }

        return data;
    }

    [Fact]
    public void The_readme_has_csharp_blocks_and_each_one_checks_some_output()
    {
        var blocks = ReadBlocks();
        Assert.True(blocks.Count >= 8, $"only {blocks.Count} ```csharp blocks in README.md");
        foreach (var block in blocks)
        {
            Assert.True(Expectations(block).Count > 0, $"README.md:{block.FenceLine}: the C# block states no expected output");
        }
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_readme_block_compiles_runs_and_prints_what_its_comments_say(int fenceLine)
    {
        var block = ReadBlocks().Single(b => b.FenceLine == fenceLine);
        var printed = Run(block);

        var problems = new List<string>();
        foreach (var expectation in Expectations(block))
        {
            var lines = printed.Where(p => p.Line >= expectation.FirstLine && p.Line <= expectation.LastLine).Select(p => p.Text).ToList();
            if (expectation.FirstOnly)
            {
                lines = lines.Take(1).ToList();
            }

            if (lines.Count != expectation.Expected.Count)
            {
                problems.Add($"README.md:{expectation.CommentLine}: expected {expectation.Expected.Count} line(s), printed {lines.Count}:\n"
                    + string.Join('\n', lines.Select(l => "    " + l)));
                continue;
            }

            for (int i = 0; i < lines.Count; i++)
            {
                if (!Matches(lines[i], expectation.Expected[i]))
                {
                    problems.Add($"README.md:{expectation.CommentLine + (expectation.FirstOnly ? 0 : i)}: expected \"{expectation.Expected[i]}\", printed \"{lines[i]}\"");
                }
            }
        }

        Assert.True(problems.Count == 0, $"The C# block at README.md:{fenceLine} prints other lines than its comments say:\n" + string.Join('\n', problems));
    }

    private static bool Matches(string printed, string expected) =>
        expected.EndsWith('…')
            ? printed.StartsWith(expected[..^1].TrimEnd(), StringComparison.Ordinal)
            : string.Equals(printed.TrimEnd(), expected, StringComparison.Ordinal);

    // ---- reading the README

    internal sealed record Block(int FenceLine, string[] Lines)
    {
        /// <summary>The README line of a line of the block (0-based in the block).</summary>
        public int ReadmeLine(int index) => FenceLine + 1 + index;

        public string Code => string.Join('\n', Lines);
    }

    private sealed record Expectation(int CommentLine, int FirstLine, int LastLine, bool FirstOnly, IReadOnlyList<string> Expected);

    private static List<Block> ReadBlocks()
    {
        var lines = File.ReadAllText(ReadmePath).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<Block>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "```csharp")
            {
                continue;
            }

            int end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
            Assert.True(end > 0, $"README.md:{i + 1}: the C# block is not closed");
            blocks.Add(new Block(i + 1, lines[(i + 1)..end]));
            i = end;
        }

        return blocks;
    }

    /// <summary>The expected output the block's comments state (README lines, 1-based).</summary>
    private static List<Expectation> Expectations(Block block)
    {
        var root = CSharpSyntaxTree.ParseText(block.Code).GetRoot();
        int Line(SyntaxNode node, bool end = false)
        {
            var span = node.GetLocation().GetLineSpan();
            return block.ReadmeLine(end ? span.EndLinePosition.Line : span.StartLinePosition.Line);
        }

        var expectations = new List<Expectation>();
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>().Where(IsConsoleWriteLine))
        {
            var statement = call.FirstAncestorOrSelf<StatementSyntax>()!;
            var comment = statement.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia));
            if (comment.IsKind(SyntaxKind.SingleLineCommentTrivia))
            {
                int line = Line(statement, end: true);
                expectations.Add(new Expectation(line, Line(statement), line, FirstOnly: true, [ExpectedText(comment.ToString())]));
            }
        }

        foreach (var loop in root.DescendantNodes().Where(n => n is CommonForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax))
        {
            int last = Line(loop, end: true);           // the closing brace
            var expected = new List<string>();
            for (int i = last - block.FenceLine; i < block.Lines.Length && block.Lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal); i++)
            {
                expected.Add(ExpectedText(block.Lines[i].Trim()));
            }

            if (expected.Count > 0)
            {
                expectations.Add(new Expectation(last + 1, Line(loop), last, FirstOnly: false, expected));
            }
        }

        return expectations;
    }

    /// <summary><c>// text   &lt;- explanation</c> → <c>text</c>.</summary>
    private static string ExpectedText(string comment)
    {
        var text = comment.TrimStart('/').Trim();
        int arrow = text.IndexOf(" <-", StringComparison.Ordinal);
        return (arrow >= 0 ? text[..arrow] : text).TrimEnd();
    }

    private static bool IsConsoleWriteLine(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WriteLine", Expression: IdentifierNameSyntax { Identifier.ValueText: "Console" } };

    // ---- compiling and running

    private static readonly object ConsoleLock = new();

    /// <summary>Compiles and runs the block; returns each printed line with the README line of the statement that printed it.</summary>
    private static List<(int Line, string Text)> Run(Block block)
    {
        var program = CSharpSyntaxTree.ParseText(block.Code, new CSharpParseOptions(LanguageVersion.Latest), path: "README.md");
        program = program.WithRootAndOptions(new LineTagger(block).Visit(program.GetRoot()), program.Options);
        var harness = CSharpSyntaxTree.ParseText(Harness, new CSharpParseOptions(LanguageVersion.Latest));
        var usings = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), new CSharpParseOptions(LanguageVersion.Latest));

        var compilation = CSharpCompilation.Create(
            $"ReadmeBlock{block.FenceLine}",
            [usings, harness, program],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(emitted.Success, $"The C# block at README.md:{block.FenceLine} does not compile:\n" + string.Join('\n', errors.Select(d =>
            $"README.md:{(d.Location.SourceTree == program ? block.ReadmeLine(d.Location.GetLineSpan().StartLinePosition.Line).ToString() : "?")}: {d.Id} {d.GetMessage()}")));

        var context = new AssemblyLoadContext($"readme-{block.FenceLine}", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var entry = assembly.EntryPoint!;
            var output = new StringWriter { NewLine = "\n" };
            lock (ConsoleLock)
            {
                var (stdout, directory) = (Console.Out, Environment.CurrentDirectory);
                Console.SetOut(output);
                Environment.CurrentDirectory = RepositoryRoot.Path;
                try
                {
                    entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    Assert.Fail($"The C# block at README.md:{block.FenceLine} throws:\n{e.InnerException}");
                }
                finally
                {
                    Console.SetOut(stdout);
                    Environment.CurrentDirectory = directory;
                }
            }

            // The harness prefixes each line with the README line of the statement that printed it.
            return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split('\u001f', 2))
                .Select(p => p.Length == 2 ? (int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p[1]) : (0, p[0]))
                .ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>What the block's <c>Console.WriteLine(…)</c> calls become: the same output, tagged with the README line.</summary>
    private const string Harness = """
        internal static class ReadmeOutput
        {
            public static void WriteLine(int line) => System.Console.Out.Write($"{line}\u001f\n");
            public static void WriteLine(int line, object? value) => System.Console.Out.Write($"{line}\u001f{value}\n");
        }
        """;

    /// <summary>Rewrites <c>Console.WriteLine(x)</c> into <c>ReadmeOutput.WriteLine(readmeLine, x)</c>.</summary>
    private sealed class LineTagger(Block block) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
            if (!IsConsoleWriteLine(node))
            {
                return visited;
            }

            // The README line of the statement's last line, where its expected-output comment is.
            var statement = node.FirstAncestorOrSelf<StatementSyntax>() ?? (SyntaxNode)node;
            int line = block.ReadmeLine(statement.GetLocation().GetLineSpan().StartLinePosition.Line);
            var arguments = visited.ArgumentList.Arguments.Insert(0, SyntaxFactory.Argument(
                SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(line))));
            return visited
                .WithExpression(SyntaxFactory.ParseExpression("global::ReadmeOutput.WriteLine").WithTriviaFrom(visited.Expression))
                .WithArgumentList(visited.ArgumentList.WithArguments(arguments));
        }
    }

    private static List<MetadataReference> References()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p) == runtime)
            .Append(typeof(SeedCorpus).Assembly.Location)              // the packed KoreaEvents.Core
            .Append(typeof(NodaTime.LocalDate).Assembly.Location)      // its dependency
            .Distinct(StringComparer.Ordinal);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    /// <summary>The SDK's implicit usings for a console app, as a consumer project has them.</summary>
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];
}
