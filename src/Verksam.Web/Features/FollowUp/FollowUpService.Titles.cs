using System.Globalization;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Plans;
using Verksam.Web.Resources;

using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.FollowUp;

/// <summary>What a report is called, which periods have one, its text keys and when it is due: pure rules, no queries.</summary>
public sealed partial class FollowUpService
{
    /// <summary>Whether the period has a report: <see cref="ReportPeriods.Includes"/>.</summary>
    public static bool IsReportPeriod(Period period) => ReportPeriods.Includes(period);

    public static ReportKind KindOf(Period period) => period.Kind switch
    {
        PeriodKind.Tertial => ReportKind.TertialReport,
        PeriodKind.Year => ReportKind.AnnualReport,
        _ => ReportKind.MonthlyReport,
    };

    public static string WentWellKey(Guid goalId) => $"mal-{goalId:N}-bra";

    public static string MeasuresKey(Guid goalId) => $"mal-{goalId:N}-atgarder";

    public static string AnalysisKey(Guid goalId) => $"mal-{goalId:N}-analys";

    public static string StatusName(ReportStatus? status) => status is { } s
        ? EnumText.Of(s)
        : Texts.ReportStatus_None;

    /// <summary>"Månadsrapport september 2023", "Tertialrapport T1 2023", "Verksamhetsberättelse 2024".</summary>
    public static string Title(Period period) => period.Kind switch
    {
        PeriodKind.Month => string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_MonthTitle, Period.MonthName(period.StartMonth), period.Year),
        PeriodKind.Year => string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_AnnualTitle, period.Year),
        _ => string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_TertialTitle, period.ShortName, period.Year),
    };

    /// <summary>A goal's title short enough for a message: cut at a word near 80 characters.</summary>
    public static string ShortTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (title.Length <= 90)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', 80);
        return title[..(cut > 40 ? cut : 80)].TrimEnd(',', '.', ' ') + "…";
    }


    /// <summary>The day a report is due: the municipality's due day of the month after the period.</summary>
    public static DateOnly DueDate(Period period, int dueDay)
    {
        var after = new DateOnly(period.Year, period.EndMonth, 1).AddMonths(1);
        return after.AddDays(Math.Clamp(dueDay, 1, 28) - 1);
    }

    public static IReadOnlyList<Period> OverviewPeriods(int year) =>
        [.. Enumerable.Range(1, 12).Select(m => Period.Month(year, m)), Period.Tertial(year, 1), Period.Tertial(year, 2), Period.WholeYear(year)];

    /// <summary>The periods of a year to list: those of a kind the municipality uses, and any other a report was written for all the same.</summary>
    public static IReadOnlyList<Period> ListedPeriods(int year, ReportUse use, Func<Period, bool> written) =>
        OverviewPeriods(year).Where(p => use.Uses(p) || written(p)).ToList();

    /// <summary>
    /// The text keys a report of the period may carry — its sections, and per goal, indicator and activity those its
    /// kind asks for — each with the words that name the field in a message, as the form labels it.
    /// </summary>
    private static Dictionary<string, string> AllowedFields(PlanTemplate template, ReportFigures figures, Period period)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in template.Sections)
        {
            fields[section.Key] = section.TitleFor(period.Year);
        }

        if (figures.Annual is { } annual)
        {
            fields[AnnualFigures.DiaryNumberKey] = Texts.Annual_DiaryNumber;
            fields[AnnualFigures.OfficerKey] = Texts.Annual_Officer;
            fields[AnnualFigures.RecipientKey] = Texts.Annual_Recipient;
            fields[AnnualFigures.DateKey] = Texts.Document_Date;
            foreach (var goal in annual.Goals.Where(g => !g.IsOwn))
            {
                fields[AnalysisKey(goal.GoalId)] = OfGoal(goal.Title, Texts.Annual_Analysis);
            }

            foreach (var indicator in annual.Goals.SelectMany(g => g.Indicators))
            {
                fields[AnnualFigures.IndicatorAnalysisKey(indicator.IndicatorId)] = string.Format(CultureInfo.CurrentCulture, Texts.Annual_AnalysisOf, ShortTitle(indicator.Name));
            }

            foreach (var activity in annual.Goals.SelectMany(g => g.Activities))
            {
                fields[AnnualFigures.ActivityAnalysisKey(activity.ActivityId)] = string.Format(CultureInfo.CurrentCulture, Texts.Annual_AnalysisOf, ShortTitle(activity.Title));
            }
        }

        foreach (var goal in figures.Goals)
        {
            if (period.Kind == PeriodKind.Month)
            {
                fields[WentWellKey(goal.GoalId)] = OfGoal(goal.Title, Texts.FollowUp_WentWell);
                fields[MeasuresKey(goal.GoalId)] = OfGoal(goal.Title, Texts.FollowUp_Measures);
            }
            else
            {
                fields[AnalysisKey(goal.GoalId)] = OfGoal(goal.Title, Texts.FollowUp_Analysis);
            }
        }

        return fields;
    }

    /// <summary>"Trygg och säker vård – Analys": the goal's title, shortened, then the field's own label.</summary>
    private static string OfGoal(string goalTitle, string label) =>
        string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_FieldOfGoal, ShortTitle(goalTitle), label.TrimEnd('?', ':'));
}
