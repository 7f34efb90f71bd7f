using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Text;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Register;

/// <summary>
/// Records and handles the register's matters. Only those who may handle the unit's register (its managers and those
/// granted the register) get here; every read of a matter, shown or exported, is written to the audit log with the
/// address it was read from.
/// </summary>
public sealed class MatterService(VerksamDbContext db, AccessService access, OrgUnitService units, RegisterSettingsService registerSettings, AuditLogService auditLog, IHttpContextAccessor http, TimeProvider time)
{
    public const int PageSize = 50;

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<MatterList> ListAsync(Guid unitId, MatterFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var unit = await access.RequireRegisterAsync(unitId, cancellationToken);
        var inScope = MatterScope.Under(db, units, unit);
        var years = await MatterScope.YearsAsync(db, units, unit, cancellationToken);
        var year = filter.Year ?? (years.Count > 0 ? years[0] : Today.Year);
        var start = new DateOnly(year, 1, 1);
        var end = start.AddYears(1);
        if (filter.Tertial is >= 1 and <= 3 and var tertial)
        {
            start = new DateOnly(year, (tertial * 4) - 3, 1);
            end = start.AddMonths(4);
        }

        var query = inScope.Where(x => x.Matter.ReceivedOn >= start && x.Matter.ReceivedOn < end);
        if (filter.Kind is { } kind)
        {
            query = query.Where(x => x.Matter.Kind == kind);
        }

        if (filter.OpenOnly)
        {
            query = query.Where(x => x.Matter.Status != MatterStatus.Closed);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query
            .OrderByDescending(x => x.Matter.ReceivedOn).ThenBy(x => x.Matter.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new
            {
                x.UnitName,
                x.UnitPath,
                Matter = new Matter
                {
                    Id = x.Matter.Id,
                    OrgUnitId = x.Matter.OrgUnitId,
                    Kind = x.Matter.Kind,
                    ReceivedOn = x.Matter.ReceivedOn,
                    NumberYear = x.Matter.NumberYear,
                    Number = x.Matter.Number,
                    Source = x.Matter.Source,
                    Category = x.Matter.Category,
                    IdentifiedBy = x.Matter.IdentifiedBy,
                    DeviationCategory = x.Matter.DeviationCategory,
                    Concerns = x.Matter.Concerns,
                    Status = x.Matter.Status,
                    FeedbackGiven = x.Matter.FeedbackGiven,
                    Decision = x.Matter.Decision,
                    DecidedOn = x.Matter.DecidedOn,
                    IvoNotifiedOn = x.Matter.IvoNotifiedOn,
                    ClosedOn = x.Matter.ClosedOn,
                },
            })
            .ToListAsync(cancellationToken);
        var settings = await registerSettings.SettingsUnderAsync(unit, cancellationToken);
        var today = Today;
        var items = rows.Select(r => new MatterListItem(r.Matter, r.UnitName, Flags(r.Matter, settings.For(r.UnitPath), today))).ToList();
        var canEditSettings = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        return new MatterList(unit, year, years, filter, items, total, page, canEditSettings);
    }

    /// <summary>
    /// The units' open matters that are flagged (<see cref="MatterFlags"/>): open past the time limit, a Lex report
    /// without a decision, IVO not notified in time; by the limits that apply at each unit. Two queries, for any number
    /// of units; nothing of a matter's texts is read.
    /// </summary>
    public async Task<IReadOnlyList<FlaggedMatter>> FlaggedAsync(IQueryable<Guid> unitIds, DateOnly today, CancellationToken cancellationToken = default)
    {
        var yesterday = today.AddDays(-1);
        var rows = await (from m in db.Matters.AsNoTracking()
                          join u in units.Units() on m.OrgUnitId equals u.Id
                          where unitIds.Contains(m.OrgUnitId) && m.Status != MatterStatus.Closed && (m.ReceivedOn < yesterday || m.DecidedOn < yesterday)
                          select new { u.Path, Matter = new Matter { Id = m.Id, OrgUnitId = m.OrgUnitId, Kind = m.Kind, ReceivedOn = m.ReceivedOn, NumberYear = m.NumberYear, Number = m.Number, Status = m.Status, Decision = m.Decision, DecidedOn = m.DecidedOn, IvoNotifiedOn = m.IvoNotifiedOn } })
                         .ToListAsync(cancellationToken);
        var settings = await registerSettings.AllAsync(cancellationToken);
        return [.. rows.Select(r => (r.Matter, Flags: MatterFlags.Which(r.Matter, settings.For(r.Path), today)))
            .Where(f => f.Flags.Count > 0).OrderBy(f => f.Matter.ReceivedOn)
            .Select(f => new FlaggedMatter(f.Matter, [.. f.Flags.Select(x => x.Text)], [.. f.Flags.Select(x => x.Flag)]))];
    }

    /// <summary>
    /// The matters registered in the units after <paramref name="since"/>, newest first, with when: two queries, for
    /// any number of units; nothing of a matter's texts is read.
    /// </summary>
    public async Task<IReadOnlyList<RegisteredMatter>> RegisteredSinceAsync(IQueryable<Guid> unitIds, DateTime since, int take, CancellationToken cancellationToken = default)
    {
        var created = await auditLog.CreatedSinceAsync(nameof(Matter), unitIds, since, take, cancellationToken);
        var at = created.Where(c => Guid.TryParse(c.EntityId, out _)).ToDictionary(c => Guid.Parse(c.EntityId), c => c.At);
        var ids = at.Keys.ToList();
        var matters = await db.Matters.AsNoTracking().Where(m => ids.Contains(m.Id) && unitIds.Contains(m.OrgUnitId))
            .Select(m => new Matter { Id = m.Id, OrgUnitId = m.OrgUnitId, Kind = m.Kind, ReceivedOn = m.ReceivedOn, NumberYear = m.NumberYear, Number = m.Number, Status = m.Status })
            .ToListAsync(cancellationToken);
        return [.. matters.Select(m => new RegisteredMatter(m, at[m.Id])).OrderByDescending(m => m.At)];
    }

    /// <summary>One matter of the unit, with its flags. The read is written to the audit log.</summary>
    public async Task<MatterView> GetAsync(Guid unitId, Guid matterId, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireRegisterAsync(unitId, cancellationToken);
        var matter = await db.Matters.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matterId && m.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var address = Shared.Security.ClientAddress.Of(http.HttpContext);
        db.AddAuditNote(AuditAction.Read, nameof(Matter), matter.Id.ToString(), unit.Id, new
        {
            Kind = matter.Kind.ToString(),
            Address = address,
            Description = string.Format(CultureInfo.CurrentCulture, Texts.Matter_Audit_Read, address ?? Texts.Matter_Audit_UnknownAddress),
        });
        await db.SaveChangesAsync(cancellationToken);

        var settings = (await registerSettings.SettingsUnderAsync(unit, cancellationToken)).For(unit.Path);
        return new MatterView(unit, matter, Flags(matter, settings, Today), settings);
    }

    /// <summary>
    /// The units a new matter may be recorded on from this unit's register: the unit and every open unit below it, in
    /// tree order by name. A matter belongs to the unit it concerns, so a level above records it there.
    /// </summary>
    public async Task<IReadOnlyList<RecordTarget>> RecordTargetsAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireRegisterAsync(unitId, cancellationToken);
        var open = (await units.SubtreeUnitsAsync(unit.Path, cancellationToken)).Where(u => u.Id == unit.Id || !u.IsArchived).ToList();
        return [.. OrgUnitService.DepthFirstByName(open).Select(u => new RecordTarget(u.Id, u.Name, u.Depth - unit.Depth))];
    }

    /// <summary>
    /// Records a new matter under <paramref name="matterId"/>, the id its form was given when it was opened. The same
    /// form sent again (a double click, a replayed POST, on any app instance) records nothing and gets back the matter
    /// it recorded; sent again with another matter typed in, it is refused, so the text is not lost in silence.
    /// </summary>
    public async Task<Matter> RecordAsync(Guid unitId, Guid matterId, MatterRecordEdit edit, CancellationToken cancellationToken = default)
    {
        await access.RequireRegisterAsync(unitId, cancellationToken);
        var record = MatterRecord.Check(edit, Today);
        var matter = new Matter { Id = matterId, OrgUnitId = unitId, Status = MatterStatus.Received, Version = Guid.NewGuid(), NumberYear = record.ReceivedOn.Year };
        record.ApplyTo(matter);
        var stored = await MatterNumbering.AddAsync(db, matter, cancellationToken)
            ?? throw ValidationException.For(string.Empty, Texts.Matter_Number_Busy);
        if (stored == matter)
        {
            return matter;
        }

        // An id in another unit is no form of this user's: as if there were no such matter.
        if (stored.OrgUnitId != unitId)
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        return record.IsRecordedIn(stored)
            ? stored
            : throw new StaleVersionException(string.Format(CultureInfo.CurrentCulture, Texts.Matter_AlreadyRecorded, stored.Reference));
    }

    /// <summary>Changes what was recorded about a matter (kind, date, who, what it concerned, description).</summary>
    public async Task<Matter> ChangeRecordAsync(Guid unitId, Guid matterId, MatterRecordEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        await access.RequireRegisterAsync(unitId, cancellationToken);
        var matter = await db.Matters.FirstOrDefaultAsync(m => m.Id == matterId && m.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var record = MatterRecord.Check(edit, Today);
        db.Expect(matter, version);
        record.ApplyTo(matter);
        await db.SaveOrRefuseAsync(cancellationToken);
        return matter;
    }

    /// <summary>
    /// Saves the handling: status, investigation, measures, feedback, and for Lex Sarah and Lex Maria the decision and
    /// the date IVO was notified. A Lex report closes only with a decision, and a serious one only once IVO is notified.
    /// </summary>
    public async Task<Matter> HandleAsync(Guid unitId, Guid matterId, MatterHandleEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await access.RequireRegisterAsync(unitId, cancellationToken);
        var matter = await db.Matters.FirstOrDefaultAsync(m => m.Id == matterId && m.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var errors = new ValidationErrors();
        var status = edit.Status is { } st && Enum.IsDefined(st) ? st : (MatterStatus?)null;
        if (status is null)
        {
            errors.Add("Status", Texts.Matter_Status_Required);
        }

        var investigation = CheckText(errors, "Investigation", edit.Investigation, FreeText.MaxLength, Texts.Matter_Investigation);
        var measures = CheckText(errors, "Measures", edit.Measures, FreeText.MaxLength, Texts.Matter_Measures);
        if (edit.FeedbackGiven)
        {
            CheckDate(errors, "FeedbackOn", edit.FeedbackOn, matter.ReceivedOn, Texts.Matter_FeedbackOn, required: true, Today);
            if (edit.FeedbackForm is not { } form || !Enum.IsDefined(form))
            {
                errors.Add("FeedbackForm", Texts.Matter_FeedbackForm_Required);
            }
        }

        SeriousnessDecision? decision = null;
        if (matter.IsLexReport)
        {
            decision = edit.Decision is { } d && Enum.IsDefined(d) ? d : null;
            if (decision is not null)
            {
                CheckDate(errors, "DecidedOn", edit.DecidedOn, matter.ReceivedOn, Texts.Matter_DecidedOn, required: true, Today);
            }

            if (edit.IvoNotifiedOn is not null && decision != SeriousnessDecision.Serious)
            {
                errors.Add("IvoNotifiedOn", Texts.Matter_Ivo_OnlyWhenSerious);
            }
            else if (decision == SeriousnessDecision.Serious)
            {
                CheckDate(errors, "IvoNotifiedOn", edit.IvoNotifiedOn, edit.DecidedOn ?? matter.ReceivedOn, Texts.Matter_IvoNotifiedOn, required: status == MatterStatus.Closed, Today);
            }
        }

        if (status is MatterStatus.Investigated or MatterStatus.Closed && matter.Kind != MatterKind.Praise && investigation is null && !errors.Any(e => e.Field == "Investigation"))
        {
            errors.Add("Investigation", Texts.Matter_Investigation_Required);
        }

        if (status == MatterStatus.Closed)
        {
            CheckDate(errors, "ClosedOn", edit.ClosedOn, matter.ReceivedOn, Texts.Matter_ClosedOn, required: true, Today);
            if (matter.IsLexReport && decision is null)
            {
                errors.Add("Decision", string.Format(CultureInfo.CurrentCulture, Texts.Matter_Close_NeedsDecision, EnumText.Of(matter.Kind)));
            }
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        db.Expect(matter, version);
        matter.Status = status!.Value;
        matter.Investigation = investigation;
        matter.Measures = measures;
        matter.FeedbackGiven = edit.FeedbackGiven;
        matter.FeedbackOn = edit.FeedbackGiven ? edit.FeedbackOn : null;
        matter.FeedbackForm = edit.FeedbackGiven ? edit.FeedbackForm : null;
        matter.Decision = decision;
        matter.DecidedOn = decision is null ? null : edit.DecidedOn;
        matter.IvoNotifiedOn = decision == SeriousnessDecision.Serious ? edit.IvoNotifiedOn : null;
        matter.ClosedOn = status == MatterStatus.Closed ? edit.ClosedOn : null;
        await db.SaveOrRefuseAsync(cancellationToken);
        return matter;
    }

    /// <summary>
    /// The unit's matters received in a period, for export. Texts only when asked for; every matter exported leaves a
    /// read in the audit log.
    /// </summary>
    public async Task<MatterExport> ExportAsync(Guid unitId, int year, int? tertial, bool includeTexts, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireRegisterAsync(unitId, cancellationToken);
        var start = tertial is { } t and >= 1 and <= 3 ? new DateOnly(year, (4 * (t - 1)) + 1, 1) : new DateOnly(year, 1, 1);
        var end = tertial is >= 1 and <= 3 ? start.AddMonths(4) : start.AddYears(1);
        var rows = await (from x in MatterScope.Under(db, units, unit)
                          where x.Matter.ReceivedOn >= start && x.Matter.ReceivedOn < end
                          orderby x.Matter.ReceivedOn, x.UnitName
                          select new MatterExportRow(x.Matter, x.UnitName)).ToListAsync(cancellationToken);
        var address = Shared.Security.ClientAddress.Of(http.HttpContext);
        var description = string.Format(CultureInfo.CurrentCulture, Texts.Matter_Audit_Exported, address ?? Texts.Matter_Audit_UnknownAddress);
        foreach (var row in rows)
        {
            db.AddAuditNote(AuditAction.Read, nameof(Matter), row.Matter.Id.ToString(), row.Matter.OrgUnitId, new { Kind = row.Matter.Kind.ToString(), Export = true, Texts = includeTexts, Address = address, Description = description });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new MatterExport(unit, start, end.AddDays(-1), includeTexts, rows);
    }

    /// <summary>What is overdue about a matter, as sentences: open too long, a Lex report without decision, IVO not yet notified.</summary>
    public static IReadOnlyList<string> Flags(Matter matter, RegisterSettings settings, DateOnly today) => MatterFlags.For(matter, settings, today);

    /// <summary>A free text as stored, or null; refused when too long or when it holds a personal identity number.</summary>
    internal static string? CheckText(ValidationErrors errors, string field, string? text, int maxLength, string label)
    {
        var value = UserText.Normalise(text);
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            errors.Add(field, FreeText.TooLong(label, value.Length, maxLength));
        }
        else if (PersonalIdentityNumber.IsIn(value))
        {
            errors.Add(field, string.Format(CultureInfo.CurrentCulture, Texts.Register_PersonalIdentityNumber, label));
        }

        return value;
    }

    internal static void CheckDate(ValidationErrors errors, string field, DateOnly? date, DateOnly? notBefore, string label, bool required, DateOnly today)
    {
        if (date is not { } d)
        {
            if (required)
            {
                errors.Add(field, string.Format(CultureInfo.CurrentCulture, Texts.Matter_Date_Required, label));
            }

            return;
        }

        if (d > today)
        {
            errors.Add(field, string.Format(CultureInfo.CurrentCulture, Texts.Matter_Date_Future, label));
        }
        else if (notBefore is { } earliest && d < earliest)
        {
            errors.Add(field, string.Format(CultureInfo.CurrentCulture, Texts.Matter_Date_TooEarly, label, earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        else if (d.Year < 2000)
        {
            errors.Add(field, string.Format(CultureInfo.CurrentCulture, Texts.Matter_Date_Required, label));
        }
    }
}
