using System.Linq;
using SimLayouts.Generator.Tests.Infrastructure;

namespace SimLayouts.Generator.Tests;

/// <summary>What the generator emits for the real layouts compiles cleanly and reads as documented.</summary>
public sealed class GeneratedCodeTests
{
    private const string Usage = """
        using System;
        using Consumer.Pcars2;

        /// <summary>Reads and writes a page the way the README shows.</summary>
        public static class Usage
        {
            /// <summary>Reads.</summary>
            public static float Read(ReadOnlySpan<byte> page)
            {
                var view = new SharedMemoryView(page);
                float sum = view.Speed + view.Orientations[3, 2] + view.ParticipantInfo[5].WorldPosition[1];
                foreach (var speed in view.Speeds) { sum += speed; }
                foreach (var participant in view.ParticipantInfo) { sum += participant.CurrentLapDistance; }
                foreach (var name in view.CarNames) { sum += name.Length; }
                sum += view.TyreCompound[3].Length + view.CarNameBytes.Length;
                if (view.GameState == GameState.IngamePlaying && (view.CarFlags & CarFlags.Abs) != 0) { sum += 1; }
                return sum + SharedMemoryLayout.Size + SharedMemoryLayout.Offsets.SequenceNumber + Pcars2Constants.StringLengthMax;
            }

            /// <summary>Writes.</summary>
            public static void Write(Span<byte> page)
            {
                var writer = new SharedMemoryWritableView(page);
                writer.Speed = 12.5f;
                writer.CarName = "Formula Reiza";
                writer.Speeds[3] = 1f;
                writer.Orientations[2, 1] = 0.5f;
                var participant = writer.ParticipantInfo[4];
                participant.Name = "Driver";
                participant.WorldPosition[2] = 3f;
                writer.TyreFlags[0] = TyreFlags.Attached | TyreFlags.Inflated;
                writer.LaunchStage = (LaunchStage)42;
            }
        }
        """;

    [Test]
    public void Pcars2_layout_generates_code_that_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealLayout("pcars2.layout.yaml"), "/layouts/pcars2.layout.yaml", sources: Usage);

        Assert.That(run.Exception, Is.Null);
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.GeneratedSources, Is.Not.Empty);
        Assert.That(run.CompileErrors(includeWarnings: true).Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Every_scalar_type_embedded_structs_and_2d_arrays_read_back_what_was_written()
    {
        const string Layout = """
            layout: kinds
            namespace: Consumer.Kinds
            enums:
              - { name: Small, type: i8, values: [ { name: NEG, value: -1 }, { name: POS, value: 1 } ] }
              - { name: Bits, type: u16, flags: true, values: [ { name: A, value: 1 }, { name: B, value: 0x8000 } ] }
            structs:
              - name: Inner
                size: 16
                fields:
                  - { name: d, offset: 0, type: f64 }
                  - { name: tag, offset: 8, type: string, length: 8 }
              - name: Outer
                size: 24
                fields:
                  - { name: id, offset: 0, type: u64 }
                  - { name: inner, offset: 8, type: Inner }
            pages:
              - name: Page
                segment: Local\kinds
                size: 256
                fields:
                  - { name: u8v, offset: 0, type: u8 }
                  - { name: i8v, offset: 1, type: i8, enum: Small }
                  - { name: u16v, offset: 2, type: u16, enum: Bits }
                  - { name: i16v, offset: 4, type: i16 }
                  - { name: u32v, offset: 8, type: u32 }
                  - { name: i32v, offset: 12, type: i32 }
                  - { name: u64v, offset: 16, type: u64 }
                  - { name: i64v, offset: 24, type: i64 }
                  - { name: f32v, offset: 32, type: f32 }
                  - { name: f64v, offset: 36, type: f64 }
                  - { name: flag, offset: 44, type: bool }
                  - { name: outer, offset: 48, type: Outer }
                  - { name: ids, offset: 72, type: u64, dims: [4, 2] }
                  - { name: outers, offset: 136, type: Outer, dims: [4], stride: 30 }
            """;
        const string Usage = """
            using System;
            using Consumer.Kinds;

            /// <summary>Writes then reads every kind of member.</summary>
            public static class Probe
            {
                /// <summary>Returns the first member that did not read back, or null.</summary>
                public static string? Run()
                {
                    var page = new byte[PageLayout.Size];
                    var w = new PageWritableView(page);
                    w.U8v = 250; w.I8v = Small.Neg; w.U16v = Bits.A | Bits.B; w.I16v = -300;
                    w.U32v = 4_000_000_000; w.I32v = -5; w.U64v = ulong.MaxValue - 1; w.I64v = long.MinValue + 1;
                    w.F32v = 1.5f; w.F64v = Math.PI; w.Flag = true;
                    var outer = w.Outer; outer.Id = 77; var inner = outer.Inner; inner.D = 2.25; inner.Tag = "tag";
                    w.Ids[3, 1] = 0xDEADBEEFCAFEBABE;
                    var last = w.Outers[3]; last.Id = 99; var lastInner = last.Inner; lastInner.Tag = "end";
                    var v = new PageView(page);
                    if (v.U8v != 250) return "u8";
                    if (v.I8v != Small.Neg || (sbyte)v.I8v != -1) return "i8";
                    if (v.U16v != (Bits.A | Bits.B)) return "u16";
                    if (v.I16v != -300) return "i16";
                    if (v.U32v != 4_000_000_000) return "u32";
                    if (v.I32v != -5) return "i32";
                    if (v.U64v != ulong.MaxValue - 1) return "u64";
                    if (v.I64v != long.MinValue + 1) return "i64";
                    if (v.F32v != 1.5f) return "f32";
                    if (v.F64v != Math.PI) return "f64";
                    if (!v.Flag) return "bool";
                    if (v.Outer.Id != 77 || v.Outer.Inner.D != 2.25 || v.Outer.Inner.Tag != "tag") return "embedded";
                    if (v.Ids[3][1] != 0xDEADBEEFCAFEBABE || v.Ids.Columns != 2) return "2-D u64";
                    if (v.Outers[3].Id != 99 || v.Outers[3].Inner.Tag != "end") return "struct array with stride";
                    if (BitConverter.ToUInt64(page, 136 + (3 * 30)) != 99) return "stride offset";
                    if (BitConverter.ToDouble(page, 48 + 8) != 2.25) return "embedded offset";
                    return null;
                }
            }
            """;

        var run = GeneratorHarness.Run(Layout, sources: Usage);

        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileErrors(includeWarnings: true).Select(d => d.ToString()), Is.Empty);
        using var image = new System.IO.MemoryStream();
        Assert.That(run.Output.Emit(image).Success);
        var assembly = System.Reflection.Assembly.Load(image.ToArray());
        var failure = assembly.GetType("Probe")!.GetMethod("Run")!.Invoke(null, null);
        Assert.That(failure, Is.Null);
    }

    [Test]
    public void Json_names_omissions_and_active_counts_come_from_the_yaml()
    {
        const string Layout = """
            layout: board
            namespace: Consumer.Board
            enums:
              - { name: Lights, type: u8, flags: true, values: [ { name: LEFT, value: 1 }, { name: RIGHT, value: 2 } ] }
            pages:
              - name: Page
                segment: board
                size: 64
                fields:
                  - { name: mCount, offset: 0, type: u8 }
                  - { name: fuel_liter_current_quantity, offset: 4, type: f32 }
                  - { name: speedKmh, offset: 8, type: f32, json: kph }
                  - { name: mPadding, offset: 12, type: u32, json: false }
                  - { name: spare, offset: 16, type: u8, dims: [4], reserved: true }
                  - { name: laps, offset: 20, type: u16, dims: [8], count: mCount }
                  - { name: lights, offset: 36, type: u8, enum: Lights }
                  - { name: grid, offset: 40, type: i8, dims: [2, 3] }
                  - { name: odd, offset: 48, type: u8, json: 'a "quoted" <name> é\' }
            """;
        const string Usage = """
            using System.Buffers;
            using System.Text.Json;
            using Consumer.Board;

            /// <summary>Writes a page as JSON.</summary>
            public static class Probe
            {
                /// <summary>The page's JSON with the given array extent.</summary>
                public static string Run(bool all)
                {
                    var page = new byte[PageLayout.Size];
                    var w = new PageWritableView(page);
                    w.Count = 2; w.FuelLiterCurrentQuantity = 12.5f; w.SpeedKmh = 99f; w.Padding = 7;
                    w.Laps[0] = 1; w.Laps[1] = 2; w.Laps[7] = 8; w.Lights = Lights.Left | Lights.Right; w.Grid[1, 2] = -3;
                    var buffer = new ArrayBufferWriter<byte>();
                    using (var writer = new Utf8JsonWriter(buffer))
                    {
                        new PageView(page).WriteJson(writer, new SimLayouts.PageJsonOptions { Arrays = all ? SimLayouts.JsonArrayExtent.All : SimLayouts.JsonArrayExtent.Active });
                    }

                    return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
                }
            }
            """;

        var run = GeneratorHarness.Run(Layout, sources: Usage);

        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileErrors(includeWarnings: true).Select(d => d.ToString()), Is.Empty);
        using var image = new System.IO.MemoryStream();
        Assert.That(run.Output.Emit(image).Success);
        var probe = System.Reflection.Assembly.Load(image.ToArray()).GetType("Probe")!.GetMethod("Run")!;
        Assert.That(
            probe.Invoke(null, [false]),
            Is.EqualTo("""{"count":2,"fuelLiterCurrentQuantity":12.5,"kph":99,"laps":[1,2],"lights":["Left","Right"],"grid":[[0,0,0],[0,0,-3]],"a \u0022quoted\u0022 \u003Cname\u003E \u00E9\\":0}"""),
            "names are escaped at compile time exactly as System.Text.Json escapes them");
        Assert.That(probe.Invoke(null, [true]), Does.Contain("\"laps\":[1,2,0,0,0,0,0,8]"));
    }

    [TestCase(2, "[1,2]")]
    [TestCase(0, "[]")]
    [TestCase(-5, "[]")]
    [TestCase(int.MaxValue, "[1,2,0,4]")]
    public void An_active_count_in_a_nested_struct_trims_json_and_is_clamped_to_the_array(int count, string laps)
    {
        // rFactor 2 keeps the vehicle count of its scoring page in mScoringInfo, a struct in front of the vehicles.
        const string Layout = """
            layout: nested
            namespace: Consumer.Nested
            structs:
              - name: Info
                size: 8
                fields:
                  - { name: mSession, offset: 0, type: i32 }
                  - { name: mNumLaps, offset: 4, type: i32 }
              - name: Outer
                size: 8
                fields:
                  - { name: mInfo, offset: 0, type: Info }
            pages:
              - name: Page
                segment: nested
                size: 32
                fields:
                  - { name: mOuter, offset: 0, type: Outer }
                  - { name: mLaps, offset: 8, type: u16, dims: [4], count: mOuter.mInfo.mNumLaps }
                  - { name: mFlags, offset: 16, type: u8, dims: [4], count: mTail.mNumLaps }
                  - { name: mTail, offset: 24, type: Info }
            """;
        const string Usage = """
            using System;
            using System.Buffers;
            using System.Linq;
            using System.Text.Json;
            using Consumer.Nested;

            /// <summary>Writes a page, or its first bytes, as JSON.</summary>
            public static class Probe
            {
                /// <summary>The JSON of the first <paramref name="length"/> bytes of a page whose counts are <paramref name="count"/>.</summary>
                public static string Run(int count, int length)
                {
                    var page = new byte[PageLayout.Size];
                    var w = new PageWritableView(page);
                    var info = w.Outer.Info; info.NumLaps = count; var tail = w.Tail; tail.NumLaps = 1;
                    w.Laps[0] = 1; w.Laps[1] = 2; w.Laps[3] = 4; w.Flags[0] = 9;
                    var buffer = new ArrayBufferWriter<byte>();
                    using (var writer = new Utf8JsonWriter(buffer))
                    {
                        new PageView(page.AsSpan(0, length)).WriteJson(writer, new SimLayouts.PageJsonOptions());
                    }

                    return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
                }

                /// <summary>The metadata's count fields of the two arrays.</summary>
                public static string Counts() => string.Join("|", PageLayout.Description.Fields.Where(f => f.CountField is not null).Select(f => f.Path + "=" + f.CountField));
            }
            """;

        var run = GeneratorHarness.Run(Layout, sources: Usage);

        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileErrors(includeWarnings: true).Select(d => d.ToString()), Is.Empty);
        using var image = new System.IO.MemoryStream();
        Assert.That(run.Output.Emit(image).Success);
        var probe = System.Reflection.Assembly.Load(image.ToArray()).GetType("Probe")!;
        var json = (string)probe.GetMethod("Run")!.Invoke(null, [count, 32])!;
        Assert.That(json, Does.Contain($"\"laps\":{laps},"));
        Assert.That(json, Does.Contain("\"flags\":[9],"), "a count after its array is read as well");
        Assert.That((string)probe.GetMethod("Run")!.Invoke(null, [count, 24])!, Does.Contain("\"laps\":").And.Not.Contain("\"flags\""), "a page too short for the count writes neither");
        Assert.That(probe.GetMethod("Counts")!.Invoke(null, null), Is.EqualTo("mLaps=mOuter.mInfo.mNumLaps|mFlags=mTail.mNumLaps"));
    }

    [Test]
    public void Acevo_layout_generates_code_that_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealLayout("acevo.layout.yaml"), "/layouts/acevo.layout.yaml");

        Assert.That(run.Exception, Is.Null);
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileErrors(includeWarnings: true).Select(d => d.ToString()), Is.Empty);
    }

    [TestCase("type: i16", true)]
    [TestCase("type: u16", true)]
    [TestCase("type: u32", false)]
    [TestCase("type: i16, dims: [2]", false)]
    public void A_single_value_may_be_narrower_than_its_enum_but_an_array_may_not(string shape, bool accepted)
    {
        var layout = $$"""
            layout: widening
            enums:
              - { name: Gear, type: i32, values: [ { name: REVERSE, value: 0 }, { name: NEUTRAL, value: 1 } ] }
            pages:
              - name: Page
                segment: seg
                size: 8
                fields:
                  - { name: gear, offset: 0, {{shape}}, enum: Gear }
            """;

        var run = GeneratorHarness.Run(layout);

        Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), accepted ? Is.Empty : Is.EqualTo(new[] { "SL0014" }));
        Assert.That(run.CompileErrors().Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Every_generated_file_is_marked_auto_generated_and_nullable_enabled()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealLayout("pcars2.layout.yaml"));

        foreach (var source in run.GeneratedSources)
        {
            var text = source.SourceText.ToString();
            Assert.That(text, Does.StartWith("// <auto-generated/>"), source.HintName);
            Assert.That(text, Does.Contain("#nullable enable"), source.HintName);
        }
    }

    [Test]
    public void Views_carry_the_layout_docs_and_units_as_xml_comments()
    {
        const string Layout = """
            layout: docs
            pages:
              - name: Page
                segment: seg
                size: 8
                doc: "The whole page."
                fields:
                  - { name: mSpeed, offset: 0, type: f32, unit: "m/s", doc: "Speed of the car & more." }
            """;

        var run = GeneratorHarness.Run(Layout);
        var view = run.GeneratedSources.Single(s => s.HintName.EndsWith(".PageView.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();

        Assert.That(view, Does.Contain("/// <summary>Speed of the car &amp; more.</summary>"));
        Assert.That(view, Does.Contain("<c>mSpeed</c>: f32 at offset 0; unit: m/s."));
        Assert.That(view, Does.Contain("The whole page."));
    }

    [Test]
    public void Names_follow_the_documented_rules_and_overrides()
    {
        const string Layout = """
            layout: names
            enums:
              - name: State
                type: u8
                prefix: STATE_
                values:
                  - { name: STATE_IN_PIT_LANE, value: 1 }
                  - { name: STATE_B1RUMBLES, value: 2 }
            pages:
              - name: Page
                segment: seg
                size: 64
                fields:
                  - { name: mSpeed, offset: 0, type: f32 }
                  - { name: speedKmh, offset: 4, type: f32 }
                  - { name: fuel_liter_current_quantity, offset: 8, type: f32 }
                  - { name: mMaxRPM, offset: 12, type: f32 }
                  - { name: P2PStatus, offset: 16, type: i32 }
                  - { name: weird, offset: 20, type: u8, csharp: Renamed, json: renamedInJson, enum: State }
            """;

        var run = GeneratorHarness.Run(Layout);
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        var all = string.Join("\n", run.GeneratedSources.Select(s => s.SourceText.ToString()));

        Assert.That(all, Does.Contain("public float Speed =>"));
        Assert.That(all, Does.Contain("public float SpeedKmh =>"));
        Assert.That(all, Does.Contain("public float FuelLiterCurrentQuantity =>"));
        Assert.That(all, Does.Contain("public float MaxRPM =>"));
        Assert.That(all, Does.Contain("public int P2PStatus =>"));
        Assert.That(all, Does.Contain("public State Renamed =>"));
        Assert.That(all, Does.Contain("InPitLane = 1,"));
        Assert.That(all, Does.Contain("B1rumbles = 2,"));
        Assert.That(all, Does.Contain("\"speed\""));
        Assert.That(all, Does.Contain("\"speedKmh\""));
        Assert.That(all, Does.Contain("\"fuelLiterCurrentQuantity\""));
        Assert.That(all, Does.Contain("\"maxRPM\""));
        Assert.That(all, Does.Contain("\"renamedInJson\""));
    }

    [Test]
    public void Without_the_runtime_reference_the_generator_says_so_instead_of_emitting_broken_code()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealLayout("pcars2.layout.yaml"), withRuntime: false);

        Assert.That(run.GeneratedSources, Is.Empty);
        Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), Is.EquivalentTo(new[] { "SL0019" }));
    }
}
