using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;

namespace Verksam.Web.Features.Indicators;

/// <summary>A problem with one cell of an imported file; rows count from 1 with the header as row 1, as in Excel.</summary>
public sealed record ImportProblem(int Row, string Column, string Message)
{
    public override string ToString() => string.Format(CultureInfo.CurrentCulture, Texts.Import_Problem, Row, Column, Message);
}

public sealed record ImportResult(IReadOnlyList<ImportProblem> Problems, int Created, int Updated, int Unchanged)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Imports outcomes from CSV or Excel in <see cref="OutcomeFile"/>'s layout and exports them in the same layout.
/// Every row is checked first; if any row is wrong nothing is imported and every problem is reported with its row and
/// column. Importing the same file again changes nothing.
/// </summary>
public sealed class OutcomeImportService(VerksamDbContext db, AccessService access, OrgUnitService orgUnits, IndicatorService indicators)
{
    public const int MaxProblems = 500;

    private const int ChunkSize = 2000;

    public async Task<ImportResult> ImportAsync(Stream file, OutcomeFileFormat format, Guid? withinUnitId = null, CancellationToken cancellationToken = default)
    {
        List<string[]> rows;
        try
        {
            rows = OutcomeFile.Read(file, format);
        }
        catch (Exception ex) when (ex is InvalidDataException or CsvHelper.CsvHelperException)
        {
            return Failed(new ImportProblem(1, string.Empty, format == OutcomeFileFormat.Xlsx ? Texts.Import_NotExcel : Texts.Import_NotCsv));
        }

        if (rows.Count == 0 || rows[0].All(string.IsNullOrWhiteSpace))
        {
            return Failed(new ImportProblem(1, string.Empty, Texts.Import_Empty));
        }

        var columns = MapColumns(rows[0], out var headerProblems);
        if (headerProblems.Count > 0)
        {
            return new ImportResult(headerProblems, 0, 0, 0);
        }

        // The units the user may change, found by id or by name.
        var userAccess = await access.GetAsync(cancellationToken);
        var within = withinUnitId is { } id ? (await access.RequireAsync(id, AccessLevel.Edit, cancellationToken)).Path : null;
        var units = (await orgUnits.ReadableUnderAsync(within, includeArchived: false, cancellationToken))
            .Where(u => userAccess.Allows(u.Path, AccessLevel.Edit)).ToList();
        var byId = units.ToDictionary(u => u.Id.ToString(), StringComparer.OrdinalIgnoreCase);
        var byName = units.GroupBy(u => u.Name.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);

        var parsed = new List<ParsedRow>();
        var problems = new List<ImportProblem>();
        for (var r = 1; r < rows.Count && problems.Count < MaxProblems; r++)
        {
            var cells = rows[r];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var row = r + 1;
            string Cell(string column) => columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : string.Empty;
            OrgUnit? unit = null;
            var unitText = Cell("Enhet");
            if (unitText.Length == 0)
            {
                problems.Add(new(row, "Enhet", Texts.Import_Unit_Required));
            }
            else if (byId.TryGetValue(unitText, out var found))
            {
                unit = found;
            }
            else if (byName.TryGetValue(unitText, out var named))
            {
                if (named.Count > 1)
                {
                    problems.Add(new(row, "Enhet", string.Format(CultureInfo.CurrentCulture, Texts.Import_Unit_Ambiguous, unitText)));
                }
                else
                {
                    unit = named[0];
                }
            }
            else
            {
                problems.Add(new(row, "Enhet", string.Format(CultureInfo.CurrentCulture, Texts.Import_Unit_Unknown, unitText)));
            }

            var periodText = Cell("Period");
            Period? period = null;
            if (!Period.TryParse(periodText, out var p))
            {
                problems.Add(new(row, "Period", string.Format(CultureInfo.CurrentCulture, Texts.Import_Period_Invalid, periodText)));
            }
            else
            {
                period = p;
            }

            var indicatorName = Cell("Indikator");
            if (indicatorName.Length == 0)
            {
                problems.Add(new(row, "Indikator", Texts.Import_Indicator_Required));
            }

            var numbers = new Dictionary<string, decimal?>();
            foreach (var column in new[] { "Värde", "Täljare", "Nämnare", "Män", "Kvinnor" })
            {
                var text = Cell(column);
                if (text.Length == 0)
                {
                    numbers[column] = null;
                }
                else if (IndicatorInput.TryParseNumber(text, out var number))
                {
                    numbers[column] = number;
                }
                else
                {
                    numbers[column] = null;
                    problems.Add(new(row, column, string.Format(CultureInfo.CurrentCulture, Texts.Import_Number_Invalid, text)));
                }
            }

            var answers = ParseAnswers(Cell("Svar"), out var answersOk);
            if (!answersOk)
            {
                problems.Add(new(row, "Svar", Texts.Import_Answers_Invalid));
            }

            if (unit is not null && period is not null && indicatorName.Length > 0)
            {
                parsed.Add(new ParsedRow(row, unit, period.Value, indicatorName, numbers, answers, NullIfEmpty(Cell("Kommentar"))));
            }
        }

        // One query for every indicator the file names.
        var unitIds = parsed.Select(p => p.Unit.Id).Distinct().ToList();
        var years = parsed.Select(p => p.Period.Year).Distinct().ToList();
        var known = await db.Indicators.AsNoTracking().Where(i => unitIds.Contains(i.OrgUnitId) && years.Contains(i.Year)).ToListAsync(cancellationToken);
        var indicatorByKey = known.GroupBy(i => (i.OrgUnitId, i.Year, i.Name.Trim().ToUpperInvariant())).ToDictionary(g => g.Key, g => g.First());
        var inputs = new List<(ParsedRow Row, Indicator Indicator, OutcomeInput Input)>();
        var seen = new Dictionary<(Guid, Period), int>();
        foreach (var row in parsed)
        {
            if (!indicatorByKey.TryGetValue((row.Unit.Id, row.Period.Year, row.IndicatorName.ToUpperInvariant()), out var indicator))
            {
                problems.Add(new(row.Number, "Indikator", string.Format(CultureInfo.CurrentCulture, Texts.Import_Indicator_Unknown, row.IndicatorName, row.Unit.Name, row.Period.Year)));
                continue;
            }

            if (seen.TryGetValue((indicator.Id, row.Period), out var first))
            {
                problems.Add(new(row.Number, "Period", string.Format(CultureInfo.CurrentCulture, Texts.Import_Duplicate, first)));
                continue;
            }

            seen[(indicator.Id, row.Period)] = row.Number;
            var input = new OutcomeInput(indicator.Id, row.Numbers["Värde"], row.Numbers["Täljare"], row.Numbers["Nämnare"], row.Answers, row.Numbers["Män"], row.Numbers["Kvinnor"], row.Comment);
            problems.AddRange(CheckShape(row.Number, indicator, input));
            problems.AddRange(input.Validate(indicator).Select(e => new ImportProblem(row.Number, ColumnOf(e.Field), e.Message)));
            inputs.Add((row, indicator, input));
        }

        if (problems.Count > 0)
        {
            return new ImportResult(problems.OrderBy(p => p.Row).Take(MaxProblems).ToList(), 0, 0, 0);
        }

        var indicatorIds = inputs.Select(i => i.Indicator.Id).Distinct().ToList();
        var existing = (await db.Outcomes.AsNoTracking().Where(o => indicatorIds.Contains(o.IndicatorId)).ToListAsync(cancellationToken))
            .ToLookup(o => o.IndicatorId);
        var (created, updated, unchanged) = (0, 0, 0);

        // One transaction, so the file is imported whole or not at all, written in chunks so the change tracker
        // (and memory) stays small however large the file is.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            (created, updated, unchanged) = (0, 0, 0);
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var chunk in inputs.Chunk(ChunkSize))
            {
                foreach (var (row, indicator, input) in chunk)
                {
                    var stored = existing[indicator.Id].FirstOrDefault(o => o.Period == row.Period);
                    if (stored is not null)
                    {
                        db.Outcomes.Attach(stored);
                    }

                    var outcome = indicators.Apply(indicator, stored, row.Period, input, isDemo: false);
                    if (stored is null)
                    {
                        created += outcome is null ? 0 : 1;
                    }
                    else if (db.Entry(stored).State == EntityState.Unchanged)
                    {
                        unchanged++;
                    }
                    else
                    {
                        updated++;
                    }
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(ct);
        }, cancellationToken);

        return new ImportResult([], created, updated, unchanged);
    }

    /// <summary>A unit's outcomes for a year (and those of the units below it), in the import layout.</summary>
    public async Task<IReadOnlyList<string?[]>> ExportAsync(Guid unitId, int year, bool includeUnitsBelow, CancellationToken cancellationToken = default)
    {
        var root = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var units = (includeUnitsBelow ? await orgUnits.ReadableUnderAsync(root.Path, includeArchived: true, cancellationToken) : await orgUnits.ReadableAsync([unitId], cancellationToken))
            .ToDictionary(u => u.Id);
        var unitIds = units.Keys.ToList();
        var list = await db.Indicators.AsNoTracking().Where(i => unitIds.Contains(i.OrgUnitId) && i.Year == year).ToDictionaryAsync(i => i.Id, cancellationToken);
        var indicatorIds = list.Keys.ToList();
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => indicatorIds.Contains(o.IndicatorId)).ToListAsync(cancellationToken);
        var rows = new List<string?[]> { OutcomeFile.Columns.ToArray() };
        rows.AddRange(outcomes
            .Select(o => (Outcome: o, Indicator: list[o.IndicatorId]))
            .OrderBy(x => units[x.Indicator.OrgUnitId].Name, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), false))
            .ThenBy(x => x.Indicator.SortOrder).ThenBy(x => x.Indicator.Name).ThenBy(x => x.Outcome.StartMonth).ThenBy(x => x.Outcome.EndMonth)
            .Select(x => new[]
            {
                units[x.Indicator.OrgUnitId].Name, x.Indicator.Name, x.Outcome.Period.Code, Num(x.Outcome.Value), Num(x.Outcome.Numerator), Num(x.Outcome.Denominator),
                Num(x.Outcome.ValueMen), Num(x.Outcome.ValueWomen), x.Outcome.Comment,
                x.Outcome.SurveyCounts.Count == 0 ? null : string.Join("; ", x.Indicator.SurveyAnswers.Where(a => x.Outcome.SurveyCounts.ContainsKey(a.Label)).Select(a => $"{a.Label}={Num(x.Outcome.SurveyCounts[a.Label])}")),
            }));
        return rows;
    }

    private static string? Num(decimal? value) => value?.ToString("0.####", CultureInfo.GetCultureInfo("sv-SE"));

    private static IEnumerable<ImportProblem> CheckShape(int row, Indicator indicator, OutcomeInput input)
    {
        switch (indicator.Measurement)
        {
            case MeasurementKind.Value when input.Numerator is not null || input.Denominator is not null:
                yield return new(row, "Täljare", string.Format(CultureInfo.CurrentCulture, Texts.Import_NotRatio, indicator.Name));
                break;
            case MeasurementKind.Ratio when input.Value is not null:
                yield return new(row, "Värde", string.Format(CultureInfo.CurrentCulture, Texts.Import_IsRatio, indicator.Name));
                break;
            case MeasurementKind.Survey when input.Value is not null || input.Numerator is not null:
                yield return new(row, "Svar", string.Format(CultureInfo.CurrentCulture, Texts.Import_IsSurvey, indicator.Name));
                break;
        }

        if (indicator.Measurement == MeasurementKind.Survey && input.SurveyCounts is { } counts)
        {
            foreach (var unknown in counts.Keys.Where(k => !indicator.SurveyAnswers.Any(a => a.Label.Equals(k, StringComparison.Ordinal))))
            {
                yield return new(row, "Svar", string.Format(CultureInfo.CurrentCulture, Texts.Import_Answer_Unknown, unknown, string.Join(", ", indicator.SurveyAnswers.Select(a => a.Label))));
            }
        }
    }

    private static Dictionary<string, decimal>? ParseAnswers(string text, out bool ok)
    {
        ok = true;
        if (text.Length == 0)
        {
            return null;
        }

        var counts = new Dictionary<string, decimal>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || pair[0].Length == 0 || !IndicatorInput.TryParseNumber(pair[1], out var count))
            {
                ok = false;
                return null;
            }

            counts[pair[0]] = count;
        }

        return counts;
    }

    private static string ColumnOf(string field) => field switch
    {
        nameof(OutcomeInput.Numerator) => "Täljare",
        nameof(OutcomeInput.Denominator) => "Nämnare",
        nameof(OutcomeInput.ValueMen) => "Män",
        nameof(OutcomeInput.ValueWomen) => "Kvinnor",
        nameof(OutcomeInput.Comment) => "Kommentar",
        nameof(OutcomeInput.SurveyCounts) => "Svar",
        _ => "Värde",
    };

    private static Dictionary<string, int> MapColumns(string[] header, out List<ImportProblem> problems)
    {
        problems = [];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            var canonical = OutcomeFile.Columns.FirstOrDefault(c => c.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? (OutcomeFile.Aliases.TryGetValue(name, out var alias) ? alias : null);
            if (canonical is not null)
            {
                map.TryAdd(canonical, i);
            }
            else if (name.Length > 0)
            {
                problems.Add(new(1, name, string.Format(CultureInfo.CurrentCulture, Texts.Import_Column_Unknown, name, string.Join(", ", OutcomeFile.Columns))));
            }
        }

        foreach (var required in new[] { "Enhet", "Indikator", "Period" })
        {
            if (!map.ContainsKey(required))
            {
                problems.Add(new(1, required, string.Format(CultureInfo.CurrentCulture, Texts.Import_Column_Missing, required)));
            }
        }

        return map;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static ImportResult Failed(ImportProblem problem) => new([problem], 0, 0, 0);

    private sealed record ParsedRow(int Number, OrgUnit Unit, Period Period, string IndicatorName, Dictionary<string, decimal?> Numbers, Dictionary<string, decimal>? Answers, string? Comment);
}
