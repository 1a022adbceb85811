using SimLayouts.Pcars2;

namespace SimLayouts.Bridge.Frames;

/// <summary>
/// The page's per-slot arrays a frame reads, each looked up once per frame: a frame reads about 25 values for
/// each of up to 32 slots, and every lookup through the page builds and checks the array's view again.
/// </summary>
internal readonly ref struct Pcars2SlotArrays(SharedMemoryView page)
{
    public readonly StructArray<ParticipantInfoView> ParticipantInfo = page.ParticipantInfo;
    public readonly ValueArray<uint> Nationalities = page.Nationalities;
    public readonly ValueArray<FlagColours> HighestFlagColours = page.HighestFlagColours;
    public readonly ValueArray<FlagReason> HighestFlagReasons = page.HighestFlagReasons;
    public readonly ValueArray<PitMode> PitModes = page.PitModes;
    public readonly ValueArray<PitStopSchedule> PitSchedules = page.PitSchedules;
    public readonly ValueArray<RaceState> RaceStates = page.RaceStates;
    public readonly ValueArray<bool> LapsInvalidated = page.LapsInvalidated;
    public readonly ValueArray<float> CurrentSector1Times = page.CurrentSector1Times;
    public readonly ValueArray<float> CurrentSector2Times = page.CurrentSector2Times;
    public readonly ValueArray<float> CurrentSector3Times = page.CurrentSector3Times;
    public readonly ValueArray<float> Speeds = page.Speeds;
    public readonly ValueArray<float> FastestLapTimes = page.FastestLapTimes;
    public readonly ValueArray<float> LastLapTimes = page.LastLapTimes;
    public readonly ValueArray<float> FastestSector1Times = page.FastestSector1Times;
    public readonly ValueArray<float> FastestSector2Times = page.FastestSector2Times;
    public readonly ValueArray<float> FastestSector3Times = page.FastestSector3Times;
}
