using Microsoft.AspNetCore.Http.HttpResults;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Organisation;

/// <summary>Organisation's part of the JSON API: the units the user may read, and the user's own grants.</summary>
public static class OrganisationApi
{
    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/org-units", async (OrgUnitService units, bool? includeArchived, CancellationToken ct) =>
            {
                var tree = await units.GetTreeAsync(includeArchived ?? false, ct);
                return tree.Units.Select(OrgUnitDto.From).ToList();
            })
            .WithName("ListOrgUnits")
            .WithSummary("De organisatoriska enheter som användaren har behörighet till.");

        api.MapGet("/org-units/{id:guid}", async Task<Results<Ok<OrgUnitDto>, NotFound>> (Guid id, OrgUnitService units, CancellationToken ct) =>
            {
                var details = await units.GetDetailsAsync(id, ct);
                return details is null ? TypedResults.NotFound() : TypedResults.Ok(OrgUnitDto.From(details.Unit));
            })
            .WithName("GetOrgUnit")
            .WithSummary("En organisatorisk enhet. 404 om den saknas eller användaren saknar behörighet.");

        api.MapGet("/me", async (AccessService access, CurrentUser user, CancellationToken ct) =>
            {
                var granted = await access.GetAsync(ct);
                return new MeDto(user.UserId!, user.Name, granted.IsAdministrator, granted.Grants.Select(g => new GrantDto(g.OrgUnitId, g.Level.ToString())).ToList());
            })
            .WithName("GetCurrentUser")
            .WithSummary("Den inloggade användaren och dess behörigheter.");
        return api;
    }
}

public sealed record OrgUnitDto(Guid Id, string Name, string Kind, Guid? ParentId, bool IsArchived)
{
    public static OrgUnitDto From(OrgTreeNode n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new(n.Id, n.Name, n.Kind.ToString(), n.ParentId, n.IsArchived);
    }

    public static OrgUnitDto From(OrgUnit u)
    {
        ArgumentNullException.ThrowIfNull(u);
        return new(u.Id, u.Name, u.Kind.ToString(), u.ParentId, u.IsArchived);
    }
}

public sealed record MeDto(string Id, string DisplayName, bool IsAdministrator, IReadOnlyList<GrantDto> Grants);

public sealed record GrantDto(Guid OrgUnitId, string Level);
