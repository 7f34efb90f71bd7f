using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Organisation;

/// <summary>A municipality's choice of how goal colours are proposed from indicators.</summary>
public sealed class MunicipalitySettings : IAudited, IVersioned
{
    public Guid OrgUnitId { get; set; }

    public RollUpRule RollUpRule { get; set; } = RollUpRule.WorstColour;

    public decimal GreenFrom { get; set; } = 0.8m;

    public decimal YellowFrom { get; set; } = 0.5m;

    /// <summary>Goals are grouped by perspective (Tyresö) instead of numbered down the council's cascade (Stockholm).</summary>
    public bool SteerByPerspective { get; set; }

    public const int DefaultReportDueDay = 10;

    /// <summary>A month's or tertial's follow-up report is due by this day of the month after the period.</summary>
    public int ReportDueDay { get; set; } = DefaultReportDueDay;

    /// <summary>The municipality writes monthly follow-up reports; a kind not used is never due.</summary>
    public bool UsesMonthlyReports { get; set; } = true;

    /// <summary>The municipality writes the tertial reports T1 and T2.</summary>
    public bool UsesTertialReports { get; set; } = true;

    /// <summary>The municipality writes a verksamhetsberättelse for the year.</summary>
    public bool UsesAnnualReport { get; set; } = true;

    public const int DefaultDaysBeforeDue = 5;

    /// <summary>How many days before a report is due its writers are reminded (Aviseringar).</summary>
    public int NotifyDaysBeforeDue { get; set; } = DefaultDaysBeforeDue;

    public ReportUse ReportUse => new(UsesMonthlyReports, UsesTertialReports, UsesAnnualReport);

    /// <summary>Likelihood and consequence are scored 1 to this (seed 000: 5; many social-care units: 4).</summary>
    public int RiskMatrixSize { get; set; } = 5;

    /// <summary>A risk scoring this or more is always in the follow-up (seed 000: 15).</summary>
    public int RiskFollowUpThreshold { get; set; } = 15;

    /// <summary>Scores from this are Gul; below, Grön.</summary>
    public int RiskYellowFrom { get; set; } = 8;

    /// <summary>Scores from this are Röd.</summary>
    public int RiskRedFrom { get; set; } = 15;

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    public RollUpSettings ToRollUp() => new(RollUpRule, GreenFrom, YellowFrom);

    public static ValidationErrors Validate(RollUpRule? rule, decimal? greenFrom, decimal? yellowFrom)
    {
        var errors = new ValidationErrors();
        if (rule is null || !Enum.IsDefined(rule.Value))
        {
            errors.Add("Rule", Resources.Texts.RollUp_Rule_Required);
        }

        if (rule is RollUpRule.ShareGreen or RollUpRule.Weighted)
        {
            if (greenFrom is null or <= 0 or > 100)
            {
                errors.Add("GreenFrom", Resources.Texts.RollUp_Threshold_Range);
            }

            if (yellowFrom is null or < 0 or > 100)
            {
                errors.Add("YellowFrom", Resources.Texts.RollUp_Threshold_Range);
            }
            else if (greenFrom is not null && yellowFrom >= greenFrom)
            {
                errors.Add("YellowFrom", Resources.Texts.RollUp_Threshold_Order);
            }
        }

        return errors;
    }
}

/// <summary>What an administrator sets for a municipality: the proposal rule, goal numbering and when reports are due.</summary>
/// <param name="NotifyDaysBeforeDue">The days of warning as typed; null when the form did not carry the field (unchanged).</param>
public sealed record MunicipalitySettingsEdit(RollUpRule? Rule, decimal? GreenFromPercent, decimal? YellowFromPercent, bool SteerByPerspective, int? ReportDueDay, ReportUse? ReportUse = null, string? NotifyDaysBeforeDue = null);

/// <summary>The municipality's risk matrix as an administrator sets it, already checked by the risk register.</summary>
public sealed record RiskMatrixEdit(int MatrixSize, int Threshold, int YellowFrom, int RedFrom);
