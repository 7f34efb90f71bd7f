using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Links;

namespace Verksam.Web.Features.Indicators.Pages;

public sealed class CreateModel(IndicatorService indicators, AccessService access, TimeProvider time) : IndicatorFormModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public string UnitName { get; private set; } = string.Empty;

    public override string CancelUrl => Link.Indicators(Id, Year);

    public override string SaveUrl => Link.CreateIndicator(Id, Year);

    public override string PreviewUrl => Link.PreviewNewIndicator(Id, Year);

    public override IReadOnlyDictionary<string, string> ExtraFields => new Dictionary<string, string> { ["ar"] = Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty };

    public async Task OnGetAsync() => await LoadAsync();

    public async Task OnPostPreviewAsync()
    {
        await LoadAsync();
        ShowPreview();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        return await SaveAsync(
            async () =>
            {
                var indicator = await indicators.CreateAsync(Id, Year!.Value, Input);
                Confirmation = string.Format(CultureInfo.CurrentCulture, Resources.Texts.Indicator_Created, indicator.Name);
                return Redirect(Link.Indicator(indicator.Id));
            },
            versioned: false);
    }

    private async Task LoadAsync()
    {
        var unit = await access.RequireAsync(Id, AccessLevel.Edit);
        UnitName = unit.Name;
        Year = Year is >= 2000 and <= 2100 ? Year : time.GetLocalNow().Year;
    }
}
