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
        OpeningPeriod.ForOutcomes(Period.Month(2023, 9), null, December2026).ShouldBe(Period.Month(2023, 10));
        OpeningPeriod.ForOutcomes(Period.Month(2026, 10), null, December2026).ShouldBe(Period.Month(2026, 11));
    }

    [Fact]
    public void Month_StaysOnTheLatest_WhenTheNextHasNotEndedOrIsNextYear()
    {
        OpeningPeriod.ForOutcomes(Period.Month(2026, 11), null, December2026).ShouldBe(Period.Month(2026, 11));
        OpeningPeriod.ForOutcomes(Period.Month(2023, 12), null, December2026).ShouldBe(Period.Month(2023, 12));
        OpeningPeriod.ForOutcomes(Period.Month(2027, 1), null, December2026).ShouldBe(Period.Month(2026, 11), "no month that has not ended");
    }

    [Fact]
    public void Month_WithoutData_IsTheLastMonthThatHasEnded()
    {
        OpeningPeriod.ForOutcomes(null, null, December2026).ShouldBe(Period.Month(2026, 11));
        OpeningPeriod.ForOutcomes(null, null, new DateOnly(2027, 1, 15)).ShouldBe(Period.Month(2026, 12));
    }

    [Fact]
    public void ForOutcomes_OfAUnitMeasuringByTertial_IsTheNextTertialWhenItHasEnded()
    {
        OpeningPeriod.ForOutcomes(Period.Tertial(2023, 2), null, December2026).ShouldBe(Period.Tertial(2023, 3));
        OpeningPeriod.ForOutcomes(Period.Tertial(2023, 3), null, December2026).ShouldBe(Period.Tertial(2023, 3));
        OpeningPeriod.ForOutcomes(Period.Tertial(2026, 2), null, December2026).ShouldBe(Period.Tertial(2026, 2), "T3 2026 has not ended on 1 December");
        OpeningPeriod.ForOutcomes(Period.Tertial(2026, 2), null, new DateOnly(2027, 1, 5)).ShouldBe(Period.Tertial(2026, 3));
        OpeningPeriod.ForOutcomes(Period.WholeYear(2024), null, December2026).ShouldBe(Period.WholeYear(2024));
    }

    [Fact]
    public void ForOutcomes_WithoutAnyOutcome_IsTheFirstPeriodOfTheIndicatorsYear_WhenItHasEnded()
    {
        OpeningPeriod.ForOutcomes(null, Period.Tertial(2023, 1), December2026).ShouldBe(Period.Tertial(2023, 1));
        OpeningPeriod.ForOutcomes(null, Period.Month(2026, 1), December2026).ShouldBe(Period.Month(2026, 1));
        OpeningPeriod.ForOutcomes(null, Period.Month(2027, 1), December2026).ShouldBe(Period.Month(2026, 11), "next year's indicators have nothing to fill in yet");
    }
}
