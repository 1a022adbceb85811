using System;
using System.Linq;
using System.Reflection;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>
/// What <c>title</c>, <c>bridge</c> and a page's <c>presence</c> become at run time: the generated descriptions carry
/// the declared values, or the defaults the generator derives, and the presence field is the page's own row.
/// </summary>
public sealed class GameKeysAndPresenceTests
{
    [Test]
    public void Declared_title_bridge_and_presence_are_in_the_generated_metadata()
    {
        const string Layout = """
            layout: rig
            namespace: Consumer.Rig
            title: "The Rig: a test game"
            bridge: { ingest: /api/ingest/rig-v2, frame: rig-frame-2 }
            enums:
              - { name: State, type: u16, values: [ { name: STATE_OFF, value: 0 }, { name: STATE_ON, value: 1 }, { name: STATE_QUIT, value: 9 } ] }
            pages:
              - name: Main
                segment: rig_main
                size: 8
                presence: { field: mState, absent: [STATE_OFF, 7, 0x0009] }
                fields:
                  - { name: mCounter, offset: 0, type: u32 }
                  - { name: mState, offset: 4, type: u16, enum: State }
              - name: Wide
                segment: rig_wide
                size: 8
                presence: { field: mHandle, absent: [0xFFFFFFFFFFFFFFFF] }
                fields:
                  - { name: mHandle, offset: 0, type: u64 }
              - name: Quiet
                segment: rig_quiet
                size: 4
                fields:
                  - { name: mValue, offset: 0, type: i32 }
            """;

        var layout = Compile(Layout, "Consumer.Rig.RigLayout");

        Assert.That(layout.Title, Is.EqualTo("The Rig: a test game"));
        Assert.That(layout.Bridge, Is.EqualTo(new BridgeDescription("/api/ingest/rig-v2", "rig-frame-2")));

        var main = layout.Pages[0];
        var presence = main.Presence!;
        Assert.That(presence, Is.Not.Null);
        Assert.That(presence.Field, Is.SameAs(main.Fields.Single(field => field.NativeName == "mState")), "the page's own row");
        Assert.That(presence.AbsentValues, Is.EqualTo(new long[] { 0, 7, 9 }));
        Assert.That(presence.AbsentNames, Is.EqualTo(new[] { "STATE_OFF", "7", "STATE_QUIT" }), "a number a member has is named after it");

        var wide = layout.Pages[1].Presence!;
        Assert.That(wide.AbsentValues, Is.EqualTo(new long[] { -1 }), "u64 values above long.MaxValue wrap, as the reader reads them");
        Assert.That(wide.AbsentNames, Is.EqualTo(new[] { "18446744073709551615" }));

        Assert.That(layout.Pages[2].Presence, Is.Null);
    }

    [Test]
    public void Without_the_keys_the_title_is_the_layout_name_and_the_bridge_gets_the_defaults()
    {
        const string Layout = """
            layout: plain
            namespace: Consumer.Plain
            pages:
              - name: Main
                segment: plain_main
                size: 4
                fields:
                  - { name: mValue, offset: 0, type: i32 }
            """;

        var layout = Compile(Layout, "Consumer.Plain.PlainLayout");

        Assert.That(layout.Title, Is.EqualTo("plain"));
        Assert.That(layout.Bridge, Is.EqualTo(new BridgeDescription("/api/ingest/plain-shared-memory", "pages")));
        Assert.That(layout.Pages[0].Presence, Is.Null);
    }

    /// <summary>Generates, compiles and loads <paramref name="yaml"/>; returns the layout's description.</summary>
    private static LayoutDescription Compile(string yaml, string layoutClass)
    {
        var run = GeneratorHarness.Run(yaml);
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileErrors(includeWarnings: true).Select(d => d.ToString()), Is.Empty);
        using var image = new System.IO.MemoryStream();
        Assert.That(run.Output.Emit(image).Success);
        var type = Assembly.Load(image.ToArray()).GetType(layoutClass, throwOnError: true)!;
        return (LayoutDescription)type.GetProperty("Description")!.GetValue(null)!;
    }
}
