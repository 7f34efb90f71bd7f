using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Register;

/// <summary>Finds the settings that apply at a unit: its own, else the nearest unit above that has some, else the defaults.</summary>
internal sealed class RegisterSettingsResolver(IReadOnlyList<(string Path, RegisterSettings Settings)> rows)
{
    public RegisterSettings For(string unitPath) => Nearest(unitPath, except: null);

    public RegisterSettings? Own(Guid unitId) => rows.Select(r => r.Settings).FirstOrDefault(s => s.OrgUnitId == unitId);

    /// <summary>What would apply at the unit if it had no settings of its own.</summary>
    public RegisterSettings Inherited(OrgUnit unit) => Nearest(unit.Path, except: unit.Id);

    private RegisterSettings Nearest(string unitPath, Guid? except) =>
        rows.Where(r => r.Settings.OrgUnitId != except && unitPath.StartsWith(r.Path, StringComparison.Ordinal))
            .OrderByDescending(r => r.Path.Length).Select(r => r.Settings).FirstOrDefault()
        ?? new RegisterSettings();
}

public sealed class MatterFilter
{
    public int? Year { get; set; }

    public MatterKind? Kind { get; set; }

    /// <summary>T1 (January–April), T2 (May–August) or T3 (September–December) of the year; none for the whole year.</summary>
    public int? Tertial { get; set; }

    public bool OpenOnly { get; set; }

    public int Page { get; set; } = 1;
}

/// <summary>An open matter with what is overdue about it, for the start page.</summary>
public sealed record FlaggedMatter(Matter Matter, IReadOnlyList<string> Flags, IReadOnlyList<MatterAlert> Kinds);

/// <summary>A matter and when it was registered (UTC).</summary>
public sealed record RegisteredMatter(Matter Matter, DateTime At);

public sealed record MatterListItem(Matter Matter, string UnitName, IReadOnlyList<string> Flags);

public sealed record MatterList(OrgUnit Unit, int Year, IReadOnlyList<int> Years, MatterFilter Filter, IReadOnlyList<MatterListItem> Items, int Total, int Page, bool CanEditSettings)
{
    public int Pages => Math.Max(1, (Total + MatterService.PageSize - 1) / MatterService.PageSize);
}

public sealed record MatterView(OrgUnit Unit, Matter Matter, IReadOnlyList<string> Flags, RegisterSettings Settings);

public sealed record MatterExportRow(Matter Matter, string UnitName);

public sealed record MatterExport(OrgUnit Unit, DateOnly From, DateOnly To, bool IncludeTexts, IReadOnlyList<MatterExportRow> Rows);

public sealed record RegisterSettingsView(OrgUnit Unit, RegisterSettings? Own, RegisterSettings Inherited, string? InheritedFrom);

public sealed class MatterRecordEdit
{
    public MatterKind? Kind { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public MatterSource? Source { get; set; }

    public ComplaintCategory? Category { get; set; }

    public string? OtherCategory { get; set; }

    public DeviationIdentifiedBy? IdentifiedBy { get; set; }

    public DeviationCategory? DeviationCategory { get; set; }

    public DeviationConcerns? Concerns { get; set; }

    public string? Description { get; set; }
}

public sealed class MatterHandleEdit
{
    public MatterStatus? Status { get; set; }

    public string? Investigation { get; set; }

    public string? Measures { get; set; }

    public bool FeedbackGiven { get; set; }

    public DateOnly? FeedbackOn { get; set; }

    public FeedbackForm? FeedbackForm { get; set; }

    public SeriousnessDecision? Decision { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateOnly? IvoNotifiedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }
}

public sealed class RegisterSettingsEdit
{
    public bool Inherit { get; set; }

    public int? OpenDaysLimit { get; set; }

    public int? DecisionDaysLimit { get; set; }

    public int? IvoDaysLimit { get; set; }
}

/// <summary>A unit a matter may be recorded on, and how far below the register's own unit it stands.</summary>
public sealed record RecordTarget(Guid Id, string Name, int Depth);
