using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SimLayouts;

/// <summary>
/// An enum value as its raw bits in a <see cref="ulong"/>, sign-extended when the enum's type is signed, so that one
/// piece of code handles every enum of every underlying type. The size is a constant of each instantiation and the
/// sign a static readonly flag, so the JIT reduces each conversion to the one load or store it needs.
/// </summary>
internal static class EnumBits<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Whether the underlying type is signed (<c>sbyte</c>, <c>short</c>, <c>int</c>, <c>long</c>).</summary>
    public static readonly bool IsSigned = Type.GetTypeCode(typeof(TEnum)) is TypeCode.SByte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64;

    public static ulong ToBits(TEnum value) => Unsafe.SizeOf<TEnum>() switch
    {
        1 => IsSigned ? (ulong)Unsafe.As<TEnum, sbyte>(ref value) : Unsafe.As<TEnum, byte>(ref value),
        2 => IsSigned ? (ulong)Unsafe.As<TEnum, short>(ref value) : Unsafe.As<TEnum, ushort>(ref value),
        4 => IsSigned ? (ulong)Unsafe.As<TEnum, int>(ref value) : Unsafe.As<TEnum, uint>(ref value),
        _ => Unsafe.As<TEnum, ulong>(ref value),
    };

    /// <summary>The value whose bits are the low bits of <paramref name="bits"/>.</summary>
    public static TEnum FromBits(ulong bits)
    {
        switch (Unsafe.SizeOf<TEnum>())
        {
            case 1:
                var one = (byte)bits;
                return Unsafe.As<byte, TEnum>(ref one);
            case 2:
                var two = (ushort)bits;
                return Unsafe.As<ushort, TEnum>(ref two);
            case 4:
                var four = (uint)bits;
                return Unsafe.As<uint, TEnum>(ref four);
            default:
                return Unsafe.As<ulong, TEnum>(ref bits);
        }
    }

    /// <summary>The number the bits hold, as the underlying type prints it (<c>-1</c>, <c>4294967295</c>).</summary>
    public static string ToText(ulong bits) =>
        IsSigned ? ((long)bits).ToString(CultureInfo.InvariantCulture) : bits.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes the number the bits hold.</summary>
    public static void WriteNumber(RawJsonWriter json, ulong bits)
    {
        if (IsSigned)
        {
            json.WriteNumber((long)bits);
        }
        else
        {
            json.WriteNumber(bits);
        }
    }

    /// <summary>Parses a whole number of the underlying type (an optional sign and spaces around, invariant digits).</summary>
    public static bool TryParse(string text, out ulong bits)
    {
        var size = Unsafe.SizeOf<TEnum>() * 8;
        if (IsSigned)
        {
            var parsed = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var signed);
            var fits = size == 64 || (signed >= -(1L << (size - 1)) && signed < (1L << (size - 1)));
            bits = parsed && fits ? (ulong)signed : 0;
            return parsed && fits;
        }

        var ok = ulong.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unsigned) && (size == 64 || unsigned < (1UL << size));
        bits = ok ? unsigned : 0;
        return ok;
    }
}
