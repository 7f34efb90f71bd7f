using Verksam.Web.Domain.Periods;

namespace Verksam.UnitTests.Shared;

public sealed class PeriodTests
{
    [Theory]
    [InlineData(1, "Jan")]
    [InlineData(3, "Mars")]
    [InlineData(4, "April")]
    [InlineData(9, "Sep")]
    [InlineData(12, "Dec")]
    public void Month_IsNamedAsTheSeedsNameIt(int month, string name) => Period.Month(2023, month).ShortName.ShouldBe(name);

    [Fact]
    public void Tertials_CoverJanAprMayAugSepDec()
    {
        (Period.Tertial(2023, 1).StartMonth, Period.Tertial(2023, 1).EndMonth).ShouldBe((1, 4));
        (Period.Tertial(2023, 2).StartMonth, Period.Tertial(2023, 2).EndMonth).ShouldBe((5, 8));
        (Period.Tertial(2023, 3).StartMonth, Period.Tertial(2023, 3).EndMonth).ShouldBe((9, 12));
        Period.TertialOf(4).ShouldBe(1);
        Period.TertialOf(5).ShouldBe(2);
        Period.TertialOf(9).ShouldBe(3);
        Period.Tertial(2023, 2).ShortName.ShouldBe("T2");
        Period.WholeYear(2023).ShortName.ShouldBe("VB");
    }

    [Fact]
    public void Span_JulyToSeptember_IsNamedLikeTheSeed()
    {
        var span = Period.Span(2023, 7, 9);

        span.Kind.ShouldBe(PeriodKind.Span);
        span.ShortName.ShouldBe("Juli-Sep");
        span.Code.ShouldBe("2023-07..09");
        Period.Span(2023, 5, 8).ShouldBe(Period.Tertial(2023, 2));
    }

    [Theory]
    [InlineData("2023-09", "2023-09")]
    [InlineData("2023-9", "2023-09")]
    [InlineData("2023-T1", "2023-T1")]
    [InlineData("2023-t2", "2023-T2")]
    [InlineData("2023-VB", "2023-VB")]
    [InlineData("2023-07..09", "2023-07..09")]
    [InlineData("Sep 2023", "2023-09")]
    [InlineData("sept 2023", "2023-09")]
    [InlineData("september 2023", "2023-09")]
    [InlineData("T1 2023", "2023-T1")]
    [InlineData("VB 2024", "2024-VB")]
    public void TryParse_ReadsCodesAndNames(string text, string code)
    {
        Period.TryParse(text, out var period).ShouldBeTrue();
        period.Code.ShouldBe(code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023-13")]
    [InlineData("2023-T4")]
    [InlineData("2023-09..07")]
    [InlineData("Smörgås 2023")]
    [InlineData("1999-01")]
    public void TryParse_RefusesWhatIsNotAPeriod(string text) => Period.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Previous_StepsBackOverTheYearEnd()
    {
        Period.Month(2023, 1).Previous().ShouldBe(Period.Month(2022, 12));
        Period.Tertial(2023, 1).Previous().ShouldBe(Period.Tertial(2022, 3));
        Period.WholeYear(2024).Previous().ShouldBe(Period.WholeYear(2023));
    }
}
