using Verksam.Web.Resources;

namespace Verksam.Web.Domain.Scales;

/// <summary>The scale's messages and words, from the resource file.</summary>
internal static class ScaleTexts
{
    public static string ColourTwice => Texts.Scale_ColourTwice;

    public static string TooFewColours => Texts.Scale_TooFewColours;

    public static string BandHasNoBounds => Texts.Scale_BandHasNoBounds;

    public static string Reversed => Texts.Scale_Reversed;

    public static string Overlap => Texts.Scale_Overlap;

    public static string OutOfOrder => Texts.Scale_OutOfOrder;

    public static string ChangeNeedsThree => Texts.Scale_ChangeNeedsThree;

    public static string Empty => Texts.Scale_Empty;

    public static string NoColour => Texts.Scale_NoColour;

    public static string Unreadable => Texts.Scale_Unreadable;

    public static string BeforeFirst => Texts.Scale_BeforeFirst;

    public static string Mixed => Texts.Scale_Mixed;

    /// <summary>"Grönt", "Gult", "Rött": a colour as a scale names it.</summary>
    public static string ColourName(Rag colour) => colour switch
    {
        Rag.Green => Texts.Scale_Green,
        Rag.Yellow => Texts.Scale_Yellow,
        _ => Texts.Scale_Red,
    };
}
