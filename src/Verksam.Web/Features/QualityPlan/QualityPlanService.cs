using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Controls;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Plans;
using Verksam.Web.Features.Processes;
using Verksam.Web.Features.Risks;
using Verksam.Web.Resources;

namespace Verksam.Web.Features.QualityPlan;

/// <summary>
/// A unit's kvalitetsplan for a year, as seed 004 lays it out: the introduction sections from the template, then per
/// process the table Risk | Egenkontroll | Syfte med egenkontrollen | Åtgärder | Vad ska göras?, then the quality
/// indicators per process. A fixed number of queries whatever the size of the register.
/// </summary>
public sealed class QualityPlanService(AccessService access, PlanService plans, OrgUnitService orgUnits, ProcessService processService, RiskService riskService, ControlService controlService, ActionService actionService, IndicatorService indicatorService)
{
    /// <summary>
    /// The year the kvalitetsplan opens on when the address names none (<see cref="OpeningPeriod.Year"/>): the latest
    /// year with plan texts, risks or egenkontroller, since its tables are made from them.
    /// </summary>
    public async Task<int> OpeningYearAsync(Guid unitId, int currentYear, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        return OpeningPeriod.Year(OpeningPeriod.Later(await plans.LatestYearAsync(unitId, cancellationToken), await controlService.LatestYearAsync(unitId, cancellationToken)), currentYear);
    }

    public async Task<DocumentModel> ComposeAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var overview = await plans.GetAsync(unitId, year, ReportKind.QualityPlan, cancellationToken);
        var unit = overview.Unit;
        var processes = await processService.OfUnitAsync(unitId, cancellationToken);
        var risks = (await riskService.OfYearAsync(unitId, year, cancellationToken)).ToDictionary(r => r.Id);
        var controls = await controlService.OfYearAsync(unitId, year, cancellationToken);
        var actions = await actionService.OfYearAsync(unitId, year, cancellationToken);
        var links = await processService.IndicatorLinksAsync(unitId, cancellationToken);
        var indicatorIds = links.Select(l => l.IndicatorId).ToList();
        // Indicators are per year: a process shows the year's indicators linked to it, not last year's.
        var indicatorNames = (await indicatorService.ListAsync(indicatorIds, cancellationToken)).Where(i => i.Year == year).ToDictionary(i => i.Id, i => i.Name);

        var tables = RiskTables(processes, risks, controls, actions);
        var blocks = new List<DocumentBlock>();
        HeadingBlock? footnotesHeading = null;
        foreach (var section in overview.Template.Sections)
        {
            var heading = new HeadingBlock(section.Level, section.TitleFor(year));
            blocks.Add(heading);
            section.AddDocumentText(blocks, afterBlock: false);
            if (section.Key == BuiltInTemplates.QualityPlanFootnotesKey)
            {
                // Placed below, once every text and table that may carry their marks is in.
                footnotesHeading = heading;
            }
            else if (overview.Texts.GetValueOrDefault(section.Key)?.Text is { Length: > 0 } text)
            {
                blocks.Add(new TextBlock(text));
            }

            if (section.Block == DataBlock.QualityRisks)
            {
                foreach (var (title, rows) in tables)
                {
                    blocks.Add(new HeadingBlock(section.Level + 1, title));
                    blocks.Add(new TableBlock(title, [Texts.QualityPlan_Risk, Texts.QualityPlan_Control, Texts.QualityPlan_Purpose, Texts.QualityPlan_Actions, Texts.QualityPlan_WhatToDo], rows));
                }

                if (tables.Count == 0)
                {
                    blocks.Add(new NoteBlock(Texts.QualityPlan_NoRisks));
                }
            }
            else if (section.Block == DataBlock.QualityIndicators)
            {
                var byProcess = links.Where(l => indicatorNames.ContainsKey(l.IndicatorId)).ToLookup(l => l.ProcessId);
                foreach (var process in processes.Where(p => byProcess[p.Id].Any()))
                {
                    blocks.Add(new HeadingBlock(section.Level + 1, process.Name));
                    blocks.Add(new TableBlock(process.Name, [Texts.QualityPlan_Indicator], byProcess[process.Id].Select(l => (IReadOnlyList<TableCell>)[indicatorNames[l.IndicatorId]]).ToList()));
                }

                if (!links.Any(l => indicatorNames.ContainsKey(l.IndicatorId)))
                {
                    blocks.Add(new NoteBlock(Texts.QualityPlan_NoIndicators));
                }
            }

            section.AddDocumentText(blocks, afterBlock: true);
        }

        if (footnotesHeading is not null)
        {
            PlaceFootnotes(blocks, footnotesHeading, overview.Texts.GetValueOrDefault(BuiltInTemplates.QualityPlanFootnotesKey)?.Text);
        }

        var ancestors = unit.AncestorIds();
        var chain = await orgUnits.ListAsync(ancestors, cancellationToken);
        var front = chain.OrderBy(u => u.Path.Length).Select(u => new FrontMatterItem(OrgUnitService.KindName(u.Kind), u.Name)).ToList();
        front.Add(new FrontMatterItem(OrgUnitService.KindName(unit.Kind), unit.Name));
        return new DocumentModel(string.Format(CultureInfo.CurrentCulture, Texts.QualityPlan_Title, year), front, blocks);
    }

    /// <summary>
    /// Seed 004's footnotes at the foot of what carries their mark: each after the first text or table with its raised
    /// number; those no text carries stay under the Fotnoter heading, which goes when nothing is left under it.
    /// </summary>
    private static void PlaceFootnotes(List<DocumentBlock> blocks, HeadingBlock heading, string? footnotes)
    {
        var unplaced = DocumentFootnotes.Place(blocks, footnotes);
        var at = blocks.FindIndex(b => ReferenceEquals(b, heading));
        if (unplaced.Count > 0)
        {
            blocks.Insert(at + 1, new TextBlock(string.Join("\n\n", unplaced)));
        }
        else if (at + 1 == blocks.Count || blocks[at + 1] is HeadingBlock h && h.Level <= heading.Level)
        {
            blocks.RemoveAt(at);
        }
    }

    /// <summary>The risk cell: the risk, and its level when it is scored ("Risknivå 9").</summary>
    public static string RiskCell(Risk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return risk.Score is { } score ? risk.Description + "\n" + string.Format(CultureInfo.CurrentCulture, Texts.QualityPlan_RiskLevel, score) : risk.Description;
    }

    /// <summary>
    /// One table per process (and one for what has no process), its rows the controls and the actions that stand on
    /// their own, in the order they were entered, a risk's rows kept together; a control's actions share its row; a
    /// risk is written once, on its first row; a risk with neither control nor action gets a row of its own.
    /// </summary>
    internal static List<(string Title, IReadOnlyList<IReadOnlyList<TableCell>> Rows)> RiskTables(
        IReadOnlyList<QualityProcess> processes, IReadOnlyDictionary<Guid, Risk> risks, IReadOnlyList<SelfMonitoring> controls, IReadOnlyList<QualityAction> actions)
    {
        Guid? ProcessOf(Guid? own, Guid? riskId) => own ?? (riskId is { } r && risks.TryGetValue(r, out var risk) ? risk.ProcessId : null);
        var byControl = actions.Where(a => a.ControlId is not null).ToLookup(a => a.ControlId!.Value);
        var items = controls.Select(c => (Sort: c.SortOrder, Process: ProcessOf(c.ProcessId, c.RiskId), Risk: c.RiskId, Control: (SelfMonitoring?)c, Action: (QualityAction?)null))
            .Concat(actions.Where(a => a.ControlId is null).Select(a => (Sort: a.SortOrder, Process: ProcessOf(a.ProcessId, a.RiskId), Risk: a.RiskId, Control: (SelfMonitoring?)null, Action: (QualityAction?)a)))
            .OrderBy(i => i.Sort).ToList();
        var covered = items.Where(i => i.Risk is not null).Select(i => i.Risk!.Value).ToHashSet();
        IEnumerable<(Guid? Id, string Name)> groups = processes.Select(p => ((Guid?)p.Id, p.Name)).Append((null, Texts.QualityPlan_NoProcess));
        var tables = new List<(string, IReadOnlyList<IReadOnlyList<TableCell>>)>();
        foreach (var (processId, name) in groups)
        {
            var rows = new List<IReadOnlyList<TableCell>>();
            Guid? previous = null;
            foreach (var item in RiskTogether(items.Where(i => i.Process == processId).ToList(), i => i.Risk))
            {
                var riskCell = item.Risk is { } r && r != previous && risks.TryGetValue(r, out var risk) ? RiskCell(risk) : string.Empty;
                previous = item.Risk;
                if (item.Control is { } c)
                {
                    var own = byControl[c.Id].ToList();
                    rows.Add([riskCell, c.Title, c.Purpose ?? string.Empty, string.Join("\n", own.Select(a => a.Title).Where(t => t.Length > 0)), string.Join("\n", own.Select(a => a.Description).OfType<string>())]);
                }
                else if (item.Action is { } a)
                {
                    rows.Add([riskCell, string.Empty, string.Empty, a.Title, a.Description ?? string.Empty]);
                }
            }

            foreach (var risk in risks.Values.Where(r => r.ProcessId == processId && !covered.Contains(r.Id)))
            {
                rows.Add([RiskCell(risk), string.Empty, string.Empty, string.Empty, string.Empty]);
            }

            if (rows.Count > 0)
            {
                tables.Add((name, (IReadOnlyList<IReadOnlyList<TableCell>>)rows));
            }
        }

        return tables;
    }

    /// <summary>The rows in the order entered, except that a risk's rows stand together where its first row stands, so the risk is written once however late a row was added to it.</summary>
    private static IEnumerable<T> RiskTogether<T>(List<T> rows, Func<T, Guid?> riskOf)
    {
        var first = new Dictionary<Guid, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (riskOf(rows[i]) is { } risk)
            {
                first.TryAdd(risk, i);
            }
        }

        return rows.Select((row, i) => (Row: row, Key: riskOf(row) is { } risk ? first[risk] : i, Index: i)).OrderBy(x => x.Key).ThenBy(x => x.Index).Select(x => x.Row);
    }
}
