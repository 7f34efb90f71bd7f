using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;

namespace Verksam.Web.Features.Indicators;

/// <summary>Indicators' part of copying a plan to next year (ADR 6): added to the caller's unit of work, saved by it.</summary>
public sealed class IndicatorCopy(VerksamDbContext db)
{
    public Task<bool> HasYearAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        db.Indicators.AnyAsync(i => i.OrgUnitId == unitId && i.Year == year, cancellationToken);

    /// <summary>Adds a copy of each of the unit's indicators of <paramref name="year"/> to the next year, without outcomes and marked for review; returns old id → copy id.</summary>
    public async Task<Dictionary<Guid, Guid>> AddNextYearCopiesAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var next = year + 1;
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == unitId && i.Year == year).ToListAsync(cancellationToken);
        var indicatorMap = new Dictionary<Guid, Guid>();
        foreach (var indicator in indicators)
        {
            var copy = new Indicator
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unitId,
                Year = next,
                Name = indicator.Name,
                Description = indicator.Description,
                Unit = indicator.Unit,
                Decimals = indicator.Decimals,
                Periodicity = indicator.Periodicity,
                Measurement = indicator.Measurement,
                SurveyAnswers = indicator.SurveyAnswers.ToList(),
                Scale = indicator.Scale,
                Direction = indicator.Direction,
                IsAccumulated12Months = indicator.IsAccumulated12Months,
                AnnualTarget = indicator.AnnualTarget,
                AnnualTargetText = indicator.AnnualTargetText,
                CouncilTarget = indicator.CouncilTarget,
                CouncilTargetText = indicator.CouncilTargetText,
                SplitBySex = indicator.SplitBySex,
                ExternalKpiId = indicator.ExternalKpiId,
                SortOrder = indicator.SortOrder,
                IsDemo = indicator.IsDemo,
                CopiedFromId = indicator.Id,
                NeedsReview = true,
                Version = Guid.NewGuid(),
            };
            indicatorMap[indicator.Id] = copy.Id;
            db.Indicators.Add(copy);
        }

        return indicatorMap;
    }
}
