using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Verksam.Web.Shared.TagHelpers;

namespace Verksam.UnitTests.Shared;

public sealed class ErrorTagHelperTests
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static ViewContext ContextWith(params (string Key, string Message)[] errors)
    {
        var state = new ModelStateDictionary();
        foreach (var (key, message) in errors)
        {
            state.AddModelError(key, message);
        }

        return new ViewContext { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), state), HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext() };
    }

    private static (TagHelperContext, TagHelperOutput) Element(string tag) =>
        (new TagHelperContext(tag, [], new Dictionary<object, object>(), "id"),
         new TagHelperOutput(tag, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent())));

    private static string Render(TagHelperOutput output)
    {
        using var writer = new StringWriter();
        output.WriteTo(writer, Encoder);
        return writer.ToString();
    }

    [Fact]
    public void ErrorSummary_ListsTheMessagesInTheOrderTheFieldsStandOnThePage_WrittenAfterThem()
    {
        // The form refused the type before the name, and its state keeps them so; on the page the name stands first.
        var view = ContextWith(("Input.Kind", "Välj typ av enhet"), ("Input.Name", "Fyll i enhetens namn"));
        var (context, output) = Element("error-summary");
        new ErrorSummaryTagHelper(Encoder) { ViewContext = view }.Process(context, output);
        foreach (var key in new[] { "Input.Name", "Input.Kind" })
        {
            var (fieldContext, fieldOutput) = Element("field-error");
            new FieldErrorTagHelper(Encoder) { ViewContext = view, Key = key }.Process(fieldContext, fieldOutput);
        }

        Render(output).ShouldContain("<li><a href=\"#Input_Name\">Fyll i enhetens namn</a></li><li><a href=\"#Input_Kind\">Välj typ av enhet</a></li>");
    }

    [Fact]
    public void ErrorSummary_WithoutErrors_RendersNothing()
    {
        var helper = new ErrorSummaryTagHelper(Encoder) { ViewContext = ContextWith() };
        var (context, output) = Element("error-summary");

        helper.Process(context, output);

        Render(output).ShouldBeEmpty();
    }

    [Fact]
    public void ErrorSummary_WithFieldAndFormErrors_ListsFormMessageFirstAndLinksFieldMessagesToTheirInputs()
    {
        var helper = new ErrorSummaryTagHelper(Encoder) { ViewContext = ContextWith(("Input.Name", "Fyll i enhetens namn"), ("", "Någon annan har sparat <först>")) };
        var (context, output) = Element("error-summary");

        helper.Process(context, output);

        Render(output).ShouldBe(
            "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\">" +
            "<h2 class=\"error-summary__title\" id=\"error-summary-title\">Det finns ett problem</h2>" +
            "<ul class=\"error-summary__list\"><li>Någon annan har sparat &lt;först&gt;</li>" +
            "<li><a href=\"#Input_Name\">Fyll i enhetens namn</a></li></ul></div>");
    }
}
