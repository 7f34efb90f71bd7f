using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Operations.Demo;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Operations.Commands;

/// <summary>The administrator's command line, in the same build as the web app: <c>dotnet run --project src/Verksam.Web -- migrate</c>.</summary>
public static class AdminCommands
{
    private static readonly string[] Names = ["migrate", "create-admin", "load-demo", "backup", "import-outcomes"];

    public static bool IsAdminCommand(string[] args) => args.Length > 0 && (Names.Contains(args[0]) || args[0] is "--help" or "-h" or "help");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = new RootCommand(Texts.Cli_Description);

        var migrate = new Command("migrate", Texts.Cli_Migrate);
        migrate.SetAction(async (_, ct) => await WithScopeAsync(app, async sp =>
        {
            await DatabaseSetup.MigrateAsync(sp.GetRequiredService<VerksamDbContext>(), ct);
            await Console.Out.WriteLineAsync(Texts.Cli_Migrate_Done);
            return 0;
        }));

        var userName = new Option<string>("--username") { Description = Texts.Cli_CreateAdmin_UserName, Required = true };
        var displayName = new Option<string>("--name") { Description = Texts.Cli_CreateAdmin_Name, Required = true };
        var createAdmin = new Command("create-admin", Texts.Cli_CreateAdmin) { userName, displayName };
        createAdmin.SetAction(async (parse, ct) => await WithScopeAsync(app, async sp =>
        {
            // The password never goes on the command line, where other users of the machine could read it.
            var password = Environment.GetEnvironmentVariable("VERKSAM_ADMIN_PASSWORD") ?? await Console.In.ReadLineAsync(ct);
            await DatabaseSetup.MigrateAsync(sp.GetRequiredService<VerksamDbContext>(), ct);
            try
            {
                await sp.GetRequiredService<UserAdminService>().CreateAsync(parse.GetValue(userName), parse.GetValue(displayName), password, true, ct);
            }
            catch (ValidationException ex)
            {
                foreach (var error in ex.Errors)
                {
                    await Console.Error.WriteLineAsync(error.Message);
                }

                return 1;
            }

            await Console.Out.WriteLineAsync(string.Format(CultureInfo.CurrentCulture, Texts.Cli_CreateAdmin_Done, parse.GetValue(userName)));
            return 0;
        }));

        var loadDemo = new Command("load-demo", Texts.Cli_LoadDemo);
        loadDemo.SetAction(async (_, ct) => await WithScopeAsync(app, async sp =>
        {
            if (app.Environment.IsProduction())
            {
                await Console.Error.WriteLineAsync(Texts.Cli_LoadDemo_Production);
                return 1;
            }

            await DatabaseSetup.MigrateAsync(sp.GetRequiredService<VerksamDbContext>(), ct);
            var loaded = await sp.GetRequiredService<DemoData>().LoadIfEmptyAsync(ct);
            await Console.Out.WriteLineAsync(loaded ? Texts.Cli_LoadDemo_Done : Texts.Cli_LoadDemo_NotEmpty);
            return loaded ? 0 : 1;
        }));

        var to = new Option<FileInfo>("--to") { Description = Texts.Cli_Backup_To, Required = true };
        var backup = new Command("backup", Texts.Cli_Backup) { to };
        backup.SetAction(async (parse, ct) => await WithScopeAsync(app, async sp =>
        {
            var options = sp.GetRequiredService<DatabaseOptions>();
            if (options.Provider != DatabaseProvider.Sqlite)
            {
                await Console.Error.WriteLineAsync(Texts.Cli_Backup_NotSqlite);
                return 1;
            }

            var target = parse.GetValue(to)!;
            if (target.Exists)
            {
                await Console.Error.WriteLineAsync(string.Format(CultureInfo.CurrentCulture, Texts.Cli_Backup_Exists, target.FullName));
                return 1;
            }

            await BackupSqliteAsync(sp.GetRequiredService<VerksamDbContext>(), target.FullName, ct);
            await Console.Out.WriteLineAsync(string.Format(CultureInfo.CurrentCulture, Texts.Cli_Backup_Done, target.FullName));
            return 0;
        }));

        var file = new Option<FileInfo>("--file") { Description = Texts.Cli_Import_File, Required = true };
        var unitOption = new Option<Guid?>("--unit") { Description = Texts.Cli_Import_Unit };
        var importOutcomes = new Command("import-outcomes", Texts.Cli_Import) { file, unitOption };
        importOutcomes.SetAction(async (parse, ct) => await WithScopeAsync(app, async sp =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync(string.Format(CultureInfo.CurrentCulture, Texts.Cli_Import_Missing, path.FullName));
                return 1;
            }

            sp.GetRequiredService<AccessService>().UseSystemAccess();
            await using var stream = path.OpenRead();
            var format = path.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? Features.Indicators.OutcomeFileFormat.Xlsx : Features.Indicators.OutcomeFileFormat.Csv;
            var result = await sp.GetRequiredService<Features.Indicators.OutcomeImportService>().ImportAsync(stream, format, parse.GetValue(unitOption), ct);
            foreach (var problem in result.Problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString());
            }

            await (result.Succeeded ? Console.Out : Console.Error).WriteLineAsync(result.Succeeded
                ? string.Format(CultureInfo.CurrentCulture, Texts.Import_Done, result.Created, result.Updated, result.Unchanged)
                : string.Format(CultureInfo.CurrentCulture, Texts.Import_Failed, result.Problems.Count));
            return result.Succeeded ? 0 : 1;
        }));

        root.Subcommands.Add(migrate);
        root.Subcommands.Add(importOutcomes);
        root.Subcommands.Add(createAdmin);
        root.Subcommands.Add(loadDemo);
        root.Subcommands.Add(backup);
        return await root.Parse(args).InvokeAsync();
    }

    /// <summary>
    /// VACUUM INTO writes a consistent copy from one read transaction, so the app may go on writing meanwhile (WAL).
    /// </summary>
    public static async Task BackupSqliteAsync(VerksamDbContext db, string targetPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetPath))!);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", targetPath);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> WithScopeAsync(WebApplication app, Func<IServiceProvider, Task<int>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
