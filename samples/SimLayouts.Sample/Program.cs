using System;
using System.Globalization;
using SimLayouts.Pcars2;
using SimLayouts.Sample;
using SimLayouts.Sample.Dashboard;

// Usage: SimLayouts.Sample [PAGE-FILE | shm | shm:DIR]: a raw $pcars2$ page, the running game, or a demo page.
var page = Pcars2PageSource.Load(args.Length > 0 ? args[0] : null, out var origin, out var problem);
if (page is null)
{
    Console.Error.WriteLine($"SimLayouts.Sample: {problem}");
    return 1;
}

var game = new SharedMemoryView(page);
var culture = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(culture, $"pcars2: {origin}, {page.Length} bytes, revision {game.Revision}, version {game.Version}"));
Console.WriteLine(string.Create(culture,
    $"pcars2: {game.CarName} at {game.TrackLocation}, {game.GameState.ToDisplayString()}, {game.Speed:0.00} m/s, gear {game.Gear}, {game.Rpm:0}/{game.MaxRPM:0} rpm"));

var dashboard = new byte[DashboardPageLayout.Size];
DashboardFrame.Fill(game, dashboard);
var frame = new DashboardPageView(dashboard);
Console.WriteLine(string.Create(culture,
    $"dashboard: packet {frame.PacketId}, {frame.SpeedKmh:0.0} km/h, gear {frame.Gear}, {frame.Rpm}/{frame.RpmLimit} rpm, shift light {frame.Light.ToDisplayString()}, driver {frame.Driver}"));
Console.WriteLine(string.Create(culture,
    $"dashboard page: {DashboardPageLayout.Size} bytes, segment {DashboardPageLayout.SegmentName}, {DashboardPageView.Page.Fields.Count} fields"));
return 0;
