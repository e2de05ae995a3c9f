using KoreaEvents.Core.Reporting;

namespace KoreaEvents.Core.Tests.Reporting;

public sealed class SeedListingTest
{
    [Fact]
    public void Lists_every_seed_with_file_and_length()
    {
        var table = Assert.IsType<ReportTable>(Assert.Single(SeedListing.For().Blocks));

        Assert.Null(table.Title);
        Assert.Equal(["id", "file", "characters"], table.Columns);
        Assert.Equal(SeedCorpus.All.Count, table.Rows.Count);
        Assert.Equal(["seed-000", "000_8bf31fa40faed518.txt", "4186"], table.Rows[0]);
        Assert.Equal(["seed-002", "002_d62efe7e1ccd801f.txt", "6997"], table.Rows[2]);
    }

    [Fact]
    public void Lists_the_seeds_given_in_their_order()
    {
        var table = (ReportTable)SeedListing.For([SeedCorpus.Get("seed-003"), SeedCorpus.Get("seed-001")]).Blocks[0];

        Assert.Equal(["seed-003", "seed-001"], table.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => SeedListing.For(null!));
        Assert.Throws<ArgumentException>(() => SeedListing.For([null!]));
    }
}
