using System.Globalization;
using System.Text.Json;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Time;

/// <summary>How the temporal tagger reads one word: its class and, for months, weekdays, seasons, units and number
/// words, the value it carries (month 1–12, ISO weekday 1–7, <see cref="Season"/>, <see cref="TemporalUnit"/>,
/// number).</summary>
internal readonly record struct WordClass(Lex Lex, int Value, bool Plural, bool Abbreviation);

/// <summary>
/// The temporal tagger's vocabulary: the embedded resource <c>Data/temporal.json</c>, read once (on first use,
/// thread-safe) with <see cref="JsonDocument"/> and validated. A missing, repeated, unknown or ill-typed entry is a
/// <see cref="FormatException"/> naming the resource, the JSON path, the line and the byte position.
/// </summary>
internal sealed class TemporalVocabulary
{
    /// <summary>The logical name of the embedded resource.</summary>
    public const string ResourceName = "KoreaEvents.Core.Data.temporal.json";

    /// <summary>The schema version this library reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The tokenizer looks up words of at most this many characters; a longer word could never match.</summary>
    public const int MaxWordLength = 16;

    private static readonly Lazy<TemporalVocabulary> DefaultVocabulary = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordTable<WordClass> classTable;
    private readonly WordTable<TemporalTense> tenseTable;

    private TemporalVocabulary(List<(string Word, WordClass Class)> classes, List<(string Word, TemporalTense Tense)> tenses)
    {
        Classes = classes;
        Tenses = tenses;
        classTable = new WordTable<WordClass>(classes);
        tenseTable = new WordTable<TemporalTense>(tenses);
    }

    /// <summary>Gets the vocabulary of the embedded resource.</summary>
    public static TemporalVocabulary Default => DefaultVocabulary.Value;

    /// <summary>Gets every classified word with its class, in the order of the file.</summary>
    public IReadOnlyList<(string Word, WordClass Class)> Classes { get; }

    /// <summary>Gets every tense-marking word with its tense, in the order of the file.</summary>
    public IReadOnlyList<(string Word, TemporalTense Tense)> Tenses { get; }

    /// <summary>Looks up the class of a lower-case word.</summary>
    public bool TryClassify(ReadOnlySpan<char> word, out WordClass wordClass) => classTable.TryGetValue(word, out wordClass);

    /// <summary>Looks up the tense a lower-case word marks by name (the suffix rules are the caller's).</summary>
    public bool TryGetTense(ReadOnlySpan<char> word, out TemporalTense tense) => tenseTable.TryGetValue(word, out tense);

    /// <summary>Reads and validates a vocabulary document.</summary>
    /// <exception cref="FormatException">The document is malformed; the message names <paramref name="sourceName"/>,
    /// the JSON path, the line and the byte position.</exception>
    public static TemporalVocabulary Parse(byte[] utf8, string sourceName) => new Reader(utf8, sourceName).Read();

    private static TemporalVocabulary LoadDefault()
    {
        var assembly = typeof(TemporalVocabulary).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray(), ResourceName);
    }

    /// <summary>The JSON names of an enum's members: <c>NounAfterNumber</c> → <c>nounAfterNumber</c>.</summary>
    private static (string Name, TEnum Value)[] NamesOf<TEnum>(params TEnum[] excluded)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Where(v => !excluded.Contains(v))
            .Select(v => (string.Concat(v.ToString()[..1].ToLowerInvariant(), v.ToString()[1..]), v))
            .ToArray();

    private sealed class Reader(byte[] utf8, string sourceName)
    {
        private static readonly (string Name, Season Value)[] Seasons = NamesOf<Season>();
        private static readonly (string Name, TemporalUnit Value)[] Units = NamesOf<TemporalUnit>();
        private static readonly (string Name, TemporalTense Value)[] TenseNames = NamesOf<TemporalTense>();

        /// <summary>The classes listed under <c>words</c>: all but those that carry a value and have their own section.</summary>
        private static readonly (string Name, Lex Value)[] WordClasses =
            NamesOf(Lex.None, Lex.Month, Lex.Weekday, Lex.Season, Lex.Fall, Lex.Unit, Lex.NumberWord, Lex.Ordinal, Lex.SetUnit);

        private readonly List<(string Word, WordClass Class)> classes = [];
        private readonly Dictionary<string, string> classPaths = new(StringComparer.Ordinal);
        private readonly List<(string Word, TemporalTense Tense)> tenses = [];
        private readonly Dictionary<string, string> tensePaths = new(StringComparer.Ordinal);
        private JsonLocator? locator;

        public TemporalVocabulary Read()
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8);
            }
            catch (JsonException e)
            {
                throw new FormatException(Compose(null, e.LineNumber + 1, e.BytePositionInLine, JsonMessage.FirstSentence(e.Message)), e);
            }

            using (document)
            {
                var root = Properties(document.RootElement, "$",
                    ["schemaVersion", "months", "weekdays", "seasons", "guardedSeasons", "units", "numbers", "words", "tenses"], ["description", "ordinals", "setUnits"]);
                ReadSchemaVersion(root["schemaVersion"]);
                if (root.TryGetValue("description", out var description) && description.ValueKind != JsonValueKind.String)
                {
                    throw Fail("$.description", "The description must be a string.");
                }

                ReadMonths(root["months"], "$.months");
                ReadWeekdays(root["weekdays"], "$.weekdays");
                ReadByName(root["seasons"], "$.seasons", Seasons, required: true, (season, words, path) =>
                    AddClasses(words, path, new WordClass(Lex.Season, (int)season, false, false)));
                ReadByName(root["guardedSeasons"], "$.guardedSeasons", Seasons, required: false, (season, words, path) =>
                    AddClasses(words, path, new WordClass(Lex.Fall, (int)season, false, false)));
                ReadByName(root["units"], "$.units", Units, required: true, (unit, forms, path) =>
                {
                    var both = Properties(forms, path, ["singular", "plural"], []);
                    AddClasses(both["singular"], path + ".singular", new WordClass(Lex.Unit, (int)unit, false, false));
                    AddClasses(both["plural"], path + ".plural", new WordClass(Lex.Unit, (int)unit, true, false));
                });
                ReadNumbers(root["numbers"], "$.numbers", Lex.NumberWord);
                if (root.TryGetValue("ordinals", out var ordinals))
                {
                    ReadNumbers(ordinals, "$.ordinals", Lex.Ordinal);
                }

                ReadByName(root["setUnits"], "$.setUnits", Units, required: false, (unit, words, path) =>
                    AddClasses(words, path, new WordClass(Lex.SetUnit, (int)unit, false, false)));

                // "a"/"an" carry the count 1 they stand for; the other classes carry nothing.
                ReadByName(root["words"], "$.words", WordClasses, required: true, (lex, words, path) =>
                    AddClasses(words, path, new WordClass(lex, lex == Lex.A ? 1 : 0, false, false)));
                ReadByName(root["tenses"], "$.tenses", TenseNames, required: true, (tense, words, path) =>
                    Words(words, path, exactly: null, (word, p) => AddTense(word, tense, p)));
            }

            return new TemporalVocabulary(classes, tenses);
        }

        private void ReadSchemaVersion(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int version) || version != SchemaVersion)
            {
                throw Fail("$.schemaVersion", string.Create(CultureInfo.InvariantCulture,
                    $"The schemaVersion must be {SchemaVersion}, but was {value.GetRawText()}."));
            }
        }

        private void ReadMonths(JsonElement months, string path)
        {
            var items = Array(months, path, exactly: 12, "the twelve months in calendar order");
            for (int i = 0; i < items.Count; i++)
            {
                var p = Index(path, i);
                var month = Properties(items[i], p, ["name"], ["abbreviations"]);
                AddClass(Word(month["name"], p + ".name"), new WordClass(Lex.Month, i + 1, false, false), p + ".name");
                if (month.TryGetValue("abbreviations", out var abbreviations))
                {
                    Words(abbreviations, p + ".abbreviations", exactly: null, allowEmpty: true,
                        (word, wp) => AddClass(word, new WordClass(Lex.Month, i + 1, false, true), wp));
                }
            }
        }

        private void ReadWeekdays(JsonElement weekdays, string path)
        {
            var items = Array(weekdays, path, exactly: 7, "the seven weekdays in ISO order (Monday first)");
            for (int i = 0; i < items.Count; i++)
            {
                var p = Index(path, i);
                AddClass(Word(items[i], p), new WordClass(Lex.Weekday, i + 1, false, false), p);
            }
        }

        private void ReadNumbers(JsonElement numbers, string path, Lex lex)
        {
            if (numbers.ValueKind != JsonValueKind.Object)
            {
                throw Fail(path, "The numbers must be an object of number words and their values (\"twenty\": 20).");
            }

            bool any = false;
            foreach (var property in numbers.EnumerateObject())
            {
                var p = path + "." + property.Name;
                var word = CheckWord(property.Name, p);
                if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out int value) || value <= 0)
                {
                    throw Fail(p, $"The value of '{word}' must be a positive whole number, but was {property.Value.GetRawText()}.");
                }

                AddClass(word, new WordClass(lex, value, false, false), p);
                any = true;
            }

            if (!any)
            {
                throw Fail(path, "The numbers must list at least one number word.");
            }
        }

        /// <summary>Reads, in file order, an object keyed by the names in <paramref name="names"/> (all of them when <paramref name="required"/>).</summary>
        private void ReadByName<TValue>(JsonElement element, string path, (string Name, TValue Value)[] names, bool required, Action<TValue, JsonElement, string> read)
        {
            var all = names.Select(n => n.Name).ToArray();
            Properties(element, path, required ? all : [], required ? [] : all);
            foreach (var property in element.EnumerateObject())
            {
                read(names.First(n => n.Name == property.Name).Value, property.Value, path + "." + property.Name);
            }
        }

        private void AddClasses(JsonElement words, string path, WordClass wordClass) =>
            Words(words, path, exactly: null, (word, p) => AddClass(word, wordClass, p));

        private void AddClass(string word, WordClass wordClass, string path)
        {
            if (!classPaths.TryAdd(word, path))
            {
                throw Fail(path, $"The word '{word}' is already listed at {classPaths[word]}; a word belongs to one class.");
            }

            classes.Add((word, wordClass));
        }

        private void AddTense(string word, TemporalTense tense, string path)
        {
            if (!tensePaths.TryAdd(word, path))
            {
                throw Fail(path, $"The word '{word}' is already listed at {tensePaths[word]}; a word marks one tense.");
            }

            tenses.Add((word, tense));
        }

        private void Words(JsonElement element, string path, int? exactly, Action<string, string> add) =>
            Words(element, path, exactly, allowEmpty: false, add);

        private void Words(JsonElement element, string path, int? exactly, bool allowEmpty, Action<string, string> add)
        {
            var items = Array(element, path, exactly, exactly is { } n
                ? string.Create(CultureInfo.InvariantCulture, $"{n} words")
                : allowEmpty ? "words" : "at least one word");
            if (items.Count == 0 && !allowEmpty)
            {
                throw Fail(path, "The list must hold at least one word.");
            }

            for (int i = 0; i < items.Count; i++)
            {
                var p = Index(path, i);
                add(Word(items[i], p), p);
            }
        }

        private List<JsonElement> Array(JsonElement element, string path, int? exactly, string expected)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                throw Fail(path, $"Expected an array of {expected}, but found {Kind(element)}.");
            }

            var items = element.EnumerateArray().ToList();
            if (exactly is { } n && items.Count != n)
            {
                throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"Expected an array of {expected}, but it holds {items.Count}."));
            }

            return items;
        }

        private string Word(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                throw Fail(path, $"Expected a word (a string), but found {Kind(element)}.");
            }

            return CheckWord(element.GetString()!, path);
        }

        private string CheckWord(string word, string path)
        {
            if (word.Length == 0 || word.Any(char.IsWhiteSpace))
            {
                throw Fail(path, $"'{word}' is not a word: it must be non-empty and without spaces.");
            }

            if (!string.Equals(word, word.ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw Fail(path, $"'{word}' must be lower case: words are matched against the lower-cased text.");
            }

            if (word.Length > MaxWordLength)
            {
                throw Fail(path, string.Create(CultureInfo.InvariantCulture,
                    $"'{word}' is longer than {MaxWordLength} characters; the tagger never looks such a word up."));
            }

            return word;
        }

        /// <summary>The properties of an object, checked: each known, none repeated, every required one present.</summary>
        private Dictionary<string, JsonElement> Properties(JsonElement element, string path, string[] required, string[] optional)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Fail(path, $"Expected an object with {string.Join(", ", required.Concat(optional))}, but found {Kind(element)}.");
            }

            var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var p = path + "." + property.Name;
                if (!required.Contains(property.Name) && !optional.Contains(property.Name))
                {
                    throw Fail(p, $"Unknown property '{property.Name}'; expected {string.Join(", ", required.Concat(optional))}.");
                }

                if (!properties.TryAdd(property.Name, property.Value))
                {
                    throw Fail(p, $"The property '{property.Name}' is repeated.");
                }
            }

            foreach (var name in required)
            {
                if (!properties.ContainsKey(name))
                {
                    throw Fail(path, $"The property '{name}' is missing.");
                }
            }

            return properties;
        }

        private static string Index(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");

        private static string Kind(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };

        private FormatException Fail(string path, string problem)
        {
            var at = (locator ??= new JsonLocator(utf8)).Locate(path);
            return new FormatException(Compose(path, at?.Line, at?.BytePositionInLine, problem));
        }

        /// <summary>Words the error as the knowledge base's errors are: <c>source at $.path (line 3, byte 4): problem</c>.</summary>
        private string Compose(string? path, long? line, long? position, string problem)
        {
            var where = path is null ? sourceName : $"{sourceName} at {path}";
            if (line is not null)
            {
                where += string.Create(CultureInfo.InvariantCulture, $" (line {line}") + (position is null ? ")" : string.Create(CultureInfo.InvariantCulture, $", byte {position})"));
            }

            return $"{where}: {problem}";
        }
    }
}
