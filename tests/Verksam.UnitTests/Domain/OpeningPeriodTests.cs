using Verksam.Web.Domain.Periods;

namespace Verksam.UnitTests.Domain;

public sealed class OpeningPeriodTests
{
    private static readonly DateOnly December2026 = new(2026, 12, 1);

    [Fact]
    public void Year_IsTheLatestWithData_ElseTheCurrent()
    {
        OpeningPeriod.Year(2023, 2026).ShouldBe(2023);
        OpeningPeriod.Year(null, 2026).ShouldBe(2026);
        OpeningPeriod.Year(2027, 2026).ShouldBe(2027, "next year's plan is written this year");
        OpeningPeriod.Year(2031, 2026).ShouldBe(2027);
    }

    [Fact]
    public void Month_IsTheOneAfterTheLatestWithData_WhenItHasEnded()
    {
        OpeningPeriod.Month(Period.Month(2023, 9), December2026).ShouldBe(Period.Month(2023, 10));
        OpeningPeriod.Month(Period.Month(2026, 10), December2026).ShouldBe(Period.Month(2026, 11));
    }

    [Fact]
    public void Month_StaysOnTheLatest_WhenTheNextHasNotEndedOrIsNextYear()
    {
        OpeningPeriod.Month(Period.Month(2026, 11), December2026).ShouldBe(Period.Month(2026, 11));
        OpeningPeriod.Month(Period.Month(2023, 12), December2026).ShouldBe(Period.Month(2023, 12));
        OpeningPeriod.Month(Period.Month(2027, 1), December2026).ShouldBe(Period.Month(2026, 11), "no month that has not ended");
    }

    [Fact]
    public void Month_WithoutData_IsTheLastMonthThatHasEnded()
    {
        OpeningPeriod.Month(null, December2026).ShouldBe(Period.Month(2026, 11));
        OpeningPeriod.Month(null, new DateOnly(2027, 1, 15)).ShouldBe(Period.Month(2026, 12));
    }
}
