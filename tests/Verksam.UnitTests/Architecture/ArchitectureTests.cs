using Mono.Cecil;

namespace Verksam.UnitTests.Architecture;

/// <summary>
/// The walls of ADR 11, read from the compiled app: a table is used only by the feature that owns it, the domain
/// rules reference neither EF Core nor ASP.NET Core, Shared uses no feature, and no two features use each other.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>Code that may touch every table: the DbContext and its migrations, and the demo loader, which fills an empty database as a migration would.</summary>
    private static readonly string[] MayUseEveryTable = ["Data", "Operations/Demo"];

    private static readonly Lazy<CodeMap> App = new(() => CodeMap.Load(typeof(Verksam.Web.VerksamApp).Assembly.Location));

    [Fact]
    public void Tables_AreUsedOnlyByTheFeatureThatOwnsThem()
    {
        var violations = TableViolations(App.Value);

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void TableRule_WhenAFeatureReadsAnotherFeaturesTable_Fails()
    {
        // The rule must catch what it forbids: this assembly's own RuleBreaker reads the goals' table from a
        // type that claims to be in the indicators feature.
        var map = CodeMap.Load(typeof(ArchitectureTests).Assembly.Location);

        var violations = TableViolations(map, ownerOf: entity => "Features/Goals", userOf: _ => "Features/Indicators")
            .Where(v => v.Contains(nameof(RuleBreaker), StringComparison.Ordinal))
            .ToList();

        violations.ShouldNotBeEmpty();
    }

    [Fact]
    public void Domain_ReferencesNeitherEfCoreNorAspNetCoreNorTheRestOfTheApp()
    {
        var violations = new List<string>();
        foreach (var type in App.Value.AllTypes().Where(t => CodeMap.ComponentOf(t)?.StartsWith("Domain", StringComparison.Ordinal) == true))
        {
            foreach (var used in CodeMap.ReferencesOf(type).Distinct())
            {
                var ns = Outermost(used).Namespace;
                var component = CodeMap.ComponentOf(used);
                if (ns.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                    || ns.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                    || (component is not null && !component.StartsWith("Domain", StringComparison.Ordinal) && component != "Resources"))
                {
                    violations.Add($"{type.FullName} → {used.FullName}");
                }
            }
        }

        violations.Distinct().ToList().ShouldBeEmpty(string.Join(Environment.NewLine, violations.Distinct()));
    }

    [Fact]
    public void Shared_UsesNoFeature()
    {
        var violations = Edges(App.Value)
            .Where(e => e.From.StartsWith("Shared/", StringComparison.Ordinal) && e.To.StartsWith("Features/", StringComparison.Ordinal))
            .Select(e => $"{e.From} → {e.To}: {e.Example}")
            .ToList();

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Features_UseEachOtherInOneDirectionOnly()
    {
        var edges = Edges(App.Value)
            .Where(e => e.From.StartsWith("Features/", StringComparison.Ordinal) && e.To.StartsWith("Features/", StringComparison.Ordinal))
            .ToList();

        var circles = Circles(edges.Select(e => (e.From, e.To)).Distinct().ToList());
        var explained = circles.Select(circle => string.Join(" → ", circle) + Environment.NewLine + string.Join(Environment.NewLine,
            circle.Zip(circle.Skip(1)).Select(pair => "   " + edges.First(e => e.From == pair.First && e.To == pair.Second).Example)));

        circles.ShouldBeEmpty(string.Join(Environment.NewLine, explained));
    }

    internal static List<string> TableViolations(CodeMap map, Func<TypeReference, string?>? ownerOf = null, Func<TypeDefinition, string?>? userOf = null)
    {
        ownerOf ??= entity => CodeMap.ComponentOf(entity);
        userOf ??= CodeMap.ComponentOf;
        var violations = new List<string>();
        foreach (var (user, method, entity) in map.TableUses())
        {
            var userComponent = userOf(user);
            var owner = ownerOf(entity);
            if (userComponent is null || owner is null || userComponent == owner || MayUseEveryTable.Contains(userComponent))
            {
                continue;
            }

            violations.Add($"{userComponent} uses {owner}'s table {entity.Name} in {Outermost(user).FullName}");
        }

        return violations.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static List<(string From, string To, string Example)> Edges(CodeMap map)
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in map.AllTypes())
        {
            var from = CodeMap.ComponentOf(type);
            if (from is null)
            {
                continue;
            }

            foreach (var used in CodeMap.ReferencesOf(type))
            {
                var to = CodeMap.ComponentOf(used);
                if (to is null || to == from)
                {
                    continue;
                }

                edges.TryAdd((from, to), $"{Outermost(type).FullName} uses {used.FullName}");
            }
        }

        return edges.Select(e => (e.Key.Item1, e.Key.Item2, e.Value)).ToList();
    }

    /// <summary>Each circle once, as the path from its smallest member back to it.</summary>
    internal static List<List<string>> Circles(IReadOnlyList<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var found = new List<List<string>>();
        var seen = new HashSet<string>();
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string> { start };
            void Walk(string at)
            {
                foreach (var to in next.GetValueOrDefault(at) ?? [])
                {
                    if (to == start)
                    {
                        var circle = path.Append(start).ToList();
                        var key = string.Join(",", circle.Skip(1).Order(StringComparer.Ordinal));
                        if (circle.Skip(1).All(c => string.CompareOrdinal(c, start) >= 0) && seen.Add(key))
                        {
                            found.Add(circle);
                        }
                    }
                    else if (!path.Contains(to) && string.CompareOrdinal(to, start) > 0)
                    {
                        path.Add(to);
                        Walk(to);
                        path.RemoveAt(path.Count - 1);
                    }
                }
            }

            Walk(start);
        }

        return found;
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type is TypeSpecification spec)
        {
            type = spec.ElementType;
        }

        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }
}

/// <summary>Breaks the table rule on purpose, for <see cref="ArchitectureTests.TableRule_WhenAFeatureReadsAnotherFeaturesTable_Fails"/>.</summary>
internal static class RuleBreaker
{
    public static int CountGoals(Verksam.Web.Data.VerksamDbContext db) => db.Goals.Count();
}
