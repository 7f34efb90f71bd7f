using System.Globalization;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Register;

/// <summary>
/// The register's export: one row per matter with what it was and how it was handled. The texts (description,
/// "Annat", investigation, measures) are columns only when the user asked for them.
/// </summary>
public static class MatterExportFile
{
    public static IEnumerable<string?[]> Rows(MatterExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var header = new List<string>
        {
            Texts.Matter_Number, Texts.Matter_ReceivedOn, Texts.Matter_Unit, Texts.Matter_Kind, Texts.Matter_Source, Texts.Matter_Category, Texts.Matter_IdentifiedBy,
            Texts.Matter_DeviationCategory, Texts.Matter_Concerns, Texts.Matter_Status, Texts.Matter_FeedbackGiven, Texts.Matter_FeedbackOn,
            Texts.Matter_FeedbackForm, Texts.Matter_MeasuresTaken, Texts.Matter_Decision, Texts.Matter_DecidedOn, Texts.Matter_IvoNotifiedOn, Texts.Matter_ClosedOn,
        };
        if (export.IncludeTexts)
        {
            header.AddRange([Texts.Matter_OtherCategory, Texts.Matter_Description, Texts.Matter_Investigation, Texts.Matter_Measures]);
        }

        yield return header.ToArray();
        foreach (var row in export.Rows)
        {
            var m = row.Matter;
            var cells = new List<string?>
            {
                m.Reference, Date(m.ReceivedOn), row.UnitName, EnumText.Of(m.Kind), Name(m.Source), Name(m.Category), Name(m.IdentifiedBy),
                Name(m.DeviationCategory), Name(m.Concerns), EnumText.Of(m.Status), m.IsComplaintLike || m.FeedbackGiven ? YesNo(m.FeedbackGiven) : null,
                Date(m.FeedbackOn), Name(m.FeedbackForm), YesNo(m.Measures is not null), Name(m.Decision), Date(m.DecidedOn), Date(m.IvoNotifiedOn), Date(m.ClosedOn),
            };
            if (export.IncludeTexts)
            {
                cells.AddRange([m.OtherCategory, m.Description, m.Investigation, m.Measures]);
            }

            yield return cells.ToArray();
        }
    }

    public static string FileName(MatterExport export, string extension)
    {
        ArgumentNullException.ThrowIfNull(export);
        return string.Create(CultureInfo.InvariantCulture, $"arenden-{export.From:yyyy-MM-dd}-{export.To:yyyy-MM-dd}.{extension}");
    }

    private static string? Name<T>(T? value)
        where T : struct, Enum => value is { } v ? EnumText.Of(v) : null;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? Texts.Common_Yes : Texts.Common_No;
}
