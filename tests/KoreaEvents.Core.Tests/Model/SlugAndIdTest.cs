using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Tests.Model;

public class SlugAndIdTest
{
    [Theory]
    [InlineData("kim-jong-un", true)]
    [InlineData("seed-002", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("-kim", false)]
    [InlineData("kim-", false)]
    [InlineData("kim--jong", false)]
    [InlineData("Kim", false)]
    [InlineData("kim jong", false)]
    [InlineData("kim_jong", false)]
    public void IsValid_follows_the_slug_rules(string text, bool valid) => Assert.Equal(valid, Slug.IsValid(text));

    [Fact]
    public void IsValid_rejects_null_and_overlong_slugs()
    {
        Assert.False(Slug.IsValid(null));
        Assert.True(Slug.IsValid(new string('a', Slug.MaxLength)));
        Assert.False(Slug.IsValid(new string('a', Slug.MaxLength + 1)));
    }

    [Theory]
    [InlineData("Kim Jong-un", "kim-jong-un")]
    [InlineData("  Moon Jae-in’s  ", "moon-jae-in-s")]
    [InlineData("Séoul", "seoul")]
    [InlineData("!!!", null)]
    public void From_makes_slugs_from_free_text(string text, string? expected) => Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Ids_validate_compare_and_print()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ActorId("Kim Jong-un"));
        Assert.Contains("'Kim Jong-un' is not a valid id", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new EventId(null!));
        Assert.Equal(new SourceId("seed-002"), SourceId.FromSlug("seed-002"));
        Assert.True(new SourceId("seed-001").CompareTo(new SourceId("seed-002")) < 0);
        Assert.Equal("hanoi-summit-2019", new EventId("hanoi-summit-2019").ToString());
        Assert.Equal(string.Empty, default(PlaceId).ToString());
        Assert.Null(default(ClaimId).Value);
    }
}
