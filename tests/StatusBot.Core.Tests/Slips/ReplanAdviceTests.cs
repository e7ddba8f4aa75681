using StatusBot.Core.Slips;
using StatusBot.Core.Tests.CheckIns;

namespace StatusBot.Core.Tests.Slips;

public class ReplanAdviceTests
{
    private static readonly DateTimeOffset Now = Given.Berlin(3, 2, 11, year: 2026); // Monday 2 March 2026
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static ReplanAdvice Advice(History history, params History[] others) =>
        ReplanAdvice.From(history.Events, others.Select(o => o.Events), Given.Calendar("Europe/Berlin"), Now);

    [Fact]
    public void From_NoReplans_SuggestsNothingAndNamesNothing()
    {
        var advice = Advice(new History());

        Assert.Null(advice.Suggest(D(3, 12), Today, Given.Calendar("Europe/Berlin")));
        Assert.Null(advice.Reason());
        Assert.Null(advice.Naming("Acme"));
    }

    [Fact]
    public void Suggest_ThreeKnownOutcomes_GrowsTheAskedSpanByTheMedianOverrun()
    {
        // This commitment: moved 2 Feb to 16 Feb (asked 14 days), then moved on 13 Feb to 23 Feb: 7 extra = 50%.
        // The second move is still running: not counted.
        var mine = new History().Moved(D(2, 2), D(2, 6), D(2, 16)).Moved(D(2, 13), D(2, 16), D(2, 23));
        // Other commitments: asked 10 days (5 Jan -> 15 Jan), delivered 19 Jan: 4 extra = 40%.
        var late = new History().Moved(D(1, 5), D(1, 9), D(1, 15)).Delivered(D(1, 19));
        // Asked 5 days (7 Jan -> 12 Jan), delivered 9 Jan: held, 0%.
        var held = new History().Moved(D(1, 7), D(1, 8), D(1, 12)).Delivered(D(1, 9));

        var advice = Advice(mine, late, held);

        Assert.Equal(0.4, advice.MedianOverrun, 6);
        Assert.Equal(2, advice.Overran);
        // Asked Thu 12 Mar = 10 days from Mon 2 Mar; 10 * 1.4 = 14 days -> Mon 16 Mar, a working day.
        Assert.Equal(D(3, 16), advice.Suggest(D(3, 12), Today, Given.Calendar("Europe/Berlin")));
        Assert.Equal("Two of your last three re-plans overran; the median overrun was 40% of the time you asked for.", advice.Reason());
        Assert.Equal("This is the third new date for Acme on this commitment.", advice.Naming("Acme"));
    }

    [Fact]
    public void Suggest_LandsOnAWeekend_MovesToTheNextWorkingDay()
    {
        // Asked 10 days (5 Jan -> 15 Jan), moved again on 14 Jan to 20 Jan: 5 extra = 50%.
        var other = new History().Moved(D(1, 5), D(1, 9), D(1, 15)).Moved(D(1, 14), D(1, 15), D(1, 20)).Delivered(D(1, 20));

        var advice = Advice(new History(), other);

        // The second move held (delivered on its date): median of 50% and 0% = 25%.
        Assert.Equal(0.25, advice.MedianOverrun, 6);
        // Asked Wed 11 Mar = 9 days; 9 * 1.25 = 11.25 -> 12 days = Sat 14 Mar -> Mon 16 Mar.
        Assert.Equal(D(3, 16), advice.Suggest(D(3, 11), Today, Given.Calendar("Europe/Berlin")));
    }

    [Fact]
    public void From_MissedSilentlyWithNothingAfter_CountsTheDaysSinceTheDateAsExtra()
    {
        // Asked 10 days (6 Feb -> 16 Feb), missed silently, still open on 2 Mar: 14 extra = 140%.
        var other = new History().Moved(D(2, 6), D(2, 9), D(2, 16)).Missed(D(2, 16));

        var advice = Advice(new History(), other);

        Assert.Equal(1.4, advice.MedianOverrun, 6);
        Assert.Equal("Your last re-plan overran by 140% of the time you asked for.", advice.Reason());
    }

    [Fact]
    public void From_OnlyHeldReplans_GivesNoReasonForCaution()
    {
        var held = new History().Moved(D(1, 5), D(1, 9), D(1, 15)).Delivered(D(1, 14));

        var advice = Advice(new History(), held);

        Assert.Null(advice.Reason());
        Assert.Null(advice.Suggest(D(3, 12), Today, Given.Calendar("Europe/Berlin")));
    }

    [Fact]
    public void Naming_OneEarlierMove_NamesTheSecondNewDate()
    {
        var advice = Advice(new History().Moved(D(2, 2), D(2, 6), D(2, 16)));

        Assert.Equal("This is the second new date for Acme on this commitment.", advice.Naming("Acme"));
    }

    [Fact]
    public void Suggest_LongerAsk_GrowsInProportion()
    {
        var late = new History().Moved(D(1, 5), D(1, 9), D(1, 15)).Delivered(D(1, 19));

        // 40% over 20 days (to Sun 22 Mar) is 28 days: Mon 30 Mar.
        Assert.Equal(D(3, 30), Advice(new History(), late).Suggest(D(3, 22), Today, Given.Calendar("Europe/Berlin")));
    }

    [Theory]
    [InlineData(2, "second")]
    [InlineData(6, "6th")]
    [InlineData(12, "12th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    public void Ordinal_Number_ReadsAsEnglish(int n, string expected)
    {
        Assert.Equal(expected, ReplanAdvice.Ordinal(n));
    }
}
