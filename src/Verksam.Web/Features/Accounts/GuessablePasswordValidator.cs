using Microsoft.AspNetCore.Identity;
using Verksam.Web.Resources;

namespace Verksam.Web.Features.Accounts;

/// <summary>
/// Refuses a password that is easy to guess: one of the common and leaked passwords, keyboard runs, names and dates
/// that zxcvbn's dictionaries know, or the user's own name. No rules about digits or capitals — a long phrase is fine.
/// </summary>
public sealed class GuessablePasswordValidator : IPasswordValidator<VerksamUser>
{
    /// <summary>zxcvbn's score from 0 (found at once) to 4 (very hard to guess); below this is refused.</summary>
    public const int LowestScore = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<VerksamUser> manager, VerksamUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        string[] ownWords = [.. new[] { user.UserName, user.DisplayName, "verksam" }.OfType<string>().Where(w => w.Length > 0)];
        var result = Zxcvbn.Zxcvbn.MatchPassword(password, ownWords);
        return Task.FromResult(result.Score >= LowestScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordGuessable", Description = Texts.Password_Guessable }));
    }
}
