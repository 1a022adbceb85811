// Hand-written-style interop declaration of rFactor 2 telemetry ($rFactor2SMMP_Telemetry$), the way C# telemetry tools
// declare shared-memory pages (the plugin's own rF2Data.cs does so): public fields in header order, fixed arrays as
// ByValArray, strings as ByValTStr, Pack = 4. Written once from reference/rf2/telemetry_as_written.tsv (see README.md in
// this folder), with the game's TelemInfoV01 (mDeltaBest included).
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The whole telemetry mapping: the version block, the header and 128 vehicles.</summary>
/// <remarks>Marshalled size: 241680 bytes, checked when the benchmark starts.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct Rf2TelemetryPage
{
    /// <summary><c>mVersionUpdateBegin</c>: <c>unsigned long</c> at offset 0.</summary>
    public uint mVersionUpdateBegin;

    /// <summary><c>mVersionUpdateEnd</c>: <c>unsigned long</c> at offset 4.</summary>
    public uint mVersionUpdateEnd;

    /// <summary><c>mBytesUpdatedHint</c>: <c>int</c> at offset 8.</summary>
    public int mBytesUpdatedHint;

    /// <summary><c>mNumVehicles</c>: <c>long</c> at offset 12.</summary>
    public int mNumVehicles;

    /// <summary><c>mVehicles</c>: <c>TelemInfoV01[128]</c> at offset 16.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 128)]
    public Rf2TelemInfoV01[] mVehicles;
}

/// <summary>One vehicle (<c>TelemInfoV01</c>, offsets relative to the element).</summary>
/// <remarks>Marshalled size: 1888 bytes, checked when the benchmark starts.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct Rf2TelemInfoV01
{
    /// <summary><c>mID</c>: <c>long</c> at offset 0.</summary>
    public int mID;

    /// <summary><c>mDeltaTime</c>: <c>double</c> at offset 4.</summary>
    public double mDeltaTime;

    /// <summary><c>mElapsedTime</c>: <c>double</c> at offset 12.</summary>
    public double mElapsedTime;

    /// <summary><c>mLapNumber</c>: <c>long</c> at offset 20.</summary>
    public int mLapNumber;

    /// <summary><c>mLapStartET</c>: <c>double</c> at offset 24.</summary>
    public double mLapStartET;

    /// <summary><c>mVehicleName</c>: <c>char[64]</c> at offset 32.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)]
    public string mVehicleName;

    /// <summary><c>mTrackName</c>: <c>char[64]</c> at offset 96.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)]
    public string mTrackName;

    /// <summary><c>mPos</c>: <c>TelemVect3</c> at offset 160.</summary>
    public Rf2TelemVect3 mPos;

    /// <summary><c>mLocalVel</c>: <c>TelemVect3</c> at offset 184.</summary>
    public Rf2TelemVect3 mLocalVel;

    /// <summary><c>mLocalAccel</c>: <c>TelemVect3</c> at offset 208.</summary>
    public Rf2TelemVect3 mLocalAccel;

    /// <summary><c>mOri</c>: <c>TelemVect3[3]</c> at offset 232.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public Rf2TelemVect3[] mOri;

    /// <summary><c>mLocalRot</c>: <c>TelemVect3</c> at offset 304.</summary>
    public Rf2TelemVect3 mLocalRot;

    /// <summary><c>mLocalRotAccel</c>: <c>TelemVect3</c> at offset 328.</summary>
    public Rf2TelemVect3 mLocalRotAccel;

    /// <summary><c>mGear</c>: <c>long</c> at offset 352.</summary>
    public int mGear;

    /// <summary><c>mEngineRPM</c>: <c>double</c> at offset 356.</summary>
    public double mEngineRPM;

    /// <summary><c>mEngineWaterTemp</c>: <c>double</c> at offset 364.</summary>
    public double mEngineWaterTemp;

    /// <summary><c>mEngineOilTemp</c>: <c>double</c> at offset 372.</summary>
    public double mEngineOilTemp;

    /// <summary><c>mClutchRPM</c>: <c>double</c> at offset 380.</summary>
    public double mClutchRPM;

    /// <summary><c>mUnfilteredThrottle</c>: <c>double</c> at offset 388.</summary>
    public double mUnfilteredThrottle;

    /// <summary><c>mUnfilteredBrake</c>: <c>double</c> at offset 396.</summary>
    public double mUnfilteredBrake;

    /// <summary><c>mUnfilteredSteering</c>: <c>double</c> at offset 404.</summary>
    public double mUnfilteredSteering;

    /// <summary><c>mUnfilteredClutch</c>: <c>double</c> at offset 412.</summary>
    public double mUnfilteredClutch;

    /// <summary><c>mFilteredThrottle</c>: <c>double</c> at offset 420.</summary>
    public double mFilteredThrottle;

    /// <summary><c>mFilteredBrake</c>: <c>double</c> at offset 428.</summary>
    public double mFilteredBrake;

    /// <summary><c>mFilteredSteering</c>: <c>double</c> at offset 436.</summary>
    public double mFilteredSteering;

    /// <summary><c>mFilteredClutch</c>: <c>double</c> at offset 444.</summary>
    public double mFilteredClutch;

    /// <summary><c>mSteeringShaftTorque</c>: <c>double</c> at offset 452.</summary>
    public double mSteeringShaftTorque;

    /// <summary><c>mFront3rdDeflection</c>: <c>double</c> at offset 460.</summary>
    public double mFront3rdDeflection;

    /// <summary><c>mRear3rdDeflection</c>: <c>double</c> at offset 468.</summary>
    public double mRear3rdDeflection;

    /// <summary><c>mFrontWingHeight</c>: <c>double</c> at offset 476.</summary>
    public double mFrontWingHeight;

    /// <summary><c>mFrontRideHeight</c>: <c>double</c> at offset 484.</summary>
    public double mFrontRideHeight;

    /// <summary><c>mRearRideHeight</c>: <c>double</c> at offset 492.</summary>
    public double mRearRideHeight;

    /// <summary><c>mDrag</c>: <c>double</c> at offset 500.</summary>
    public double mDrag;

    /// <summary><c>mFrontDownforce</c>: <c>double</c> at offset 508.</summary>
    public double mFrontDownforce;

    /// <summary><c>mRearDownforce</c>: <c>double</c> at offset 516.</summary>
    public double mRearDownforce;

    /// <summary><c>mFuel</c>: <c>double</c> at offset 524.</summary>
    public double mFuel;

    /// <summary><c>mEngineMaxRPM</c>: <c>double</c> at offset 532.</summary>
    public double mEngineMaxRPM;

    /// <summary><c>mScheduledStops</c>: <c>unsigned char</c> at offset 540.</summary>
    public byte mScheduledStops;

    /// <summary><c>mOverheating</c>: <c>bool</c> at offset 541.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mOverheating;

    /// <summary><c>mDetached</c>: <c>bool</c> at offset 542.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mDetached;

    /// <summary><c>mHeadlights</c>: <c>bool</c> at offset 543.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mHeadlights;

    /// <summary><c>mDentSeverity</c>: <c>unsigned char[8]</c> at offset 544.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 8)]
    public byte[] mDentSeverity;

    /// <summary><c>mLastImpactET</c>: <c>double</c> at offset 552.</summary>
    public double mLastImpactET;

    /// <summary><c>mLastImpactMagnitude</c>: <c>double</c> at offset 560.</summary>
    public double mLastImpactMagnitude;

    /// <summary><c>mLastImpactPos</c>: <c>TelemVect3</c> at offset 568.</summary>
    public Rf2TelemVect3 mLastImpactPos;

    /// <summary><c>mEngineTorque</c>: <c>double</c> at offset 592.</summary>
    public double mEngineTorque;

    /// <summary><c>mCurrentSector</c>: <c>long</c> at offset 600.</summary>
    public int mCurrentSector;

    /// <summary><c>mSpeedLimiter</c>: <c>unsigned char</c> at offset 604.</summary>
    public byte mSpeedLimiter;

    /// <summary><c>mMaxGears</c>: <c>unsigned char</c> at offset 605.</summary>
    public byte mMaxGears;

    /// <summary><c>mFrontTireCompoundIndex</c>: <c>unsigned char</c> at offset 606.</summary>
    public byte mFrontTireCompoundIndex;

    /// <summary><c>mRearTireCompoundIndex</c>: <c>unsigned char</c> at offset 607.</summary>
    public byte mRearTireCompoundIndex;

    /// <summary><c>mFuelCapacity</c>: <c>double</c> at offset 608.</summary>
    public double mFuelCapacity;

    /// <summary><c>mFrontFlapActivated</c>: <c>unsigned char</c> at offset 616.</summary>
    public byte mFrontFlapActivated;

    /// <summary><c>mRearFlapActivated</c>: <c>unsigned char</c> at offset 617.</summary>
    public byte mRearFlapActivated;

    /// <summary><c>mRearFlapLegalStatus</c>: <c>unsigned char</c> at offset 618.</summary>
    public byte mRearFlapLegalStatus;

    /// <summary><c>mIgnitionStarter</c>: <c>unsigned char</c> at offset 619.</summary>
    public byte mIgnitionStarter;

    /// <summary><c>mFrontTireCompoundName</c>: <c>char[18]</c> at offset 620.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 18)]
    public string mFrontTireCompoundName;

    /// <summary><c>mRearTireCompoundName</c>: <c>char[18]</c> at offset 638.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 18)]
    public string mRearTireCompoundName;

    /// <summary><c>mSpeedLimiterAvailable</c>: <c>unsigned char</c> at offset 656.</summary>
    public byte mSpeedLimiterAvailable;

    /// <summary><c>mAntiStallActivated</c>: <c>unsigned char</c> at offset 657.</summary>
    public byte mAntiStallActivated;

    /// <summary><c>mUnused</c>: <c>unsigned char[2]</c> at offset 658.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 2)]
    public byte[] mUnused;

    /// <summary><c>mVisualSteeringWheelRange</c>: <c>float</c> at offset 660.</summary>
    public float mVisualSteeringWheelRange;

    /// <summary><c>mRearBrakeBias</c>: <c>double</c> at offset 664.</summary>
    public double mRearBrakeBias;

    /// <summary><c>mTurboBoostPressure</c>: <c>double</c> at offset 672.</summary>
    public double mTurboBoostPressure;

    /// <summary><c>mPhysicsToGraphicsOffset</c>: <c>float[3]</c> at offset 680.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] mPhysicsToGraphicsOffset;

    /// <summary><c>mPhysicalSteeringWheelRange</c>: <c>float</c> at offset 692.</summary>
    public float mPhysicalSteeringWheelRange;

    /// <summary><c>mDeltaBest</c>: <c>double</c> at offset 696.</summary>
    public double mDeltaBest;

    /// <summary><c>mBatteryChargeFraction</c>: <c>double</c> at offset 704.</summary>
    public double mBatteryChargeFraction;

    /// <summary><c>mElectricBoostMotorTorque</c>: <c>double</c> at offset 712.</summary>
    public double mElectricBoostMotorTorque;

    /// <summary><c>mElectricBoostMotorRPM</c>: <c>double</c> at offset 720.</summary>
    public double mElectricBoostMotorRPM;

    /// <summary><c>mElectricBoostMotorTemperature</c>: <c>double</c> at offset 728.</summary>
    public double mElectricBoostMotorTemperature;

    /// <summary><c>mElectricBoostWaterTemperature</c>: <c>double</c> at offset 736.</summary>
    public double mElectricBoostWaterTemperature;

    /// <summary><c>mElectricBoostMotorState</c>: <c>unsigned char</c> at offset 744.</summary>
    public byte mElectricBoostMotorState;

    /// <summary><c>mExpansion</c>: <c>unsigned char[103]</c> at offset 745.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 103)]
    public byte[] mExpansion;

    /// <summary><c>mWheel</c>: <c>TelemWheelV01[4]</c> at offset 848.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public Rf2TelemWheelV01[] mWheel;
}

/// <summary>A vector of three doubles (<c>TelemVect3</c>).</summary>
/// <remarks>Marshalled size: 24 bytes, checked when the benchmark starts.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct Rf2TelemVect3
{
    /// <summary><c>x</c>: <c>double</c> at offset 0.</summary>
    public double x;

    /// <summary><c>y</c>: <c>double</c> at offset 8.</summary>
    public double y;

    /// <summary><c>z</c>: <c>double</c> at offset 16.</summary>
    public double z;
}

/// <summary>One wheel (<c>TelemWheelV01</c>, offsets relative to the element).</summary>
/// <remarks>Marshalled size: 260 bytes, checked when the benchmark starts.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Ansi)]
public struct Rf2TelemWheelV01
{
    /// <summary><c>mSuspensionDeflection</c>: <c>double</c> at offset 0.</summary>
    public double mSuspensionDeflection;

    /// <summary><c>mRideHeight</c>: <c>double</c> at offset 8.</summary>
    public double mRideHeight;

    /// <summary><c>mSuspForce</c>: <c>double</c> at offset 16.</summary>
    public double mSuspForce;

    /// <summary><c>mBrakeTemp</c>: <c>double</c> at offset 24.</summary>
    public double mBrakeTemp;

    /// <summary><c>mBrakePressure</c>: <c>double</c> at offset 32.</summary>
    public double mBrakePressure;

    /// <summary><c>mRotation</c>: <c>double</c> at offset 40.</summary>
    public double mRotation;

    /// <summary><c>mLateralPatchVel</c>: <c>double</c> at offset 48.</summary>
    public double mLateralPatchVel;

    /// <summary><c>mLongitudinalPatchVel</c>: <c>double</c> at offset 56.</summary>
    public double mLongitudinalPatchVel;

    /// <summary><c>mLateralGroundVel</c>: <c>double</c> at offset 64.</summary>
    public double mLateralGroundVel;

    /// <summary><c>mLongitudinalGroundVel</c>: <c>double</c> at offset 72.</summary>
    public double mLongitudinalGroundVel;

    /// <summary><c>mCamber</c>: <c>double</c> at offset 80.</summary>
    public double mCamber;

    /// <summary><c>mLateralForce</c>: <c>double</c> at offset 88.</summary>
    public double mLateralForce;

    /// <summary><c>mLongitudinalForce</c>: <c>double</c> at offset 96.</summary>
    public double mLongitudinalForce;

    /// <summary><c>mTireLoad</c>: <c>double</c> at offset 104.</summary>
    public double mTireLoad;

    /// <summary><c>mGripFract</c>: <c>double</c> at offset 112.</summary>
    public double mGripFract;

    /// <summary><c>mPressure</c>: <c>double</c> at offset 120.</summary>
    public double mPressure;

    /// <summary><c>mTemperature</c>: <c>double[3]</c> at offset 128.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public double[] mTemperature;

    /// <summary><c>mWear</c>: <c>double</c> at offset 152.</summary>
    public double mWear;

    /// <summary><c>mTerrainName</c>: <c>char[16]</c> at offset 160.</summary>
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 16)]
    public string mTerrainName;

    /// <summary><c>mSurfaceType</c>: <c>unsigned char</c> at offset 176.</summary>
    public byte mSurfaceType;

    /// <summary><c>mFlat</c>: <c>bool</c> at offset 177.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mFlat;

    /// <summary><c>mDetached</c>: <c>bool</c> at offset 178.</summary>
    [MarshalAs(UnmanagedType.I1)]
    public bool mDetached;

    /// <summary><c>mStaticUndeflectedRadius</c>: <c>unsigned char</c> at offset 179.</summary>
    public byte mStaticUndeflectedRadius;

    /// <summary><c>mVerticalTireDeflection</c>: <c>double</c> at offset 180.</summary>
    public double mVerticalTireDeflection;

    /// <summary><c>mWheelYLocation</c>: <c>double</c> at offset 188.</summary>
    public double mWheelYLocation;

    /// <summary><c>mToe</c>: <c>double</c> at offset 196.</summary>
    public double mToe;

    /// <summary><c>mTireCarcassTemperature</c>: <c>double</c> at offset 204.</summary>
    public double mTireCarcassTemperature;

    /// <summary><c>mTireInnerLayerTemperature</c>: <c>double[3]</c> at offset 212.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public double[] mTireInnerLayerTemperature;

    /// <summary><c>mExpansion</c>: <c>unsigned char[24]</c> at offset 236.</summary>
    [JsonIgnore]
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 24)]
    public byte[] mExpansion;
}
