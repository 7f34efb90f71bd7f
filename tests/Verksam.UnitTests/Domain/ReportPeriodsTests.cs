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

    [Fact]
    public void Ended_ListsTheOwedPeriodsThatHaveEnded_OldestFirst()
    {
        var owed = ReportPeriods.Ended(new DateOnly(2023, 11, 1), ReportUse.All, new DateOnly(2024, 5, 2));

        owed.Select(p => p.Code).ShouldBe(["2023-11", "2023-12", "2023-VB", "2024-01", "2024-02", "2024-03", "2024-04", "2024-T1"]);
    }

    [Fact]
    public void Ended_WithoutAStart_LooksBackToJanuaryOfThisYear_AndOnlyAtKindsInUse() =>
        ReportPeriods.Ended(null, new ReportUse(Monthly: false, Tertial: true, Annual: true), new DateOnly(2024, 9, 1))
            .Select(p => p.Code).ShouldBe(["2024-T1", "2024-T2"]);

    [Theory]
    [InlineData(2024, 3, "2023-VB")]
    [InlineData(2024, 5, "2024-T1")]
    [InlineData(2024, 8, "2024-T1")]
    [InlineData(2024, 9, "2024-T2")]
    [InlineData(2024, 12, "2024-T2")]
    public void LatestRiskPeriod_IsTheLatestTertialThatHasEnded(int year, int month, string expected) =>
        ReportPeriods.LatestRiskPeriod(new DateOnly(year, month, 15)).Code.ShouldBe(expected);
}
