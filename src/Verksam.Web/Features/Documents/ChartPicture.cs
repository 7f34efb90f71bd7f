using SkiaSharp;
using Svg.Skia;

namespace Verksam.Web.Features.Documents;

/// <summary>
/// The chart's SVG as a PNG for Word, which cannot be relied on to show SVG (LibreOffice and older Word do not). The
/// same SVG the page and the PDF show is rasterised with Svg.Skia on SkiaSharp, in process: no browser to start per
/// picture, and one drawing for every output.
/// </summary>
public static class ChartPicture
{
    /// <summary>Twice the SVG's pixels, so the picture stays sharp in print at the width of the page.</summary>
    public const float Scale = 2f;

    public static (byte[] Png, int Width, int Height) Render(string svg)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(svg);
        using var document = new SKSvg();
        var picture = document.FromSvg(svg) ?? throw new InvalidOperationException("The chart's SVG could not be read.");
        var bounds = picture.CullRect;
        var (width, height) = ((int)Math.Ceiling(bounds.Width), (int)Math.Ceiling(bounds.Height));
        using var surface = SKSurface.Create(new SKImageInfo((int)(width * Scale), (int)(height * Scale), SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("No surface to draw the chart on.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(Scale);
        canvas.DrawPicture(picture);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return (data.ToArray(), width, height);
    }
}
