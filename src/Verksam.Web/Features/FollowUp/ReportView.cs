using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Plans;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.FollowUp;

/// <summary>What the report form posts: texts by key, and each goal's colour (a month) or fulfilment (a tertial).</summary>
public sealed class ReportInput
{
    public Dictionary<string, string?> Texts { get; set; } = [];

    public Dictionary<Guid, Rag?> Colours { get; set; } = [];

    public Dictionary<Guid, Fulfilment?> Fulfilments { get; set; } = [];
}

public sealed record ReportView(
    OrgUnit Unit,
    IReadOnlyList<OrgUnit> Ancestors,
    string? Administration,
    Period Period,
    FollowUpReport? Report,
    PlanTemplate Template,
    IReadOnlyDictionary<string, string> Texts,
    ReportFigures Live,
    ReportFigures? Frozen,
    bool SteerByPerspective,
    bool CanEdit,
    bool CanApprove,
    IReadOnlyList<AuditEvent> History,
    DateOnly DueDate)
{
    /// <summary>The figures the report shows: frozen from submission on, live while a draft.</summary>
    public ReportFigures Figures => Frozen ?? Live;

    /// <summary>Sections 4–6 as frozen, or live for a draft and for a report frozen before they existed.</summary>
    public QualityFigures? Quality => Frozen?.Quality ?? Live.Quality;

    /// <summary>The indicators' trends as frozen, or live for a draft and for a report frozen before trends existed.</summary>
    public IReadOnlyList<Domain.Charts.TrendChart> Trends => Frozen?.Trends ?? Live.Trends ?? [];

    /// <summary>The blocks a section's data block shows that are not sections 4–6: the register's table, the trends.</summary>
    public IReadOnlyList<Documents.DocumentBlock> Composed(DataBlock block) => block switch
    {
        DataBlock.IndicatorTrends => [.. Trends.Select(c => new Documents.ChartBlock(c))],
        DataBlock.RegisterTable when Figures.Annual?.Register is { } register => [register],
        _ => Quality?.Blocks(block, Period) ?? [],
    };

    public IReadOnlyDictionary<Guid, string> Changes => Frozen?.ChangesIn(Live) ?? new Dictionary<Guid, string>();

    public bool IsEditable => CanEdit && (Report?.IsEditable ?? true);

    public string Title => FollowUpService.Title(Period);

    /// <summary>The board above the unit: the recipient of its annual report unless the unit names another.</summary>
    public string? Board => Ancestors.LastOrDefault(u => u.Kind == OrgUnitKind.Board)?.Name;

    public string? Text(string key) => Texts.GetValueOrDefault(key);
}

/// <summary>A unit's reports of a year; <paramref name="Use"/> is the kinds its municipality uses, the only ones due.</summary>
public sealed record ReportList(OrgUnit Unit, int Year, IReadOnlyDictionary<Period, ReportStatus> Statuses, bool HasUnitsBelow, int DueDay, ReportUse Use)
{
    /// <summary>The periods to list: those of a kind in use, and any other the unit has a report for all the same.</summary>
    public IReadOnlyList<Period> Periods => FollowUpService.ListedPeriods(Year, Use, Statuses.ContainsKey);
}
