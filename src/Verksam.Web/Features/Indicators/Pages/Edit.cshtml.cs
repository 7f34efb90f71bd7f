using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;

namespace Verksam.Web.Features.Indicators.Pages;

public sealed class EditModel(IndicatorService indicators) : IndicatorFormModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string UnitName { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public override string CancelUrl => Link.Indicator(Id);

    public override string SaveUrl => Link.EditIndicator(Id);

    public override string PreviewUrl => Link.PreviewEditedIndicator(Id);

    public async Task OnGetAsync()
    {
        var indicator = await LoadAsync();
        Input = IndicatorInput.From(indicator);
        Version = indicator.Version;
    }

    public async Task OnPostPreviewAsync()
    {
        await LoadAsync();
        ShowPreview();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await LoadAsync();
        return await SaveAsync(
            async () =>
            {
                await indicators.UpdateAsync(Id, Input, Version);
                Confirmation = Resources.Texts.Indicator_Saved;
                return Redirect(Link.Indicator(Id));
            },
            onStale: () =>
            {
                // What the user typed stays in the form; the next save is based on what is saved now.
                ModelState.Remove(nameof(Version));
                Version = current.Version;
                return Task.CompletedTask;
            });
    }

    private async Task<Indicator> LoadAsync()
    {
        var (unit, indicator) = await indicators.GetForEditAsync(Id);
        UnitName = unit.Name;
        Year = indicator.Year;
        return indicator;
    }
}
