using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.FollowUp.Pages;

/// <summary>
/// One follow-up report: read it, write it (texts and the goals' judgements, saved as a draft as often as wanted),
/// submit it, and for the level above approve it or send it back. Works without JavaScript.
/// </summary>
public sealed class ReportModel(FollowUpService reports) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string PeriodCode { get; set; } = string.Empty;

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public ReportView View { get; private set; } = null!;

    /// <summary>After a refused save: what the other person saved, where it differs from what this user typed.</summary>
    public IReadOnlyDictionary<string, string?> Others { get; private set; } = new Dictionary<string, string?>();

    public string ReportUrl => Link.Report(Id, View.Period);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } notFound)
        {
            return notFound;
        }

        Input = FromView(View);
        Version = View.Report?.Version;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync() => EditAsync(submit: false);

    public Task<IActionResult> OnPostSubmitAsync() => EditAsync(submit: true);

    public Task<IActionResult> OnPostApproveAsync() => DecideAsync(p => reports.ApproveAsync(Id, p, Version), Texts.FollowUp_Approved);

    public Task<IActionResult> OnPostReturnAsync() => DecideAsync(p => reports.ReturnAsync(Id, p, Comment, Version), Texts.FollowUp_Returned);

    public Task<IActionResult> OnPostReopenAsync() => DecideAsync(p => reports.ReopenAsync(Id, p, Comment, Version), Texts.FollowUp_Reopened);

    public string FieldId(string key) => Shared.TagHelpers.ErrorSummaryTagHelper.FieldId(key);

    private async Task<IActionResult> EditAsync(bool submit)
    {
        var posted = Input;
        if (await LoadAsync() is { } notFound)
        {
            return notFound;
        }

        return await SaveAsync(
            async () =>
            {
                var saved = await reports.SaveDraftAsync(Id, View.Period, posted, Version);
                if (submit)
                {
                    await reports.SubmitAsync(Id, View.Period, saved);
                }

                Confirmation = submit ? Texts.FollowUp_Submitted : Texts.FollowUp_Saved;
                return Redirect(ReportUrl);
            },
            refused: async () =>
            {
                // Keep everything that was typed; show beside it what is stored now where that differs.
                await LoadAsync();
                Input = posted;
                Others = View.Texts.Where(t => UserText.Normalise(posted.Texts.GetValueOrDefault(t.Key)) != t.Value)
                    .ToDictionary(t => t.Key, t => (string?)t.Value);
                ModelState.Remove(nameof(Version));
                Version = View.Report?.Version;
            });
    }

    private async Task<IActionResult> DecideAsync(Func<Period, Task> decide, string confirmation)
    {
        if (await LoadAsync() is { } notFound)
        {
            return notFound;
        }

        return await SaveAsync(
            async () =>
            {
                await decide(View.Period);
                Confirmation = confirmation;
                return Redirect(ReportUrl);
            },
            refused: async () =>
            {
                await LoadAsync();
                Input = FromView(View);
                ModelState.Remove(nameof(Version));
                Version = View.Report?.Version;
            },
            prefix: string.Empty);
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (!Period.TryParse(PeriodCode, out var period) || !FollowUpService.IsReportPeriod(period))
        {
            return NotFound();
        }

        View = await reports.GetAsync(Id, period);
        return null;
    }

    private static ReportInput FromView(ReportView view) => new()
    {
        Texts = view.Texts.ToDictionary(t => t.Key, t => (string?)t.Value),
        Colours = view.Live.Goals.ToDictionary(g => g.GoalId, g => g.Colour),
        Fulfilments = view.Live.Goals.ToDictionary(g => g.GoalId, g => g.Fulfilment),
    };

    /// <summary>A step of the report's history in words: the status change and its comment, or that the draft was saved.</summary>
    public (string What, string? Comment) Describe(Shared.Auditing.AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Action == Shared.Auditing.AuditAction.Created)
        {
            return (Texts.FollowUp_HistoryCreated, null);
        }

        var changes = e.ReadChanges();
        // The log keeps only that the comment changed (a free text); rows from before it did still hold the text.
        var comment = changes.GetValueOrDefault(nameof(FollowUpReport.Comment)) is { } c && !Shared.Auditing.AuditWording.IsFreeText(c) ? c.After : null;
        if (changes.GetValueOrDefault(nameof(FollowUpReport.Status)) is { } status
            && Enum.TryParse<ReportStatus>(status.Before, out var before) && Enum.TryParse<ReportStatus>(status.After, out var after))
        {
            return (string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_HistoryStatus, FollowUpService.StatusName(before), FollowUpService.StatusName(after)), comment);
        }

        return (Texts.FollowUp_HistorySaved, comment);
    }

}
