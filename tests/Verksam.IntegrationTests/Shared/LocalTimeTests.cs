using Microsoft.EntityFrameworkCore;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Operations.Demo;
using Verksam.Web.Shared.Auditing;

namespace Verksam.IntegrationTests.Shared;

/// <summary>One instant reads the same Stockholm time on the audit log, a risk's score history and a report's events.</summary>
public abstract class LocalTimeTests(AppFixture fixture) : IntegrationTest(fixture)
{
    // 12:34 UTC on a summer day is 14:34 in Stockholm (CEST), whatever time zone the server runs in.
    private static readonly DateTime Instant = new(2024, 6, 15, 12, 34, 56, DateTimeKind.Utc);
    private const string Stockholm = "2024-06-15 14:34";
    private const string Who = "Tidstestaren";

    [Fact]
    public async Task OneInstant_ShowsTheSameStockholmTime_OnTheAuditLogTheRiskHistoryAndTheReportsEvents()
    {
        var admin = await DemoAsync("administrator");
        var unit = DemoData.MyndighetLss;
        var riskId = await WithDbAsync(async db =>
        {
            var report = await db.FollowUpReports.FirstAsync(r => r.OrgUnitId == unit && r.Year == 2023 && r.StartMonth == 9 && r.EndMonth == 9);
            var score = await db.RiskScores.OrderBy(s => s.ChangedAt).FirstAsync(s => s.OrgUnitId == unit);
            score.ChangedAt = Instant;
            score.ChangedBy = Who;
            db.AuditEvents.Add(new AuditEvent
            {
                Id = Guid.NewGuid(),
                OccurredAt = Instant,
                ActorName = Who,
                Action = AuditAction.Updated,
                EntityType = nameof(FollowUpReport),
                EntityId = report.Id.ToString(),
                OrgUnitId = unit,
            });
            await db.SaveChangesAsync();
            return score.RiskId;
        });

        // The log shows its latest events first; the demo's own are newer, so it is read from just after the instant.
        var log = await admin.GetAsync($"/organisation/{unit}/logg?fore=2024-06-15T12:35:00Z");
        var risk = await admin.GetAsync($"/organisation/{unit}/risk/{riskId}");
        var report = await admin.GetAsync($"/organisation/{unit}/uppfoljning/2023-09");

        foreach (var (page, name) in new[] { (log, "audit log"), (risk, "risk history"), (report, "report events") })
        {
            var row = page.Document.QuerySelectorAll("tr").FirstOrDefault(tr => tr.TextContent.Contains(Who, StringComparison.Ordinal)).ShouldNotBeNull(name);
            var time = row.QuerySelector("time").ShouldNotBeNull(name);
            time.TextContent.Trim().ShouldStartWith(Stockholm, customMessage: name);
            DateTime.Parse(time.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal)
                .ShouldBe(Instant, name);
        }
    }
}

public sealed class LocalTimeTests_Sqlite(SqliteFixture fixture) : LocalTimeTests(fixture), IClassFixture<SqliteFixture>;

public sealed class LocalTimeTests_PostgreSql(PostgresFixture fixture) : LocalTimeTests(fixture), IClassFixture<PostgresFixture>;
