using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Verksam.Web.Shared.Logging;
using Verksam.Web.Shared.Security;

namespace Verksam.UnitTests.Shared;

public sealed class HardeningTests
{
    [Fact]
    public void ALogRecord_WithLineBreaksAndTerminalEscapesFromAClient_IsOneLineWithThemEscaped()
    {
        var formatter = new ControlCharacterSafeFormatter();
        using var output = new StringWriter();
        var entry = new LogEntry<string>(LogLevel.Warning, "Verksam.Test", new EventId(7), "year=abc\r\n2026-12-01 info Fake: admin logged in\u001b[31m\u0085", new InvalidOperationException("bad\nvalue"), (s, _) => s);

        formatter.Write(entry, null, output);

        var text = output.ToString();
        text.TrimEnd('\n').ShouldNotContain("\n");
        text.ShouldNotContain("\r");
        text.ShouldNotContain("\u001b");
        text.ShouldNotContain("\u0085");
        text.ShouldContain("year=abc\\u000d\\u000a2026-12-01 info Fake");
        text.ShouldContain("\\u001b[31m");
        text.ShouldContain("bad\\u000avalue");
        text.ShouldContain(" warn Verksam.Test[7]: ");
    }

    [Theory]
    [InlineData("Failed to bind parameter \"int year\" from \"abc\".", "Parametern year kan inte läsas: ett heltal väntas, till exempel 2024.")]
    [InlineData("Failed to bind parameter \"int? decimals\" from \"x\".", "Parametern decimals kan inte läsas: ett heltal väntas, till exempel 2024.")]
    [InlineData("Failed to bind parameter \"Guid id\" from \"nej\".", "Parametern id kan inte läsas: ett id väntas, till exempel 3f2504e0-4f89-11d3-9a0c-0305e82c3301.")]
    [InlineData("Required parameter \"int year\" was not provided from query string.", "Parametern year saknas.")]
    [InlineData("Something else entirely", "Frågan innehåller något som inte kan läsas. Kontrollera parametrarna mot API-beskrivningen.")]
    public void AnApiParameterThatCannotBeRead_IsDescribedInSwedish_WithoutRepeatingTheValue(string reason, string expected) =>
        ApiBadRequestHandler.Describe(reason).ShouldBe(expected);

    [Fact]
    public void ByDefault_OnlyAProxyOnTheSameMachineIsTrusted()
    {
        var options = new ForwardedHeadersOptions();

        ReverseProxySetup.Apply(options, new ReverseProxyOptions());

        options.KnownProxies.Select(p => p.ToString()).ShouldBe(["127.0.0.1", "::1"], ignoreOrder: true);
        options.KnownIPNetworks.ShouldBeEmpty();
        options.ForwardedHeaders.ShouldBe(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
    }

    [Fact]
    public void NamedProxiesAndNetworks_ReplaceTheDefault_AndAnAddressThatIsNoneStopsTheStartSayingWhich()
    {
        var proxy = new ReverseProxyOptions();
        proxy.TrustedProxies.Add("10.0.0.5");
        proxy.TrustedNetworks.Add("10.1.0.0/24");
        var options = new ForwardedHeadersOptions();

        ReverseProxySetup.Apply(options, proxy);

        options.KnownProxies.Select(p => p.ToString()).ShouldBe(["10.0.0.5"]);
        options.KnownIPNetworks.Select(n => n.ToString()).ShouldBe(["10.1.0.0/24"]);

        var wrong = new ReverseProxyOptions();
        wrong.TrustedProxies.Add("proxy.kommun.se");
        Should.Throw<InvalidOperationException>(() => ReverseProxySetup.Apply(new ForwardedHeadersOptions(), wrong)).Message.ShouldContain("\"proxy.kommun.se\"");
    }
}
