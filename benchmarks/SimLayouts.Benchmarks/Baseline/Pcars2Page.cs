// Hand-written-style interop declaration of the pcars2 / AMS2 page <c>$pcars2$</c> (SharedMemory, version 14), the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, strings as ByValTStr, 2-D arrays flattened.
// Written once from reference/pcars2/fields.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The whole <c>$pcars2$</c> page (<c>SharedMemory</c>, version 14) as a tool declares it for <see cref="System.Runtime.InteropServices.Marshal.PtrToStructure{T}(System.IntPtr)"/>.</summary>
/// <remarks>Marshalled size: 20,700 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct Pcars2Page
{
    /// <summary><c>mVersion</c>: <c>unsigned int</c> at offset 0.</summary>
    public uint mVersion;

    /// <summary><c>mBuildVersionNumber</c>: <c>unsigned int</c> at offset 4.</summary>
    public uint mBuildVersionNumber;

    /// <summary><c>mGameState</c>: <c>unsigned int</c> at offset 8; enum GameState, kept as its raw number.</summary>
    public uint mGameState;

    /// <summary><c>mSessionState</c>: <c>unsigned int</c> at offset 12; enum SessionState, kept as its raw number.</summary>
    public uint mSessionState;

    /// <summary><c>mRaceState</c>: <c>unsigned int</c> at offset 16; enum RaceState, kept as its raw number.</summary>
    public uint mRaceState;

    /// <summary><c>mViewedParticipantIndex</c>: <c>int</c> at offset 20.</summary>
    public int mViewedParticipantIndex;

    /// <summary><c>mNumParticipants</c>: <c>int</c> at offset 24.</summary>
    public int mNumParticipants;

    /// <summary><c>mParticipantInfo</c>: <c>ParticipantInfo[64]</c> at offset 28.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public Pcars2ParticipantInfo[] mParticipantInfo;

    /// <summary><c>mUnfilteredThrottle</c>: <c>float</c> at offset 6428.</summary>
    public float mUnfilteredThrottle;

    /// <summary><c>mUnfilteredBrake</c>: <c>float</c> at offset 6432.</summary>
    public float mUnfilteredBrake;

    /// <summary><c>mUnfilteredSteering</c>: <c>float</c> at offset 6436.</summary>
    public float mUnfilteredSteering;

    /// <summary><c>mUnfilteredClutch</c>: <c>float</c> at offset 6440.</summary>
    public float mUnfilteredClutch;

    /// <summary><c>mCarName</c>: <c>char[64]</c> at offset 6444.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)]
    public string mCarName;

    /// <summary><c>mCarClassName</c>: <c>char[64]</c> at offset 6508.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)]
    public string mCarClassName;

    /// <summary><c>mLapsInEvent</c>: <c>unsigned int</c> at offset 6572.</summary>
    public uint mLapsInEvent;

    /// <summary><c>mTrackLocation</c>: <c>char[64]</c> at offset 6576.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)]
    public string mTrackLocation;

    /// <summary><c>mTrackVariation</c>: <c>char[64]</c> at offset 6640.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)]
    public string mTrackVariation;

    /// <summary><c>mTrackLength</c>: <c>float</c> at offset 6704; metres.</summary>
    public float mTrackLength;

    /// <summary><c>mNumSectors</c>: <c>int</c> at offset 6708.</summary>
    public int mNumSectors;

    /// <summary><c>mLapInvalidated</c>: <c>bool</c> at offset 6712; boolean.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mLapInvalidated;

    /// <summary><c>mBestLapTime</c>: <c>float</c> at offset 6716; seconds.</summary>
    public float mBestLapTime;

    /// <summary><c>mLastLapTime</c>: <c>float</c> at offset 6720; seconds.</summary>
    public float mLastLapTime;

    /// <summary><c>mCurrentTime</c>: <c>float</c> at offset 6724; seconds.</summary>
    public float mCurrentTime;

    /// <summary><c>mSplitTimeAhead</c>: <c>float</c> at offset 6728; seconds.</summary>
    public float mSplitTimeAhead;

    /// <summary><c>mSplitTimeBehind</c>: <c>float</c> at offset 6732; seconds.</summary>
    public float mSplitTimeBehind;

    /// <summary><c>mSplitTime</c>: <c>float</c> at offset 6736; seconds.</summary>
    public float mSplitTime;

    /// <summary><c>mEventTimeRemaining</c>: <c>float</c> at offset 6740; milliseconds.</summary>
    public float mEventTimeRemaining;

    /// <summary><c>mPersonalFastestLapTime</c>: <c>float</c> at offset 6744; seconds.</summary>
    public float mPersonalFastestLapTime;

    /// <summary><c>mWorldFastestLapTime</c>: <c>float</c> at offset 6748; seconds.</summary>
    public float mWorldFastestLapTime;

    /// <summary><c>mCurrentSector1Time</c>: <c>float</c> at offset 6752; seconds.</summary>
    public float mCurrentSector1Time;

    /// <summary><c>mCurrentSector2Time</c>: <c>float</c> at offset 6756; seconds.</summary>
    public float mCurrentSector2Time;

    /// <summary><c>mCurrentSector3Time</c>: <c>float</c> at offset 6760; seconds.</summary>
    public float mCurrentSector3Time;

    /// <summary><c>mFastestSector1Time</c>: <c>float</c> at offset 6764; seconds.</summary>
    public float mFastestSector1Time;

    /// <summary><c>mFastestSector2Time</c>: <c>float</c> at offset 6768; seconds.</summary>
    public float mFastestSector2Time;

    /// <summary><c>mFastestSector3Time</c>: <c>float</c> at offset 6772; seconds.</summary>
    public float mFastestSector3Time;

    /// <summary><c>mPersonalFastestSector1Time</c>: <c>float</c> at offset 6776; seconds.</summary>
    public float mPersonalFastestSector1Time;

    /// <summary><c>mPersonalFastestSector2Time</c>: <c>float</c> at offset 6780; seconds.</summary>
    public float mPersonalFastestSector2Time;

    /// <summary><c>mPersonalFastestSector3Time</c>: <c>float</c> at offset 6784; seconds.</summary>
    public float mPersonalFastestSector3Time;

    /// <summary><c>mWorldFastestSector1Time</c>: <c>float</c> at offset 6788; seconds.</summary>
    public float mWorldFastestSector1Time;

    /// <summary><c>mWorldFastestSector2Time</c>: <c>float</c> at offset 6792; seconds.</summary>
    public float mWorldFastestSector2Time;

    /// <summary><c>mWorldFastestSector3Time</c>: <c>float</c> at offset 6796; seconds.</summary>
    public float mWorldFastestSector3Time;

    /// <summary><c>mHighestFlagColour</c>: <c>unsigned int</c> at offset 6800; enum FlagColours, kept as its raw number.</summary>
    public uint mHighestFlagColour;

    /// <summary><c>mHighestFlagReason</c>: <c>unsigned int</c> at offset 6804; enum FlagReason, kept as its raw number.</summary>
    public uint mHighestFlagReason;

    /// <summary><c>mPitMode</c>: <c>unsigned int</c> at offset 6808; enum PitMode, kept as its raw number.</summary>
    public uint mPitMode;

    /// <summary><c>mPitSchedule</c>: <c>unsigned int</c> at offset 6812; enum PitStopSchedule, kept as its raw number.</summary>
    public uint mPitSchedule;

    /// <summary><c>mCarFlags</c>: <c>unsigned int</c> at offset 6816; enum CarFlags, kept as its raw number.</summary>
    public uint mCarFlags;

    /// <summary><c>mOilTempCelsius</c>: <c>float</c> at offset 6820; celsius.</summary>
    public float mOilTempCelsius;

    /// <summary><c>mOilPressureKPa</c>: <c>float</c> at offset 6824; kPa.</summary>
    public float mOilPressureKPa;

    /// <summary><c>mWaterTempCelsius</c>: <c>float</c> at offset 6828; celsius.</summary>
    public float mWaterTempCelsius;

    /// <summary><c>mWaterPressureKPa</c>: <c>float</c> at offset 6832; kPa.</summary>
    public float mWaterPressureKPa;

    /// <summary><c>mFuelPressureKPa</c>: <c>float</c> at offset 6836; kPa.</summary>
    public float mFuelPressureKPa;

    /// <summary><c>mFuelLevel</c>: <c>float</c> at offset 6840.</summary>
    public float mFuelLevel;

    /// <summary><c>mFuelCapacity</c>: <c>float</c> at offset 6844; litres.</summary>
    public float mFuelCapacity;

    /// <summary><c>mSpeed</c>: <c>float</c> at offset 6848; m/s.</summary>
    public float mSpeed;

    /// <summary><c>mRpm</c>: <c>float</c> at offset 6852; rpm.</summary>
    public float mRpm;

    /// <summary><c>mMaxRPM</c>: <c>float</c> at offset 6856; rpm.</summary>
    public float mMaxRPM;

    /// <summary><c>mBrake</c>: <c>float</c> at offset 6860.</summary>
    public float mBrake;

    /// <summary><c>mThrottle</c>: <c>float</c> at offset 6864.</summary>
    public float mThrottle;

    /// <summary><c>mClutch</c>: <c>float</c> at offset 6868.</summary>
    public float mClutch;

    /// <summary><c>mSteering</c>: <c>float</c> at offset 6872.</summary>
    public float mSteering;

    /// <summary><c>mGear</c>: <c>int</c> at offset 6876.</summary>
    public int mGear;

    /// <summary><c>mNumGears</c>: <c>int</c> at offset 6880.</summary>
    public int mNumGears;

    /// <summary><c>mOdometerKM</c>: <c>float</c> at offset 6884.</summary>
    public float mOdometerKM;

    /// <summary><c>mAntiLockActive</c>: <c>bool</c> at offset 6888; boolean.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mAntiLockActive;

    /// <summary><c>mLastOpponentCollisionIndex</c>: <c>int</c> at offset 6892.</summary>
    public int mLastOpponentCollisionIndex;

    /// <summary><c>mLastOpponentCollisionMagnitude</c>: <c>float</c> at offset 6896.</summary>
    public float mLastOpponentCollisionMagnitude;

    /// <summary><c>mBoostActive</c>: <c>bool</c> at offset 6900; boolean.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mBoostActive;

    /// <summary><c>mBoostAmount</c>: <c>float</c> at offset 6904.</summary>
    public float mBoostAmount;

    /// <summary><c>mOrientation</c>: <c>float[3]</c> at offset 6908; euler angles.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] mOrientation;

    /// <summary><c>mLocalVelocity</c>: <c>float[3]</c> at offset 6920; m/s.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] mLocalVelocity;

    /// <summary><c>mWorldVelocity</c>: <c>float[3]</c> at offset 6932; m/s.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] mWorldVelocity;

    /// <summary><c>mAngularVelocity</c>: <c>float[3]</c> at offset 6944; rad/s.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] mAngularVelocity;

    /// <summary><c>mLocalAcceleration</c>: <c>float[3]</c> at offset 6956; m/s per header (acceleration; likely m/s^2).</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] mLocalAcceleration;

    /// <summary><c>mWorldAcceleration</c>: <c>float[3]</c> at offset 6968; m/s per header (acceleration; likely m/s^2).</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] mWorldAcceleration;

    /// <summary><c>mExtentsCentre</c>: <c>float[3]</c> at offset 6980; local space (x,y,z).</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] mExtentsCentre;

    /// <summary><c>mTyreFlags</c>: <c>unsigned int[4]</c> at offset 6992; enum TyreFlags, kept as its raw number.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public uint[] mTyreFlags;

    /// <summary><c>mTerrain</c>: <c>unsigned int[4]</c> at offset 7008; enum TerrainMaterials, kept as its raw number.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public uint[] mTerrain;

    /// <summary><c>mTyreY</c>: <c>float[4]</c> at offset 7024; local space y.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreY;

    /// <summary><c>mTyreRPS</c>: <c>float[4]</c> at offset 7040; rev/s.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreRPS;

    /// <summary><c>mTyreSlipSpeed</c>: <c>float[4]</c> at offset 7056.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreSlipSpeed;

    /// <summary><c>mTyreTemp</c>: <c>float[4]</c> at offset 7072; celsius.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreTemp;

    /// <summary><c>mTyreGrip</c>: <c>float[4]</c> at offset 7088.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreGrip;

    /// <summary><c>mTyreHeightAboveGround</c>: <c>float[4]</c> at offset 7104; local space y.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreHeightAboveGround;

    /// <summary><c>mTyreLateralStiffness</c>: <c>float[4]</c> at offset 7120.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreLateralStiffness;

    /// <summary><c>mTyreWear</c>: <c>float[4]</c> at offset 7136.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreWear;

    /// <summary><c>mBrakeDamage</c>: <c>float[4]</c> at offset 7152.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mBrakeDamage;

    /// <summary><c>mSuspensionDamage</c>: <c>float[4]</c> at offset 7168.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mSuspensionDamage;

    /// <summary><c>mBrakeTempCelsius</c>: <c>float[4]</c> at offset 7184; celsius.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mBrakeTempCelsius;

    /// <summary><c>mTyreTreadTemp</c>: <c>float[4]</c> at offset 7200; kelvin.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreTreadTemp;

    /// <summary><c>mTyreLayerTemp</c>: <c>float[4]</c> at offset 7216; kelvin.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreLayerTemp;

    /// <summary><c>mTyreCarcassTemp</c>: <c>float[4]</c> at offset 7232; kelvin.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreCarcassTemp;

    /// <summary><c>mTyreRimTemp</c>: <c>float[4]</c> at offset 7248; kelvin.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreRimTemp;

    /// <summary><c>mTyreInternalAirTemp</c>: <c>float[4]</c> at offset 7264; kelvin.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreInternalAirTemp;

    /// <summary><c>mCrashState</c>: <c>unsigned int</c> at offset 7280; enum CrashDamageState, kept as its raw number.</summary>
    public uint mCrashState;

    /// <summary><c>mAeroDamage</c>: <c>float</c> at offset 7284.</summary>
    public float mAeroDamage;

    /// <summary><c>mEngineDamage</c>: <c>float</c> at offset 7288.</summary>
    public float mEngineDamage;

    /// <summary><c>mAmbientTemperature</c>: <c>float</c> at offset 7292; celsius.</summary>
    public float mAmbientTemperature;

    /// <summary><c>mTrackTemperature</c>: <c>float</c> at offset 7296; celsius.</summary>
    public float mTrackTemperature;

    /// <summary><c>mRainDensity</c>: <c>float</c> at offset 7300; relative amount 0..1.</summary>
    public float mRainDensity;

    /// <summary><c>mWindSpeed</c>: <c>float</c> at offset 7304.</summary>
    public float mWindSpeed;

    /// <summary><c>mWindDirectionX</c>: <c>float</c> at offset 7308; normalised vector x.</summary>
    public float mWindDirectionX;

    /// <summary><c>mWindDirectionY</c>: <c>float</c> at offset 7312; normalised vector y.</summary>
    public float mWindDirectionY;

    /// <summary><c>mCloudBrightness</c>: <c>float</c> at offset 7316.</summary>
    public float mCloudBrightness;

    /// <summary><c>mSequenceNumber</c>: <c>unsigned int</c> at offset 7320.</summary>
    public uint mSequenceNumber;

    /// <summary><c>mWheelLocalPositionY</c>: <c>float[4]</c> at offset 7324; local space y.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mWheelLocalPositionY;

    /// <summary><c>mSuspensionTravel</c>: <c>float[4]</c> at offset 7340; metres.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mSuspensionTravel;

    /// <summary><c>mSuspensionVelocity</c>: <c>float[4]</c> at offset 7356; pushrod deflection rate.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mSuspensionVelocity;

    /// <summary><c>mAirPressure</c>: <c>float[4]</c> at offset 7372; psi.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mAirPressure;

    /// <summary><c>mEngineSpeed</c>: <c>float</c> at offset 7388; rad/s.</summary>
    public float mEngineSpeed;

    /// <summary><c>mEngineTorque</c>: <c>float</c> at offset 7392; N·m.</summary>
    public float mEngineTorque;

    /// <summary><c>mWings</c>: <c>float[2]</c> at offset 7396.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 2)]
    public float[] mWings;

    /// <summary><c>mHandBrake</c>: <c>float</c> at offset 7404.</summary>
    public float mHandBrake;

    /// <summary><c>mCurrentSector1Times</c>: <c>float[64]</c> at offset 7408; seconds.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public float[] mCurrentSector1Times;

    /// <summary><c>mCurrentSector2Times</c>: <c>float[64]</c> at offset 7664; seconds.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public float[] mCurrentSector2Times;

    /// <summary><c>mCurrentSector3Times</c>: <c>float[64]</c> at offset 7920; seconds.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public float[] mCurrentSector3Times;

    /// <summary><c>mFastestSector1Times</c>: <c>float[64]</c> at offset 8176; seconds.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public float[] mFastestSector1Times;

    /// <summary><c>mFastestSector2Times</c>: <c>float[64]</c> at offset 8432; seconds.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public float[] mFastestSector2Times;

    /// <summary><c>mFastestSector3Times</c>: <c>float[64]</c> at offset 8688; seconds.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public float[] mFastestSector3Times;

    /// <summary><c>mFastestLapTimes</c>: <c>float[64]</c> at offset 8944; seconds.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public float[] mFastestLapTimes;

    /// <summary><c>mLastLapTimes</c>: <c>float[64]</c> at offset 9200; seconds.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public float[] mLastLapTimes;

    /// <summary><c>mLapsInvalidated</c>: <c>bool[64]</c> at offset 9456; boolean.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64, ArraySubType = UnmanagedType.I1)]
    public bool[] mLapsInvalidated;

    /// <summary><c>mRaceStates</c>: <c>unsigned int[64]</c> at offset 9520; enum RaceState, kept as its raw number.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public uint[] mRaceStates;

    /// <summary><c>mPitModes</c>: <c>unsigned int[64]</c> at offset 9776; enum PitMode, kept as its raw number.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public uint[] mPitModes;

    /// <summary><c>mOrientations</c>: <c>float[64][3]</c> at offset 10032; euler angles.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64 * 3)]
    public float[] mOrientations;

    /// <summary><c>mSpeeds</c>: <c>float[64]</c> at offset 10800; m/s.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public float[] mSpeeds;

    /// <summary><c>mCarNames</c>: <c>char[64][64]</c> at offset 11056.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public AnsiString64[] mCarNames;

    /// <summary><c>mCarClassNames</c>: <c>char[64][64]</c> at offset 15152.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public AnsiString64[] mCarClassNames;

    /// <summary><c>mEnforcedPitStopLap</c>: <c>int</c> at offset 19248; lap number.</summary>
    public int mEnforcedPitStopLap;

    /// <summary><c>mTranslatedTrackLocation</c>: <c>char[64]</c> at offset 19252.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)]
    public string mTranslatedTrackLocation;

    /// <summary><c>mTranslatedTrackVariation</c>: <c>char[64]</c> at offset 19316.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)]
    public string mTranslatedTrackVariation;

    /// <summary><c>mBrakeBias</c>: <c>float</c> at offset 19380.</summary>
    public float mBrakeBias;

    /// <summary><c>mTurboBoostPressure</c>: <c>float</c> at offset 19384.</summary>
    public float mTurboBoostPressure;

    /// <summary><c>mTyreCompound</c>: <c>char[4][40]</c> at offset 19388.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public AnsiString40[] mTyreCompound;

    /// <summary><c>mPitSchedules</c>: <c>unsigned int[64]</c> at offset 19548; enum PitStopSchedule, kept as its raw number.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public uint[] mPitSchedules;

    /// <summary><c>mHighestFlagColours</c>: <c>unsigned int[64]</c> at offset 19804; enum FlagColours, kept as its raw number.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public uint[] mHighestFlagColours;

    /// <summary><c>mHighestFlagReasons</c>: <c>unsigned int[64]</c> at offset 20060; enum FlagReason, kept as its raw number.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public uint[] mHighestFlagReasons;

    /// <summary><c>mNationalities</c>: <c>unsigned int[64]</c> at offset 20316.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
    public uint[] mNationalities;

    /// <summary><c>mSnowDensity</c>: <c>float</c> at offset 20572; relative amount 0..1.</summary>
    public float mSnowDensity;

    /// <summary><c>mSessionDuration</c>: <c>float</c> at offset 20576; minutes.</summary>
    public float mSessionDuration;

    /// <summary><c>mSessionAdditionalLaps</c>: <c>int</c> at offset 20580.</summary>
    public int mSessionAdditionalLaps;

    /// <summary><c>mTyreTempLeft</c>: <c>float[4]</c> at offset 20584; celsius.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreTempLeft;

    /// <summary><c>mTyreTempCenter</c>: <c>float[4]</c> at offset 20600; celsius.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreTempCenter;

    /// <summary><c>mTyreTempRight</c>: <c>float[4]</c> at offset 20616; celsius.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mTyreTempRight;

    /// <summary><c>mDrsState</c>: <c>unsigned int</c> at offset 20632; enum DrsState, kept as its raw number.</summary>
    public uint mDrsState;

    /// <summary><c>mRideHeight</c>: <c>float[4]</c> at offset 20636; cm.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mRideHeight;

    /// <summary><c>mJoyPad0</c>: <c>unsigned int</c> at offset 20652.</summary>
    public uint mJoyPad0;

    /// <summary><c>mDPad</c>: <c>unsigned int</c> at offset 20656.</summary>
    public uint mDPad;

    /// <summary><c>mAntiLockSetting</c>: <c>int</c> at offset 20660.</summary>
    public int mAntiLockSetting;

    /// <summary><c>mTractionControlSetting</c>: <c>int</c> at offset 20664.</summary>
    public int mTractionControlSetting;

    /// <summary><c>mErsDeploymentMode</c>: <c>int</c> at offset 20668; enum ErsDeploymentMode, kept as its raw number.</summary>
    public int mErsDeploymentMode;

    /// <summary><c>mErsAutoModeEnabled</c>: <c>bool</c> at offset 20672.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mErsAutoModeEnabled;

    /// <summary><c>mClutchTemp</c>: <c>float</c> at offset 20676; kelvin.</summary>
    public float mClutchTemp;

    /// <summary><c>mClutchWear</c>: <c>float</c> at offset 20680.</summary>
    public float mClutchWear;

    /// <summary><c>mClutchOverheated</c>: <c>bool</c> at offset 20684.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mClutchOverheated;

    /// <summary><c>mClutchSlipping</c>: <c>bool</c> at offset 20685.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mClutchSlipping;

    /// <summary><c>mYellowFlagState</c>: <c>int</c> at offset 20688; enum YellowFlagState, kept as its raw number.</summary>
    public int mYellowFlagState;

    /// <summary><c>mSessionIsPrivate</c>: <c>bool</c> at offset 20692.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mSessionIsPrivate;

    /// <summary><c>mLaunchStage</c>: <c>int</c> at offset 20696; enum LaunchStage, kept as its raw number.</summary>
    public int mLaunchStage;
}
