using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace Verksam.Benchmarks;

/// <summary>
/// One table as the app's EF model maps it (names, columns, value converters, store types), for writing rows with raw
/// SQL: a row is an array in column order, filled from a template that holds every column's default already converted.
/// </summary>
internal sealed class BulkTable
{
    private readonly Dictionary<string, int> _index;
    private readonly object?[] _template;

    public BulkTable(DbContext db, Type entity)
    {
        var type = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException(entity.Name + " is not in the model");
        Name = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(Name, type.GetSchema());
        Columns = [.. type.GetProperties().Where(p => p.GetColumnName(store) is not null).Select(p => new BulkColumn(
            p.GetColumnName(store)!, p.ClrType, ((RelationalTypeMapping)p.GetTypeMapping()).Converter, p.GetColumnType(store)))];
        _index = Columns.Select((c, i) => (c, i)).ToDictionary(x => type.GetProperties().First(p => p.GetColumnName(store) == x.c.Name).Name, x => x.i);
        _template = new object?[Columns.Count];
        foreach (var property in type.GetProperties().Where(p => p.GetColumnName(store) is not null))
        {
            var at = _index[property.Name];
            object? value = property.IsNullable ? null
                : property.ClrType == typeof(string) ? string.Empty
                : Activator.CreateInstance(Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType);
            _template[at] = Convert(at, value);
        }
    }

    public string Name { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    public int this[string property] => _index[property];

    public object?[] NewRow() => (object?[])_template.Clone();

    public void Set(object?[] row, int column, object? value) => row[column] = Convert(column, value);

    private object? Convert(int column, object? value) =>
        value is null ? null : Columns[column].Converter is { } converter ? converter.ConvertToProvider(value) : value;
}

internal sealed record BulkColumn(string Name, Type ClrType, ValueConverter? Converter, string StoreType);

/// <summary>Writes rows of one table fast: SQLite by one prepared INSERT reused, PostgreSQL by binary COPY.</summary>
internal interface IBulkSink : IAsyncDisposable
{
    Task WriteAsync(BulkTable table, IEnumerable<object?[]> rows);

    Task CommitAsync();
}

/// <summary>Everything in one transaction, one prepared statement per table.</summary>
internal sealed class SqliteBulkSink : IBulkSink
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    private SqliteBulkSink(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction();
    }

    public static async Task<SqliteBulkSink> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        foreach (var pragma in new[] { "PRAGMA synchronous = OFF", "PRAGMA cache_size = -1000000", "PRAGMA temp_store = MEMORY" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragma;
            await command.ExecuteNonQueryAsync();
        }

        return new SqliteBulkSink(connection);
    }

    public async Task WriteAsync(BulkTable table, IEnumerable<object?[]> rows)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = Value(row[i]);
            }

            command.ExecuteNonQuery();
        }
    }

    /// <summary>As EF Core's SQLite provider stores it: a Guid as upper-case text; the rest as Microsoft.Data.Sqlite binds it.</summary>
    public static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        _ => value,
    };

    public async Task CommitAsync() => await _transaction.CommitAsync();

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>One binary COPY per table.</summary>
internal sealed class PostgresBulkSink(NpgsqlConnection connection) : IBulkSink
{
    public static async Task<PostgresBulkSink> OpenAsync(string connectionString)
    {
        // Completing a COPY of 12 million rows into three indexes takes minutes.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SET synchronous_commit = off", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresBulkSink(connection);
    }

    public async Task WriteAsync(BulkTable table, IEnumerable<object?[]> rows)
    {
        var types = table.Columns.Select(TypeOf).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            writer.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                switch (row[i])
                {
                    case null: writer.WriteNull(); break;
                    case Guid g: writer.Write(g, NpgsqlDbType.Uuid); break;
                    case int n: writer.Write(n, NpgsqlDbType.Integer); break;
                    case long n: writer.Write(n, NpgsqlDbType.Bigint); break;
                    case decimal d: writer.Write(d, NpgsqlDbType.Numeric); break;
                    case bool b: writer.Write(b, NpgsqlDbType.Boolean); break;
                    case string s: writer.Write(s, types[i]); break;
                    case DateTime t: writer.Write(t, types[i]); break;
                    case DateOnly d: writer.Write(d, NpgsqlDbType.Date); break;
                    default: throw new InvalidOperationException($"{table.Name}.{table.Columns[i].Name}: no COPY for {row[i]!.GetType()}");
                }
            }
        }

        await writer.CompleteAsync();
    }

    private static NpgsqlDbType TypeOf(BulkColumn column) => column.StoreType switch
    {
        var t when t.StartsWith("timestamp with time zone", StringComparison.Ordinal) => NpgsqlDbType.TimestampTz,
        var t when t.StartsWith("timestamp", StringComparison.Ordinal) => NpgsqlDbType.Timestamp,
        var t when t.StartsWith("character varying", StringComparison.Ordinal) => NpgsqlDbType.Varchar,
        _ => NpgsqlDbType.Text,
    };

    public Task CommitAsync() => Task.CompletedTask;

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}

internal static class Sql
{
    public static DbParameter Parameter(DbCommand command, string name, object value, bool sqlite)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = sqlite ? SqliteBulkSink.Value(value) : value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
