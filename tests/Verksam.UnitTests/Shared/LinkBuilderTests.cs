using Verksam.Web.Domain.Periods;
using Verksam.Web.Shared.Links;

namespace Verksam.UnitTests.Shared;

public sealed class LinkBuilderTests
{
    private static readonly Guid UnitId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly Guid OtherId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    [Fact]
    public void Unit_WritesTheIdInItsUsualForm()
    {
        Link.Unit(UnitId).ShouldBe("/organisation/0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    [Fact]
    public void Risk_PutsTheRiskUnderItsUnit()
    {
        Link.Risk(UnitId, OtherId).ShouldBe("/organisation/0f8fad5b-d9cb-469f-a165-70867728950e/risk/7c9e6679-7425-40de-944b-e07fc1f90ae7");
    }

    [Theory]
    [InlineData(2024, 9, "2024-09")]
    [InlineData(2025, 1, "2025-01")]
    public void Report_ForAMonth_UsesThePeriodCode(int year, int month, string code)
    {
        Link.Report(UnitId, Period.Month(year, month)).ShouldBe($"/organisation/{UnitId}/uppfoljning/{code}");
    }

    [Fact]
    public void Report_ForATertialAndTheYear_UsesTheirCodes()
    {
        Link.Report(UnitId, Period.Tertial(2024, 2)).ShouldBe($"/organisation/{UnitId}/uppfoljning/2024-T2");
        Link.Report(UnitId, Period.WholeYear(2024)).ShouldBe($"/organisation/{UnitId}/uppfoljning/2024-VB");
    }

    [Fact]
    public void GoalAssessment_PutsThePeriodInTheQuery()
    {
        Link.GoalAssessment(OtherId, Period.Month(2024, 3)).ShouldBe($"/mal/{OtherId}/bedomning?period=2024-03");
    }

    [Fact]
    public void Plan_WithoutYear_HasNoQuery()
    {
        Link.Plan(UnitId).ShouldBe($"/organisation/{UnitId}/verksamhetsplan");
    }

    [Fact]
    public void Plan_WithYear_AsksForThatYear()
    {
        Link.Plan(UnitId, 2024).ShouldBe($"/organisation/{UnitId}/verksamhetsplan?ar=2024");
    }

    [Fact]
    public void PreviewNewIndicator_KeepsTheYearBeforeTheHandler()
    {
        Link.PreviewNewIndicator(UnitId, 2023).ShouldBe($"/organisation/{UnitId}/indikatorer/ny?ar=2023&handler=Preview");
    }

    [Fact]
    public void PreviewEditedIndicator_AsksTheEditPagesPreviewHandler()
    {
        Link.PreviewEditedIndicator(OtherId).ShouldBe($"/indikatorer/{OtherId}/andra?handler=Preview");
    }

    [Fact]
    public void Controls_ForTheInternalControlPlan_AddsItAfterTheYear()
    {
        Link.Controls(UnitId, 2024, internalControl: true).ShouldBe($"/organisation/{UnitId}/egenkontroller?ar=2024&internkontroll=true");
    }

    [Fact]
    public void ExportOutcomes_NamesYearAndFormat()
    {
        Link.ExportOutcomes(UnitId, 2024, "xlsx").ShouldBe($"/organisation/{UnitId}/utfall/exportera?ar=2024&format=xlsx");
    }

    [Fact]
    public void Matters_LeavesOutWhatIsNotChosen()
    {
        Link.Matters(UnitId).ShouldBe($"/organisation/{UnitId}/arenden");
        Link.Matters(UnitId, 2024, page: 2).ShouldBe($"/organisation/{UnitId}/arenden?ar=2024&sida=2");
        Link.Matters(UnitId, 2024, "Feedback", openOnly: true, page: 3).ShouldBe($"/organisation/{UnitId}/arenden?ar=2024&typ=Feedback&oppna=true&sida=3");
    }

    [Fact]
    public void Organisation_WithArchived_AsksForThem()
    {
        Link.Organisation().ShouldBe("/organisation");
        Link.Organisation(showArchived: true).ShouldBe("/organisation?arkiverade=true");
    }

    [Fact]
    public void CreateUnit_BelowAParent_NamesTheParent()
    {
        Link.CreateUnit().ShouldBe("/organisation/ny");
        Link.CreateUnit(UnitId).ShouldBe($"/organisation/ny?overordnad={UnitId}");
    }

    [Fact]
    public void RecordMatter_WithAndWithoutMatter()
    {
        Link.RecordMatter(UnitId).ShouldBe($"/organisation/{UnitId}/arenden/registrera");
        Link.RecordMatter(UnitId, OtherId).ShouldBe($"/organisation/{UnitId}/arenden/registrera/{OtherId}");
    }

    [Fact]
    public void AuditLog_Before_WritesTheMomentRoundTrip()
    {
        var before = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

        Link.AuditLog(UnitId, before).ShouldBe($"/organisation/{UnitId}/logg?fore=2024-05-06T07:08:09.0000000Z");
    }
}
