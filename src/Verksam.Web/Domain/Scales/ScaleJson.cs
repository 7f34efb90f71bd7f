using System.Text.Json;

namespace Verksam.Web.Domain.Scales;

/// <summary>The stored form of a scale: its kind, direction, style and bands with their bounds, as JSON.</summary>
public static class ScaleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(Scale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var dto = new ScaleDto(scale.Kind, scale.Better, scale.LabelStyle, scale.Unit, scale.Bands.Select(b => new BandDto(b.Colour, b.Lower, b.Upper, b.Change)).ToList());
        return JsonSerializer.Serialize(dto, Options);
    }

    public static Scale Deserialize(string json)
    {
        var dto = JsonSerializer.Deserialize<ScaleDto>(json, Options) ?? throw new InvalidOperationException("Empty scale.");
        var bands = dto.Bands.Select(b => new ScaleBand(b.Colour, b.Lower, b.Upper, b.Change));
        var result = dto.Kind == ScaleKind.Change ? Scale.CreateChange(bands, dto.Style, dto.Unit) : Scale.CreateRange(bands, dto.Style, dto.Unit);
        return result.Scale ?? throw new InvalidOperationException("A stored scale no longer passes its rules: " + result.Error);
    }

    private sealed record ScaleDto(ScaleKind Kind, Better Better, ScaleLabelStyle Style, string? Unit, List<BandDto> Bands);

    private sealed record BandDto(Rag Colour, Bound? Lower, Bound? Upper, ChangeDirection? Change);
}
