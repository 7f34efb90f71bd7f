using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Verksam.IntegrationTests.Infrastructure;

/// <summary>A person in a browser without JavaScript: reads pages and posts their real forms, antiforgery token included.</summary>
public sealed class WebSession(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();

    /// <summary>Text as a person reads it: runs of white space (from the markup's layout) as one space.</summary>
    public static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    public HttpClient Client { get; } = client;

    public async Task<PageResult> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return await PageResult.FromAsync(response);
    }

    /// <summary>Fills the form that matches <paramref name="formSelector"/> on the page at <paramref name="path"/> and submits it.</summary>
    public async Task<PageResult> SubmitAsync(string path, IReadOnlyDictionary<string, string> fields, string formSelector = "main form")
    {
        var page = await GetAsync(path);
        page.Status.ShouldBe(HttpStatusCode.OK, $"GET {path}");
        return await SubmitAsync(page, fields, formSelector, path);
    }

    public async Task<PageResult> SubmitAsync(PageResult page, IReadOnlyDictionary<string, string> fields, string formSelector, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {path}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            if (!fields.ContainsKey(input.Name!))
            {
                values.Add(new(input.Name!, input.Value));
            }
        }

        values.AddRange(fields);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? path : action;
        var response = await Client.PostAsync(target, new FormUrlEncodedContent(values));
        return await PageResult.FromAsync(response);
    }

    /// <summary>
    /// Submits the form as a browser does when the button matching <paramref name="buttonSelector"/> is pressed: to
    /// the button's formaction if it has one, else to the form's action, else to the page's own address, each read
    /// relative to <paramref name="path"/>, the address the page was shown at. Where the post went is in
    /// <see cref="PageResult.Address"/>, for pressing a button on the page it answered with.
    /// </summary>
    public async Task<PageResult> PressAsync(PageResult page, string path, IReadOnlyDictionary<string, string> fields, string formSelector, string buttonSelector)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {path}");
        var button = form.QuerySelector(buttonSelector) ?? throw new InvalidOperationException($"No button '{buttonSelector}' in '{formSelector}' on {path}");
        var values = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => !fields.ContainsKey(i.Name!))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(fields);
        var relative = button.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : form.GetAttribute("action") ?? string.Empty;
        var target = new Uri(new Uri(new Uri("http://localhost"), path), relative).PathAndQuery;
        var response = await Client.PostAsync(target, new FormUrlEncodedContent(values));
        return await PageResult.FromAsync(response);
    }

    public async Task<PageResult> PostWithoutTokenAsync(string path, IReadOnlyDictionary<string, string> fields)
    {
        var response = await Client.PostAsync(path, new FormUrlEncodedContent(fields));
        return await PageResult.FromAsync(response);
    }

    public async Task LoginAsync(string userName, string password = TestData.Password)
    {
        var result = await SubmitAsync("/logga-in", new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });
        result.Status.ShouldBe(HttpStatusCode.Redirect, "login should redirect; page said: " + result.Document.QuerySelector(".error-summary")?.TextContent);
    }

    public sealed record PageResult(HttpStatusCode Status, IHtmlDocument Document, HttpResponseMessage Response, string Body)
    {
        public string? Location => Response.Headers.Location?.ToString();

        /// <summary>The address this page answered, path and query, as a browser's address bar would show it.</summary>
        public string Address => Response.RequestMessage!.RequestUri!.PathAndQuery;

        public IReadOnlyList<string> ErrorMessages =>
            Document.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();

        public static async Task<PageResult> FromAsync(HttpResponseMessage response)
        {
            var body = await response.Content.ReadAsStringAsync();
            return new PageResult(response.StatusCode, Parser.ParseDocument(body), response, body);
        }
    }
}
