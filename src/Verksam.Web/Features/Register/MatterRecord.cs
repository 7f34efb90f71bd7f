using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Register;

/// <summary>What is recorded about a matter, checked: kind, date, who, what it concerned, and the description.</summary>
internal sealed record MatterRecord(
    MatterKind Kind,
    DateOnly ReceivedOn,
    MatterSource? Source,
    ComplaintCategory? Category,
    DeviationIdentifiedBy? IdentifiedBy,
    DeviationCategory? DeviationCategory,
    DeviationConcerns? Concerns,
    string? OtherCategory,
    string Description)
{
    /// <summary>The record as it will be stored, or a refusal with a message for every field that breaks a rule.</summary>
    public static MatterRecord Check(MatterRecordEdit edit, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var errors = new ValidationErrors();
        if (edit.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("Kind", Texts.Matter_Kind_Required);
            kind = 0;
        }

        MatterService.CheckDate(errors, "ReceivedOn", edit.ReceivedOn, null, Texts.Matter_ReceivedOn, required: true, today);
        var description = MatterService.CheckText(errors, "Description", edit.Description, FreeText.MaxLength, Texts.Matter_Description);
        if (description is null && !errors.Any(e => e.Field == "Description"))
        {
            errors.Add("Description", Texts.Matter_Description_Required);
        }

        var other = MatterService.CheckText(errors, "OtherCategory", edit.OtherCategory, Matter.OtherCategoryMaxLength, Texts.Matter_OtherCategory);
        MatterSource? source = null;
        ComplaintCategory? category = null;
        DeviationIdentifiedBy? identifiedBy = null;
        DeviationCategory? deviationCategory = null;
        DeviationConcerns? concerns = null;
        var otherChosen = false;
        switch (kind)
        {
            case MatterKind.Feedback or MatterKind.Complaint:
                source = Required(errors, "Source", edit.Source, KindText(nameof(Texts.Matter_Source_Required), kind, Texts.Matter_Source_Required));
                category = Required(errors, "Category", edit.Category, KindText(nameof(Texts.Matter_Category_Required), kind, Texts.Matter_Category_Required));
                otherChosen = category == ComplaintCategory.Other;
                break;
            case MatterKind.Praise:
                source = edit.Source is { } s && Enum.IsDefined(s) ? s : null;
                break;
            case MatterKind.Deviation:
                identifiedBy = Required(errors, "IdentifiedBy", edit.IdentifiedBy, Texts.Matter_IdentifiedBy_Required);
                deviationCategory = Required(errors, "DeviationCategory", edit.DeviationCategory, Texts.Matter_DeviationCategory_Required);
                concerns = Required(errors, "Concerns", edit.Concerns, Texts.Matter_Concerns_Required);
                otherChosen = deviationCategory == Register.DeviationCategory.Other;
                break;
            case MatterKind.LexSarah or MatterKind.LexMaria:
                source = MatterSource.Staff;
                break;
        }

        if (otherChosen && other is null && !errors.Any(e => e.Field == "OtherCategory"))
        {
            errors.Add("OtherCategory", Texts.Matter_OtherCategory_Required);
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        return new MatterRecord(kind, edit.ReceivedOn!.Value, source, category, identifiedBy, deviationCategory, concerns, otherChosen ? other : null, description!);
    }

    /// <summary>Writes the record into the matter; a matter that is no longer a Lex report loses the Lex decision.</summary>
    public void ApplyTo(Matter matter)
    {
        ArgumentNullException.ThrowIfNull(matter);
        matter.Kind = Kind;
        matter.ReceivedOn = ReceivedOn;
        matter.Source = Source;
        matter.Category = Category;
        matter.IdentifiedBy = IdentifiedBy;
        matter.DeviationCategory = DeviationCategory;
        matter.Concerns = Concerns;
        matter.OtherCategory = OtherCategory;
        matter.Description = Description;
        if (!matter.IsLexReport)
        {
            matter.Decision = null;
            matter.DecidedOn = null;
            matter.IvoNotifiedOn = null;
        }
    }

    /// <summary>Whether the matter holds just this record: a form sent again unchanged, not another matter typed into it.</summary>
    public bool IsRecordedIn(Matter matter)
    {
        ArgumentNullException.ThrowIfNull(matter);
        return this == new MatterRecord(matter.Kind, matter.ReceivedOn, matter.Source, matter.Category, matter.IdentifiedBy, matter.DeviationCategory, matter.Concerns, matter.OtherCategory, matter.Description);
    }

    /// <summary>A message in the kind's own words ("Välj vad klagomålet gällde."), the common one where the kind has none.</summary>
    private static string KindText(string key, MatterKind kind, string common) =>
        Texts.ResourceManager.GetString(key + "_" + kind, System.Globalization.CultureInfo.CurrentUICulture) ?? common;

    private static T? Required<T>(ValidationErrors errors, string field, T? value, string message)
        where T : struct, Enum
    {
        if (value is { } v && Enum.IsDefined(v))
        {
            return v;
        }

        errors.Add(field, message);
        return null;
    }
}
