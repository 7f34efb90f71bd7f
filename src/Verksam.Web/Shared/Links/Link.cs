using System.Globalization;
using System.Text;
using Verksam.Web.Domain.Periods;

namespace Verksam.Web.Shared.Links;

/// <summary>
/// Every address a page links or redirects to, one method per destination (the teaching-record-system's
/// SupportUiLinkGenerator is the model), so that a renamed route is changed here and nowhere else. The addresses are
/// built exactly as the pages typed them before: values go in as they are, and Razor encodes them for HTML.
/// </summary>
public static class Link
{
    public static string Home() => "/";

    public static string Accessibility() => "/tillganglighet";

    public static string Login() => "/logga-in";

    public static string Logout() => "/logga-ut";

    public static string ChangePassword() => "/konto/byt-losenord";

    public static string Users() => "/admin/anvandare";

    public static string Notifications() => "/aviseringar";

    /// <summary>The form that marks one notification read, or without <paramref name="id"/> all of them.</summary>
    public static string MarkNotificationsRead(Guid? id = null) => WithQuery(Notifications(), ("handler", "Read"), ("id", id?.ToString()));

    public static string NotificationSettings() => "/aviseringar/installningar";

    /// <summary>The administrator's send log of mail; with <paramref name="failedOnly"/> only what was not delivered.</summary>
    public static string MailLog(bool failedOnly = false) => WithQuery("/admin/utskick", ("fel", failedOnly ? "true" : null));

    public static string CreateUser() => "/admin/anvandare/ny";

    public static string User(string userId) => $"/admin/anvandare/{userId}";

    /// <summary>The organisation tree; with <paramref name="showArchived"/> it lists archived units too.</summary>
    public static string Organisation(bool showArchived = false) => WithQuery("/organisation", ("arkiverade", showArchived ? "true" : null));

    /// <summary>A new municipality, or with <paramref name="parentId"/> a new unit below that one.</summary>
    public static string CreateUnit(Guid? parentId = null) => WithQuery("/organisation/ny", ("overordnad", parentId?.ToString()));

    public static string Unit(Guid unitId) => $"/organisation/{unitId}";

    public static string RenameUnit(Guid unitId) => $"{Unit(unitId)}/byt-namn";

    /// <summary>Where an administrator sets the first month the unit owes follow-up reports for.</summary>
    public static string UnitReportsFrom(Guid unitId) => $"{Unit(unitId)}/rapporterar-fran";

    public static string MoveUnit(Guid unitId) => $"{Unit(unitId)}/flytta";

    public static string ArchiveUnit(Guid unitId) => $"{Unit(unitId)}/arkivera";

    /// <summary>The unit's audit log; with <paramref name="before"/> the events older than that moment.</summary>
    public static string AuditLog(Guid unitId, DateTime? before = null) =>
        WithQuery($"{Unit(unitId)}/logg", ("fore", before?.ToString("o", CultureInfo.InvariantCulture)));

    public static string MunicipalityRule(Guid municipalityId) => $"/admin/kommuner/{municipalityId}/regel";

    public static string RiskSettings(Guid municipalityId) => $"/admin/kommuner/{municipalityId}/risker";

    /// <summary>The municipality's templates; <paramref name="report"/> is the report kind's name, as the page reads it.</summary>
    public static string Templates(Guid municipalityId, string? report = null) => WithQuery($"/admin/kommuner/{municipalityId}/mallar", ("rapport", report));

    public static string TemplateSection(Guid sectionId) => $"/admin/mallar/avsnitt/{sectionId}";

    public static string Plan(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/verksamhetsplan", year);

    public static string PlanDocument(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/verksamhetsplan/dokument", year);

    public static string PlanSection(Guid unitId, string key, int? year = null) => WithYear($"{Unit(unitId)}/verksamhetsplan/avsnitt/{key}", year);

    public static string QualityPlan(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/kvalitetsplan", year);

    public static string QualityPlanDocument(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/kvalitetsplan/dokument", year);

    public static string QualityPlanSection(Guid unitId, string key, int? year = null) => WithYear($"{Unit(unitId)}/kvalitetsplan/avsnitt/{key}", year);

    public static string Goals(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/mal", year);

    public static string Goal(Guid goalId) => $"/mal/{goalId}";

    public static string EditGoal(Guid goalId) => $"{Goal(goalId)}/andra";

    public static string GoalAssessment(Guid goalId, Period period) => WithQuery($"{Goal(goalId)}/bedomning", ("period", period.Code));

    public static string Activity(Guid activityId) => $"/aktiviteter/{activityId}";

    public static string Indicators(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/indikatorer", year);

    public static string CreateIndicator(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/indikatorer/ny", year);

    /// <summary>The new-indicator form's scale preview without JavaScript: the same page and year, its Preview handler.</summary>
    public static string PreviewNewIndicator(Guid unitId, int? year = null) =>
        WithQuery($"{Unit(unitId)}/indikatorer/ny", ("ar", Number(year)), ("handler", "Preview"));

    public static string Indicator(Guid indicatorId) => $"/indikatorer/{indicatorId}";

    public static string EditIndicator(Guid indicatorId) => $"{Indicator(indicatorId)}/andra";

    /// <summary>The indicator's trend: month by month, or with <paramref name="years"/> one value a year over ten years.</summary>
    public static string IndicatorTrend(Guid indicatorId, bool years = false) => WithQuery($"{Indicator(indicatorId)}/trend", ("visa", years ? "ar" : null));

    /// <summary>The indicator form's scale preview without JavaScript: the same page, its Preview handler.</summary>
    public static string PreviewEditedIndicator(Guid indicatorId) => WithQuery(EditIndicator(indicatorId), ("handler", "Preview"));

    public static string Outcomes(Guid unitId, Period period) => WithQuery($"{Unit(unitId)}/utfall", ("period", period.Code));

    public static string ImportOutcomes(Guid unitId) => $"{Unit(unitId)}/utfall/importera";

    /// <summary>The year's outcomes as a file; <paramref name="format"/> is "xlsx" or "csv".</summary>
    public static string ExportOutcomes(Guid unitId, int year, string format) =>
        WithQuery($"{Unit(unitId)}/utfall/exportera", ("ar", Number(year)), ("format", format));

    public static string FollowUp(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/uppfoljning", year);

    public static string Report(Guid unitId, Period period) => Report(unitId, period.Code);

    /// <summary>A report by the period code in its address, for a page that has only the code it was opened with.</summary>
    public static string Report(Guid unitId, string periodCode) => $"{Unit(unitId)}/uppfoljning/{periodCode}";

    public static string FollowUpOverview(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/uppfoljning/oversikt", year);

    /// <summary>
    /// The heat map with its filters: a month, a förvaltning or avdelning below, a perspective, only yellow and red, one
    /// goal's months, a page. Each filter that is not set is left out of the address.
    /// </summary>
    public static string FollowUpHeatmap(Guid unitId, Period? month = null, Guid? under = null, string? perspective = null, bool onlyYellowAndRed = false, Guid? goal = null, int? page = null) =>
        WithQuery($"{Unit(unitId)}/uppfoljning/oversikt", ("period", month?.Code), ("under", under?.ToString()),
            ("perspektiv", perspective is null ? null : Uri.EscapeDataString(perspective)), ("rodgul", onlyYellowAndRed ? "true" : null),
            ("mal", goal?.ToString()), ("sida", page is > 1 ? Number(page) : null));

    /// <summary>The units × the year's periods with each report's status: the overview as it was before the heat map.</summary>
    public static string FollowUpPeriods(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/uppfoljning/oversikt/perioder", year);

    /// <summary>The heat map of a municipality that follows up by tertial: T1, T2 or VB of a year, for all goals or one.</summary>
    public static string FollowUpTertialHeatmap(Guid unitId, Period? period = null, Guid? under = null, Guid? goal = null, int? page = null, int? year = null, string? perspective = null, bool onlyNotFullyMet = false) =>
        WithQuery($"{Unit(unitId)}/uppfoljning/oversikt/tertial", ("period", period?.Code), ("ar", Number(year)), ("under", under?.ToString()),
            ("perspektiv", perspective is null ? null : Uri.EscapeDataString(perspective)), ("ejhelt", onlyNotFullyMet ? "true" : null),
            ("mal", goal?.ToString()), ("sida", page is > 1 ? Number(page) : null));

    /// <summary>A heat map cell's short way to <see cref="ReportGoal"/>: the goal's unit's report of the month (or tertial, or year), at the goal.</summary>
    public static string Explanation(Guid goalId, Period month) => $"/forklaring/{goalId:N}/{month.Code}";

    /// <summary>Where a unit's report explains its colour for a goal: the report of the period, at the goal.</summary>
    public static string ReportGoal(Guid unitId, Period period, Guid goalId) => $"{Report(unitId, period)}#goal-{goalId}";

    public static string FollowUpExport(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/uppfoljning/export", year);

    public static string FollowUpExportJob(Guid unitId, Guid jobId) => $"{Unit(unitId)}/uppfoljning/export/{jobId}";

    public static string Risks(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/risker", year);

    public static string Risk(Guid unitId, Guid riskId) => $"{Unit(unitId)}/risk/{riskId}";

    /// <summary>The risk map of a unit and the units below it; with a cell, that cell's risks listed under the map.</summary>
    public static string RiskMap(Guid unitId, int? year = null, int? likelihood = null, int? consequence = null) =>
        WithQuery($"{Unit(unitId)}/risker/karta", ("ar", Number(year)), ("s", Number(likelihood)), ("k", Number(consequence)));

    public static string NewRisk(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/risk", year);

    public static string RiskFollowUp(Guid unitId, Period period) => $"{Unit(unitId)}/risker/uppfoljning/{period.Code}";

    /// <summary>An action (åtgärd) taken on a risk or after an egenkontroll.</summary>
    public static string QualityAction(Guid unitId, Guid actionId) => $"{Unit(unitId)}/atgard/{actionId}";

    /// <summary>The year's egenkontroller; with <paramref name="internalControl"/> the internal control plan's.</summary>
    public static string Controls(Guid unitId, int? year = null, bool internalControl = false) =>
        WithQuery($"{Unit(unitId)}/egenkontroller", ("ar", Number(year)), ("internkontroll", internalControl ? "true" : null));

    public static string Control(Guid unitId, Guid controlId) => $"{Unit(unitId)}/egenkontroll/{controlId}";

    public static string NewControl(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/egenkontroll", year);

    public static string Processes(Guid unitId) => $"{Unit(unitId)}/processer";

    public static string ProcessIndicators(Guid unitId, Guid processId, int? year = null) => WithYear($"{Processes(unitId)}/{processId}/indikatorer", year);

    public static string Wheel(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/arshjul", year);

    public static string WheelActivity(Guid unitId, Guid activityId) => $"{Unit(unitId)}/arshjul/aktivitet/{activityId}";

    public static string Assignments(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/uppdrag", year);

    public static string Assignment(Guid unitId, Guid assignmentId) => $"{Unit(unitId)}/uppdrag/redigera/{assignmentId}";

    public static string NewAssignment(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/uppdrag/redigera", year);

    /// <summary>The register of matters; <paramref name="kind"/> is the matter kind's name, <paramref name="page"/> counts from 1, <paramref name="tertial"/> 1–3.</summary>
    public static string Matters(Guid unitId, int? year = null, string? kind = null, bool openOnly = false, int? page = null, int? tertial = null) =>
        WithQuery($"{Unit(unitId)}/arenden", ("ar", Number(year)), ("tertial", Number(tertial)), ("typ", kind), ("oppna", openOnly ? "true" : null), ("sida", Number(page)));

    public static string Matter(Guid unitId, Guid matterId) => $"{Unit(unitId)}/arenden/{matterId}";

    /// <summary>Records a new matter, or with <paramref name="matterId"/> changes what was recorded.</summary>
    public static string RecordMatter(Guid unitId, Guid? matterId = null) =>
        matterId is { } id ? $"{Unit(unitId)}/arenden/registrera/{id}" : $"{Unit(unitId)}/arenden/registrera";

    public static string RegisterTable(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/arenden/sammanstallning", year);

    /// <summary>The register's counts over time per kind, tertial and unit below, for anyone who reads the unit.</summary>
    public static string RegisterStatistics(Guid unitId, int? year = null) => WithYear($"{Unit(unitId)}/arenden/statistik", year);

    public static string RegisterSettings(Guid unitId) => $"{Unit(unitId)}/arenden/installningar";

    public static string RegisterExport(Guid unitId) => $"{Unit(unitId)}/arenden/export";

    /// <summary>Where the indicator form's script asks how a scale reads (Features/Indicators/IndicatorApi.cs).</summary>
    public static string ScalePreviewApi() => "/api/scales/preview";

    private static string WithYear(string path, int? year) => WithQuery(path, ("ar", Number(year)));

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The path with each parameter that has a value, in the order given; a parameter without one is left out.</summary>
    private static string WithQuery(string path, params ReadOnlySpan<(string Name, string? Value)> parameters)
    {
        var builder = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(separator).Append(name).Append('=').Append(value);
            separator = '&';
        }

        return builder.ToString();
    }
}
