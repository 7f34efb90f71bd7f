namespace Verksam.Web.Shared.Validation;

/// <summary>Messages for a user, each tied to the field it is about, in the order the fields appear.</summary>
public sealed class ValidationErrors : List<FieldError>
{
    public bool IsValid => Count == 0;

    public void Add(string field, string message) => Add(new FieldError(field, message));
}

public sealed record FieldError(string Field, string Message);

/// <summary>Thrown by a service when input breaks a rule; nothing has been saved.</summary>
public sealed class ValidationException(ValidationErrors errors) : Exception(errors.Count > 0 ? errors[0].Message : string.Empty)
{
    public ValidationErrors Errors { get; } = errors;

    public static ValidationException For(string field, string message) => new([new FieldError(field, message)]);
}

/// <summary>Thrown when a save is based on a version someone else has already replaced; nothing has been saved.</summary>
public sealed class StaleVersionException(string message) : Exception(message);

/// <summary>An entity that two people may edit; the version changes on every save.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
