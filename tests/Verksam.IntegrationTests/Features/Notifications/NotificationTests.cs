using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Notifications;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Features.Notifications;

/// <summary>
/// The follow-up workflow tells the right people, in the app and by mail to a real SMTP server: a report sent in, its
/// approvers; sent back or approved, its writers. Nobody else; "never" keeps the mail away; a refusing server is
/// retried and logged while the app goes on.
/// </summary>
public abstract partial class NotificationTests(MailFixture mail) : IntegrationTest(mail)
{
    private static readonly string October = $"/organisation/{DemoData.MyndighetLss}/uppfoljning/2023-10";

    [Fact]
    public async Task Submit_TellsTheApproverOnly_InTheListAndByMail_WithALinkThatOpensForThemAndNotForAnother()
    {
        var writer = await DemoAsync("enhetschef.lss");
        mail.Clear();

        (await SubmitAsync(writer)).Status.ShouldBe(HttpStatusCode.Redirect);

        var told = await ToldAsync(NotificationKind.ReportSubmitted);
        told.ShouldBe(["godkannare.tyreso"]);
        await DeliverAsync(DateTime.UtcNow);
        var message = mail.Received.ShouldHaveSingleItem();
        message.To.Mailboxes.Select(m => m.Address).ShouldBe(["godkannare.tyreso@verksam.example"]);
        message.Subject.ShouldBe("Verksam: Månadsrapport oktober 2023 för Myndighet LSS har skickats in av Enhetschef Myndighet LSS");
        message.HtmlBody!.ShouldContain("Månadsrapport oktober 2023");
        var link = LinkIn(message.TextBody!);
        link.ShouldBe(October);

        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);
        (await approver.GetAsync(link)).Status.ShouldBe(HttpStatusCode.OK);
        var other = await LoginAsync("enhetschef.hemtjanst", DemoData.Password);
        (await other.GetAsync(link)).Status.ShouldBe(HttpStatusCode.NotFound);

        var list = await approver.GetAsync("/aviseringar");
        list.Document.QuerySelector(".notification--unread a")!.GetAttribute("href").ShouldBe(October);
        WebSession.Squash(list.Document.QuerySelector(".site-nav__notifications")!.TextContent).ShouldBe("Aviseringar 1 olästa");
        WebSession.Squash((await approver.GetAsync("/")).Document.QuerySelector("#aviseringar")!.ParentElement!.TextContent).ShouldContain("Månadsrapport oktober 2023 för Myndighet LSS har skickats in");
        (await other.GetAsync("/aviseringar")).Document.QuerySelectorAll(".notification").ShouldBeEmpty();
    }

    [Fact]
    public async Task SendBackAndApprove_TellTheUnitsWriters_WithTheComment_AndNotTheApprover()
    {
        var writer = await DemoAsync("enhetschef.lss");
        // Reads the unit's reports but writes none: not told that one came back.
        var tyreso = await Data.FindUnitAsync(DemoData.Tyreso);
        var reader = await Data.CreateUserAsync("lasare.tyreso", false, (tyreso, Verksam.Web.Features.Organisation.AccessLevel.Read));
        await WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == reader.Id)).Email = "lasare.tyreso@verksam.example";
            await db.SaveChangesAsync();
        });
        await SubmitAsync(writer);
        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);
        await DeliverAsync(DateTime.UtcNow);
        mail.Clear();

        var returned = await PostFormAsync(approver, October, "Return", new() { ["Comment"] = "Komplettera målet om medarbetare." }, "form[action$='handler=Return']");

        returned.Status.ShouldBe(HttpStatusCode.Redirect);
        (await ToldAsync(NotificationKind.ReportReturned)).ShouldBe(["enhetschef.lss"]);
        await DeliverAsync(DateTime.UtcNow);
        var message = mail.Received.ShouldHaveSingleItem();
        message.To.Mailboxes.Single().Address.ShouldBe("enhetschef.lss@verksam.example");
        message.TextBody!.ShouldContain("Kommentar: Komplettera målet om medarbetare.");
        var list = await writer.GetAsync("/aviseringar");
        WebSession.Squash(list.Document.QuerySelector(".notification--unread")!.TextContent).ShouldContain("Kommentar: Komplettera målet om medarbetare.");

        await SubmitAsync(writer);
        (await PostFormAsync(approver, October, "Approve", [], "form[action$='handler=Approve']")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await ToldAsync(NotificationKind.ReportApproved)).ShouldBe(["enhetschef.lss"]);
        // Sent in again after it came back: a new step, so the approver is told once more.
        (await WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.ReportSubmitted))).ShouldBe(2);
    }

    [Fact]
    public async Task Never_KeepsTheMailAway_ButTheNotificationIsStillInTheList()
    {
        var writer = await DemoAsync("enhetschef.lss");
        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);
        var choices = Enum.GetValues<NotificationKind>().ToDictionary(k => $"Input.Choices[{k}]", k => k == NotificationKind.ReportSubmitted ? "Never" : "Immediately");
        choices["Input.Email"] = "godkannare.tyreso@verksam.example";
        (await approver.SubmitAsync("/aviseringar/installningar", choices)).Status.ShouldBe(HttpStatusCode.Redirect);
        mail.Clear();

        await SubmitAsync(writer);
        await DeliverAsync(DateTime.UtcNow);

        (await ToldAsync(NotificationKind.ReportSubmitted)).ShouldBe(["godkannare.tyreso"]);
        mail.Received.ShouldBeEmpty();
        (await WithDbAsync(db => db.Notifications.SingleAsync(n => n.Kind == NotificationKind.ReportSubmitted))).Mail.ShouldBe(MailState.None);
    }

    [Fact]
    public async Task Settings_AnAddressThatIsNone_IsRefusedWithAMessageNamingTheField_AndNothingChanges()
    {
        await DemoAsync("enhetschef.lss");
        var approver = await LoginAsync("godkannare.tyreso", DemoData.Password);
        var choices = Enum.GetValues<NotificationKind>().ToDictionary(k => $"Input.Choices[{k}]", _ => "Never");
        choices["Input.Email"] = "inte en adress";

        var refused = await approver.SubmitAsync("/aviseringar/installningar", choices);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Skriv e-postadressen som namn@kommun.se, eller lämna fältet tomt"]);
        (await WithDbAsync(db => db.NotificationPreferences.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task ClosedPort_IsRetriedWithBackOffAndLogged_TheAppGoesOn_AndTheAdministratorSeesTheFailure()
    {
        var writer = await DemoAsync("enhetschef.lss");
        mail.Clear();
        await mail.Relay.StopAsync();
        var now = DateTime.UtcNow;
        try
        {
            (await SubmitAsync(writer)).Status.ShouldBe(HttpStatusCode.Redirect);
            (await DeliverAsync(now)).ShouldBe(0);
            (await DeliverAsync(now.AddSeconds(30))).ShouldBe(0, "not again before the back-off has passed");

            var entry = await WithDbAsync(db => db.MailLog.SingleAsync());
            entry.Delivered.ShouldBeFalse();
            entry.Error.ShouldNotBeNullOrWhiteSpace();
            entry.RetryAt!.Value.ShouldBe(now.AddMinutes(1), TimeSpan.FromSeconds(1));
            (await writer.GetAsync("/")).Status.ShouldBe(HttpStatusCode.OK);
            var admin = await LoginAsync("administrator", DemoData.Password);
            var log = await admin.GetAsync("/admin/utskick?fel=true");
            WebSession.Squash(log.Document.QuerySelector("table.mail-log tbody")!.TextContent).ShouldContain("Misslyckades (försök 1)");
            (await writer.GetAsync("/admin/utskick")).Location!.ShouldContain("/status/403");
        }
        finally
        {
            mail.Relay.Start();
        }

        (await DeliverAsync(now.AddMinutes(2))).ShouldBe(1);
        (await DeliverAsync(now.AddMinutes(30))).ShouldBe(0);
        mail.Received.ShouldHaveSingleItem();
        (await WithDbAsync(db => db.MailLog.OrderBy(m => m.Attempt).Select(m => m.Delivered).ToListAsync())).ShouldBe([false, true]);
    }

    [Fact]
    public async Task Delivery_AClaimedRowIsNotSentByASecondRun_AndOneLeftByADeadRunIsSentOnceAfterItsClaim()
    {
        var writer = await DemoAsync("enhetschef.lss");
        mail.Clear();
        await SubmitAsync(writer);
        var now = DateTime.UtcNow;
        // A run that died holding the row: another run leaves it alone until the claim has run out.
        await WithDbAsync(db => db.Notifications.ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, MailState.Sending).SetProperty(n => n.MailClaimedUntil, now.AddMinutes(5))));

        (await DeliverAsync(now)).ShouldBe(0);
        (await DeliverAsync(now.AddMinutes(6))).ShouldBe(1);
        (await DeliverAsync(now.AddMinutes(7))).ShouldBe(0);

        mail.Received.Count.ShouldBe(1);
    }

    private async Task<WebSession.PageResult> SubmitAsync(WebSession writer)
    {
        var goals = await WithDbAsync(db => db.Goals.AsNoTracking().Where(g => g.OrgUnitId == DemoData.MyndighetLss && g.Year == 2023).Select(g => g.Id).ToListAsync());
        return await PostFormAsync(writer, October, "Submit", goals.ToDictionary(g => $"Input.Colours[{g}]", _ => "Green"));
    }

    private Task<int> DeliverAsync(DateTime now) => WithScopeAsync(s => s.GetRequiredService<MailDelivery>().DeliverDueAsync(now));

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    /// <summary>The user names told of <paramref name="kind"/>, in order; everyone else in the demo is checked to be left out.</summary>
    private async Task<List<string>> ToldAsync(NotificationKind kind) =>
        await WithDbAsync(db => (from n in db.Notifications join u in db.Users on n.UserId equals u.Id where n.Kind == kind select u.UserName!).Distinct().OrderBy(n => n).ToListAsync());

    private static string LinkIn(string text) => new Uri(LinkPattern().Match(text).Value).PathAndQuery;

    [GeneratedRegex(@"https://localhost/\S+")]
    private static partial Regex LinkPattern();

    private static async Task<WebSession.PageResult> PostFormAsync(WebSession session, string url, string handler, Dictionary<string, string> fields, string form = "form.report-form")
    {
        var page = await session.GetAsync(url);
        var element = page.Document.QuerySelector(form).ShouldNotBeNull($"form {form} on {url}");
        var values = element.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => !fields.ContainsKey(i.Name!)).Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        values.AddRange(fields);
        return await WebSession.PageResult.FromAsync(await session.Client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(values)));
    }
}

public sealed class NotificationTests_Sqlite(SqliteMailFixture fixture) : NotificationTests(fixture), IClassFixture<SqliteMailFixture>;

public sealed class NotificationTests_PostgreSql(PostgresMailFixture fixture) : NotificationTests(fixture), IClassFixture<PostgresMailFixture>;
