using Verksam.Web.Features.Organisation;

namespace Verksam.UnitTests.Features.Organisation;

public sealed class OrgUnitTests
{
    private static readonly OrgUnit Kommun = OrgUnit.CreateRoot(Guid.NewGuid(), "Stockholms stad");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void ValidateName_Empty_AsksToFillIn(string? name)
    {
        var errors = OrgUnit.ValidateName(name);

        errors.ShouldHaveSingleItem().ShouldBe(new Verksam.Web.Shared.Validation.FieldError("Name", "Fyll i enhetens namn"));
    }

    [Fact]
    public void ValidateName_At200Characters_IsAccepted() =>
        OrgUnit.ValidateName(new string('a', 200)).IsValid.ShouldBeTrue();

    [Fact]
    public void ValidateName_At201Characters_SaysTheLimitAndTheLength() =>
        OrgUnit.ValidateName(new string('a', 201)).ShouldHaveSingleItem().Message
            .ShouldBe("Namnet får vara högst 200 tecken. Det du skrev är 201 tecken.");

    [Fact]
    public void ValidateName_SurroundingSpaces_DoNotCount() =>
        OrgUnit.ValidateName("  " + new string('a', 200) + "  ").IsValid.ShouldBeTrue();

    [Theory]
    [InlineData(OrgUnitKind.Board, OrgUnitKind.Municipality, true)]
    [InlineData(OrgUnitKind.Unit, OrgUnitKind.Board, true)]
    [InlineData(OrgUnitKind.Department, OrgUnitKind.Department, false)]
    [InlineData(OrgUnitKind.Board, OrgUnitKind.Department, false)]
    [InlineData(OrgUnitKind.Municipality, OrgUnitKind.Municipality, false)]
    [InlineData(OrgUnitKind.WorkGroup, OrgUnitKind.Unit, true)]
    public void MayStandUnder_ChildMustBeOfALaterKind(OrgUnitKind child, OrgUnitKind parentKind, bool allowed)
    {
        var parent = parentKind == OrgUnitKind.Municipality
            ? Kommun
            : OrgUnit.CreateChild(Guid.NewGuid(), "x", parentKind, Kommun);

        OrgUnit.MayStandUnder(child, parent).ShouldBe(allowed);
    }

    [Fact]
    public void MayStandUnder_NoParent_OnlyMunicipality()
    {
        OrgUnit.MayStandUnder(OrgUnitKind.Municipality, null).ShouldBeTrue();
        OrgUnit.MayStandUnder(OrgUnitKind.Board, null).ShouldBeFalse();
    }

    [Fact]
    public void CreateChild_PathAndDepthFollowTheParent()
    {
        var board = OrgUnit.CreateChild(Guid.NewGuid(), "Skarpnäcks stadsdelsnämnd", OrgUnitKind.Board, Kommun);
        var unit = OrgUnit.CreateChild(Guid.NewGuid(), "Hemtjänst", OrgUnitKind.Unit, board);

        unit.Path.ShouldBe(Kommun.Path + OrgUnit.PathSegment(board.Id) + OrgUnit.PathSegment(unit.Id));
        unit.Depth.ShouldBe(2);
        unit.AncestorIds().ShouldBe([Kommun.Id, board.Id]);
        unit.MunicipalityId.ShouldBe(Kommun.Id);
        board.IsAncestorOrSelfOf(unit).ShouldBeTrue();
        unit.IsAncestorOrSelfOf(board).ShouldBeFalse();
    }

    [Fact]
    public void Rebase_MovesTheWholeSubtreePrefix()
    {
        var a = OrgUnit.CreateChild(Guid.NewGuid(), "A", OrgUnitKind.Board, Kommun);
        var b = OrgUnit.CreateChild(Guid.NewGuid(), "B", OrgUnitKind.Board, Kommun);
        var dept = OrgUnit.CreateChild(Guid.NewGuid(), "Avdelning", OrgUnitKind.Department, a);
        var unit = OrgUnit.CreateChild(Guid.NewGuid(), "Enhet", OrgUnitKind.Unit, dept);
        var oldPrefix = dept.Path;

        dept.PlaceUnder(b);
        unit.Rebase(oldPrefix, dept.Path, 0);

        unit.Path.ShouldStartWith(b.Path);
        unit.AncestorIds().ShouldBe([Kommun.Id, b.Id, dept.Id]);
    }

    [Fact]
    public void IsAncestorOrSelfOf_SiblingWithSharedIdPrefix_IsFalse()
    {
        // Paths end in '/', so one id never counts as the prefix of another.
        var first = OrgUnit.CreateChild(new Guid("11111111-0000-0000-0000-000000000000"), "A", OrgUnitKind.Board, Kommun);
        var second = OrgUnit.CreateChild(new Guid("11111111-0000-0000-0000-000000000001"), "B", OrgUnitKind.Board, Kommun);

        first.IsAncestorOrSelfOf(second).ShouldBeFalse();
    }
}
