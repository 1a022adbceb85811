// Hand-written-style interop declaration of the ACC page <c>SPageFilePhysics</c>, the way C# telemetry tools declare shared-memory pages:
// public fields in header order, fixed arrays as ByValArray, wchar_t strings as ByValTStr with CharSet.Unicode, 2-D arrays flattened.
// Written once from reference/acc/physics.tsv (see README.md in this folder); the member list is the page's, unchanged.
using System.Runtime.InteropServices;

namespace SimLayouts.Benchmarks.Baseline;

/// <summary>The ACC page <c>SPageFilePhysics</c> (<c>Local\acpmf_physics</c>, 800 bytes, header <c>#pragma pack(4)</c>).</summary>
/// <remarks>Marshalled size: 800 bytes, checked by the baseline tests.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4, CharSet = CharSet.Unicode)]
public struct AccPhysicsPage
{
    /// <summary><c>packetId</c>: <c>int</c> at offset 0.</summary>
    public int packetId;

    /// <summary><c>gas</c>: <c>float</c> at offset 4; unit 0-1.</summary>
    public float gas;

    /// <summary><c>brake</c>: <c>float</c> at offset 8; unit 0-1.</summary>
    public float brake;

    /// <summary><c>fuel</c>: <c>float</c> at offset 12; unit kg.</summary>
    public float fuel;

    /// <summary><c>gear</c>: <c>int</c> at offset 16; enum informal:GEAR_INDEX, kept as its raw number.</summary>
    public int gear;

    /// <summary><c>rpm</c>: <c>int</c> at offset 20; unit rpm.</summary>
    public int rpm;

    /// <summary><c>steerAngle</c>: <c>float</c> at offset 24; unit -1..1.</summary>
    public float steerAngle;

    /// <summary><c>speedKmh</c>: <c>float</c> at offset 28; unit km/h.</summary>
    public float speedKmh;

    /// <summary><c>velocity</c>: <c>float[3]</c> at offset 32.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] velocity;

    /// <summary><c>accG</c>: <c>float[3]</c> at offset 44.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] accG;

    /// <summary><c>wheelSlip</c>: <c>float[4]</c> at offset 56.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] wheelSlip;

    /// <summary><c>wheelLoad</c>: <c>float[4]</c> at offset 72.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] wheelLoad;

    /// <summary><c>wheelsPressure</c>: <c>float[4]</c> at offset 88.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] wheelsPressure;

    /// <summary><c>wheelAngularSpeed</c>: <c>float[4]</c> at offset 104; unit rad/s.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] wheelAngularSpeed;

    /// <summary><c>tyreWear</c>: <c>float[4]</c> at offset 120.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] tyreWear;

    /// <summary><c>tyreDirtyLevel</c>: <c>float[4]</c> at offset 136.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] tyreDirtyLevel;

    /// <summary><c>tyreCoreTemperature</c>: <c>float[4]</c> at offset 152.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] tyreCoreTemperature;

    /// <summary><c>camberRAD</c>: <c>float[4]</c> at offset 168; unit rad.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] camberRAD;

    /// <summary><c>suspensionTravel</c>: <c>float[4]</c> at offset 184.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] suspensionTravel;

    /// <summary><c>drs</c>: <c>float</c> at offset 200.</summary>
    public float drs;

    /// <summary><c>tc</c>: <c>float</c> at offset 204.</summary>
    public float tc;

    /// <summary><c>heading</c>: <c>float</c> at offset 208.</summary>
    public float heading;

    /// <summary><c>pitch</c>: <c>float</c> at offset 212.</summary>
    public float pitch;

    /// <summary><c>roll</c>: <c>float</c> at offset 216.</summary>
    public float roll;

    /// <summary><c>cgHeight</c>: <c>float</c> at offset 220.</summary>
    public float cgHeight;

    /// <summary><c>carDamage</c>: <c>float[5]</c> at offset 224.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 5)]
    public float[] carDamage;

    /// <summary><c>numberOfTyresOut</c>: <c>int</c> at offset 244.</summary>
    public int numberOfTyresOut;

    /// <summary><c>pitLimiterOn</c>: <c>int</c> at offset 248.</summary>
    public int pitLimiterOn;

    /// <summary><c>abs</c>: <c>float</c> at offset 252.</summary>
    public float abs;

    /// <summary><c>kersCharge</c>: <c>float</c> at offset 256.</summary>
    public float kersCharge;

    /// <summary><c>kersInput</c>: <c>float</c> at offset 260.</summary>
    public float kersInput;

    /// <summary><c>autoShifterOn</c>: <c>int</c> at offset 264.</summary>
    public int autoShifterOn;

    /// <summary><c>rideHeight</c>: <c>float[2]</c> at offset 268.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 2)]
    public float[] rideHeight;

    /// <summary><c>turboBoost</c>: <c>float</c> at offset 276.</summary>
    public float turboBoost;

    /// <summary><c>ballast</c>: <c>float</c> at offset 280; unit kg.</summary>
    public float ballast;

    /// <summary><c>airDensity</c>: <c>float</c> at offset 284.</summary>
    public float airDensity;

    /// <summary><c>airTemp</c>: <c>float</c> at offset 288.</summary>
    public float airTemp;

    /// <summary><c>roadTemp</c>: <c>float</c> at offset 292.</summary>
    public float roadTemp;

    /// <summary><c>localAngularVel</c>: <c>float[3]</c> at offset 296.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] localAngularVel;

    /// <summary><c>finalFF</c>: <c>float</c> at offset 308.</summary>
    public float finalFF;

    /// <summary><c>performanceMeter</c>: <c>float</c> at offset 312.</summary>
    public float performanceMeter;

    /// <summary><c>engineBrake</c>: <c>int</c> at offset 316.</summary>
    public int engineBrake;

    /// <summary><c>ersRecoveryLevel</c>: <c>int</c> at offset 320.</summary>
    public int ersRecoveryLevel;

    /// <summary><c>ersPowerLevel</c>: <c>int</c> at offset 324.</summary>
    public int ersPowerLevel;

    /// <summary><c>ersHeatCharging</c>: <c>int</c> at offset 328.</summary>
    public int ersHeatCharging;

    /// <summary><c>ersIsCharging</c>: <c>int</c> at offset 332.</summary>
    public int ersIsCharging;

    /// <summary><c>kersCurrentKJ</c>: <c>float</c> at offset 336.</summary>
    public float kersCurrentKJ;

    /// <summary><c>drsAvailable</c>: <c>int</c> at offset 340.</summary>
    public int drsAvailable;

    /// <summary><c>drsEnabled</c>: <c>int</c> at offset 344.</summary>
    public int drsEnabled;

    /// <summary><c>brakeTemp</c>: <c>float[4]</c> at offset 348.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] brakeTemp;

    /// <summary><c>clutch</c>: <c>float</c> at offset 364; unit 0-1.</summary>
    public float clutch;

    /// <summary><c>tyreTempI</c>: <c>float[4]</c> at offset 368.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] tyreTempI;

    /// <summary><c>tyreTempM</c>: <c>float[4]</c> at offset 384.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] tyreTempM;

    /// <summary><c>tyreTempO</c>: <c>float[4]</c> at offset 400.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] tyreTempO;

    /// <summary><c>isAIControlled</c>: <c>int</c> at offset 416.</summary>
    public int isAIControlled;

    /// <summary><c>tyreContactPoint</c>: <c>float[4][3]</c> at offset 420.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4 * 3)]
    public float[] tyreContactPoint;

    /// <summary><c>tyreContactNormal</c>: <c>float[4][3]</c> at offset 468.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4 * 3)]
    public float[] tyreContactNormal;

    /// <summary><c>tyreContactHeading</c>: <c>float[4][3]</c> at offset 516.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4 * 3)]
    public float[] tyreContactHeading;

    /// <summary><c>brakeBias</c>: <c>float</c> at offset 564.</summary>
    public float brakeBias;

    /// <summary><c>localVelocity</c>: <c>float[3]</c> at offset 568.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)]
    public float[] localVelocity;

    /// <summary><c>P2PActivations</c>: <c>int</c> at offset 580.</summary>
    public int P2PActivations;

    /// <summary><c>P2PStatus</c>: <c>int</c> at offset 584.</summary>
    public int P2PStatus;

    /// <summary><c>currentMaxRpm</c>: <c>int</c> at offset 588; unit rpm.</summary>
    public int currentMaxRpm;

    /// <summary><c>mz</c>: <c>float[4]</c> at offset 592.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] mz;

    /// <summary><c>fx</c>: <c>float[4]</c> at offset 608.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] fx;

    /// <summary><c>fy</c>: <c>float[4]</c> at offset 624.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] fy;

    /// <summary><c>slipRatio</c>: <c>float[4]</c> at offset 640; unit rad.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] slipRatio;

    /// <summary><c>slipAngle</c>: <c>float[4]</c> at offset 656.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] slipAngle;

    /// <summary><c>tcinAction</c>: <c>int</c> at offset 672.</summary>
    public int tcinAction;

    /// <summary><c>absInAction</c>: <c>int</c> at offset 676.</summary>
    public int absInAction;

    /// <summary><c>suspensionDamage</c>: <c>float[4]</c> at offset 680.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] suspensionDamage;

    /// <summary><c>tyreTemp</c>: <c>float[4]</c> at offset 696.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] tyreTemp;

    /// <summary><c>waterTemp</c>: <c>float</c> at offset 712.</summary>
    public float waterTemp;

    /// <summary><c>brakePressure</c>: <c>float[4]</c> at offset 716.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] brakePressure;

    /// <summary><c>frontBrakeCompound</c>: <c>int</c> at offset 732.</summary>
    public int frontBrakeCompound;

    /// <summary><c>rearBrakeCompound</c>: <c>int</c> at offset 736.</summary>
    public int rearBrakeCompound;

    /// <summary><c>padLife</c>: <c>float[4]</c> at offset 740.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] padLife;

    /// <summary><c>discLife</c>: <c>float[4]</c> at offset 756.</summary>
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4)]
    public float[] discLife;

    /// <summary><c>ignitionOn</c>: <c>int</c> at offset 772.</summary>
    public int ignitionOn;

    /// <summary><c>starterEngineOn</c>: <c>int</c> at offset 776.</summary>
    public int starterEngineOn;

    /// <summary><c>isEngineRunning</c>: <c>int</c> at offset 780.</summary>
    public int isEngineRunning;

    /// <summary><c>kerbVibration</c>: <c>float</c> at offset 784.</summary>
    public float kerbVibration;

    /// <summary><c>slipVibrations</c>: <c>float</c> at offset 788.</summary>
    public float slipVibrations;

    /// <summary><c>gVibrations</c>: <c>float</c> at offset 792.</summary>
    public float gVibrations;

    /// <summary><c>absVibrations</c>: <c>float</c> at offset 796.</summary>
    public float absVibrations;
}
