using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// Quartz.NET's persistent job store (ADR 12) in Verksam's own database, so scheduled work survives a restart and, on
/// PostgreSQL, two instances never run one job twice. The tables are Quartz's, laid out as its table scripts for
/// SQLite and PostgreSQL lay them out (version 4); the model knows nothing of them. Additive.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261202020100_JobStore")]
public sealed class JobStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        foreach (var statement in postgres ? JobStoreTables.Postgres : JobStoreTables.Sqlite)
        {
            migrationBuilder.Sql(statement);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in JobStoreTables.Names)
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {table}");
        }
    }
}
