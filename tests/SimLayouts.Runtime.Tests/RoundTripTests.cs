using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SimLayouts.Pcars2;
using SimLayouts.Runtime.Tests.Infrastructure;

namespace SimLayouts.Runtime.Tests;

/// <summary>
/// Every field of the pcars2 page, set through the writable view, reads back through the read view and
/// lands at the offset the reference table gives. The test writes a C# program with one block per field
/// (first and last element of every array), compiles it against SimLayouts.Runtime and runs it: a typed
/// accessor per field cannot be reached by reflection, because views are ref structs.
/// </summary>
public sealed class RoundTripTests
{
    private const string ParticipantPrefix = "mParticipantInfo[].";

    [Test]
    public void Every_field_round_trips_through_the_writable_and_read_views_at_the_header_offsets()
    {
        var reference = ReferenceTables.Fields("pcars2");
        var program = new ProgramText();
        var exercised = new List<string>();
        var k = 0;
        foreach (var field in reference.Where(f => f.CType != "ParticipantInfo"))
        {
            var meta = SharedMemoryLayout.Description.Fields.Single(f => f.Path == field.Name);
            if (field.Name.StartsWith(ParticipantPrefix, StringComparison.Ordinal))
            {
                foreach (var element in new[] { 0, 63 })
                {
                    program.Field(meta, field, k++, $"w.ParticipantInfo[{element}]", $"v.ParticipantInfo[{element}]", 28 + (100 * element));
                }
            }
            else
            {
                program.Field(meta, field, k++, "w", "v", 0);
            }

            exercised.Add(field.Name);
        }

        Assert.That(exercised, Has.Count.EqualTo(165), "every member but the ParticipantInfo array itself, which its 8 members cover");
        var failures = RoundTripProgram.Run(program.ToString());
        Assert.That(failures, Is.Empty);
    }

    /// <summary>Writes the statements that set, read back and check one field.</summary>
    private sealed class ProgramText
    {
        private readonly StringBuilder _writes = new();
        private readonly StringBuilder _checks = new();

        public void Field(LayoutField meta, ReferenceField field, int k, string writer, string reader, int baseOffset)
        {
            var offset = baseOffset + field.Offset;
            var dims = field.Dims == "-" ? [] : field.Dims.Split('x').Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToArray();
            var name = meta.CSharpName;
            if (field.CType == "char")
            {
                var length = dims[^1];
                if (dims.Length == 1)
                {
                    String(k, 0, $"{writer}.{name}", $"{reader}.{name}", offset, length);
                }
                else
                {
                    String(k, 0, $"{writer}.{name}.Set(0, ", $"{reader}.{name}[0]", offset, length);
                    String(k, 1, $"{writer}.{name}.Set({dims[0] - 1}, ", $"{reader}.{name}[{dims[0] - 1}]", offset + ((dims[0] - 1) * length), length);
                }

                return;
            }

            switch (dims.Length)
            {
                case 0:
                    Scalar(meta, field, k, 0, $"{writer}.{name}", $"{reader}.{name}", offset, viaLocal: writer != "w");
                    break;
                case 1:
                    Scalar(meta, field, k, 0, $"{writer}.{name}[0]", $"{reader}.{name}[0]", offset, viaLocal: false);
                    Scalar(meta, field, k, 1, $"{writer}.{name}[{dims[0] - 1}]", $"{reader}.{name}[{dims[0] - 1}]", offset + ((dims[0] - 1) * field.ElementSize), viaLocal: false);
                    break;
                default:
                    Scalar(meta, field, k, 0, $"{writer}.{name}[0, 0]", $"{reader}.{name}[0, 0]", offset, viaLocal: false);
                    Scalar(meta, field, k, 1, $"{writer}.{name}[{dims[0] - 1}, {dims[1] - 1}]", $"{reader}.{name}[{dims[0] - 1}][{dims[1] - 1}]", offset + (((dims[0] * dims[1]) - 1) * field.ElementSize), viaLocal: false);
                    break;
            }
        }

        public override string ToString() => $$"""
            using System;
            using System.Buffers.Binary;
            using System.Collections.Generic;
            using System.Text;
            using SimLayouts.Pcars2;

            public static class RoundTrip
            {
                public static List<string> Run()
                {
                    var failures = new List<string>();
                    void Check(bool ok, string what) { if (!ok) failures.Add(what); }
                    var page = new byte[SharedMemoryLayout.Size];
                    var w = new SharedMemoryWritableView(page);
            {{_writes}}
                    var v = new SharedMemoryView(page);
            {{_checks}}
                    return failures;
                }
            }
            """;

        private void Scalar(LayoutField meta, ReferenceField field, int k, int element, string target, string source, int offset, bool viaLocal)
        {
            var n = (k * 4) + element + 1;
            var (literal, raw) = field.CType switch
            {
                "unsigned int" => ($"{n}u", $"BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan({offset})) == {n}u"),
                "int" => ($"-{n}", $"BinaryPrimitives.ReadInt32LittleEndian(page.AsSpan({offset})) == -{n}"),
                "float" => ($"{n}.25f", $"BinaryPrimitives.ReadSingleLittleEndian(page.AsSpan({offset})) == {n}.25f"),
                "bool" => ("true", $"page[{offset}] == 1"),
                _ => throw new InvalidOperationException(field.CType),
            };
            var enumType = meta.Enum is null ? null : Pcars2Layout.Description.Enums.Single(e => e.NativeName == meta.Enum).CSharpName;
            var value = enumType is null ? literal : $"(({enumType})({literal}))";
            if (viaLocal)
            {
                // A struct element is a value; assigning through it needs a local (see layouts/README.md).
                var dot = target.LastIndexOf('.');
                _writes.AppendLine(CultureInfo.InvariantCulture, $"        {{ var e = {target[..dot]}; e{target[dot..]} = {value}; }}");
            }
            else
            {
                _writes.AppendLine(CultureInfo.InvariantCulture, $"        {target} = {value};");
            }

            _checks.AppendLine(CultureInfo.InvariantCulture, $"        Check({source} == {value}, \"{field.Name} read back via {source}\");");
            _checks.AppendLine(CultureInfo.InvariantCulture, $"        Check({raw}, \"{field.Name} raw bytes at {offset}\");");
        }

        private void String(int k, int element, string target, string source, int offset, int length)
        {
            var text = $"f{k}e{element}é";
            var bytes = Encoding.UTF8.GetByteCount(text);
            var dot = target.StartsWith("w.ParticipantInfo", StringComparison.Ordinal) ? target.LastIndexOf('.') : -1;
            var statement = target.EndsWith(", ", StringComparison.Ordinal)
                ? $"{target}\"{text}\");"
                : dot < 0 ? $"{target} = \"{text}\";" : $"{{ var e = {target[..dot]}; e{target[dot..]} = \"{text}\"; }}";
            _writes.Append("        ").AppendLine(statement);
            _checks.AppendLine(CultureInfo.InvariantCulture, $"        Check({source} == \"{text}\", \"{target} read back\");");
            _checks.AppendLine(CultureInfo.InvariantCulture, $"        Check(Encoding.UTF8.GetString(page, {offset}, {bytes}) == \"{text}\" && page[{offset + bytes}] == 0, \"{target} raw bytes at {offset} (of {length})\");");
        }
    }
}
