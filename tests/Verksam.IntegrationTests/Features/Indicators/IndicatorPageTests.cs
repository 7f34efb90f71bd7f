using System.Net;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Indicators;

public abstract class IndicatorPageTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private OrgUnit _lss = null!;
    private OrgUnit _hemtjanst = null!;
    private WebSession _manager = null!;

    private async Task ArrangeAsync()
    {
        var tyreso = await Data.CreateUnitAsync("Tyresö kommun");
        _lss = await Data.CreateUnitAsync("Myndighet LSS", OrgUnitKind.Unit, await Data.CreateUnitAsync("Äldre- och omsorgsförvaltningen", OrgUnitKind.Board, tyreso));
        _hemtjanst = await Data.CreateUnitAsync("Skarpnäcks kommunala hemtjänst", OrgUnitKind.Unit, await Data.CreateUnitAsync("Skarpnäcks stadsdelsnämnd", OrgUnitKind.Board, await Data.CreateUnitAsync("Stockholms stad")));
        await Data.CreateUserAsync("ec.lss", grants: (_lss, AccessLevel.Edit));
        _manager = await LoginAsync("ec.lss");
    }

    private const string PreviewButton = "button[formaction]";

    private const string SaveButton = "button[type=submit]:not([formaction])";

    private static Dictionary<string, string> Form(string name, string notation, string mode = "Notation") => new()
    {
        ["Input.Name"] = name,
        ["Input.Measurement"] = "Value",
        ["Input.Unit"] = "Count",
        ["Input.Decimals"] = "0",
        ["Input.Periodicity"] = "Month",
        ["Input.ScaleMode"] = mode,
        ["Input.ScaleNotation"] = notation,
        ["Input.Direction"] = "Higher",
    };

    [Fact]
    public async Task Create_WithSeedNotation_StoresTheStructuredScale()
    {
        await ArrangeAsync();

        var result = await _manager.SubmitAsync($"/organisation/{_lss.Id}/indikatorer/ny?ar=2023",
            Form("Ärendemängd per vuxenhandläggare", "Grönt: -55 brukare Gult: 56-65 Rött: 66 eller fler"));

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        var id = Guid.Parse(result.Location!.Split('/')[^1]);
        var indicator = await Data.FindIndicatorAsync(id);
        indicator.Year.ShouldBe(2023);
        indicator.Scale!.Better.ShouldBe(Better.Lower);
        indicator.Scale.BandFor(Rag.Red)!.Lower.ShouldBe(new Bound(66, true));
        (await Data.AuditEventsAsync()).ShouldContain(e => e.EntityType == nameof(Indicator) && e.EntityId == id.ToString());
    }

    [Fact]
    public async Task Create_WithUnreadableScale_NamesThePartAndSavesNothing()
    {
        await ArrangeAsync();

        var result = await _manager.SubmitAsync($"/organisation/{_lss.Id}/indikatorer/ny?ar=2023", Form("Andel", "G: 80-100% A: femtio R: 0-49%"));

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.ErrorMessages.ShouldBe(["Kunde inte läsa ”femtio” i Gult. Skriv till exempel ”50-79”, ”66 eller fler”, ”över 85” eller ”-55”."]);
        result.Document.QuerySelector("#Input_ScaleNotation")!.GetAttribute("value").ShouldBe("G: 80-100% A: femtio R: 0-49%");
        (await Data.AuditEventsAsync()).ShouldNotContain(e => e.EntityType == nameof(Indicator));
    }

    [Fact]
    public async Task Create_FieldByFieldWithOverlap_IsRefusedWithMessage()
    {
        await ArrangeAsync();
        var form = Form("Andel", string.Empty, "Fields");
        form["Input.GreenFrom"] = "70";
        form["Input.GreenTo"] = "100";
        form["Input.YellowFrom"] = "50";
        form["Input.YellowTo"] = "79";
        form["Input.RedFrom"] = "0";
        form["Input.RedTo"] = "49";

        var result = await _manager.SubmitAsync($"/organisation/{_lss.Id}/indikatorer/ny?ar=2023", form);

        result.ErrorMessages.ShouldBe(["Gult och Grönt överlappar. Ett värde kan bara ha en färg – ändra gränserna så att de inte går in i varandra."]);
    }

    [Fact]
    public async Task Preview_WithoutJavaScript_ShowsTheScaleAndTheColourOfATestValue()
    {
        await ArrangeAsync();
        var form = Form("Andel", "G: 0-25 A: 26-39 R: > 40");
        form["TestValue"] = "39,5";
        var path = $"/organisation/{_lss.Id}/indikatorer/ny?ar=2023";
        var page = await _manager.GetAsync(path);

        var result = await _manager.PressAsync(page, path, form, "main form", PreviewButton);

        var preview = result.Document.QuerySelector("#scale-preview")!.TextContent;
        preview.ShouldContain("G: 0-25 A: 26-39 R: över 40");
        WebSession.Squash(preview).ShouldContain("Värdet 39,5 visas med 0 decimaler som 40 och får bedömningen", customMessage: "the preview says the value is rounded before it is judged");
        preview.ShouldContain("Röd");
        (await Data.AuditEventsAsync()).ShouldNotContain(e => e.EntityType == nameof(Indicator));
    }

    [Fact]
    public async Task Create_SavedAfterAPreviewWithoutJavaScript_IsStoredInThePagesYear()
    {
        await ArrangeAsync();
        var form = Form("Andel brukare med genomförandeplan", "G: 80-100 A: 50-79 R: 0-49");
        var path = $"/organisation/{_lss.Id}/indikatorer/ny?ar=2023";
        var page = await _manager.GetAsync(path);
        var preview = await _manager.PressAsync(page, path, form, "main form", PreviewButton);
        preview.Status.ShouldBe(HttpStatusCode.OK);
        preview.Address.ShouldContain("ar=2023");

        var saved = await _manager.PressAsync(preview, preview.Address, form, "main form", SaveButton);

        saved.Status.ShouldBe(HttpStatusCode.Redirect, "the save went to " + saved.Address);
        var indicator = await Data.FindIndicatorAsync(Guid.Parse(saved.Location!.Split('/')[^1]));
        indicator.Name.ShouldBe("Andel brukare med genomförandeplan");
        indicator.Year.ShouldBe(2023);
    }

    [Fact]
    public async Task Edit_SavedAfterAPreviewWithoutJavaScript_IsStored()
    {
        await ArrangeAsync();
        var indicator = await Data.CreateIndicatorAsync(_lss, "Andel", "G: 80-100 A: 50-79 R: 0-49");
        var path = $"/indikatorer/{indicator.Id}/andra";
        var page = await _manager.GetAsync(path);
        var form = Form("Andel med aktuell genomförandeplan", "G: 85-100 A: 50-84 R: 0-49");
        var preview = await _manager.PressAsync(page, path, form, "main form", PreviewButton);
        preview.Status.ShouldBe(HttpStatusCode.OK);

        var saved = await _manager.PressAsync(preview, preview.Address, form, "main form", SaveButton);

        saved.Status.ShouldBe(HttpStatusCode.Redirect, "the save went to " + saved.Address);
        (await Data.FindIndicatorAsync(indicator.Id)).Name.ShouldBe("Andel med aktuell genomförandeplan");
    }

    [Fact]
    public async Task Edit_BasedOnStaleVersion_IsRefusedAndKeepsBothTexts()
    {
        await ArrangeAsync();
        var indicator = await Data.CreateIndicatorAsync(_lss, "Utredningstid", "Grönt: 1-90 dagar Gult: 91-119 dagar Rött: 120 eller fler dagar");
        var other = await Data.CreateUserAsync("vu.lss", grants: (_lss, AccessLevel.Edit));
        var colleague = await LoginAsync(other.UserName!);
        var path = $"/indikatorer/{indicator.Id}/andra";
        var stale = await _manager.GetAsync(path);
        var first = Form("Utredningstid, personlig assistans", "Grönt: 1-90 dagar Gult: 91-119 dagar Rött: 120 eller fler dagar");
        (await colleague.SubmitAsync(path, first)).Status.ShouldBe(HttpStatusCode.Redirect);

        var result = await _manager.SubmitAsync(stale, Form("Utredningstid (mitt namn)", "G: 1-60 A: 61-90 R: 91 eller fler"), "main form", path);

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.ErrorMessages.ShouldHaveSingleItem().ShouldStartWith("Någon annan har sparat en ändring");
        result.Document.QuerySelector("#Input_Name")!.TextContent.Trim().ShouldBe("Utredningstid (mitt namn)");
        (await Data.FindIndicatorAsync(indicator.Id)).Name.ShouldBe("Utredningstid, personlig assistans");
    }

    [Fact]
    public async Task OtherUnitsIndicators_Are404OnEveryPageAndInTheApi()
    {
        await ArrangeAsync();
        var foreign = await Data.CreateIndicatorAsync(_hemtjanst, "Kontinuitet", "G: 0-10 A: 11-15 R: 16 eller fler");
        var paths = new[]
        {
            $"/organisation/{_hemtjanst.Id}/indikatorer",
            $"/organisation/{_hemtjanst.Id}/indikatorer/ny",
            $"/indikatorer/{foreign.Id}",
            $"/indikatorer/{foreign.Id}/andra",
            $"/organisation/{_hemtjanst.Id}/utfall?period=2023-09",
            $"/organisation/{_hemtjanst.Id}/utfall/importera",
            $"/organisation/{_hemtjanst.Id}/utfall/exportera?ar=2023",
            $"/api/org-units/{_hemtjanst.Id}/indicators?year=2023",
            $"/api/indicators/{foreign.Id}/outcomes",
        };

        foreach (var path in paths)
        {
            var response = await _manager.Client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        (await _manager.GetAsync($"/organisation/{_lss.Id}/indikatorer?ar=2023")).Body.ShouldNotContain("Kontinuitet");
    }

    [Fact]
    public async Task Reader_SeesIndicatorsButCannotSaveOutcomes()
    {
        await ArrangeAsync();
        var indicator = await Data.CreateIndicatorAsync(_lss, "Ärendemängd", "Grönt: -55 Gult: 56-65 Rött: 66 eller fler");
        await Data.CreateUserAsync("lasare", grants: (_lss, AccessLevel.Read));
        var reader = await LoginAsync("lasare");
        var page = await reader.GetAsync($"/organisation/{_lss.Id}/utfall?period=2023-09");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var result = await reader.PostWithoutTokenAsync($"/organisation/{_lss.Id}/utfall?period=2023-09", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Rows[0].IndicatorId"] = indicator.Id.ToString(),
            ["Rows[0].Value"] = "51",
        });

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        result.Location!.ShouldContain("/status/403");
        (await Data.OutcomesAsync(indicator.Id)).ShouldBeEmpty();
        page.Document.QuerySelector("main form[method=post] button[type=submit]").ShouldBeNull();
    }
}

public sealed class IndicatorPageTests_Sqlite(SqliteFixture fixture) : IndicatorPageTests(fixture), IClassFixture<SqliteFixture>;

public sealed class IndicatorPageTests_PostgreSql(PostgresFixture fixture) : IndicatorPageTests(fixture), IClassFixture<PostgresFixture>;
