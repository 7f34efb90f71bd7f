using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Risks;

/// <summary>The municipality's risk matrix: its size, the follow-up threshold and the score bands' colours.</summary>
public sealed record RiskSettings(int MatrixSize, int Threshold, int YellowFrom, int RedFrom)
{
    public static RiskSettings From(MunicipalitySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(settings.RiskMatrixSize, settings.RiskFollowUpThreshold, settings.RiskYellowFrom, settings.RiskRedFrom);
    }

    public Rag? Colour(int? score) => score switch
    {
        null => null,
        var s when s >= RedFrom => Rag.Red,
        var s when s >= YellowFrom => Rag.Yellow,
        _ => Rag.Green,
    };
}

public sealed record RiskRegister(
    OrgUnit Unit,
    int Year,
    RiskSettings Settings,
    IReadOnlyList<Risk> Risks,
    ILookup<Guid, QualityAction> Actions,
    IReadOnlyDictionary<Guid, string> GoalTitles,
    bool CanEdit,
    IReadOnlyList<int> Years)
{
    /// <summary>How many scored risks lie in each cell of the matrix, by likelihood and consequence.</summary>
    public int Count(int likelihood, int consequence) => Risks.Count(r => r.Likelihood == likelihood && r.Consequence == consequence);
}

public sealed record RiskDetails(OrgUnit Unit, Risk Risk, RiskSettings Settings, IReadOnlyList<QualityAction> Actions, IReadOnlyList<RiskScore> History, bool CanEdit, IReadOnlyList<WatchingControl> Controls);

public sealed record RiskFollowUpView(RiskRegister Register, Period Period, IReadOnlyList<Risk> Risks, IReadOnlyList<Risk> Removed, IReadOnlyDictionary<Guid, RiskFollowUp> Marks);

public sealed class RiskSettingsEdit
{
    public int? MatrixSize { get; set; }

    public int? Threshold { get; set; }

    public int? YellowFrom { get; set; }

    public int? RedFrom { get; set; }
}

public sealed class RiskEdit
{
    public int? Year { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public Guid? GoalId { get; set; }

    public Guid? ProcessId { get; set; }

    public string? Likelihood { get; set; }

    public string? Consequence { get; set; }

    public bool InFollowUp { get; set; }

    public string? RemovalComment { get; set; }

    public string? ActionPlanDue { get; set; }
}

public sealed class ActionEdit
{
    public int? Year { get; set; }

    public Guid? RiskId { get; set; }

    public Guid? ControlId { get; set; }

    public Guid? ProcessId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Responsible { get; set; }

    public string? DueDate { get; set; }

    public ActionStatus? Status { get; set; }
}

public sealed class RiskMarkEdit
{
    public Guid RiskId { get; set; }

    public Rag? Mark { get; set; }

    public string? Comment { get; set; }

    public string? ActionPlanDue { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>A risk in a chosen cell of the risk map, with the unit it belongs to.</summary>
public sealed record RiskInCell(Guid Id, Guid OrgUnitId, string UnitName, string Description);

/// <summary>
/// The risk map of a unit and the readable units below it for a year: per cell (likelihood, consequence) how many
/// scored risks and in how many units; how many risks have no score; the chosen cell's risks.
/// </summary>
public sealed record RiskMap(
    OrgUnit Unit,
    int Year,
    RiskSettings Settings,
    IReadOnlyDictionary<(int Likelihood, int Consequence), (int Count, int Units)> Cells,
    int Unscored,
    int? Likelihood,
    int? Consequence,
    IReadOnlyList<RiskInCell> Chosen,
    IReadOnlyList<int> Years)
{
    public int Count(int likelihood, int consequence) => Cells.TryGetValue((likelihood, consequence), out var c) ? c.Count : 0;

    public int Units(int likelihood, int consequence) => Cells.TryGetValue((likelihood, consequence), out var c) ? c.Units : 0;
}
