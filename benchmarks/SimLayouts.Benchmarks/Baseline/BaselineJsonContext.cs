using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>
/// The System.Text.Json source-generated context a tool would write for its page structs: fields included
/// (interop structs have no properties), member names as the header spells them, enums as the raw numbers
/// the structs hold.
/// </summary>
/// <remarks>
/// <see cref="JsonNumberHandling.AllowNamedFloatingPointLiterals"/> is needed because System.Text.Json throws
/// on NaN and ±Infinity by default, and a page from a game can hold them; with it they are written as the
/// strings <c>"NaN"</c>, <c>"Infinity"</c> and <c>"-Infinity"</c>. The benchmark pages hold no NaN, so this
/// changes no output there, only what the serializer checks.
/// </remarks>
[JsonSourceGenerationOptions(
    IncludeFields = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(Pcars2Page))]
[JsonSerializable(typeof(AcEvoGraphicsPage))]
[JsonSerializable(typeof(AccPhysicsPage))]
[JsonSerializable(typeof(AccGraphicsPage))]
[JsonSerializable(typeof(AccStaticPage))]
[JsonSerializable(typeof(Rf2TelemetryPage))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
