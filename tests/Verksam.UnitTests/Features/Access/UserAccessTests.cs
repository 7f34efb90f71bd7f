using Verksam.Web.Features.Organisation;

namespace Verksam.UnitTests.Features.Access;

public sealed class UserAccessTests
{
    private static readonly Guid Board = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid();
    private const string BoardPath = "aaaa/bbbb/";
    private const string UnitPath = "aaaa/bbbb/cccc/";
    private const string OtherPath = "aaaa/dddd/";

    [Fact]
    public void LevelAt_GrantOnBoard_IsInheritedByUnitsBelow()
    {
        var access = new UserAccess(false, [new GrantedPath(Board, BoardPath, AccessLevel.Read)]);

        access.LevelAt(UnitPath).ShouldBe(AccessLevel.Read);
        access.LevelAt(BoardPath).ShouldBe(AccessLevel.Read);
    }

    [Fact]
    public void LevelAt_UnitOutsideEveryGrant_IsNone()
    {
        var access = new UserAccess(false, [new GrantedPath(Board, BoardPath, AccessLevel.Approve)]);

        access.LevelAt(OtherPath).ShouldBeNull();
        access.LevelAt("aaaa/").ShouldBeNull();
    }

    [Fact]
    public void LevelAt_TwoGrantsOnTheWay_TakesTheHighest()
    {
        var access = new UserAccess(false,
        [
            new GrantedPath(Board, BoardPath, AccessLevel.Read),
            new GrantedPath(Unit, UnitPath, AccessLevel.Edit),
        ]);

        access.LevelAt(UnitPath).ShouldBe(AccessLevel.Edit);
        access.LevelAt(BoardPath).ShouldBe(AccessLevel.Read);
    }

    [Fact]
    public void Allows_EachLevelIncludesTheOnesBefore()
    {
        var access = new UserAccess(false, [new GrantedPath(Unit, UnitPath, AccessLevel.Edit)]);

        access.Allows(UnitPath, AccessLevel.Read).ShouldBeTrue();
        access.Allows(UnitPath, AccessLevel.Edit).ShouldBeTrue();
        access.Allows(UnitPath, AccessLevel.Approve).ShouldBeFalse();
    }

    [Fact]
    public void Administrator_MayDoEverythingEverywhere() =>
        new UserAccess(true, []).Allows(OtherPath, AccessLevel.Approve).ShouldBeTrue();
}
