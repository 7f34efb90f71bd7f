using Verksam.Web.Domain.Periods;

namespace Verksam.UnitTests.Domain;

public sealed class ReportPeriodsTests
{
    private static readonly DateOnly March2024 = new(2024, 3, 1);

    [Fact]
    public void IsOwed_TheMonthTheUnitStartsAndLater_AreOwed()
    {
        ReportPeriods.IsOwed(Period.Month(2024, 3), March2024).ShouldBeTrue();
        ReportPeriods.IsOwed(Period.Month(2024, 4), March2024).ShouldBeTrue();
        ReportPeriods.IsOwed(Period.Month(2025, 1), March2024).ShouldBeTrue();
    }

    [Fact]
    public void IsOwed_MonthsBeforeTheStart_AndEarlierYears_AreNotOwed()
    {
        ReportPeriods.IsOwed(Period.Month(2024, 2), March2024).ShouldBeFalse();
        ReportPeriods.IsOwed(Period.Month(2023, 12), March2024).ShouldBeFalse();
        ReportPeriods.IsOwed(Period.WholeYear(2023), March2024).ShouldBeFalse();
        ReportPeriods.IsOwed(Period.Tertial(2023, 2), March2024).ShouldBeFalse();
    }

    [Fact]
    public void IsOwed_TheTertialAndYearTheUnitStartsIn_AreOwed()
    {
        ReportPeriods.IsOwed(Period.Tertial(2024, 1), March2024).ShouldBeTrue();
        ReportPeriods.IsOwed(Period.WholeYear(2024), March2024).ShouldBeTrue();
        ReportPeriods.IsOwed(Period.Tertial(2024, 1), new DateOnly(2024, 5, 1)).ShouldBeFalse();
    }

    [Fact]
    public void IsOwed_WithoutAStart_EveryPeriodIsOwed() =>
        ReportPeriods.IsOwed(Period.Month(2000, 1), null).ShouldBeTrue();

    [Fact]
    public void MonthOf_IsTheFirstOfTheMonth() =>
        ReportPeriods.MonthOf(new DateOnly(2026, 11, 30)).ShouldBe(new DateOnly(2026, 11, 1));

    [Fact]
    public void IsOwed_OnlyTheKindsOfReportTheMunicipalityUses()
    {
        var tertialAndYear = new ReportUse(Monthly: false, Tertial: true, Annual: true);

        ReportPeriods.IsOwed(Period.Month(2024, 5), March2024, tertialAndYear).ShouldBeFalse();
        ReportPeriods.IsOwed(Period.Tertial(2024, 2), March2024, tertialAndYear).ShouldBeTrue();
        ReportPeriods.IsOwed(Period.WholeYear(2024), March2024, tertialAndYear).ShouldBeTrue();
        ReportPeriods.IsOwed(Period.Tertial(2024, 1), March2024, new ReportUse(Monthly: true, Tertial: false, Annual: true)).ShouldBeFalse();
        ReportPeriods.IsOwed(Period.WholeYear(2024), March2024, new ReportUse(Monthly: true, Tertial: true, Annual: false)).ShouldBeFalse();
        ReportPeriods.IsOwed(Period.Month(2024, 2), March2024, ReportUse.All).ShouldBeFalse("a kind in use is still owed only from the start");
    }
}
