using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Verksam.Web.Resources;

namespace Verksam.Web.Features.Accounts;

/// <summary>Identity's messages in Swedish, as instructions.</summary>
public sealed class SwedishIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = string.Format(CultureInfo.CurrentCulture, Texts.Password_TooShort, length) };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = string.Format(CultureInfo.CurrentCulture, Texts.Password_UniqueChars, uniqueChars) };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = Texts.Password_Mismatch };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = Texts.User_UserName_Taken };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = Texts.User_UserName_Invalid };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = Texts.Concurrency_Stale };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = Texts.Error_Unknown };
}
