namespace Verksam.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Section "Database": which database Verksam uses. SQLite in a data folder unless configured otherwise.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, the folder for verksam.db, relative to the content root unless absolute.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Load the demo organisation, users and content into an empty database at start (never in Production).</summary>
    public bool LoadDemoData { get; set; }
}
