using System.Text.RegularExpressions;

namespace Verksam.UnitTests.Architecture;

/// <summary>Links are built, not typed: only the link builder spells out an address (style guide, "Walls that hold").</summary>
public sealed partial class LinkTests
{
    private static readonly string[] Typed = ["href=\"/", "action=\"/", "Redirect($\"/", "Redirect(\"/"];

    [Fact]
    public void Sources_TypeNoLinkOrRedirect_OnlyTheLinkBuilderDoes()
    {
        var typed = Lines(SourceFiles())
            .Where(l => Typed.Any(t => l.Text.Contains(t, StringComparison.Ordinal)))
            .Select(l => l.ToString())
            .ToList();

        typed.ShouldBeEmpty("build these addresses with Verksam.Web.Shared.Links.Link instead");
    }

    [Fact]
    public void ViewsAndPageModels_HoldNoAddressInAString_ButTheirOwnRoute()
    {
        var views = SourceFiles().Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cshtml.cs", StringComparison.Ordinal));

        var typed = Lines(views)
            .Where(l => !l.Text.TrimStart().StartsWith("@page", StringComparison.Ordinal) && QuotedAddress().IsMatch(l.Text))
            .Select(l => l.ToString())
            .ToList();

        typed.ShouldBeEmpty("build these addresses with Verksam.Web.Shared.Links.Link instead");
    }

    [Fact]
    public void LinkBuilder_UsesNoFeature()
    {
        File.ReadAllText(LinkBuilder()).ShouldNotContain("Verksam.Web.Features");
    }

    /// <summary>A string that starts with an address: "/organisation…" or $"/mal/…" (not a view path such as "/Features/…").</summary>
    [GeneratedRegex("\"/[a-z]")]
    private static partial Regex QuotedAddress();

    private sealed record Line(string File, int Number, string Text)
    {
        public override string ToString() => $"{Path.GetRelativePath(RepositoryRoot(), File)}:{Number}: {Text.Trim()}";
    }

    private static IEnumerable<Line> Lines(IEnumerable<string> files) =>
        files.SelectMany(file => File.ReadLines(file).Select((text, index) => new Line(file, index + 1, text)));

    /// <summary>Every view and C# file of the app, except the link builder itself.</summary>
    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(f => f != LinkBuilder());

    private static string LinkBuilder() => Path.Combine(RepositoryRoot(), "src", "Verksam.Web", "Shared", "Links", "Link.cs");

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
