using System.Text.Encodings.Web;
using System.Text.Unicode;
using Verksam.Web.Features.Goals;
using Verksam.Web.Shared.TagHelpers;

namespace Verksam.UnitTests.Features.Goals;

public sealed class GoalRulesTests
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    [Fact]
    public void PlainText_ParagraphsAndBullets_BecomeParagraphsAndAList() =>
        PlainTextTagHelper.Render("Första stycket\nfortsätter här.\n\n- Ökad kontinuitet\n- Färre personal per brukare\nEfter listan.", Encoder)
            .ShouldBe("<p>Första stycket<br>fortsätter här.</p><ul><li>Ökad kontinuitet</li><li>Färre personal per brukare</li></ul><p>Efter listan.</p>");

    [Fact]
    public void PlainText_Markup_IsShownAsTextNeverRun() =>
        PlainTextTagHelper.Render("<script>alert('x')</script> & <b>fet</b>", Encoder)
            .ShouldBe("<p>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;</p>");

    [Fact]
    public void Numbering_FollowsTheTreeFromExplicitNumbers()
    {
        var kf = new GoalNode(Guid.NewGuid(), null, 10, "1");
        var area = new GoalNode(Guid.NewGuid(), kf.Id, 10, "1.3");
        var board = new GoalNode(Guid.NewGuid(), area.Id, 10, "1.3.2");
        var department = new GoalNode(Guid.NewGuid(), board.Id, 10, null);
        var unitFirst = new GoalNode(Guid.NewGuid(), department.Id, 10, null);
        var unitSecond = new GoalNode(Guid.NewGuid(), department.Id, 20, null);

        var numbers = GoalNumbering.Number([unitSecond, kf, area, board, department, unitFirst]);

        numbers[area.Id].ShouldBe("1.3");
        numbers[department.Id].ShouldBe("1.3.2.1");
        numbers[unitFirst.Id].ShouldBe("1.3.2.1.1");
        numbers[unitSecond.Id].ShouldBe("1.3.2.1.2");
    }

    [Fact]
    public void Numbering_CountsOnlyTheSiblingsOfTheSameOwner()
    {
        Guid city = Guid.NewGuid(), hagersten = Guid.NewGuid(), skarpnack = Guid.NewGuid();
        var area = new GoalNode(Guid.NewGuid(), null, 10, "1.3", OwnerId: city);
        var hagerstensFirst = new GoalNode(Guid.NewGuid(), area.Id, 10, null, OwnerId: hagersten);
        var skarpnacksFirst = new GoalNode(Guid.NewGuid(), area.Id, 20, null, OwnerId: skarpnack);
        var skarpnacksSecond = new GoalNode(Guid.NewGuid(), area.Id, 30, null, OwnerId: skarpnack);

        var numbers = GoalNumbering.Number([area, hagerstensFirst, skarpnacksFirst, skarpnacksSecond]);

        numbers[hagerstensFirst.Id].ShouldBe("1.3.1");
        numbers[skarpnacksFirst.Id].ShouldBe("1.3.1", "another district's nämndmål under the same council goal does not move Skarpnäck's");
        numbers[skarpnacksSecond.Id].ShouldBe("1.3.2");
    }

    [Fact]
    public void Numbering_AnIrregularCouncilNumberIsKept_AndChildrenContinueFromIt()
    {
        // Seed 001 prints 1.3.2.1.1 under 1.3.1.1.
        var department = new GoalNode(Guid.NewGuid(), null, 10, "1.3.1.1");
        var unit = new GoalNode(Guid.NewGuid(), department.Id, 10, "1.3.2.1.1");
        var child = new GoalNode(Guid.NewGuid(), unit.Id, 10, null);

        var numbers = GoalNumbering.Number([department, unit, child]);

        numbers[unit.Id].ShouldBe("1.3.2.1.1");
        numbers[child.Id].ShouldBe("1.3.2.1.1.1");
    }

    [Theory]
    [InlineData("3.5.1. 1", "3.5.1.1")]
    [InlineData("3.1.1.1.", "3.1.1.1")]
    [InlineData("  ", null)]
    public void Number_AsWrittenInTheSeeds_IsTidied(string written, string? expected) => GoalNode.Normalise(written).ShouldBe(expected);

    [Theory]
    [InlineData("2023-06-30", ActivityStatus.Ongoing, true)]
    [InlineData("2023-06-30", ActivityStatus.Done, false)]
    [InlineData("2023-06-30", ActivityStatus.Cancelled, false)]
    [InlineData("2023-07-01", ActivityStatus.Planned, false)]
    public void Activity_IsLateOnlyWhenItsEndHasPassedUnfinished(string end, ActivityStatus status, bool late) =>
        new Activity { EndDate = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), Status = status }
            .IsLate(new DateOnly(2023, 7, 1)).ShouldBe(late);
}
