using System.Diagnostics;

namespace Verksam.IntegrationTests.Infrastructure;

/// <summary>Runs a program the document tests read exports with (pdftotext, soffice) and returns what it printed.</summary>
public static class ExternalProgram
{
    public static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"{program} failed: {await errors}");
        return await output;
    }
}
