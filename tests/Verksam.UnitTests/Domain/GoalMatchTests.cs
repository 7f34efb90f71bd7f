using Verksam.Web.Domain.Copying;

namespace Verksam.UnitTests.Domain;

public sealed class GoalMatchTests
{
    private static readonly GoalKey ThisYear = new(Guid.NewGuid(), "1.3", "Stockholms stad ska ge stöd och omsorg där behoven är som störst");

    [Fact]
    public void Find_TheSameTitle_IsTheGoal_WhateverCaseAndSpaces()
    {
        var next = new GoalKey(Guid.NewGuid(), "1.3", " stockholms stad ska ge stöd och  omsorg där behoven är som störst ");

        GoalMatch.Find(ThisYear, [new GoalKey(Guid.NewGuid(), "1.4", "Stockholm ska vara en bra stad att åldras i"), next]).ShouldBe(next);
    }

    [Fact]
    public void Find_ARenumberedGoal_IsFoundByItsTitle_BeforeAnotherGoalWithItsOldNumber()
    {
        var renumbered = new GoalKey(Guid.NewGuid(), "1.4", ThisYear.Title);
        var newGoal = new GoalKey(Guid.NewGuid(), "1.3", "Ett nytt mål som tog nummer 1.3");

        GoalMatch.Find(ThisYear, [newGoal, renumbered]).ShouldBe(renumbered);
    }

    [Fact]
    public void Find_AReworded_GoalWithTheSameNumber_IsTheGoal()
    {
        var reworded = new GoalKey(Guid.NewGuid(), " 1.3", "Stockholms stad ger stöd och omsorg där behoven är störst");

        GoalMatch.Find(ThisYear, [reworded]).ShouldBe(reworded);
    }

    [Fact]
    public void Find_NeitherTitleNorNumber_FindsNothing() =>
        GoalMatch.Find(ThisYear, [new GoalKey(Guid.NewGuid(), "2.1", "Stockholm ska bli klimatpositivt")]).ShouldBeNull();

    [Fact]
    public void Find_WithoutNumbers_NoNumberMatchesAnother() =>
        GoalMatch.Find(ThisYear with { Number = null }, [new GoalKey(Guid.NewGuid(), null, "Nämndens verksamheter är miljö- och klimatsmarta")]).ShouldBeNull();
}
