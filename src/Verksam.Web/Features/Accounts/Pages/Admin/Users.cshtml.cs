using Microsoft.AspNetCore.Authorization;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Accounts.Pages.Admin;

[Authorize(Policy = AdministratorRequirement.PolicyName)]
public sealed class UsersModel(UserAdminService service) : VerksamPageModel
{
    public IReadOnlyList<VerksamUser> Users { get; private set; } = [];

    public async Task OnGetAsync() => Users = await service.ListAsync();
}
