using Verksam.Web.Resources;

namespace Verksam.Web.Domain.Scales;

/// <summary>The traffic-light assessment. A higher number is a worse colour.</summary>
public enum Rag
{
    Green = 1,
    Yellow = 2,
    Red = 3,
}

public static class RagText
{
    /// <summary>"Grön", "Gul", "Röd": how pages write a colour in words beside the colour itself.</summary>
    public static string Word(Rag rag) => rag switch
    {
        Rag.Green => Texts.Rag_Green,
        Rag.Yellow => Texts.Rag_Yellow,
        _ => Texts.Rag_Red,
    };

    /// <summary>"G", "A", "R": the letters of the seeds' Bedömning column.</summary>
    public static string Letter(Rag rag) => rag switch
    {
        Rag.Green => "G",
        Rag.Yellow => "A",
        _ => "R",
    };

    public static Rag Worse(Rag a, Rag b) => a > b ? a : b;
}
