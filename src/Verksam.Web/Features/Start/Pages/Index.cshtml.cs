using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Start.Pages;

/// <summary>The start page every user lands on: what is due now, and for a level above, how its units stand.</summary>
public sealed class IndexModel(StartService start, TimeProvider time) : VerksamPageModel
{
    public StartPage Start { get; private set; } = null!;

    public async Task OnGetAsync() => Start = await start.BuildAsync(LocalTime.Today(time), time.GetUtcNow().UtcDateTime);
}
