using Microsoft.AspNetCore.Identity;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Shared.Security;

namespace Verksam.UnitTests.Features.Accounts;

public sealed class LoginRuleTests
{
    [Theory]
    [InlineData("Password1234")]
    [InlineData("qwertyuiop12")]
    [InlineData("123456789012")]
    [InlineData("sommarsommar")]
    [InlineData("verksamverksam")]
    [InlineData("anna.andersson1")]
    public async Task AGuessablePassword_IsRefused_WithASwedishReason(string password)
    {
        var result = await new GuessablePasswordValidator().ValidateAsync(null!, new VerksamUser { UserName = "anna.andersson", DisplayName = "Anna Andersson" }, password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Description.ShouldStartWith("Lösenordet är för lätt att gissa");
    }

    [Theory]
    [InlineData("ett-langt-testlosenord")]
    [InlineData("Verksam-demo-2026")]
    [InlineData("kaffe i hemtjänsten varje tisdag")]
    public async Task ALongUnusualPhrase_IsAccepted_WithoutRulesAboutDigitsOrCapitals(string password)
    {
        var result = await new GuessablePasswordValidator().ValidateAsync(null!, new VerksamUser { UserName = "ec.lss", DisplayName = "Enhetschef" }, password);

        result.ShouldBe(IdentityResult.Success);
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, 60)]
    [InlineData(6, 120)]
    [InlineData(7, 240)]
    [InlineData(9, 900)]
    [InlineData(40, 900)]
    public void TheWaitAfterFailures_StartsAtTheLimit_DoublesAndStopsAtTheLongest(int failures, int? seconds)
    {
        var wait = LoginService.WaitAfter(failures, new LoginLimitOptions());

        wait.ShouldBe(seconds is { } s ? TimeSpan.FromSeconds(s) : null);
    }

    [Fact]
    public void TheThrottleKey_IsTheNameAndTheAddress_CutToFitItsColumn()
    {
        LoginService.ThrottleKey("EC.LSS", "192.0.2.10").ShouldBe("EC.LSS|192.0.2.10");
        LoginService.ThrottleKey(new string('A', 5000), new string('1', 5000)).Length.ShouldBeLessThanOrEqualTo(LoginThrottle.KeyMaxLength);
    }
}
