using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Validation;

namespace Verksam.IntegrationTests.Shared;

/// <summary>The one refusal of a save that would overwrite or collide with someone else's, on each database's own errors.</summary>
public abstract class VersionedSaveTests(AppFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task TwoFirstSavesOfTheSameRow_TheLaterIsRefusedWithTheStaleMessage_AndTheFirstIsKept()
    {
        var municipality = await Data.CreateUnitAsync("Kommunen");
        await using var first = Factory.Services.CreateAsyncScope();
        await using var second = Factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<VerksamDbContext>();

        // Both opened the page when the municipality had no settings; both create them.
        firstDb.MunicipalitySettings.Add(new MunicipalitySettings { OrgUnitId = municipality.Id, RollUpRule = RollUpRule.ShareGreen, Version = Guid.NewGuid() });
        secondDb.MunicipalitySettings.Add(new MunicipalitySettings { OrgUnitId = municipality.Id, RollUpRule = RollUpRule.Weighted, Version = Guid.NewGuid() });
        await firstDb.SaveOrRefuseAsync(CancellationToken.None);
        var refused = await Should.ThrowAsync<StaleVersionException>(() => secondDb.SaveOrRefuseAsync(CancellationToken.None));

        refused.Message.ShouldStartWith("Någon annan har sparat");
        (await WithDbAsync(db => Task.FromResult(db.MunicipalitySettings.Single(s => s.OrgUnitId == municipality.Id).RollUpRule))).ShouldBe(RollUpRule.ShareGreen);
    }

    [Fact]
    public async Task ASaveBreakingAnotherRule_IsNotMistakenForSomeoneElsesSave()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();

        // No such municipality: a foreign key, not a second save, stops it, and that is not a "someone else saved" refusal.
        db.MunicipalitySettings.Add(new MunicipalitySettings { OrgUnitId = Guid.NewGuid(), Version = Guid.NewGuid() });

        var failed = await Should.ThrowAsync<Exception>(() => db.SaveOrRefuseAsync(CancellationToken.None));
        failed.ShouldNotBeOfType<StaleVersionException>();
    }
}

public sealed class VersionedSaveTests_Sqlite(SqliteFixture fixture) : VersionedSaveTests(fixture), IClassFixture<SqliteFixture>;

public sealed class VersionedSaveTests_PostgreSql(PostgresFixture fixture) : VersionedSaveTests(fixture), IClassFixture<PostgresFixture>;
