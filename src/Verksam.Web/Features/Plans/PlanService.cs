using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Plans;

/// <summary>A unit's verksamhetsplan: its section texts, and the whole plan composed as one document.</summary>
public sealed class PlanService(VerksamDbContext db, AccessService access, OrgUnitService orgUnits, GoalService goals, GoalQueries goalQueries, IndicatorService indicatorService, MunicipalitySettingsService municipalities, TemplateService templates)
{
    public Task<PlanOverview> GetAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        GetAsync(unitId, year, ReportKind.OperationalPlan, cancellationToken);

    /// <summary>
    /// The year the unit's verksamhetsplan opens on when the address names none (<see cref="OpeningPeriod.Year"/>): the
    /// latest year with texts or with goals of the unit's own, since the plan prints its goals.
    /// </summary>
    public async Task<int> OpeningYearAsync(Guid unitId, int currentYear, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        return OpeningPeriod.Year(OpeningPeriod.Later(await LatestYearAsync(unitId, cancellationToken), await goals.LatestYearAsync(unitId, cancellationToken)), currentYear);
    }

    /// <summary>The latest year the unit has written any plan text for, or null; the caller has checked access.</summary>
    internal Task<int?> LatestYearAsync(Guid unitId, CancellationToken cancellationToken) =>
        db.OperationalPlans.Where(x => x.OrgUnitId == unitId).MaxAsync(x => (int?)x.Year, cancellationToken);

    /// <summary>The plan's texts laid out by the template of <paramref name="kind"/>: the verksamhetsplan or the kvalitetsplan.</summary>
    public async Task<PlanOverview> GetAsync(Guid unitId, int year, ReportKind kind, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var texts = await TextsAsync(unitId, year, cancellationToken);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        var template = await templates.ResolveAsync(unit.MunicipalityId, kind, cancellationToken);
        var planYears = await db.OperationalPlans.Where(p => p.OrgUnitId == unitId)
            .OrderByDescending(p => p.Year).Select(p => p.Year).ToListAsync(cancellationToken);
        return new PlanOverview(unit, year, template, texts, canEdit, planYears);
    }

    /// <summary>Saves one section's text; the plan is created the first time anything is written in it.</summary>
    public async Task SaveSectionAsync(Guid unitId, int year, string key, string? text, Guid? version, ReportKind kind = ReportKind.OperationalPlan, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var section = (await templates.ResolveAsync(unit.MunicipalityId, kind, cancellationToken)).Find(key) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var tooLong = new ValidationErrors();
        if (FreeText.Refuse(tooLong, "Text", section.TitleFor(year), text))
        {
            throw new ValidationException(tooLong);
        }

        if (PersonalIdentityNumber.IsIn(text))
        {
            throw ValidationException.For("Text", string.Format(CultureInfo.CurrentCulture, Texts.Document_PersonalIdentityNumber, section.TitleFor(year)));
        }

        var plan = await db.OperationalPlans.FirstOrDefaultAsync(p => p.OrgUnitId == unitId && p.Year == year, cancellationToken);
        if (plan is null)
        {
            plan = new OperationalPlan { Id = Guid.NewGuid(), OrgUnitId = unitId, Year = year, Version = Guid.NewGuid() };
            db.OperationalPlans.Add(plan);
        }

        var stored = await db.PlanSectionTexts.FirstOrDefaultAsync(t => t.PlanId == plan.Id && t.SectionKey == key, cancellationToken);
        if (stored is not null)
        {
            db.Expect(stored, version);
        }

        stored ??= db.PlanSectionTexts.Add(new PlanSectionText { Id = Guid.NewGuid(), PlanId = plan.Id, OrgUnitId = unitId, SectionKey = key, Version = Guid.NewGuid() }).Entity;
        stored.Text = UserText.Normalise(text);
        stored.NeedsReview = false;
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>
    /// The plan as seed 001 lays it out: the sections before the goals, then the cascade from the council down to the
    /// unit's own goals with their texts, indicator tables and activity tables, then the sections after. A fixed number
    /// of queries whatever the size of the plan.
    /// </summary>
    public async Task<DocumentModel> ComposeAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var overview = await GetAsync(unitId, year, cancellationToken);
        var unit = overview.Unit;
        var owners = unit.AncestorIds().Append(unit.Id).ToList();
        var ownerUnits = (await orgUnits.ListAsync(owners, cancellationToken)).ToDictionary(u => u.Id);
        var planGoals = await goalQueries.CascadeAsync(unit, year, cancellationToken);
        var goalIds = planGoals.Select(g => g.Id).ToList();
        // The plan is the unit's: under goals above it, only the unit's own indicators.
        var links = await goalQueries.LinksAsync(goalIds, unitId, cancellationToken);
        var indicatorIds = links.Select(l => l.IndicatorId).Distinct().ToList();
        var indicators = (await indicatorService.ListAsync(indicatorIds, cancellationToken)).ToDictionary(i => i.Id);
        var activities = await goalQueries.ActivitiesAsync(goalIds, cancellationToken);
        var numbers = await goals.NumbersAsync(unit.MunicipalityId, year, cancellationToken);
        var byPerspective = (await municipalities.GetAsync(unit.MunicipalityId, cancellationToken)).SteerByPerspective;

        var blocks = new List<DocumentBlock>();
        AddSections(blocks, overview, SectionPlacement.BeforeGoals);
        blocks.Add(new HeadingBlock(1, Texts.Plan_GoalsChapter));
        var children = planGoals.OrderBy(g => numbers.GetValueOrDefault(g.Id), GoalNumberComparer.Instance).ThenBy(g => g.SortOrder).ToLookup(g => g.ParentId is { } p && goalIds.Contains(p) ? p : (Guid?)null);
        void Walk(Guid? parent)
        {
            foreach (var goal in children[parent])
            {
                // Where the municipality steers by perspective, each top goal opens its perspective's chapter.
                var top = parent is null;
                if (byPerspective && top && goal.Perspective is { } perspective)
                {
                    blocks.Add(new HeadingBlock(1, perspective));
                }

                blocks.Add(new HeadingBlock(Math.Min((int)goal.Level + 1 + (byPerspective ? 1 : 0), 5), goal.Title, numbers.GetValueOrDefault(goal.Id), GoalService.LevelName(goal.Level)));
                foreach (var text in GoalTexts.All)
                {
                    if (GoalTexts.Get(goal, text.Property) is { Length: > 0 } value)
                    {
                        blocks.Add(new HeadingBlock(6, text.Heading));
                        blocks.Add(new TextBlock(value));
                    }
                }

                var goalIndicators = links.Where(l => l.GoalId == goal.Id && indicators.ContainsKey(l.IndicatorId)).Select(l => indicators[l.IndicatorId])
                    .OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToList();
                if (goalIndicators.Count > 0)
                {
                    blocks.Add(new TableBlock(Texts.Plan_IndicatorsCaption, [Texts.Indicator_Name, Texts.Indicator_AnnualTarget, string.Format(CultureInfo.CurrentCulture, Texts.Plan_CouncilTargetYear, year), Texts.Indicator_Periodicity],
                        goalIndicators.Select(i => (IReadOnlyList<TableCell>)[i.Name, OutcomeDisplay.Target(i.AnnualTarget, i.AnnualTargetText, i), OutcomeDisplay.Target(i.CouncilTarget, i.CouncilTargetText, i), OutcomeDisplay.PeriodicityName(i.Periodicity)]).ToList()));
                }

                var goalActivities = activities[goal.Id].OrderBy(a => a.SortOrder).ToList();
                if (goalActivities.Count > 0)
                {
                    blocks.Add(new TableBlock(Texts.Plan_ActivitiesCaption, [Texts.Activity_Title, Texts.Activity_Start, Texts.Activity_End],
                        goalActivities.Select(a => (IReadOnlyList<TableCell>)[a.Title, a.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, a.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty]).ToList()));
                }

                Walk(goal.Id);
            }
        }

        Walk(null);
        if (planGoals.Count == 0)
        {
            blocks.Add(new NoteBlock(Texts.Plan_NoGoals));
        }

        AddSections(blocks, overview, SectionPlacement.AfterGoals);
        var chain = unit.AncestorIds().Select(id => ownerUnits[id]).ToList();
        var front = new List<FrontMatterItem>
        {
            new(Texts.Plan_Municipality, chain.FirstOrDefault()?.Name ?? unit.Name),
        };
        front.AddRange(chain.Skip(1).Select(u => new FrontMatterItem(OrgUnitService.KindName(u.Kind), u.Name)));
        front.Add(new FrontMatterItem(OrgUnitService.KindName(unit.Kind), unit.Name));
        return new DocumentModel(string.Format(CultureInfo.CurrentCulture, Texts.Plan_Title, year), front, blocks);
    }

    private static void AddSections(List<DocumentBlock> blocks, PlanOverview overview, SectionPlacement placement)
    {
        foreach (var section in overview.Template.Sections.Where(s => s.Placement == placement))
        {
            var text = overview.Texts.GetValueOrDefault(section.Key)?.Text;
            blocks.Add(new HeadingBlock(section.Level, section.TitleFor(overview.Year)));
            section.AddDocumentText(blocks, afterBlock: false);
            if (!string.IsNullOrWhiteSpace(text))
            {
                blocks.Add(new TextBlock(text));
            }

            section.AddDocumentText(blocks, afterBlock: true);
        }
    }

    private async Task<IReadOnlyDictionary<string, PlanSectionText>> TextsAsync(Guid unitId, int year, CancellationToken cancellationToken) =>
        await (from t in db.PlanSectionTexts.AsNoTracking()
               join p in db.OperationalPlans.AsNoTracking() on t.PlanId equals p.Id
               where p.OrgUnitId == unitId && p.Year == year
               select t).ToDictionaryAsync(t => t.SectionKey, cancellationToken);
}

/// <summary>One year's plan of a unit, with the years the unit has a plan for so a reader can find them.</summary>
public sealed record PlanOverview(OrgUnit Unit, int Year, PlanTemplate Template, IReadOnlyDictionary<string, PlanSectionText> Texts, bool CanEdit, IReadOnlyList<int> PlanYears);
