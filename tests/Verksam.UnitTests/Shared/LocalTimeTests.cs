using Verksam.Web.Shared.Text;

namespace Verksam.UnitTests.Shared;

public sealed class LocalTimeTests
{
    [Theory]
    [InlineData(2024, 1, 20, 9, 0, "2024-01-20 10:00")] // winter: UTC+1
    [InlineData(2024, 6, 15, 12, 34, "2024-06-15 14:34")] // summer: UTC+2
    [InlineData(2024, 3, 31, 0, 59, "2024-03-31 01:59")] // the last minute before summer time
    [InlineData(2024, 3, 31, 1, 0, "2024-03-31 03:00")] // summer time has begun
    public void Format_UtcInstant_WritesStockholmTime(int year, int month, int day, int hour, int minute, string expected) =>
        LocalTime.Format(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc)).ShouldBe(expected);

    [Fact]
    public void Format_WithSeconds_AddsTheSeconds() =>
        LocalTime.Format(new DateTime(2023, 10, 9, 8, 0, 5, DateTimeKind.Utc), seconds: true).ShouldBe("2023-10-09 10:00:05");

    [Fact]
    public void ToStockholm_TimeWithoutKind_IsTakenAsUtc() =>
        LocalTime.ToStockholm(new DateTime(2024, 6, 15, 12, 0, 0, DateTimeKind.Unspecified)).ShouldBe(new DateTime(2024, 6, 15, 14, 0, 0));
}
