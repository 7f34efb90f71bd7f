using System.Collections;
using System.Globalization;
using System.Resources;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.AnnualWheel;
using Verksam.Web.Features.Assignments;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Plans;
using Verksam.Web.Features.Register;
using Verksam.Web.Features.Risks;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Text;

namespace Verksam.UnitTests.Shared;

public sealed class EnumTextTests
{
    /// <summary>Enums known to be shown, so that losing every one of an enum's texts fails here too.</summary>
    private static readonly Type[] KnownShown =
    [
        typeof(Rag), typeof(Fulfilment), typeof(RollUpRule), typeof(GoalLevel), typeof(ActivityStatus),
        typeof(MeasureUnit), typeof(Periodicity), typeof(MeasurementKind), typeof(OrgUnitKind), typeof(AccessLevel),
        typeof(AuditAction), typeof(ReportStatus), typeof(ReportKind), typeof(SectionPlacement), typeof(DataBlock),
        typeof(AssignmentStatus), typeof(WheelTiming), typeof(ActionStatus), typeof(MatterKind), typeof(MatterStatus),
        typeof(MatterSource), typeof(ComplaintCategory), typeof(DeviationIdentifiedBy), typeof(DeviationCategory),
        typeof(DeviationConcerns), typeof(SeriousnessDecision), typeof(FeedbackForm), typeof(Verksam.Web.Domain.Periods.PeriodKind),
    ];

    [Fact]
    public void EveryShownEnum_HasASwedishTextForEveryValue_AndForEveryVariantAnyValueHas()
    {
        var keys = TextKeys();
        var enums = typeof(EnumText).Assembly.GetTypes().Where(t => t.IsEnum).ToList();
        var shown = enums.Where(t => keys.Any(k => k.StartsWith(EnumText.Prefix(t) + "_", StringComparison.Ordinal))).Union(KnownShown).ToList();

        var missing = new List<string>();
        foreach (var type in shown)
        {
            var prefix = EnumText.Prefix(type) + "_";
            var names = Enum.GetNames(type);
            // "AccessLevel_Read_Hint" is a variant of a value: then every value needs its hint.
            var variants = keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
                .Select(k => k[prefix.Length..])
                .SelectMany(rest => names.Where(n => rest.StartsWith(n + "_", StringComparison.Ordinal)).Select(n => rest[(n.Length + 1)..]))
                .Distinct().ToList();
            foreach (var name in names)
            {
                foreach (var key in variants.Select(v => $"{prefix}{name}_{v}").Prepend(prefix + name))
                {
                    if (string.IsNullOrWhiteSpace(Texts.ResourceManager.GetString(key, CultureInfo.InvariantCulture)))
                    {
                        missing.Add(key);
                    }
                }
            }
        }

        shown.Count.ShouldBeGreaterThanOrEqualTo(KnownShown.Length);
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Of_ValueWithText_IsTheSwedishText()
    {
        EnumText.Of(GoalLevel.Board).ShouldBe(Texts.GoalLevel_Board);
        EnumText.Of(AccessLevel.Read, "Hint").ShouldBe(Texts.AccessLevel_Read_Hint);
        EnumText.Of(MeasurementKind.Ratio).ShouldBe(Texts.Measurement_Ratio);
        EnumText.Of(Rag.Yellow).ShouldBe("Gul");
    }

    [Fact]
    public void Of_ValueWithoutText_ShowsItsKeyInBrackets() => EnumText.Of((GoalLevel)99).ShouldBe("[GoalLevel_99]");

    private static List<string> TextKeys()
    {
        var set = Texts.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
            ?? throw new MissingManifestResourceException("Texts");
        return set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToList();
    }
}
