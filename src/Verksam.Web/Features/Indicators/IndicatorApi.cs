using Microsoft.AspNetCore.Http.HttpResults;
using Verksam.Web.Domain.Scales;

namespace Verksam.Web.Features.Indicators;

/// <summary>The indicators' part of the JSON API: the scale preview, and a unit's indicators and outcomes.</summary>
public static class IndicatorApi
{
    public static RouteGroupBuilder MapIndicatorApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/scales/preview", Results<Ok<ScalePreviewDto>, BadRequest<ScalePreviewDto>> (string? notation, string? value, string? previous, int? decimals) =>
            {
                var parsed = ScaleParser.Parse(notation);
                if (parsed.Scale is not { } scale)
                {
                    return TypedResults.BadRequest(new ScalePreviewDto(false, parsed.Error, null, null, null, [], null, null));
                }

                decimal? v = IndicatorInput.TryParseNumber(value, out var a) ? a : null;
                decimal? p = IndicatorInput.TryParseNumber(previous, out var b) ? b : null;
                var colour = ScaleJudgement.Colour(scale, v, p, decimals);
                var bands = scale.Bands.Select(band => new ScaleBandDto(band.Colour.ToString(), band.Lower?.Value, band.Lower?.Inclusive, band.Upper?.Value, band.Upper?.Inclusive, band.Change?.ToString())).ToList();
                return TypedResults.Ok(new ScalePreviewDto(true, null, ScaleFormatter.Format(scale), scale.Kind.ToString(), scale.Better.ToString(), bands, colour?.ToString(), colour is { } c ? RagText.Word(c) : null));
            })
            .WithName("PreviewScale")
            .WithSummary("Läser en skala skriven som i rapporterna och ger dess struktur och färgen för ett värde.")
            .WithDescription("notation: skalan, t.ex. \"G: 80-100% A: 50-79% R: 0-49%\". value: ett utfall (valfritt). previous: föregående periods utfall, för skalor som jämför med föregående period (valfritt). decimals: indikatorns antal decimaler (valfritt); värdet bedöms då avrundat, som när ett utfall sparas. Svarar 400 med ett meddelande på svenska som namnger det som inte kunde läsas.");

        api.MapGet("/org-units/{id:guid}/indicators", async (Guid id, int year, IndicatorService indicators, CancellationToken ct) =>
            {
                var list = await indicators.ListAsync(id, year, ct);
                return list.Rows.Select(r => new IndicatorDto(
                    r.Indicator.Id, r.Indicator.Name, r.Indicator.Year, r.Indicator.Unit.ToString(), r.Indicator.Periodicity.ToString(), r.Indicator.Measurement.ToString(),
                    r.Indicator.Scale is null ? null : ScaleFormatter.Format(r.Indicator.Scale), r.Indicator.AnnualTarget, r.Indicator.AnnualTargetText, r.Indicator.CouncilTarget, r.Indicator.CouncilTargetText,
                    r.Latest is null ? null : new OutcomeDto(r.Latest.Outcome.Period.Code, r.Latest.Value, r.Latest.Text, r.Latest.Colour?.ToString()))).ToList();
            })
            .WithName("ListIndicators")
            .WithSummary("En enhets indikatorer för ett år, med senaste utfall och bedömning.");

        api.MapGet("/indicators/{id:guid}/outcomes", async (Guid id, IndicatorService indicators, CancellationToken ct) =>
            {
                var details = await indicators.GetAsync(id, ct);
                return details.Outcomes.Select(o => new OutcomeDto(o.Outcome.Period.Code, o.Value, o.Text, o.Colour?.ToString())).ToList();
            })
            .WithName("ListOutcomes")
            .WithSummary("En indikators utfall per period med bedömning.");
        return api;
    }
}

public sealed record ScaleBandDto(string Colour, decimal? Lower, bool? LowerInclusive, decimal? Upper, bool? UpperInclusive, string? Change);

public sealed record ScalePreviewDto(bool Valid, string? Error, string? Formatted, string? Kind, string? Better, IReadOnlyList<ScaleBandDto> Bands, string? Colour, string? ColourWord);

public sealed record OutcomeDto(string Period, decimal? Value, string Text, string? Colour);

public sealed record IndicatorDto(Guid Id, string Name, int Year, string Unit, string Periodicity, string Measurement, string? Scale, decimal? AnnualTarget, string? AnnualTargetText, decimal? CouncilTarget, string? CouncilTargetText, OutcomeDto? Latest);
