namespace Verksam.UnitTests.Architecture;

/// <summary>Links are built, not typed: only the link builder spells out an address (style guide, "Walls that hold").</summary>
public sealed class LinkTests
{
    private static readonly string[] Typed = ["href=\"/", "action=\"/", "Redirect($\"/", "Redirect(\"/"];

    [Fact]
    public void ViewsAndPageModels_TypeNoAddress_OnlyTheLinkBuilderDoes()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var builder = Path.Combine(src, "Verksam.Web", "Shared", "Links", "Link.cs");

        var typed = SourceFiles(src)
            .Where(file => file != builder)
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => Typed.Any(t => l.line.Contains(t, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(src, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        typed.ShouldBeEmpty("build these addresses with Verksam.Web.Shared.Links.Link instead");
    }

    [Fact]
    public void LinkBuilder_UsesNoFeature()
    {
        var builder = Path.Combine(RepositoryRoot(), "src", "Verksam.Web", "Shared", "Links", "Link.cs");

        File.ReadAllText(builder).ShouldNotContain("Verksam.Web.Features");
    }

    private static IEnumerable<string> SourceFiles(string src) =>
        Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    /// <summary>The folder holding Verksam.slnx, found by walking up from where the tests run.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Verksam.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No Verksam.slnx above " + AppContext.BaseDirectory);
    }
}
