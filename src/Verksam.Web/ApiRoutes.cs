using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Security;

namespace Verksam.Web;

/// <summary>The JSON API under /api, put together from each feature's endpoints. Same login and the same access rules as the pages: what a user may not read is 404.</summary>
public static class ApiRoutes
{
    public static IEndpointRouteBuilder MapVerksamApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithTags("Verksam").AddEndpointFilter<AccessDeniedEndpointFilter>();
        api.MapOrganisationApi();
        api.MapIndicatorApi();
        return app;
    }
}
