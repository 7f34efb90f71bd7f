using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Operations;

/// <summary>
/// Two app instances on one database, each with a data folder of its own, as two servers behind a load balancer: the
/// key ring that signs the login cookie and the antiforgery tokens is the database's, so either instance answers.
/// </summary>
public abstract class SharedKeyRingTests(AppFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>A second instance of the app: its own host and memory, its own data folder, the same database.</summary>
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> SecondInstance(string folder) =>
        Factory.WithWebHostBuilder(b => b.UseSetting("Database:DataDirectory", folder));

    private static WebSession Session(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> instance, CookieContainer cookies) =>
        new(instance.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies)));

    [Fact]
    public async Task AUserLoggedInOnOneInstance_ContinuesOnTheOther_AndAFormOpenedOnOnePostsOnTheOther()
    {
        var unit = await Data.CreateUnitAsync("Myndighet LSS", OrgUnitKind.Unit, await Data.CreateUnitAsync("Äldre- och omsorgsförvaltningen", OrgUnitKind.Board, await Data.CreateUnitAsync("Tyresö kommun")));
        await Data.CreateUserAsync("ec.lss", grants: (unit, AccessLevel.Edit));
        var goal = await Data.CreateGoalAsync(unit, GoalLevel.Unit, "Brukarna är delaktiga", year: 2024);
        var folder = Path.Combine(Factory.Database.Directory, "instans-b");
        await using var second = SecondInstance(folder);
        var cookies = new CookieContainer();
        var onA = Session(Factory, cookies);
        var onB = Session(second, cookies);

        await onA.LoginAsync("ec.lss");
        var start = await onB.GetAsync("/");
        var form = await onA.GetAsync($"/mal/{goal.Id}/andra");
        var saved = await onB.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Brukarna är delaktiga i sin vardag" }, "main form", $"/mal/{goal.Id}/andra");

        start.Status.ShouldBe(HttpStatusCode.OK, "the login cookie made on A is read on B");
        start.Document.QuerySelector("h1")!.TextContent.ShouldBe("Att göra");
        saved.Status.ShouldBe(HttpStatusCode.Redirect, "the antiforgery token made on A is accepted on B");
        (await Data.FindGoalAsync(goal.Id)).Title.ShouldBe("Brukarna är delaktiga i sin vardag");
        Directory.Exists(Path.Combine(folder, "keys")).ShouldBeFalse("no instance keeps keys of its own in its folder");
    }

    [Fact]
    public async Task AnUpgradedInstallation_BringsTheKeysOfItsDataFolderIntoTheDatabase_SoTheCookiesOfBeforeStillHold()
    {
        await using var database = await TestDatabase.CreateAsync(Factory.Database.Provider);
        var legacy = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(database.Directory, "keys")), b => b.SetApplicationName("Verksam"));
        var before = legacy.CreateProtector("Verksam.Test").Protect("inloggad före uppgraderingen");

        await using var upgraded = new VerksamAppFactory(database);
        _ = upgraded.Server;
        await using var scope = upgraded.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().DataProtectionKeys.CountAsync();

        keys.ShouldBe(1, "the folder's one key, and no new one while it is valid");
        scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Verksam.Test").Unprotect(before).ShouldBe("inloggad före uppgraderingen");
    }
}

public sealed class SharedKeyRingTests_Sqlite(SqliteFixture fixture) : SharedKeyRingTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SharedKeyRingTests_PostgreSql(PostgresFixture fixture) : SharedKeyRingTests(fixture), IClassFixture<PostgresFixture>;
