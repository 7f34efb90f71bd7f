using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Operations.Demo;

/// <summary>
/// The demo modelled on the seeds: the organisations behind the five reference documents, with users named by role.
/// Fixed ids so that later features and browser tests can find the same units.
/// </summary>
public sealed class DemoData(VerksamDbContext db, UserManager<VerksamUser> users, Features.FollowUp.ReportFiguresBuilder reports, Shared.Security.CurrentUser actor, TimeProvider time)
{
    /// <summary>Every demo account has this password; the README lists the accounts.</summary>
    public const string Password = "Verksam-demo-2026";

    /// <summary>The first month the demo's units owe follow-up reports for.</summary>
    public static readonly DateOnly ReportsFrom = new(2023, 1, 1);

    public static readonly Guid Tyreso = new("7a1e0000-0000-4000-8000-000000000001");
    public static readonly Guid AldreOchOmsorgsforvaltningen = new("7a1e0000-0000-4000-8000-000000000002");
    public static readonly Guid MyndighetLss = new("7a1e0000-0000-4000-8000-000000000003");
    public static readonly Guid Stockholm = new("57c00000-0000-4000-8000-000000000001");
    public static readonly Guid Skarpnack = new("57c00000-0000-4000-8000-000000000002");
    public static readonly Guid SkarpnackAldreomsorg = new("57c00000-0000-4000-8000-000000000003");
    public static readonly Guid SkarpnackHemtjanst = new("57c00000-0000-4000-8000-000000000004");
    public static readonly Guid HagerstenAlvsjo = new("57c00000-0000-4000-8000-000000000005");
    public static readonly Guid Bestallarenheten = new("57c00000-0000-4000-8000-000000000006");
    public static readonly Guid Huddinge = new("40dd0000-0000-4000-8000-000000000001");
    public static readonly Guid Socialnamnden = new("40dd0000-0000-4000-8000-000000000002");
    public static readonly Guid IfoVuxna = new("40dd0000-0000-4000-8000-000000000003");

    public static IReadOnlyList<DemoUnit> Units { get; } =
    [
        new(Tyreso, null, "Tyresö kommun", OrgUnitKind.Municipality),
        new(AldreOchOmsorgsforvaltningen, Tyreso, "Äldre- och omsorgsförvaltningen", OrgUnitKind.Board),
        new(MyndighetLss, AldreOchOmsorgsforvaltningen, "Myndighet LSS", OrgUnitKind.Unit),
        new(Stockholm, null, "Stockholms stad", OrgUnitKind.Municipality),
        new(Skarpnack, Stockholm, "Skarpnäcks stadsdelsnämnd", OrgUnitKind.Board),
        new(SkarpnackAldreomsorg, Skarpnack, "Avdelning äldreomsorg", OrgUnitKind.Department),
        new(SkarpnackHemtjanst, SkarpnackAldreomsorg, "Skarpnäcks kommunala hemtjänst", OrgUnitKind.Unit),
        new(HagerstenAlvsjo, Stockholm, "Hägersten-Älvsjö stadsdelsnämnd", OrgUnitKind.Board),
        new(Bestallarenheten, HagerstenAlvsjo, "Beställarenheten för funktionsnedsättning", OrgUnitKind.Unit),
        new(Huddinge, null, "Huddinge kommun", OrgUnitKind.Municipality),
        new(Socialnamnden, Huddinge, "Socialnämnden", OrgUnitKind.Board),
        new(IfoVuxna, Socialnamnden, "Individ- och familjeomsorg vuxna", OrgUnitKind.Unit),
    ];

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("administrator", "Administratör", true, null, null),
        new("enhetschef.lss", "Enhetschef Myndighet LSS", false, MyndighetLss, AccessLevel.Edit),
        new("enhetschef.hemtjanst", "Enhetschef Skarpnäcks kommunala hemtjänst", false, SkarpnackHemtjanst, AccessLevel.Edit),
        new("enhetschef.bestallarenheten", "Enhetschef Beställarenheten för funktionsnedsättning", false, Bestallarenheten, AccessLevel.Edit),
        new("enhetschef.ifo", "Enhetschef Individ- och familjeomsorg vuxna", false, IfoVuxna, AccessLevel.Edit),
        new("godkannare.tyreso", "Förvaltningschef Äldre- och omsorgsförvaltningen", false, AldreOchOmsorgsforvaltningen, AccessLevel.Approve),
        new("godkannare.skarpnack", "Stadsdelsdirektör Skarpnäck", false, Skarpnack, AccessLevel.Approve),
        new("godkannare.hagersten", "Stadsdelsdirektör Hägersten-Älvsjö", false, HagerstenAlvsjo, AccessLevel.Approve),
        new("godkannare.huddinge", "Socialchef Huddinge", false, Socialnamnden, AccessLevel.Approve),
        new("lasare", "Läsare Stockholms stad", false, Stockholm, AccessLevel.Read),
        new("namndledamot.tyreso", "Ledamot i äldre- och omsorgsnämnden", false, AldreOchOmsorgsforvaltningen, AccessLevel.BoardMember),
        new("kvalitet.hagersten", "Kvalitetsutvecklare Hägersten-Älvsjö", false, HagerstenAlvsjo, AccessLevel.Read, IncludesRegister: true),
    ];

    /// <summary>Loads the demo into a database that has no units yet; returns whether it did.</summary>
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.OrgUnits.AnyAsync(cancellationToken))
        {
            return false;
        }

        // The change log names the demo's own events as what they are, not as something "Systemet" did.
        actor.ActAsSystem(Resources.Texts.Audit_Actor_Demo);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var created = new Dictionary<Guid, OrgUnit>();
            foreach (var u in Units)
            {
                var unit = u.ParentId is null
                    ? OrgUnit.CreateRoot(u.Id, u.Name)
                    : OrgUnit.CreateChild(u.Id, u.Name, u.Kind, created[u.ParentId.Value]);
                // The demo's reports start in 2023, the year of the oldest seed; the units owe reports from then.
                unit.ReportFrom(ReportsFrom);
                created[u.Id] = unit;
                db.OrgUnits.Add(unit);
            }

            // Stockholm follows up by tertial and in the verksamhetsberättelse (seeds 001 and 003), not monthly.
            db.MunicipalitySettings.Add(new MunicipalitySettings { OrgUnitId = Stockholm, UsesMonthlyReports = false, Version = Guid.NewGuid() });
            await db.SaveChangesAsync(ct);
            foreach (var u in Users)
            {
                // Each demo account has an address on the reserved .example domain, so that its notifications are written as mail.
                var user = new VerksamUser { UserName = u.UserName, DisplayName = u.DisplayName, IsAdministrator = u.IsAdministrator, LockoutEnabled = true, Email = $"{u.UserName}@verksam.example" };
                var result = await users.CreateAsync(user, Password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
                }

                if (u.GrantOn is { } unitId)
                {
                    db.AccessGrants.Add(AccessGrant.Create(user.Id, unitId, u.Level!.Value, time.GetUtcNow().UtcDateTime, u.IncludesRegister));
                }
            }

            var lssIndicators = DemoIndicators.Add(db, MyndighetLss);
            DemoGoals.Add(db, Tyreso, AldreOchOmsorgsforvaltningen, MyndighetLss, lssIndicators);
            DemoPlan.Add(db, Stockholm, Skarpnack, SkarpnackAldreomsorg, SkarpnackHemtjanst);
            await db.SaveChangesAsync(ct);
            await DemoQuality.AddAsync(db, AldreOchOmsorgsforvaltningen, MyndighetLss, Huddinge, IfoVuxna, ct);
            DemoRegister.Add(db);
            await db.SaveChangesAsync(ct);
            await DemoFollowUp.AddAsync(db, reports, ct);
            await db.SaveChangesAsync(ct);
            await DemoAnnualReport.AddAsync(db, reports, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return true;
    }
}

public sealed record DemoUnit(Guid Id, Guid? ParentId, string Name, OrgUnitKind Kind);

public sealed record DemoUser(string UserName, string DisplayName, bool IsAdministrator, Guid? GrantOn, AccessLevel? Level, bool IncludesRegister = false);
