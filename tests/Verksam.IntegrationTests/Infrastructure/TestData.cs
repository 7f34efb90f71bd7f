using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.Web.Data;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Auditing;

namespace Verksam.IntegrationTests.Infrastructure;

/// <summary>Explicit builders for what a test needs, written straight to the database as the system.</summary>
public sealed class TestData(VerksamAppFactory factory)
{
    public const string Password = "ett-langt-testlosenord";

    private static int _goalOrder;

    public async Task<OrgUnit> CreateUnitAsync(string name, OrgUnitKind kind = OrgUnitKind.Municipality, OrgUnit? parent = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var unit = parent is null ? OrgUnit.CreateRoot(Guid.NewGuid(), name) : OrgUnit.CreateChild(Guid.NewGuid(), name, kind, parent);
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        return unit;
    }

    public async Task<VerksamUser> CreateUserAsync(string userName, bool isAdministrator = false, params (OrgUnit Unit, AccessLevel Level)[] grants)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VerksamUser>>();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var user = new VerksamUser { UserName = userName, DisplayName = "Testperson " + userName, IsAdministrator = isAdministrator, LockoutEnabled = true };
        var result = await users.CreateAsync(user, Password);
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Description)));
        foreach (var (unit, level) in grants)
        {
            db.AccessGrants.Add(AccessGrant.Create(user.Id, unit.Id, level, DateTime.UtcNow));
        }

        await db.SaveChangesAsync();
        return user;
    }

    public async Task<Indicator> CreateIndicatorAsync(OrgUnit unit, string name, string? scale, int year = 2023, MeasurementKind measurement = MeasurementKind.Value, string? answers = null, bool splitBySex = false, decimal? annualTarget = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var indicator = new Indicator
        {
            Id = Guid.NewGuid(),
            OrgUnitId = unit.Id,
            Year = year,
            Name = name,
            Measurement = measurement,
            Scale = scale is null ? null : ScaleParser.Parse(scale).Scale ?? throw new InvalidOperationException(scale),
            SurveyAnswers = IndicatorInput.ParseAnswers(answers),
            SplitBySex = splitBySex,
            AnnualTarget = annualTarget,
            Version = Guid.NewGuid(),
        };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator;
    }

    public async Task<Goal> CreateGoalAsync(OrgUnit owner, GoalLevel level, string title, Goal? parent = null, string? number = null, int year = 2023)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var goal = new Goal { Id = Guid.NewGuid(), OrgUnitId = owner.Id, Year = year, Level = level, ParentId = parent?.Id, Title = title, Number = number, SortOrder = Interlocked.Increment(ref _goalOrder) * 10, Version = Guid.NewGuid() };
        db.Goals.Add(goal);
        await db.SaveChangesAsync();
        return goal;
    }

    public async Task<Goal> FindGoalAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().Goals.AsNoTracking().SingleAsync(g => g.Id == id);
    }

    public async Task<List<Activity>> ActivitiesAsync(Guid goalId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().Activities.AsNoTracking().Where(a => a.GoalId == goalId).ToListAsync();
    }

    public async Task<List<Outcome>> OutcomesAsync(Guid indicatorId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        return await db.Outcomes.AsNoTracking().Where(o => o.IndicatorId == indicatorId).ToListAsync();
    }

    public async Task<int> OutcomeCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().Outcomes.CountAsync();
    }

    public async Task<Indicator> FindIndicatorAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().Indicators.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    public async Task<OrgUnit> FindUnitAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        return await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    public async Task<List<OrgUnit>> AllUnitsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        return await db.OrgUnits.AsNoTracking().ToListAsync();
    }

    public async Task<List<AuditEvent>> AuditEventsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        return await db.AuditEvents.AsNoTracking().OrderBy(e => e.OccurredAt).ToListAsync();
    }

    public async Task<int> AuditCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().AuditEvents.CountAsync();
    }
}
