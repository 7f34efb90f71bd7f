using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Processes;

/// <summary>The unit's processes, which its risks, egenkontroller and quality indicators are grouped by, and each process's quality indicators per year.</summary>
public sealed class ProcessService(VerksamDbContext db, AccessService access, IndicatorQueries indicatorQueries, TimeProvider time)
{
    public async Task<ProcessList> ListAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        return new ProcessList(unit, await OfUnitAsync(unitId, cancellationToken), canEdit);
    }

    /// <summary>The unit's processes in their order, for the features that group by them; the caller has checked access.</summary>
    public async Task<IReadOnlyList<QualityProcess>> OfUnitAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        await db.QualityProcesses.AsNoTracking().Where(p => p.OrgUnitId == unitId).OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);

    public Task<bool> BelongsToAsync(Guid unitId, Guid processId, CancellationToken cancellationToken = default) =>
        db.QualityProcesses.AnyAsync(p => p.Id == processId && p.OrgUnitId == unitId, cancellationToken);

    /// <summary>A process with the unit's indicators of the year to choose from, and those the quality plan shows under it.</summary>
    /// <remarks>Without a year: this year, or the latest year before it that the unit has indicators for.</remarks>
    public async Task<ProcessIndicators> ProcessIndicatorsAsync(Guid unitId, Guid processId, int? year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var process = await db.QualityProcesses.AsNoTracking().FirstOrDefaultAsync(p => p.Id == processId && p.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        year ??= await IndicatorYearAsync(unitId, cancellationToken);
        var indicators = await indicatorQueries.OfYearAsync(unitId, year.Value, cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var linked = await db.ProcessIndicators.AsNoTracking().Where(l => l.ProcessId == processId && ids.Contains(l.IndicatorId)).Select(l => l.IndicatorId).ToListAsync(cancellationToken);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        return new ProcessIndicators(unit, process, year.Value, indicators, linked.ToHashSet(), Stamp(linked), canEdit);
    }

    /// <summary>
    /// Sets which of the unit's indicators of the year the quality plan shows under the process, in the indicators'
    /// order. Other years' links stay. <paramref name="stamp"/> is the one the form was opened with.
    /// </summary>
    public async Task SetProcessIndicatorsAsync(Guid unitId, Guid processId, int year, IReadOnlyCollection<Guid> chosen, string? stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        if (!await db.QualityProcesses.AnyAsync(p => p.Id == processId && p.OrgUnitId == unitId, cancellationToken))
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        var indicators = (await indicatorQueries.OfYearAsync(unitId, year, cancellationToken)).Select(i => i.Id).ToList();
        if (chosen.Any(id => !indicators.Contains(id)))
        {
            throw ValidationException.For(string.Empty, Texts.Process_Indicators_Unknown);
        }

        var links = await db.ProcessIndicators.Where(l => l.ProcessId == processId && indicators.Contains(l.IndicatorId)).ToListAsync(cancellationToken);
        if (stamp != Stamp(links.Select(l => l.IndicatorId)))
        {
            throw new StaleVersionException(Texts.Concurrency_Stale);
        }

        db.ProcessIndicators.RemoveRange(links.Where(l => !chosen.Contains(l.IndicatorId)));
        for (var i = 0; i < indicators.Count; i++)
        {
            if (!chosen.Contains(indicators[i]))
            {
                continue;
            }

            var link = links.FirstOrDefault(l => l.IndicatorId == indicators[i]);
            if (link is null)
            {
                db.ProcessIndicators.Add(new ProcessIndicator { ProcessId = processId, IndicatorId = indicators[i], OrgUnitId = unitId, SortOrder = (i + 1) * 10 });
            }
            else
            {
                link.SortOrder = (i + 1) * 10;
            }
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>This year, or the latest year before it that the unit has indicators for.</summary>
    public async Task<int> IndicatorYearAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        var thisYear = time.GetLocalNow().Year;
        return await indicatorQueries.LatestYearUpToAsync(unitId, thisYear, cancellationToken) ?? thisYear;
    }

    private static string Stamp(IEnumerable<Guid> indicatorIds) => SetStamp.Of(indicatorIds.Select(id => id.ToString("N")));

    public async Task<QualityProcess> SaveProcessAsync(Guid unitId, Guid? processId, string? name, Guid? version, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var process = processId is { } id
            ? await db.QualityProcesses.FirstOrDefaultAsync(p => p.Id == id && p.OrgUnitId == unitId, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound)
            : null;
        var text = UserText.Normalise(name);
        if (text is null)
        {
            throw ValidationException.For("Name", Texts.Process_Name_Required);
        }

        if (text.Length > QualityProcess.NameMaxLength)
        {
            throw ValidationException.For("Name", string.Format(CultureInfo.CurrentCulture, Texts.Process_Name_TooLong, QualityProcess.NameMaxLength));
        }

        var errors = new ValidationErrors();
        if (PersonalIdentityNumber.Refuse(errors, "Name", Texts.Process_Name, text))
        {
            throw new ValidationException(errors);
        }

        if (process is null)
        {
            var last = await db.QualityProcesses.Where(p => p.OrgUnitId == unitId).MaxAsync(p => (int?)p.SortOrder, cancellationToken) ?? 0;
            process = db.QualityProcesses.Add(new QualityProcess { Id = Guid.NewGuid(), OrgUnitId = unitId, SortOrder = last + 10, Version = Guid.NewGuid() }).Entity;
        }
        else
        {
            db.Expect(process, version);
        }

        process.Name = text;
        await db.SaveOrRefuseAsync(cancellationToken);
        return process;
    }

    /// <summary>Every process's chosen quality indicators of the unit, in order, for the quality plan; the caller has checked access.</summary>
    /// <summary>
    /// Copying a plan to next year (ADR 6): next year's copies of the indicators stand under the processes this year's
    /// stand under, so next year's kvalitetsplan keeps its quality indicators. Added to the caller's unit of work.
    /// </summary>
    public async Task AddNextYearLinksAsync(Guid unitId, IReadOnlyDictionary<Guid, Guid> indicatorMap, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indicatorMap);
        var links = await db.ProcessIndicators.AsNoTracking().Where(l => l.OrgUnitId == unitId).ToListAsync(cancellationToken);
        foreach (var link in links.Where(l => indicatorMap.ContainsKey(l.IndicatorId)))
        {
            db.ProcessIndicators.Add(new ProcessIndicator { ProcessId = link.ProcessId, IndicatorId = indicatorMap[link.IndicatorId], OrgUnitId = unitId, SortOrder = link.SortOrder });
        }
    }

    public async Task<IReadOnlyList<ProcessIndicator>> IndicatorLinksAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        await db.ProcessIndicators.AsNoTracking().Where(l => l.OrgUnitId == unitId).OrderBy(l => l.SortOrder).ToListAsync(cancellationToken);
}

public sealed record ProcessList(OrgUnit Unit, IReadOnlyList<QualityProcess> Processes, bool CanEdit);

/// <summary>A process's quality indicators for a year: the unit's indicators and which of them are linked.</summary>
public sealed record ProcessIndicators(OrgUnit Unit, QualityProcess Process, int Year, IReadOnlyList<Indicators.Indicator> Indicators, IReadOnlySet<Guid> Linked, string Stamp, bool CanEdit);
