using System;
using Consumer.Dashboard;
using SimLayouts.Pcars2;

var page = new byte[DashboardPageLayout.Size];
var writer = new DashboardPageWritableView(page);
writer.PacketId = 7;
writer.SpeedKmh = 212.5f;
writer.Light = LightState.On;
writer.Driver = "ACE";
//EXTRA-WRITE

var view = new DashboardPageView(page);
Console.WriteLine($"{view.PacketId} {view.SpeedKmh} {view.Light} {view.Driver}");
//EXTRA-READ

foreach (var layout in SimLayouts.Generated.CompiledLayouts.All)
{
    var presence = layout.Pages[0].Presence!;
    Console.WriteLine($"{layout.Name} '{layout.Title}' {layout.Bridge.IngestPath} {layout.Bridge.Frame} {presence.Field.NativeName}: {string.Join(",", presence.AbsentNames)}");
}

Console.WriteLine("built in: " + string.Join(",", SimLayouts.BuiltInLayouts.Names));

var pcars2 = new byte[SharedMemoryLayout.Size];
new SharedMemoryWritableView(pcars2).Speed = 33f;
Console.WriteLine($"pcars2 {new SharedMemoryView(pcars2).Speed}");
