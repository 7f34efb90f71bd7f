using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verksam.Web.Data;

namespace Verksam.Web.Shared.Health;

/// <summary>Healthy when the database answers and every migration has been applied.</summary>
public sealed class DatabaseHealthCheck(VerksamDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Databasen svarar inte.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count();
            var data = new Dictionary<string, object> { ["provider"] = db.Database.ProviderName ?? string.Empty, ["appliedMigrations"] = applied, ["pendingMigrations"] = pending.Count };
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Databasen svarar och alla migreringar är körda.", data)
                : HealthCheckResult.Unhealthy($"{pending.Count} migreringar är inte körda.", data: data);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Databasen kunde inte nås.", ex);
        }
    }

    /// <summary>
    /// Anyone (a load balancer, a monitor) reads the status; only a signed-in administrator sees each check with the
    /// provider and the migrations, which tell an outsider what to aim at.
    /// </summary>
    public static async Task WriteResponseAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var administrator = context.User.Identity?.IsAuthenticated == true
            && await context.RequestServices.GetRequiredService<Security.IAdministratorCheck>().IsAdministratorAsync(context.RequestAborted);
        object body = administrator
            ? new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
            }
            : new { status = report.Status.ToString() };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
