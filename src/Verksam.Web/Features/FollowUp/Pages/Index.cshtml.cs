using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.FollowUp.Pages;

/// <summary>A unit's follow-up reports of a year: each month and tertial with its status and due date.</summary>
public sealed class IndexModel(FollowUpService reports, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public OrgUnit Unit { get; private set; } = null!;

    public IReadOnlyDictionary<Period, ReportStatus> Statuses { get; private set; } = new Dictionary<Period, ReportStatus>();

    public bool HasUnitsBelow { get; private set; }

    public int DueDay { get; private set; }

    public DateOnly Today { get; private set; }

    public ReportUse Use { get; private set; }

    public IReadOnlyList<Period> Periods { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var list = await reports.ListAsync(Id, Year is >= 2000 and <= 2100 ? Year : null, Today.Year);
        (Unit, Year, Statuses, HasUnitsBelow, DueDay, Use) = (list.Unit, list.Year, list.Statuses, list.HasUnitsBelow, list.DueDay, list.Use);
        Periods = list.Periods;
    }
}
