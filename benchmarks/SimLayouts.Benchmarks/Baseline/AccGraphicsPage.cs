// Hand-written-style interop declaration of the ACC page <c>SPageFileGraphic</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, wchar_t strings as ByValTStr with CharSet.Unicode, 2-D arrays flattened.
// Written once from reference/acc/graphics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The ACC page <c>SPageFileGraphic</c> (<c>Local\acpmf_graphics</c>, 1588 bytes, header <c>#pragma pack(4)</c>).</summary>
/// <remarks>Marshalled size: 1588 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Unicode)]
public struct AccGraphicsPage
{
    /// <summary><c>packetId</c>: <c>int</c> at offset 0.</summary>
    public int packetId;

    /// <summary><c>status</c>: <c>AC_STATUS</c> at offset 4; enum AC_STATUS, kept as its raw number.</summary>
    public int status;

    /// <summary><c>session</c>: <c>AC_SESSION_TYPE</c> at offset 8; enum AC_SESSION_TYPE, kept as its raw number.</summary>
    public int session;

    /// <summary><c>currentTime</c>: <c>wchar_t[15]</c> at offset 12.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string currentTime;

    /// <summary><c>lastTime</c>: <c>wchar_t[15]</c> at offset 42.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string lastTime;

    /// <summary><c>bestTime</c>: <c>wchar_t[15]</c> at offset 72.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string bestTime;

    /// <summary><c>split</c>: <c>wchar_t[15]</c> at offset 102.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string split;

    /// <summary><c>completedLaps</c>: <c>int</c> at offset 132.</summary>
    public int completedLaps;

    /// <summary><c>position</c>: <c>int</c> at offset 136.</summary>
    public int position;

    /// <summary><c>iCurrentTime</c>: <c>int</c> at offset 140; unit ms.</summary>
    public int iCurrentTime;

    /// <summary><c>iLastTime</c>: <c>int</c> at offset 144; unit ms.</summary>
    public int iLastTime;

    /// <summary><c>iBestTime</c>: <c>int</c> at offset 148; unit ms.</summary>
    public int iBestTime;

    /// <summary><c>sessionTimeLeft</c>: <c>float</c> at offset 152.</summary>
    public float sessionTimeLeft;

    /// <summary><c>distanceTraveled</c>: <c>float</c> at offset 156.</summary>
    public float distanceTraveled;

    /// <summary><c>isInPit</c>: <c>int</c> at offset 160.</summary>
    public int isInPit;

    /// <summary><c>currentSectorIndex</c>: <c>int</c> at offset 164.</summary>
    public int currentSectorIndex;

    /// <summary><c>lastSectorTime</c>: <c>int</c> at offset 168; unit ms.</summary>
    public int lastSectorTime;

    /// <summary><c>numberOfLaps</c>: <c>int</c> at offset 172.</summary>
    public int numberOfLaps;

    /// <summary><c>tyreCompound</c>: <c>wchar_t[33]</c> at offset 176.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string tyreCompound;

    /// <summary><c>replayTimeMultiplier</c>: <c>float</c> at offset 244.</summary>
    public float replayTimeMultiplier;

    /// <summary><c>normalizedCarPosition</c>: <c>float</c> at offset 248; unit 0-1.</summary>
    public float normalizedCarPosition;

    /// <summary><c>activeCars</c>: <c>int</c> at offset 252.</summary>
    public int activeCars;

    /// <summary><c>carCoordinates</c>: <c>float[60][3]</c> at offset 256.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 60 * 3)]
    public float[] carCoordinates;

    /// <summary><c>carID</c>: <c>int[60]</c> at offset 976.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 60)]
    public int[] carID;

    /// <summary><c>playerCarID</c>: <c>int</c> at offset 1216.</summary>
    public int playerCarID;

    /// <summary><c>penaltyTime</c>: <c>float</c> at offset 1220.</summary>
    public float penaltyTime;

    /// <summary><c>flag</c>: <c>AC_FLAG_TYPE</c> at offset 1224; enum AC_FLAG_TYPE, kept as its raw number.</summary>
    public int flag;

    /// <summary><c>penalty</c>: <c>PenaltyShortcut</c> at offset 1228; enum PenaltyShortcut, kept as its raw number.</summary>
    public int penalty;

    /// <summary><c>idealLineOn</c>: <c>int</c> at offset 1232.</summary>
    public int idealLineOn;

    /// <summary><c>isInPitLane</c>: <c>int</c> at offset 1236.</summary>
    public int isInPitLane;

    /// <summary><c>surfaceGrip</c>: <c>float</c> at offset 1240.</summary>
    public float surfaceGrip;

    /// <summary><c>mandatoryPitDone</c>: <c>int</c> at offset 1244.</summary>
    public int mandatoryPitDone;

    /// <summary><c>windSpeed</c>: <c>float</c> at offset 1248; unit m/s.</summary>
    public float windSpeed;

    /// <summary><c>windDirection</c>: <c>float</c> at offset 1252; unit rad.</summary>
    public float windDirection;

    /// <summary><c>isSetupMenuVisible</c>: <c>int</c> at offset 1256.</summary>
    public int isSetupMenuVisible;

    /// <summary><c>mainDisplayIndex</c>: <c>int</c> at offset 1260.</summary>
    public int mainDisplayIndex;

    /// <summary><c>secondaryDisplayIndex</c>: <c>int</c> at offset 1264.</summary>
    public int secondaryDisplayIndex;

    /// <summary><c>TC</c>: <c>int</c> at offset 1268.</summary>
    public int TC;

    /// <summary><c>TCCut</c>: <c>int</c> at offset 1272.</summary>
    public int TCCut;

    /// <summary><c>EngineMap</c>: <c>int</c> at offset 1276.</summary>
    public int EngineMap;

    /// <summary><c>ABS</c>: <c>int</c> at offset 1280.</summary>
    public int ABS;

    /// <summary><c>fuelXLap</c>: <c>float</c> at offset 1284; unit L.</summary>
    public float fuelXLap;

    /// <summary><c>rainLights</c>: <c>int</c> at offset 1288.</summary>
    public int rainLights;

    /// <summary><c>flashingLights</c>: <c>int</c> at offset 1292.</summary>
    public int flashingLights;

    /// <summary><c>lightsStage</c>: <c>int</c> at offset 1296.</summary>
    public int lightsStage;

    /// <summary><c>exhaustTemperature</c>: <c>float</c> at offset 1300.</summary>
    public float exhaustTemperature;

    /// <summary><c>wiperLV</c>: <c>int</c> at offset 1304.</summary>
    public int wiperLV;

    /// <summary><c>DriverStintTotalTimeLeft</c>: <c>int</c> at offset 1308; unit ms.</summary>
    public int DriverStintTotalTimeLeft;

    /// <summary><c>DriverStintTimeLeft</c>: <c>int</c> at offset 1312; unit ms.</summary>
    public int DriverStintTimeLeft;

    /// <summary><c>rainTyres</c>: <c>int</c> at offset 1316.</summary>
    public int rainTyres;

    /// <summary><c>sessionIndex</c>: <c>int</c> at offset 1320.</summary>
    public int sessionIndex;

    /// <summary><c>usedFuel</c>: <c>float</c> at offset 1324.</summary>
    public float usedFuel;

    /// <summary><c>deltaLapTime</c>: <c>wchar_t[15]</c> at offset 1328.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string deltaLapTime;

    /// <summary><c>iDeltaLapTime</c>: <c>int</c> at offset 1360; unit ms.</summary>
    public int iDeltaLapTime;

    /// <summary><c>estimatedLapTime</c>: <c>wchar_t[15]</c> at offset 1364.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 15)]
    public string estimatedLapTime;

    /// <summary><c>iEstimatedLapTime</c>: <c>int</c> at offset 1396; unit ms.</summary>
    public int iEstimatedLapTime;

    /// <summary><c>isDeltaPositive</c>: <c>int</c> at offset 1400.</summary>
    public int isDeltaPositive;

    /// <summary><c>iSplit</c>: <c>int</c> at offset 1404; unit ms.</summary>
    public int iSplit;

    /// <summary><c>isValidLap</c>: <c>int</c> at offset 1408.</summary>
    public int isValidLap;

    /// <summary><c>fuelEstimatedLaps</c>: <c>float</c> at offset 1412.</summary>
    public float fuelEstimatedLaps;

    /// <summary><c>trackStatus</c>: <c>wchar_t[33]</c> at offset 1416.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 33)]
    public string trackStatus;

    /// <summary><c>missingMandatoryPits</c>: <c>int</c> at offset 1484.</summary>
    public int missingMandatoryPits;

    /// <summary><c>Clock</c>: <c>float</c> at offset 1488; unit s.</summary>
    public float Clock;

    /// <summary><c>directionLightsLeft</c>: <c>int</c> at offset 1492.</summary>
    public int directionLightsLeft;

    /// <summary><c>directionLightsRight</c>: <c>int</c> at offset 1496.</summary>
    public int directionLightsRight;

    /// <summary><c>GlobalYellow</c>: <c>int</c> at offset 1500.</summary>
    public int GlobalYellow;

    /// <summary><c>GlobalYellow1</c>: <c>int</c> at offset 1504.</summary>
    public int GlobalYellow1;

    /// <summary><c>GlobalYellow2</c>: <c>int</c> at offset 1508.</summary>
    public int GlobalYellow2;

    /// <summary><c>GlobalYellow3</c>: <c>int</c> at offset 1512.</summary>
    public int GlobalYellow3;

    /// <summary><c>GlobalWhite</c>: <c>int</c> at offset 1516.</summary>
    public int GlobalWhite;

    /// <summary><c>GlobalGreen</c>: <c>int</c> at offset 1520.</summary>
    public int GlobalGreen;

    /// <summary><c>GlobalChequered</c>: <c>int</c> at offset 1524.</summary>
    public int GlobalChequered;

    /// <summary><c>GlobalRed</c>: <c>int</c> at offset 1528.</summary>
    public int GlobalRed;

    /// <summary><c>mfdTyreSet</c>: <c>int</c> at offset 1532.</summary>
    public int mfdTyreSet;

    /// <summary><c>mfdFuelToAdd</c>: <c>float</c> at offset 1536.</summary>
    public float mfdFuelToAdd;

    /// <summary><c>mfdTyrePressureLF</c>: <c>float</c> at offset 1540.</summary>
    public float mfdTyrePressureLF;

    /// <summary><c>mfdTyrePressureRF</c>: <c>float</c> at offset 1544.</summary>
    public float mfdTyrePressureRF;

    /// <summary><c>mfdTyrePressureLR</c>: <c>float</c> at offset 1548.</summary>
    public float mfdTyrePressureLR;

    /// <summary><c>mfdTyrePressureRR</c>: <c>float</c> at offset 1552.</summary>
    public float mfdTyrePressureRR;

    /// <summary><c>trackGripStatus</c>: <c>ACC_TRACK_GRIP_STATUS</c> at offset 1556; enum ACC_TRACK_GRIP_STATUS, kept as its raw number.</summary>
    public int trackGripStatus;

    /// <summary><c>rainIntensity</c>: <c>ACC_RAIN_INTENSITY</c> at offset 1560; enum ACC_RAIN_INTENSITY, kept as its raw number.</summary>
    public int rainIntensity;

    /// <summary><c>rainIntensityIn10min</c>: <c>ACC_RAIN_INTENSITY</c> at offset 1564; enum ACC_RAIN_INTENSITY, kept as its raw number.</summary>
    public int rainIntensityIn10min;

    /// <summary><c>rainIntensityIn30min</c>: <c>ACC_RAIN_INTENSITY</c> at offset 1568; enum ACC_RAIN_INTENSITY, kept as its raw number.</summary>
    public int rainIntensityIn30min;

    /// <summary><c>currentTyreSet</c>: <c>int</c> at offset 1572.</summary>
    public int currentTyreSet;

    /// <summary><c>strategyTyreSet</c>: <c>int</c> at offset 1576.</summary>
    public int strategyTyreSet;

    /// <summary><c>gapAhead</c>: <c>int</c> at offset 1580; unit ms.</summary>
    public int gapAhead;

    /// <summary><c>gapBehind</c>: <c>int</c> at offset 1584; unit ms.</summary>
    public int gapBehind;
}
