using Verksam.Web;
using Verksam.Web.Operations.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddVerksam();
var app = builder.Build();

if (AdminCommands.IsAdminCommand(args))
{
    return await AdminCommands.RunAsync(app, args);
}

app.UseVerksam();
await app.InitialiseDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so integration tests can host it.</summary>
public partial class Program;
