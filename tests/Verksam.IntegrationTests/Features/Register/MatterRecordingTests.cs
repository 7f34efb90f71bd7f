using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Register;
using Verksam.Web.Operations.Demo;
using Verksam.Web.Shared.Auditing;

namespace Verksam.IntegrationTests.Features.Register;

/// <summary>
/// Recording matters as people do it: many at once on one unit, a double click, a replayed POST, and on two app
/// instances over one database, so nothing may rest on the memory of one process.
/// </summary>
public abstract class MatterRecordingTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private const string ReceivedOn = "2025-03-10";

    [Fact]
    public async Task FiftyMattersRecordedAtOnceOnOneUnit_AreAllStored_WithTheNumbers1To50()
    {
        var unit = await RegisterUnitAsync();
        await using var second = Factory.WithWebHostBuilder(_ => { });
        var (first, other) = await TwoInstancesAsync(second);
        var url = RecordUrl(unit.Id);
        var forms = new List<WebSession.PageResult>();
        for (var i = 0; i < 50; i++)
        {
            forms.Add(await (i % 2 == 0 ? first : other).GetAsync(url));
        }

        // All 50 at once, half on each instance.
        var responses = await Task.WhenAll(forms.Select((form, i) => Task.Run(() =>
            (i % 2 == 0 ? other : first).SubmitAsync(form, Complaint($"Ärende {i} registrerat samtidigt med andra."), "main form", url))));

        responses.Select(r => r.Status).ShouldAllBe(s => s == HttpStatusCode.Redirect);
        responses.Select(r => r.Location).Distinct().Count().ShouldBe(50);
        var stored = await WithDbAsync(db => db.Matters.AsNoTracking().Where(m => m.OrgUnitId == unit.Id).ToListAsync());
        stored.Count.ShouldBe(50);
        stored.Select(m => m.Number).Order().ShouldBe(Enumerable.Range(1, 50));
        stored.ShouldAllBe(m => m.NumberYear == 2025);
        stored.Select(m => m.Description).Distinct().Count().ShouldBe(50);
    }

    [Fact]
    public async Task OnePostSentThreeTimes_OnTwoInstances_RecordsOneMatter_AndEveryReplayLandsOnIt()
    {
        var unit = await RegisterUnitAsync();
        await using var second = Factory.WithWebHostBuilder(_ => { });
        var (first, other) = await TwoInstancesAsync(second);
        var url = RecordUrl(unit.Id);
        var form = await first.GetAsync(url);
        var fields = Complaint("Brukaren fick vänta på svar i tre veckor.");

        var sent = await first.SubmitAsync(form, fields, "main form", url);
        var replayed = await other.SubmitAsync(form, fields, "main form", url);
        var again = await first.SubmitAsync(form, fields, "main form", url);

        sent.Status.ShouldBe(HttpStatusCode.Redirect);
        var id = await WithDbAsync(db => db.Matters.Where(m => m.OrgUnitId == unit.Id).Select(m => m.Id).SingleAsync());
        sent.Location.ShouldBe($"/organisation/{unit.Id}/arenden/{id}");
        (replayed.Status, replayed.Location).ShouldBe((HttpStatusCode.Redirect, sent.Location));
        (again.Status, again.Location).ShouldBe((HttpStatusCode.Redirect, sent.Location));
        (await first.GetAsync(sent.Location!)).Status.ShouldBe(HttpStatusCode.OK);
        (await WithDbAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == "Matter" && e.Action == AuditAction.Created))).ShouldBe(1);
    }

    [Fact]
    public async Task ADoubleClick_ThreeIdenticalPostsAtOnce_RecordsOneMatter()
    {
        var unit = await RegisterUnitAsync();
        await using var second = Factory.WithWebHostBuilder(_ => { });
        var (first, other) = await TwoInstancesAsync(second);
        var url = RecordUrl(unit.Id);
        var form = await first.GetAsync(url);
        var fields = Complaint("Brukaren fick inget svar på sitt brev.");

        var responses = await Task.WhenAll(new[] { first, other, first }.Select(s => Task.Run(() => s.SubmitAsync(form, fields, "main form", url))));

        responses.Select(r => r.Status).ShouldAllBe(s => s == HttpStatusCode.Redirect);
        responses.Select(r => r.Location).Distinct().ShouldHaveSingleItem();
        (await WithDbAsync(db => db.Matters.CountAsync(m => m.OrgUnitId == unit.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task AFormSentAgainWithOtherText_IsRefusedWithItsTextKept_AndSendingItOnceMoreRecordsASecondMatter()
    {
        var unit = await RegisterUnitAsync();
        var session = await LoginAsync("registrator");
        var url = RecordUrl(unit.Id);
        var form = await session.GetAsync(url);
        var firstMatter = await session.SubmitAsync(form, Complaint("Brukaren fick fel tid."), "main form", url);
        firstMatter.Status.ShouldBe(HttpStatusCode.Redirect);

        // Back in the browser to the same form, another matter typed in it.
        var refused = await session.SubmitAsync(form, Complaint("Anhörig fick inte tala med handläggaren."), "main form", url);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Formuläret har redan registrerat ärende 2025-001. Det du skrev nu är inte sparat. Välj Registrera igen för att registrera det som ett nytt ärende."]);
        refused.Document.QuerySelector("#Input_Description")!.TextContent.ShouldBe("Anhörig fick inte tala med handläggaren.");
        (await WithDbAsync(db => db.Matters.CountAsync(m => m.OrgUnitId == unit.Id))).ShouldBe(1);

        var recorded = await session.SubmitAsync(refused, Complaint("Anhörig fick inte tala med handläggaren."), "main form", url);

        recorded.Status.ShouldBe(HttpStatusCode.Redirect);
        recorded.Location.ShouldNotBe(firstMatter.Location);
        var stored = await WithDbAsync(db => db.Matters.AsNoTracking().Where(m => m.OrgUnitId == unit.Id).OrderBy(m => m.Number).Select(m => new { m.Number, m.Description }).ToListAsync());
        stored.Select(m => (m.Number, m.Description)).ShouldBe([(1, "Brukaren fick fel tid."), (2, "Anhörig fick inte tala med handläggaren.")]);
    }

    [Fact]
    public async Task AStaleChangeOfWhatWasRecorded_IsRefusedInSwedish_AndTheTextIsKept()
    {
        var unit = await RegisterUnitAsync();
        var first = await LoginAsync("registrator");
        var second = await LoginAsync("registrator");
        var recorded = await first.SubmitAsync(RecordUrl(unit.Id), Complaint("Brukaren fick fel tid för mötet."));
        var edit = RecordUrl(unit.Id) + "/" + recorded.Location!.Split('/').Last();
        var secondsForm = await second.GetAsync(edit);

        (await first.SubmitAsync(edit, Complaint("Brukaren fick fel tid för mötet i mars."))).Status.ShouldBe(HttpStatusCode.Redirect);
        var refused = await second.SubmitAsync(secondsForm, Complaint("Brukaren fick fel tid för mötet i april."), "main form", edit);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Någon annan har sparat en ändring medan du arbetade. Din ändring är inte sparad. Kontrollera det som är sparat nu och spara igen."]);
        refused.Document.QuerySelector("#Input_Description")!.TextContent.ShouldBe("Brukaren fick fel tid för mötet i april.");
        (await WithDbAsync(db => db.Matters.Where(m => m.OrgUnitId == unit.Id).Select(m => m.Description).SingleAsync())).ShouldBe("Brukaren fick fel tid för mötet i mars.");

        // Saving the refused form again replaces the other change knowingly.
        (await second.SubmitAsync(refused, Complaint("Brukaren fick fel tid för mötet i april."), "main form", edit)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await WithDbAsync(db => db.Matters.Where(m => m.OrgUnitId == unit.Id).Select(m => m.Description).SingleAsync())).ShouldBe("Brukaren fick fel tid för mötet i april.");
    }

    [Fact]
    public async Task ReadingAnOrdinaryMatter_OrExportingIt_IsAuditedWithTheClientsAddress()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }

        await using var fromAddress = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter>(_ => new ClientAddress(IPAddress.Parse("10.20.30.40")))));
        var session = new WebSession(fromAddress.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await session.LoginAsync("enhetschef.bestallarenheten", DemoData.Password);
        var complaint = await WithDbAsync(db => db.Matters.Where(m => m.OrgUnitId == DemoData.Bestallarenheten && m.Kind == MatterKind.Complaint).Select(m => m.Id).FirstAsync());
        var before = await Data.AuditCountAsync();

        (await session.GetAsync($"/organisation/{DemoData.Bestallarenheten}/arenden/{complaint}")).Status.ShouldBe(HttpStatusCode.OK);

        var read = (await Data.AuditEventsAsync()).Skip(before).ShouldHaveSingleItem();
        (read.Action, read.EntityType, read.EntityId, read.OrgUnitId, read.ActorName).ShouldBe((AuditAction.Read, "Matter", complaint.ToString(), DemoData.Bestallarenheten, "Enhetschef Beställarenheten för funktionsnedsättning"));
        (Detail(read, "Address"), Detail(read, "Description")).ShouldBe(("10.20.30.40", "Läst från 10.20.30.40."));

        var inYear = await WithDbAsync(db => db.Matters.CountAsync(m => m.OrgUnitId == DemoData.Bestallarenheten && m.ReceivedOn.Year == 2024));
        await session.Client.GetByteArrayAsync($"/organisation/{DemoData.Bestallarenheten}/arenden/export?ar=2024&format=csv");
        var exported = (await Data.AuditEventsAsync()).Skip(before + 1).Where(e => e.Action == AuditAction.Read && e.EntityType == "Matter").ToList();
        exported.Count.ShouldBe(inYear);
        exported.ShouldAllBe(e => Detail(e, "Address") == "10.20.30.40" && Detail(e, "Description") == "Exporterat från 10.20.30.40.");
        exported.ShouldContain(e => e.EntityId == complaint.ToString());
    }

    /// <summary>One fact of an audit note, as the note's JSON holds it.</summary>
    private static string? Detail(AuditEvent e, string name) => JsonDocument.Parse(e.Changes).RootElement.GetProperty(name).GetString();

    private static string RecordUrl(Guid unitId) => $"/organisation/{unitId}/arenden/registrera";

    private static Dictionary<string, string> Complaint(string description) => new()
    {
        ["Input.Kind"] = "Complaint",
        ["Input.ReceivedOn"] = ReceivedOn,
        ["Input.Source"] = "Client",
        ["Input.Category"] = "Treatment",
        ["Input.Description"] = description,
    };

    /// <summary>A unit of its own with no matters, and "registrator", its manager.</summary>
    private async Task<OrgUnit> RegisterUnitAsync()
    {
        var unit = await Data.CreateUnitAsync("Registerkommunen");
        await Data.CreateUserAsync("registrator", grants: (unit, AccessLevel.Edit));
        return unit;
    }

    /// <summary>One browser, logged in once, whose requests go to either of two app instances over the same database.</summary>
    private async Task<(WebSession First, WebSession Second)> TwoInstancesAsync(WebApplicationFactory<Program> second)
    {
        var cookies = new CookieContainer();
        var first = new WebSession(Factory.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies)));
        var other = new WebSession(second.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies)));
        await first.LoginAsync("registrator");
        return (first, other);
    }

    /// <summary>Gives every request the address a client would connect from; the test server sets none.</summary>
    private sealed class ClientAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class MatterRecordingTests_Sqlite(SqliteFixture fixture) : MatterRecordingTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MatterRecordingTests_PostgreSql(PostgresFixture fixture) : MatterRecordingTests(fixture), IClassFixture<PostgresFixture>;
