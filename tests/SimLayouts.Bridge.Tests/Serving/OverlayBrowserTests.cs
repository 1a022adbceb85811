using System;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using SimLayouts.Bridge.Tests.Infrastructure;

namespace SimLayouts.Bridge.Tests.Serving;

/// <summary>
/// The overlay page in a real browser: headless Chromium (Debian's package; .ci/run installs it) loads <c>/</c> from
/// <c>simlayouts serve --source sim</c>, the numbers must change as frames arrive, and a screenshot of the live
/// values is kept as the test's artifact (overlay-pcars2.png in the test results).
/// </summary>
[NonParallelizable]
public sealed class OverlayBrowserTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Test]
    public async Task The_overlay_shows_live_values_that_change_and_a_screenshot_is_kept()
    {
        RequireChromium();
        using var server = ServeProcess.Start("--source", "sim");
        await using var browser = await HeadlessChromium.StartAsync(620, 640);

        await browser.NavigateAsync(server.Address);

        var first = await WaitForAsync(browser, "document.querySelector('[data-role=speed]').textContent", text => text is not null and not "—", "a speed");
        await WaitForAsync(browser, "document.querySelector('[data-role=speed]').textContent", text => text is not null and not "—" && text != first, "the speed to change");
        var position = await WaitForAsync(browser, "document.querySelector('[data-role=position]').textContent", text => text is not null and not "—", "a position");
        var standings = await WaitForAsync(browser, "String(document.querySelectorAll('[data-role=standings] tbody tr').length)", text => text is not null and not "0", "standings");
        var title = await browser.EvaluateAsync("document.querySelector('[data-role=title]').textContent");
        Assert.That(title?.ToString(), Is.EqualTo(ExportTitle()));
        var status = await browser.EvaluateAsync("document.querySelector('[data-role=status]').textContent");
        Assert.That(status?.ToString(), Is.EqualTo("live"));
        TestContext.Out.WriteLine($"speed {first} km/h, then changed; position {position}; {standings} standings rows");

        var screenshot = await browser.ScreenshotAsync();
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "overlay-pcars2.png");
        await File.WriteAllBytesAsync(path, screenshot);
        TestContext.AddTestAttachment(path, "The overlay with live values from the simulator.");
        Assert.That(screenshot.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), Is.True, "a PNG");
    }

    // RaceRoom's standings name comes through an embedded struct (driverInfo.name); rFactor 2's player is found by
    // [isPlayer=1], its telemetry by [id=...], and its speed is the length of a velocity vector (magnitude).
    [TestCase("r3e")]
    [TestCase("rf2")]
    public async Task The_overlay_evaluates_selectors_magnitudes_and_nested_columns_of_the_games_roles(string game)
    {
        RequireChromium();
        using var server = ServeProcess.Start("--game", game, "--source", "sim");
        await using var browser = await HeadlessChromium.StartAsync(620, 640);

        await browser.NavigateAsync(server.Address);

        var speed = await WaitForAsync(browser, "document.querySelector('[data-role=speed]').textContent", text => int.TryParse(text, out var kmh) && kmh > 0, "a speed above 0");
        var rpm = await WaitForAsync(browser, "document.querySelector('[data-role=rpm]').textContent", text => int.TryParse(text, out var value) && value > 0, "an engine speed");
        var position = await WaitForAsync(browser, "document.querySelector('[data-role=position]').textContent", text => int.TryParse(text, out var place) && place > 0, "a position");
        var lap = await WaitForAsync(browser, "document.querySelector('[data-role=lap]').textContent", text => text is not null and not "—", "a lap");
        // The player's row is the one at the player's position, with a driver's name in it.
        var player = await WaitForAsync(browser, "document.querySelector('[data-role=standings] tbody tr.player')?.children[1].textContent ?? null", text => !string.IsNullOrEmpty(text), "the player's named standings row");
        TestContext.Out.WriteLine($"{game}: {speed} km/h, {rpm} rpm, position {position}, lap {lap}, player {player}");
    }

    [Test]
    public async Task With_transparent_the_page_has_no_background_for_obs()
    {
        RequireChromium();
        using var server = ServeProcess.Start("--source", "sim");
        await using var browser = await HeadlessChromium.StartAsync(620, 640);

        await browser.NavigateAsync(new Uri(server.Address, "/?transparent"));

        var background = await WaitForAsync(browser, "document.body.classList.contains('transparent') ? getComputedStyle(document.body).backgroundColor : null", text => text is not null, "the transparent body");
        Assert.That(background, Is.EqualTo("rgba(0, 0, 0, 0)"));
    }

    private static string ExportTitle() => BuiltInLayouts.TryGet("pcars2", out var layout) ? layout.Title : string.Empty;

    private static void RequireChromium()
    {
        if (HeadlessChromium.Executable is not null)
        {
            return;
        }

        // CI installs chromium (.ci/run); there a missing browser is a failure, on a developer's machine a skip.
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail("chromium is not installed; .ci/run installs Debian's chromium package.");
        }

        Assert.Ignore("chromium is not installed (apt-get install chromium).");
    }

    private static async Task<string> WaitForAsync(HeadlessChromium browser, string expression, Func<string?, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = (await browser.EvaluateAsync(expression))?.ToString();
            if (done(last))
            {
                return last!;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"waited {Patience.TotalSeconds} s for {what}; last value: {last ?? "none"}");
        return string.Empty;
    }
}
