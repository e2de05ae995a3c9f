using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

public sealed class MajorityVoteTest
{
    [Fact]
    public void Most_votes_win_and_trust_is_the_share_of_chosen_claims()
    {
        var table = TruthFixtures.Table(("s1", "o1", "a"), ("s2", "o1", "a"), ("s3", "o1", "b"), ("s3", "o2", "c"));
        var result = MajorityVote.Instance.Run(table);
        Assert.Equal("a", result.GetChosenValueText(0));
        Assert.Equal(2.0 / 3, result.GetConfidence(0), 12);
        Assert.Equal("c", result.GetChosenValueText(1));
        Assert.Equal(1.0, result.GetTrust(0));
        Assert.Equal(0.5, result.GetTrust(2));
        Assert.True(result.Converged);
        Assert.Equal(1, result.Iterations);
    }

    [Fact]
    public void Ties_go_to_the_value_whose_key_sorts_first()
    {
        var table = TruthFixtures.Table(("s1", "o1", "b"), ("s2", "o1", "B "), ("s3", "o1", "a"), ("s4", "o1", "A"));
        Assert.Equal("a", MajorityVote.Instance.Run(table).GetChosenValueText(0));
    }

    [Fact]
    public void A_source_giving_two_values_has_one_vote_split_between_them()
    {
        // s1 says a and b (half a vote each); s2 says b: b has 1.5 votes, a 0.5.
        var table = TruthFixtures.Table(("s1", "o1", "a"), ("s1", "o1", "b"), ("s2", "o1", "b"));
        var result = MajorityVote.Instance.Run(table);
        Assert.Equal("b", result.GetChosenValueText(0));
        Assert.Equal(1.5 / 2, result.GetConfidence(0), 12);
        Assert.Equal(0.5, result.GetTrust(0), 12);
    }
}
