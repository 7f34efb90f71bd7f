using System.Globalization;
using MimeKit;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;

namespace Verksam.Web.Features.Notifications;

/// <summary>
/// A notification as a Swedish mail, plain text and HTML: its line (the unit and the period, never a matter's text),
/// the comment of a report sent back, and a link; whatever else there is to read is behind the link and its checks.
/// </summary>
public static class MailComposer
{
    public static MimeMessage Compose(Notification notification, UserContact to, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(options);
        var link = Absolute(options, notification.Link);
        var settings = Absolute(options, Link.NotificationSettings());
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(to.Name, to.Email ?? throw new InvalidOperationException("No address")));
        message.Subject = string.Format(CultureInfo.CurrentCulture, Texts.Mail_Subject, notification.Subject);
        // A stable id: a mail written again after a crash is recognisably the same mail.
        message.MessageId = $"{notification.Id:N}@verksam";
        var greeting = string.Format(CultureInfo.CurrentCulture, Texts.Mail_Greeting, to.Name);
        var comment = notification.Comment is null ? null : string.Format(CultureInfo.CurrentCulture, Texts.Mail_Comment, notification.Comment);
        var text = string.Join("\n\n", new[] { greeting, notification.Subject + ".", comment, string.Format(CultureInfo.CurrentCulture, Texts.Mail_Open, link), string.Format(CultureInfo.CurrentCulture, Texts.Mail_Why, settings) }.OfType<string>()) + "\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>{Encode(message.Subject)}</title></head>
            <body style="font-family: sans-serif; line-height: 1.5;">
            <p>{Encode(greeting)}</p>
            <p><strong>{Encode(notification.Subject)}.</strong></p>
            {(comment is null ? string.Empty : $"<p>{Encode(comment)}</p>")}
            <p><a href="{Encode(link)}">{Encode(Texts.Mail_OpenLink)}</a></p>
            <p style="color: #505a5f;">{Encode(Texts.Mail_WhyHtml)} <a href="{Encode(settings)}">{Encode(Texts.Mail_SettingsLink)}</a>.</p>
            </body></html>
            """;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        // Seven-bit on the wire and in an .eml file alike: every part encoded the same whatever the server offers.
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }

    public static string Absolute(MailOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.BaseAddress.TrimEnd('/') + path;
    }

    /// <summary>Encodes what is special in HTML and leaves Swedish letters as they are.</summary>
    private static string Encode(string text) => Html.Encode(text);

    private static readonly System.Text.Encodings.Web.HtmlEncoder Html = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
}
