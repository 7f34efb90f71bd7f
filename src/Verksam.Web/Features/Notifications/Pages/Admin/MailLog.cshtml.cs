using Microsoft.AspNetCore.Authorization;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Notifications.Pages.Admin;

/// <summary>The send log: each attempt to deliver a mail, delivered or the server's error, and what waits or failed.</summary>
[Authorize(Policy = AdministratorRequirement.PolicyName)]
public sealed class MailLogModel(MailLogService log) : VerksamPageModel
{
    public MailLogPage Log { get; private set; } = null!;

    public async Task OnGetAsync(bool fel = false) => Log = await log.ReadAsync(fel);
}
