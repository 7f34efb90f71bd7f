using Verksam.Web.Domain.Periods;

namespace Verksam.UnitTests.Domain;

public sealed class CountingOutcomeTests
{
    private sealed record Measured(Period Period, string Name);

    private static readonly Measured September = new(Period.Month(2023, 9), "sep");
    private static readonly Measured JulyToSeptember = new(Period.Span(2023, 7, 9), "jul-sep");
    private static readonly Measured August = new(Period.Month(2023, 8), "aug");
    private static readonly Measured FirstTertial = new(Period.Tertial(2023, 1), "T1");
    private static readonly Measured SecondTertial = new(Period.Tertial(2023, 2), "T2");
    private static readonly Measured LastYear = new(Period.WholeYear(2022), "2022");

    private static string? Pick(Period period, Lookback lookback, params Measured[] outcomes) =>
        CountingOutcome.For(outcomes, o => o.Period, period, lookback)?.Name;

    [Fact]
    public void For_MonthWithItsOwnOutcome_TakesIt() =>
        Pick(Period.Month(2023, 9), Lookback.None, JulyToSeptember, September).ShouldBe("sep");

    [Fact]
    public void For_MonthWithoutItsOwn_TakesTheSpanThatEndsInIt() =>
        Pick(Period.Month(2023, 9), Lookback.None, August, JulyToSeptember).ShouldBe("jul-sep");

    [Fact]
    public void For_MonthWithoutLookback_IgnoresEarlierMonths() =>
        Pick(Period.Month(2023, 9), Lookback.None, August).ShouldBeNull();

    [Fact]
    public void For_WithinATertial_TakesTheLatestInsideIt() =>
        Pick(Period.Tertial(2023, 2), Lookback.Within, FirstTertial, new(Period.Month(2023, 6), "jun"), August, September).ShouldBe("aug");

    [Fact]
    public void For_WithinAMonth_LooksNoFurtherThanTheMonth() =>
        Pick(Period.Month(2023, 9), Lookback.Within, August, JulyToSeptember).ShouldBe("jul-sep");

    [Fact]
    public void For_UpToEnd_TakesTheYearsLatestEndingByThePeriodsEnd() =>
        Pick(Period.Month(2023, 9), Lookback.UpToEnd, FirstTertial, SecondTertial, new(Period.Tertial(2023, 3), "T3")).ShouldBe("T2");

    [Fact]
    public void For_UpToEnd_OwnOutcomeWinsOverLaterOnes() =>
        Pick(Period.Tertial(2023, 1), Lookback.UpToEnd, FirstTertial, new(Period.Month(2023, 4), "apr")).ShouldBe("T1");

    [Fact]
    public void For_WholeYear_TakesTheYearsLatestAndOnTiesTheLongest() =>
        Pick(Period.WholeYear(2023), Lookback.WholeYear, FirstTertial, new(Period.Month(2023, 8), "aug"), SecondTertial, LastYear).ShouldBe("T2");

    [Fact]
    public void For_WholeYear_NeverTakesAnotherYear() =>
        Pick(Period.WholeYear(2023), Lookback.WholeYear, LastYear).ShouldBeNull();
}
