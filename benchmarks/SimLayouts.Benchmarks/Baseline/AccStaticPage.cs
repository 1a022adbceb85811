// Hand-written-style interop declaration of the ACC page <c>SPageFileStatic</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, wchar_t strings as ByValTStr with CharSet.Unicode, 2-D arrays flattened.
// Written once from reference/acc/static.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The ACC page <c>SPageFileStatic</c> (<c>Local\acpmf_static</c>, 820 bytes, header <c>#pragma pack(4)</c>).</summary>
/// <remarks>Marshalled size: 820 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Unicode)]
public struct AccStaticPage
{
    /// <summary><c>smVersion</c>: <c>wchar_t[15]</c> at offset 0.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string smVersion;

    /// <summary><c>acVersion</c>: <c>wchar_t[15]</c> at offset 30.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string acVersion;

    /// <summary><c>numberOfSessions</c>: <c>int</c> at offset 60.</summary>
    public int numberOfSessions;

    /// <summary><c>numCars</c>: <c>int</c> at offset 64.</summary>
    public int numCars;

    /// <summary><c>carModel</c>: <c>wchar_t[33]</c> at offset 68.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string carModel;

    /// <summary><c>track</c>: <c>wchar_t[33]</c> at offset 134.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string track;

    /// <summary><c>playerName</c>: <c>wchar_t[33]</c> at offset 200.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string playerName;

    /// <summary><c>playerSurname</c>: <c>wchar_t[33]</c> at offset 266.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string playerSurname;

    /// <summary><c>playerNick</c>: <c>wchar_t[33]</c> at offset 332.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string playerNick;

    /// <summary><c>sectorCount</c>: <c>int</c> at offset 400.</summary>
    public int sectorCount;

    /// <summary><c>maxTorque</c>: <c>float</c> at offset 404.</summary>
    public float maxTorque;

    /// <summary><c>maxPower</c>: <c>float</c> at offset 408.</summary>
    public float maxPower;

    /// <summary><c>maxRpm</c>: <c>int</c> at offset 412; unit rpm.</summary>
    public int maxRpm;

    /// <summary><c>maxFuel</c>: <c>float</c> at offset 416.</summary>
    public float maxFuel;

    /// <summary><c>suspensionMaxTravel</c>: <c>float[4]</c> at offset 420.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] suspensionMaxTravel;

    /// <summary><c>tyreRadius</c>: <c>float[4]</c> at offset 436.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] tyreRadius;

    /// <summary><c>maxTurboBoost</c>: <c>float</c> at offset 452.</summary>
    public float maxTurboBoost;

    /// <summary><c>deprecated_1</c>: <c>float</c> at offset 456.</summary>
    public float deprecated_1;

    /// <summary><c>deprecated_2</c>: <c>float</c> at offset 460.</summary>
    public float deprecated_2;

    /// <summary><c>penaltiesEnabled</c>: <c>int</c> at offset 464.</summary>
    public int penaltiesEnabled;

    /// <summary><c>aidFuelRate</c>: <c>float</c> at offset 468.</summary>
    public float aidFuelRate;

    /// <summary><c>aidTireRate</c>: <c>float</c> at offset 472.</summary>
    public float aidTireRate;

    /// <summary><c>aidMechanicalDamage</c>: <c>float</c> at offset 476.</summary>
    public float aidMechanicalDamage;

    /// <summary><c>aidAllowTyreBlankets</c>: <c>int</c> at offset 480.</summary>
    public int aidAllowTyreBlankets;

    /// <summary><c>aidStability</c>: <c>float</c> at offset 484.</summary>
    public float aidStability;

    /// <summary><c>aidAutoClutch</c>: <c>int</c> at offset 488.</summary>
    public int aidAutoClutch;

    /// <summary><c>aidAutoBlip</c>: <c>int</c> at offset 492.</summary>
    public int aidAutoBlip;

    /// <summary><c>hasDRS</c>: <c>int</c> at offset 496.</summary>
    public int hasDRS;

    /// <summary><c>hasERS</c>: <c>int</c> at offset 500.</summary>
    public int hasERS;

    /// <summary><c>hasKERS</c>: <c>int</c> at offset 504.</summary>
    public int hasKERS;

    /// <summary><c>kersMaxJ</c>: <c>float</c> at offset 508.</summary>
    public float kersMaxJ;

    /// <summary><c>engineBrakeSettingsCount</c>: <c>int</c> at offset 512.</summary>
    public int engineBrakeSettingsCount;

    /// <summary><c>ersPowerControllerCount</c>: <c>int</c> at offset 516.</summary>
    public int ersPowerControllerCount;

    /// <summary><c>trackSPlineLength</c>: <c>float</c> at offset 520.</summary>
    public float trackSPlineLength;

    /// <summary><c>trackConfiguration</c>: <c>wchar_t[33]</c> at offset 524.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string trackConfiguration;

    /// <summary><c>ersMaxJ</c>: <c>float</c> at offset 592.</summary>
    public float ersMaxJ;

    /// <summary><c>isTimedRace</c>: <c>int</c> at offset 596.</summary>
    public int isTimedRace;

    /// <summary><c>hasExtraLap</c>: <c>int</c> at offset 600.</summary>
    public int hasExtraLap;

    /// <summary><c>carSkin</c>: <c>wchar_t[33]</c> at offset 604.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string carSkin;

    /// <summary><c>reversedGridPositions</c>: <c>int</c> at offset 672.</summary>
    public int reversedGridPositions;

    /// <summary><c>PitWindowStart</c>: <c>int</c> at offset 676.</summary>
    public int PitWindowStart;

    /// <summary><c>PitWindowEnd</c>: <c>int</c> at offset 680.</summary>
    public int PitWindowEnd;

    /// <summary><c>isOnline</c>: <c>int</c> at offset 684.</summary>
    public int isOnline;

    /// <summary><c>dryTyresName</c>: <c>wchar_t[33]</c> at offset 688.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string dryTyresName;

    /// <summary><c>wetTyresName</c>: <c>wchar_t[33]</c> at offset 754.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string wetTyresName;
}
