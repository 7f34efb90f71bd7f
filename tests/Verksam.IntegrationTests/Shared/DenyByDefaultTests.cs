using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verksam.IntegrationTests.Infrastructure;

namespace Verksam.IntegrationTests.Shared;

/// <summary>
/// Every endpoint Verksam maps — pages and API — needs a login, except the few a visitor must reach before one. The
/// list comes from the running app's routing, so a page added tomorrow is checked without anyone remembering to.
/// </summary>
public abstract partial class DenyByDefaultTests(AppFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>What may be reached without logging in, and why.</summary>
    private static readonly HashSet<string> Anonymous =
    [
        "logga-in", // the way in
        "logga-ut", // says that you are logged out
        "tillganglighet", // the accessibility statement must be public
        "status/{code:int}", // the page for 404, 403, 429 must show without a login
        "fel", // the error page
        "health", // load balancers and monitors; shows only the status
        "health/live", // the load balancer's liveness probe; shows only the status
        "health/ready", // the load balancer's readiness probe; shows only the status
    ];

    [Fact]
    public void AllowingAnonymousVisitors_IsLimitedToTheList_AndEverythingElseFallsBackToRequiringALogin()
    {
        var fallback = Factory.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value.FallbackPolicy;
        fallback.ShouldNotBeNull();
        fallback.Requirements.ShouldContain(r => r is Microsoft.AspNetCore.Authorization.Infrastructure.DenyAnonymousAuthorizationRequirement);

        var anonymous = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(Pattern).Distinct().Order().ToList();

        anonymous.ShouldBe([.. Anonymous.Order()], "an endpoint open to anyone must be on the list, with the reason");
    }

    [Fact]
    public async Task EveryOtherEndpoint_AnswersAVisitorWithoutALogin_WithTheLoginPageOr401_ForEveryMethod()
    {
        var client = Factory.CreateBrowserClient();
        var checkedCount = 0;
        var leaks = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var path = "/" + Fill(Pattern(endpoint));
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" });
                }

                using var response = await client.SendAsync(request);
                checkedCount++;
                var isApi = path.StartsWith("/api/", StringComparison.Ordinal);
                var refused = isApi
                    ? response.StatusCode == HttpStatusCode.Unauthorized
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/logga-in", StringComparison.Ordinal);
                if (!refused)
                {
                    leaks.Add($"{method} {path} → {(int)response.StatusCode}");
                }
            }
        }

        leaks.ShouldBeEmpty();
        checkedCount.ShouldBeGreaterThan(80, "the pages and the API are all there");
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string Pattern(RouteEndpoint endpoint) => (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');

    /// <summary>A path that matches the pattern: a new id for a guid, 2024 for a number, a word otherwise.</summary>
    private static string Fill(string pattern) => Parameter().Replace(pattern, m =>
    {
        var constraint = m.Groups["constraint"].Value;
        return constraint.Contains("guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString()
            : constraint.Contains("int", StringComparison.Ordinal) ? "2024"
            : "v1";
    });

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)(?<constraint>(:[^}?=]+)*)(=[^}]*)?\??\}")]
    private static partial Regex Parameter();
}

public sealed class DenyByDefaultTests_Sqlite(SqliteFixture fixture) : DenyByDefaultTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DenyByDefaultTests_PostgreSql(PostgresFixture fixture) : DenyByDefaultTests(fixture), IClassFixture<PostgresFixture>;
