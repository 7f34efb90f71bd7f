namespace Verksam.Web.Shared.Security;

public enum UnitAccessOutcome
{
    Allowed,
    Forbidden,
    NotFound,
}

/// <summary>Thrown when the user may not do what they asked on a unit; pages and the API answer 404 or 403.</summary>
public sealed class UnitAccessDeniedException(UnitAccessOutcome outcome) : Exception(outcome.ToString())
{
    public UnitAccessOutcome Outcome { get; } = outcome;
}
