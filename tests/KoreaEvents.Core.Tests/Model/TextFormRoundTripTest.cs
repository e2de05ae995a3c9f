using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Tests.Model;

/// <summary>
/// Every public value type with a text form parses what its <c>ToString</c> writes (issue 22): the ids, <see cref="Facet"/>,
/// <see cref="EventCode"/>, <see cref="Quantity"/> and <see cref="EventParticipant"/>. The property-like tests draw many
/// values from a seeded <see cref="Random"/>, so every run checks the same values.
/// </summary>
public class TextFormRoundTripTest
{
    private const int Draws = 2000;

    [Fact]
    public void Ids_parse_what_they_print()
    {
        var random = new Random(22);
        for (int i = 0; i < Draws; i++)
        {
            var slug = RandomSlug(random);
            Assert.Equal(new SourceId(slug), SourceId.Parse(new SourceId(slug).ToString()));
            Assert.Equal(new EventId(slug), EventId.Parse(new EventId(slug).ToString()));
            Assert.Equal(new ActorId(slug), ActorId.Parse(new ActorId(slug).ToString()));
            Assert.Equal(new PlaceId(slug), PlaceId.Parse(new PlaceId(slug).ToString()));
            Assert.Equal(new ClaimId(slug), ClaimId.Parse(new ClaimId(slug).ToString()));
            Assert.True(SourceId.TryParse(slug, out var parsed));
            Assert.Equal(slug, parsed.Value);
            Assert.Equal(new ClaimId(slug), (ClaimId)slug);
        }
    }

    [Theory]
    [InlineData("Seed-002")]
    [InlineData("seed--002")]
    [InlineData("-seed")]
    [InlineData("seed 002")]
    [InlineData("")]
    public void Ids_reject_what_is_not_a_slug(string text)
    {
        Assert.False(SourceId.TryParse(text, out var source));
        Assert.Equal(default, source);
        Assert.False(EventId.TryParse(text, out _));
        Assert.False(ActorId.TryParse(text, out _));
        Assert.False(PlaceId.TryParse(text, out _));
        Assert.False(ClaimId.TryParse(text, out _));
        var format = Assert.Throws<FormatException>(() => SourceId.Parse(text));
        Assert.Equal($"The source id '{text}' is not a valid id: use 1 to 128 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.", format.Message);
        Assert.Throws<FormatException>(() => EventId.Parse(text));
        Assert.Throws<FormatException>(() => ActorId.Parse(text));
        Assert.Throws<FormatException>(() => PlaceId.Parse(text));
        Assert.Throws<FormatException>(() => ClaimId.Parse(text));
    }

    [Fact]
    public void Id_parsing_handles_null_and_the_explicit_conversion_keeps_the_constructor_messages()
    {
        Assert.False(SourceId.TryParse(null, out _));
        Assert.False(PlaceId.TryParse(null, out _));
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => SourceId.Parse(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => EventId.Parse(null!)).ParamName);

        Assert.Equal(new SourceId("seed-002"), (SourceId)"seed-002");
        Assert.Equal(new ActorId("kim-jong-un"), (ActorId)"kim-jong-un");
        Assert.Equal(new EventId("hanoi-summit-2019"), (EventId)"hanoi-summit-2019");
        Assert.Equal(new PlaceId("kaesong"), (PlaceId)"kaesong");
        var cast = Assert.Throws<ArgumentException>(() => (SourceId)"Seed 2");
        var constructor = Assert.Throws<ArgumentException>(() => new SourceId("Seed 2"));
        Assert.Equal(constructor.Message, cast.Message);
        Assert.Equal("value", cast.ParamName);
        Assert.Throws<ArgumentNullException>(() => (ActorId)(string)null!);
    }

    [Fact]
    public void Facets_parse_what_they_print()
    {
        var random = new Random(7);
        Facet[] named = [Facet.Occurred, Facet.Date, Facet.Location, Facet.Initiator, Facet.Target, Facet.OrderedBy, Facet.Participants];
        foreach (var facet in named)
        {
            Assert.Equal(facet, Facet.Parse(facet.ToString()));
        }

        for (int i = 0; i < Draws; i++)
        {
            var facet = (i % 3) switch
            {
                0 => new Facet(RandomSlug(random)),
                1 => Facet.Count(RandomSlug(random)),
                _ => Facet.Participant(new ActorId(RandomSlug(random))),
            };
            Assert.Equal(facet, Facet.Parse(facet.ToString()));
            Assert.True(Facet.TryParse(facet.ToString(), out var parsed));
            Assert.Equal(facet, parsed);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Date")]
    [InlineData("count:")]
    [InlineData(":officials")]
    [InlineData("count:officials:extra")]
    [InlineData("count officials")]
    public void Facets_reject_invalid_text(string text)
    {
        Assert.False(Facet.TryParse(text, out var facet));
        Assert.Equal(default, facet);
        var ex = Assert.Throws<FormatException>(() => Facet.Parse(text));
        Assert.Contains($"'{text}' is not a facet", ex.Message, StringComparison.Ordinal);
        Assert.False(Facet.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => Facet.Parse(null!));
    }

    [Fact]
    public void Event_codes_parse_what_they_print()
    {
        var random = new Random(11);
        var types = Enum.GetValues<EventType>();
        foreach (var type in types)
        {
            var code = new EventCode(type);
            Assert.True(EventCode.TryParse(code.ToString(), out var parsed));
            Assert.Equal(code, parsed);
        }

        for (int i = 0; i < Draws; i++)
        {
            var code = new EventCode(types[random.Next(types.Length)], RandomMode(random));
            Assert.True(EventCode.TryParse(code.ToString(), out var parsed));
            Assert.Equal(code, parsed);
            Assert.Equal(code, EventCode.Parse(code.ToString()));
        }

        Assert.False(EventCode.TryParse(null, out _));
        Assert.False(EventCode.TryParse("WALK", out var none));
        Assert.Equal(default, none);
        Assert.False(EventCode.TryParse("RETREAT:With", out _));
    }

    [Fact]
    public void Quantities_parse_what_they_print()
    {
        var random = new Random(5);
        for (int i = 0; i < Draws; i++)
        {
            decimal low = RandomNumber(random);
            decimal high = random.Next(2) == 0 ? low : low + Math.Abs(RandomNumber(random));
            var unit = random.Next(3) == 0 ? null : RandomSlug(random);
            var quantity = new Quantity(low, high, unit, isApproximate: random.Next(2) == 0);
            var text = quantity.ToString();
            Assert.True(Quantity.TryParse(text, out var parsed), text);
            Assert.Equal(quantity, parsed);
            Assert.Equal(text, parsed.ToString());
            Assert.Equal(quantity, Quantity.Parse(text));
        }
    }

    [Theory]
    [InlineData("25", 25, 25, null, false)]
    [InlineData("~20 officials", 20, 20, "officials", true)]
    [InlineData("200-999 managers", 200, 999, "managers", false)]
    [InlineData("-5--3", -5, -3, null, false)]
    [InlineData("~1.5-2.25 tonnes", 1.5, 2.25, "tonnes", true)]
    public void Quantities_parse_the_documented_forms(string text, double low, double high, string? unit, bool approximate)
    {
        var quantity = Quantity.Parse(text);
        Assert.Equal((decimal)low, quantity.Low);
        Assert.Equal((decimal)high, quantity.High);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(approximate, quantity.IsApproximate);
        Assert.Equal(text, quantity.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("~")]
    [InlineData("people")]
    [InlineData("25 People")]
    [InlineData("25  people")]
    [InlineData("9-3")]
    [InlineData("1,000")]
    [InlineData("1e3")]
    [InlineData("2.")]
    [InlineData("25 ")]
    public void Quantities_reject_invalid_text(string text)
    {
        Assert.False(Quantity.TryParse(text, out var quantity));
        Assert.Equal(default, quantity);
        Assert.Throws<FormatException>(() => Quantity.Parse(text));
        Assert.False(Quantity.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => Quantity.Parse(null!));
    }

    [Fact]
    public void Participants_parse_what_they_print()
    {
        var random = new Random(3);
        var roles = Enum.GetValues<ParticipantRole>();
        for (int i = 0; i < Draws; i++)
        {
            var participant = new EventParticipant(new ActorId(RandomSlug(random)), roles[random.Next(roles.Length)]);
            Assert.True(EventParticipant.TryParse(participant.ToString(), out var parsed));
            Assert.Equal(participant, parsed);
            Assert.Equal(participant, EventParticipant.Parse(participant.ToString()));
        }

        Assert.Equal(new EventParticipant(new ActorId("north-korea"), ParticipantRole.Initiator), EventParticipant.Parse("initiator:north-korea"));
        Assert.False(EventParticipant.TryParse("Leader:north-korea", out _));
        Assert.False(EventParticipant.TryParse("Initiator:North Korea", out _));
        Assert.False(EventParticipant.TryParse("1:north-korea", out _));
        Assert.False(EventParticipant.TryParse(null, out _));
        Assert.Throws<FormatException>(() => EventParticipant.Parse("Initiator"));
    }

    private static string RandomSlug(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        int parts = random.Next(1, 4);
        var slug = new System.Text.StringBuilder();
        for (int p = 0; p < parts; p++)
        {
            if (p > 0)
            {
                slug.Append('-');
            }

            int length = random.Next(1, 9);
            for (int k = 0; k < length; k++)
            {
                slug.Append(letters[random.Next(letters.Length)]);
            }
        }

        return slug.ToString();
    }

    private static string? RandomMode(Random random)
    {
        if (random.Next(3) == 0)
        {
            return null;
        }

        var mode = RandomSlug(random).Replace('0', 'a').Replace('1', 'b').Replace('2', 'c').Replace('3', 'd').Replace('4', 'e')
            .Replace('5', 'f').Replace('6', 'g').Replace('7', 'h').Replace('8', 'i').Replace('9', 'j');
        return mode.Length > 32 ? mode[..32].TrimEnd('-') : mode;
    }

    private static decimal RandomNumber(Random random)
    {
        decimal whole = random.Next(-1000, 100000);
        int scale = random.Next(4);
        return scale == 0 ? whole : whole / (decimal)Math.Pow(10, scale) + new decimal(random.Next(1000), 0, 0, false, (byte)scale);
    }
}
