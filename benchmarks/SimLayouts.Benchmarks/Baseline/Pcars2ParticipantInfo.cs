// Hand-written-style interop declaration of pcars2 ParticipantInfo, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/pcars2/fields.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>One <c>ParticipantInfo</c> element of the pcars2 page (100 bytes; offsets relative to the element).</summary>
/// <remarks>Marshalled size: 100 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct Pcars2ParticipantInfo
{
    /// <summary><c>mIsActive</c>: <c>bool</c> at element offset 0.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mIsActive;

    /// <summary><c>mName</c>: <c>char[64]</c> at element offset 1.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)]
    public string mName;

    /// <summary><c>mWorldPosition</c>: <c>float[3]</c> at element offset 68; world space (x,y,z).</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] mWorldPosition;

    /// <summary><c>mCurrentLapDistance</c>: <c>float</c> at element offset 80; metres.</summary>
    public float mCurrentLapDistance;

    /// <summary><c>mRacePosition</c>: <c>unsigned int</c> at element offset 84.</summary>
    public uint mRacePosition;

    /// <summary><c>mLapsCompleted</c>: <c>unsigned int</c> at element offset 88.</summary>
    public uint mLapsCompleted;

    /// <summary><c>mCurrentLap</c>: <c>unsigned int</c> at element offset 92.</summary>
    public uint mCurrentLap;

    /// <summary><c>mCurrentSector</c>: <c>int</c> at element offset 96.</summary>
    public int mCurrentSector;
}
