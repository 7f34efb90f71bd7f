using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Risks;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Processes;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Text;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Risks;

/// <summary>
/// A unit's risk register: risks scored in the municipality's matrix, their actions and score history, and the
/// follow-up rules of seed 000 — a risk at or over the threshold is always followed up; one that falls below leaves
/// the follow-up only with a comment saying why.
/// </summary>
public sealed class RiskService(VerksamDbContext db, AccessService access, OrgUnitService orgUnits, GoalQueries goalQueries, MunicipalitySettingsService municipalities, ProcessService processes, IControlDirectory controls, IAuditActor actor, TimeProvider time)
{
    /// <summary>The score as the seeds write it: "(5x4) 20"; nothing for a risk not yet scored.</summary>
    public static string WrittenScore(int? likelihood, int? consequence) => RiskScoring.Written(likelihood, consequence);

    /// <summary>The risk as the follow-up table shows it: its description followed by its score.</summary>
    public static string Described(Risk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var score = WrittenScore(risk.Likelihood, risk.Consequence);
        return score.Length == 0 ? risk.Description : $"{risk.Description} {score}";
    }

    public async Task<RiskSettings> SettingsAsync(OrgUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return RiskSettings.From(await municipalities.GetAsync(unit.MunicipalityId, cancellationToken));
    }

    /// <summary>
    /// An administrator's choice of the municipality's risk matrix: its size (3–10), the follow-up threshold and where
    /// Gul and Röd begin. A size smaller than a risk already scored is refused, naming how many risks lie outside.
    /// </summary>
    public async Task SaveSettingsAsync(Guid municipalityId, RiskSettingsEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var unit = await municipalities.RequireAdministeredAsync(municipalityId, cancellationToken);
        var errors = new ValidationErrors();
        var size = edit.MatrixSize is >= 3 and <= 10 ? edit.MatrixSize.Value : 0;
        if (size == 0)
        {
            errors.Add("MatrixSize", Texts.RiskSettings_Size_Invalid);
        }

        var max = size * size;
        foreach (var (field, value) in new[] { ("Threshold", edit.Threshold), ("YellowFrom", edit.YellowFrom), ("RedFrom", edit.RedFrom) })
        {
            if (size > 0 && (value is null || value < 1 || value > max))
            {
                errors.Add(field, string.Format(CultureInfo.CurrentCulture, Texts.RiskSettings_Score_Invalid, max));
            }
        }

        if (errors.IsValid && edit.YellowFrom >= edit.RedFrom)
        {
            errors.Add("RedFrom", Texts.RiskSettings_Bands_Order);
        }

        if (errors.IsValid)
        {
            var prefix = unit.Path;
            var under = orgUnits.IdsUnder(prefix);
            var outside = await db.Risks.CountAsync(r => under.Contains(r.OrgUnitId) && (r.Likelihood > size || r.Consequence > size), cancellationToken);
            if (outside > 0)
            {
                errors.Add("MatrixSize", Counted.Format(nameof(Texts.RiskSettings_Size_RisksOutside), outside, size));
            }
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        await municipalities.SaveRiskMatrixAsync(unit, new RiskMatrixEdit(size, edit.Threshold!.Value, edit.YellowFrom!.Value, edit.RedFrom!.Value), version, cancellationToken);
    }

    /// <summary>The year the unit's risk register opens on when the address names none (<see cref="OpeningPeriod.Year"/>).</summary>
    public async Task<int> OpeningYearAsync(Guid unitId, int currentYear, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        return OpeningPeriod.Year(await LatestYearAsync(unitId, cancellationToken), currentYear);
    }

    /// <summary>The latest year the unit has risks for, or null; the caller has checked access.</summary>
    internal Task<int?> LatestYearAsync(Guid unitId, CancellationToken cancellationToken) =>
        db.Risks.Where(r => r.OrgUnitId == unitId).MaxAsync(r => (int?)r.Year, cancellationToken);

    public async Task<RiskRegister> RegisterAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        var years = await db.Risks.Where(r => r.OrgUnitId == unitId).Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        return await LoadRegisterAsync(unit, year, canEdit, cancellationToken) with { Years = years };
    }

    /// <summary>The register of a unit whose access the caller has already checked; without the list of years, which only a page needs.</summary>
    internal async Task<RiskRegister> LoadRegisterAsync(OrgUnit unit, int year, bool canEdit, CancellationToken cancellationToken)
    {
        var unitId = unit.Id;
        var settings = await SettingsAsync(unit, cancellationToken);
        var risks = await db.Risks.AsNoTracking().Where(r => r.OrgUnitId == unitId && r.Year == year)
            .OrderBy(r => r.SortOrder).ToListAsync(cancellationToken);
        var actions = await ActionsByRiskAsync(unitId, year, cancellationToken);
        var goalNames = await GoalTitlesAsync(unit, year, cancellationToken);
        return new RiskRegister(unit, year, settings, risks, actions, goalNames, canEdit, []);
    }

    /// <summary>The most risks a chosen cell of the risk map lists.</summary>
    public const int MapCellLimit = 200;

    /// <summary>
    /// The risk map of a unit and every unit below it that the user may read: scored risks of the year counted per
    /// likelihood and consequence in the database, and, for a chosen cell, its risks with their units. A fixed number
    /// of queries whatever the number of units.
    /// </summary>
    public async Task<RiskMap> MapAsync(Guid unitId, int? year, int? likelihood, int? consequence, int currentYear, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var settings = await SettingsAsync(unit, cancellationToken);
        var readable = await access.ReadUnitIdsAsync(cancellationToken);
        var under = orgUnits.IdsUnder(unit.Path);
        var inScope = db.Risks.AsNoTracking().Where(r => under.Contains(r.OrgUnitId) && readable.Contains(r.OrgUnitId));
        var years = await inScope.Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var shown = year ?? OpeningPeriod.Year(years.Count > 0 ? years[0] : null, currentYear);
        var risks = inScope.Where(r => r.Year == shown);
        var counts = (await risks.Where(r => r.Likelihood != null && r.Consequence != null)
                .GroupBy(r => new { r.Likelihood, r.Consequence })
                .Select(g => new { g.Key.Likelihood, g.Key.Consequence, Count = g.Count(), Units = g.Select(r => r.OrgUnitId).Distinct().Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => (c.Likelihood!.Value, c.Consequence!.Value), c => (c.Count, c.Units));
        var unscored = await risks.CountAsync(r => r.Likelihood == null || r.Consequence == null, cancellationToken);
        IReadOnlyList<RiskInCell> cell = [];
        if (likelihood is { } l && consequence is { } c)
        {
            var rows = await risks.Where(r => r.Likelihood == l && r.Consequence == c).OrderBy(r => r.OrgUnitId).ThenBy(r => r.SortOrder)
                .Take(MapCellLimit + 1).Select(r => new { r.Id, r.OrgUnitId, r.Description }).ToListAsync(cancellationToken);
            var names = (await orgUnits.ListAsync([.. rows.Select(r => r.OrgUnitId).Distinct()], cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
            cell = [.. rows.Select(r => new RiskInCell(r.Id, r.OrgUnitId, names.GetValueOrDefault(r.OrgUnitId, string.Empty), r.Description))
                .OrderBy(r => r.UnitName, StringComparer.Create(VerksamApp.Swedish, false))];
        }

        return new RiskMap(unit, shown, settings, counts, unscored, likelihood, consequence, cell, years);
    }

    public async Task<RiskDetails> GetAsync(Guid unitId, Guid riskId, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var risk = await db.Risks.AsNoTracking().FirstOrDefaultAsync(r => r.Id == riskId && r.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        var actions = (await ActionsByRiskAsync(unitId, risk.Year, cancellationToken))[riskId].ToList();
        var history = await db.RiskScores.AsNoTracking().Where(s => s.RiskId == riskId).OrderByDescending(s => s.ChangedAt).ToListAsync(cancellationToken);
        return new RiskDetails(unit, risk, await SettingsAsync(unit, cancellationToken), actions, history, canEdit, await controls.WatchingAsync(unitId, riskId, cancellationToken));
    }

    /// <summary>
    /// The unit's actions of the year by the risk they are for: raised on the risk itself, or by a failed egenkontroll
    /// that watches it (such an action names only its control, and the control names the risk, as in the quality plan).
    /// </summary>
    private async Task<ILookup<Guid, QualityAction>> ActionsByRiskAsync(Guid unitId, int year, CancellationToken cancellationToken)
    {
        var watched = await controls.RisksWatchedAsync(unitId, year, cancellationToken);
        var actions = await db.QualityActions.AsNoTracking().Where(a => a.OrgUnitId == unitId && a.Year == year && (a.RiskId != null || a.ControlId != null))
            .OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        return actions
            .Select(a => (Action: a, RiskId: a.RiskId ?? (a.ControlId is { } c && watched.TryGetValue(c, out var r) ? r : (Guid?)null)))
            .Where(x => x.RiskId is not null)
            .ToLookup(x => x.RiskId!.Value, x => x.Action);
    }

    /// <summary>What the form for a new risk needs: the unit (which the user must be able to edit), the matrix and the goals.</summary>
    public async Task<(OrgUnit Unit, RiskSettings Settings, IReadOnlyDictionary<Guid, string> Goals)> NewRiskFormAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        return (unit, await SettingsAsync(unit, cancellationToken), await GoalTitlesAsync(unit, year, cancellationToken));
    }

    /// <summary>The goals a risk may threaten: the unit's own and those above it, for the year.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> GoalTitlesAsync(OrgUnit unit, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return (await goalQueries.CascadeAsync(unit, year, cancellationToken))
            .OrderBy(g => g.Level).ThenBy(g => g.SortOrder).ToDictionary(g => g.Id, g => g.Title);
    }

    public Task<IReadOnlyList<QualityProcess>> ProcessesAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        processes.OfUnitAsync(unitId, cancellationToken);

    /// <summary>Registers a risk or changes it. The score must lie in the municipality's matrix; every change of score is kept.</summary>
    public async Task<Risk> SaveAsync(Guid unitId, Guid? riskId, RiskEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var settings = await SettingsAsync(unit, cancellationToken);
        var risk = riskId is { } id
            ? await db.Risks.FirstOrDefaultAsync(r => r.Id == id && r.OrgUnitId == unitId, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound)
            : null;
        var year = risk?.Year ?? edit.Year ?? time.GetLocalNow().Year;
        var errors = new ValidationErrors();
        var description = UserText.Normalise(edit.Description);
        if (description is null)
        {
            errors.Add("Description", Texts.Risk_Description_Required);
        }
        else
        {
            FreeText.Refuse(errors, "Description", Texts.Risk_Description, description);
        }

        var category = UserText.Normalise(edit.Category);
        if (category?.Length > Risk.CategoryMaxLength)
        {
            errors.Add("Category", string.Format(CultureInfo.CurrentCulture, Texts.Risk_Category_TooLong, Risk.CategoryMaxLength));
        }

        var likelihood = ParseScale(edit.Likelihood, "Likelihood", Texts.Risk_Likelihood, settings.MatrixSize, errors);
        var consequence = ParseScale(edit.Consequence, "Consequence", Texts.Risk_Consequence, settings.MatrixSize, errors);
        if (likelihood is null != consequence is null && !errors.Any(e => e.Field is "Likelihood" or "Consequence"))
        {
            errors.Add(likelihood is null ? "Likelihood" : "Consequence", Texts.Risk_ScoreBoth);
        }

        if (edit.GoalId is { } goalId && !(await GoalTitlesAsync(unit, year, cancellationToken)).ContainsKey(goalId))
        {
            errors.Add("GoalId", Texts.Risk_Goal_Unknown);
        }

        if (edit.ProcessId is { } processId && !await processes.BelongsToAsync(unitId, processId, cancellationToken))
        {
            errors.Add("ProcessId", Texts.Quality_Process_Unknown);
        }

        var planDue = DateInput.Parse(edit.ActionPlanDue, "ActionPlanDue", Texts.Risk_ActionPlanDue, errors);
        var score = likelihood * consequence;
        var mustFollow = score >= settings.Threshold;
        var inFollowUp = edit.InFollowUp || mustFollow;
        var removalComment = UserText.Normalise(edit.RemovalComment);
        var leaving = risk is { InFollowUp: true } && !inFollowUp;
        if (risk is { InFollowUp: true } && !edit.InFollowUp && mustFollow)
        {
            errors.Add("InFollowUp", string.Format(CultureInfo.CurrentCulture, Texts.Risk_FollowUp_AlwaysOver, settings.Threshold));
        }
        else if (leaving && removalComment is null)
        {
            errors.Add("RemovalComment", Texts.Risk_RemovalComment_Required);
        }
        else
        {
            FreeText.Refuse(errors, "RemovalComment", Texts.Risk_RemovalComment, removalComment);
        }

        PersonalIdentityNumber.Refuse(errors, "Description", Texts.Risk_Description, description);
        PersonalIdentityNumber.Refuse(errors, "Category", Texts.Risk_Category, category);
        PersonalIdentityNumber.Refuse(errors, "RemovalComment", Texts.Risk_RemovalComment, removalComment);

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        if (risk is null)
        {
            var last = await db.Risks.Where(r => r.OrgUnitId == unitId && r.Year == year).MaxAsync(r => (int?)r.SortOrder, cancellationToken) ?? 0;
            risk = db.Risks.Add(new Risk { Id = Guid.NewGuid(), OrgUnitId = unitId, Year = year, SortOrder = last + 10, Version = Guid.NewGuid() }).Entity;
        }
        else
        {
            db.Expect(risk, version);
        }

        var scoreChanged = db.Entry(risk).State == EntityState.Added || risk.Likelihood != likelihood || risk.Consequence != consequence;
        risk.Description = description!;
        risk.Category = category;
        risk.GoalId = edit.GoalId;
        risk.ProcessId = edit.ProcessId;
        risk.Likelihood = likelihood;
        risk.Consequence = consequence;
        risk.ActionPlanDue = planDue;
        if (leaving)
        {
            risk.RemovedFromFollowUpOn = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            risk.RemovalComment = removalComment;
        }
        else if (inFollowUp)
        {
            risk.RemovedFromFollowUpOn = null;
            risk.RemovalComment = null;
        }

        risk.InFollowUp = inFollowUp;
        if (scoreChanged)
        {
            db.RiskScores.Add(new RiskScore
            {
                Id = Guid.NewGuid(),
                RiskId = risk.Id,
                OrgUnitId = unitId,
                ChangedAt = time.GetUtcNow().UtcDateTime,
                ChangedBy = VerksamDbContext.Truncate(actor.Name, Shared.Auditing.AuditEvent.ActorMaxLength),
                Likelihood = likelihood,
                Consequence = consequence,
            });
        }

        await db.SaveOrRefuseAsync(cancellationToken);
        return risk;
    }

    /// <summary>The unit's risks of a year in order, for the egenkontroller that watch them; the caller has checked access.</summary>
    public async Task<IReadOnlyList<Risk>> OfYearAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        await db.Risks.AsNoTracking().Where(r => r.OrgUnitId == unitId && r.Year == year).OrderBy(r => r.SortOrder).ToListAsync(cancellationToken);

    public Task<bool> BelongsToAsync(Guid unitId, Guid riskId, int year, CancellationToken cancellationToken = default) =>
        db.Risks.AnyAsync(r => r.Id == riskId && r.OrgUnitId == unitId && r.Year == year, cancellationToken);

    internal static string Short(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    private static int? ParseScale(string? text, string field, string name, int size, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= size)
        {
            return value;
        }

        errors.Add(field, string.Format(CultureInfo.CurrentCulture, Texts.Risk_Scale_OutOfRange, name, size, text.Trim()));
        return null;
    }
}
