namespace SimLayouts.Bridge.Simulation;

/// <summary>One driver and car in the simulated field.</summary>
/// <param name="Name">The driver's name.</param>
/// <param name="Nationality">The nationality code as pcars2 gives it (<c>mNationalities</c>).</param>
/// <param name="Car">The car's name.</param>
/// <param name="CarClass">The car's class name.</param>
/// <param name="Pace">The driver-and-car speed relative to the track's reference profile (1.0 = reference).</param>
public sealed record SimulatedEntrant(string Name, uint Nationality, string Car, string CarClass, double Pace)
{
    /// <summary>A 24-car, three-class field with real-looking names (some non-ASCII).</summary>
    public static SimulatedEntrant[] DefaultField { get; } =
    [
        new("Lucas di Grassi", 55, "Ligier JS P217", "LMP2", 1.07),
        new("Felipe Nasr", 55, "Oreca 07", "LMP2", 1.072),
        new("Pipo Derani", 55, "Oreca 07", "LMP2", 1.068),
        new("André Negrão", 55, "Ligier JS P217", "LMP2", 1.063),
        new("Sébastien Buemi", 756, "Oreca 07", "LMP2", 1.066),
        new("Kazuki Nakajima", 392, "Ligier JS P217", "LMP2", 1.06),
        new("Daniel Serra", 55, "Ferrari 488 GT3", "GT3", 1.0),
        new("Augusto Farfus", 55, "BMW M6 GT3", "GT3", 0.998),
        new("Nicki Thiim", 208, "Porsche 911 GT3 R", "GT3", 1.003),
        new("Maro Engel", 276, "Mercedes-AMG GT3", "GT3", 0.997),
        new("Laurens Vanthoor", 56, "Porsche 911 GT3 R", "GT3", 1.004),
        new("Raffaele Marciello", 756, "Mercedes-AMG GT3", "GT3", 1.001),
        new("Kévin Estre", 250, "Porsche 911 GT3 R", "GT3", 1.002),
        new("Mirko Bortolotti", 380, "Lamborghini Huracán GT3", "GT3", 0.999),
        new("Christopher Haase", 276, "Audi R8 LMS GT3", "GT3", 0.995),
        new("Álvaro Parente", 620, "McLaren 720S GT3", "GT3", 0.996),
        new("Marcos Gomes", 55, "Mercedes-AMG GT4", "GT4", 0.93),
        new("Nelson Piquet Jr.", 55, "BMW M4 GT4", "GT4", 0.935),
        new("Cacá Bueno", 55, "Porsche Cayman GT4", "GT4", 0.928),
        new("Thiago Camilo", 55, "McLaren 570S GT4", "GT4", 0.932),
        new("Søren Hansen", 208, "Ginetta G55 GT4", "GT4", 0.925),
        new("Jüri Vips", 233, "Aston Martin Vantage GT4", "GT4", 0.927),
        new("佐藤 琢磨", 392, "Mercedes-AMG GT4", "GT4", 0.929),
        new("Ricardo Zonta", 55, "BMW M4 GT4", "GT4", 0.931),
    ];
}
