using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SimLayouts.Bridge.Tests.Infrastructure;

/// <summary>
/// The games this build has a simulator for, as <c>simlayouts games --format json</c> lists them (as the Windows test
/// takes them): tests over every such game pick up new games without a change.
/// </summary>
internal static class SimulatedGames
{
    public static IEnumerable<string> Names()
    {
        var result = CommandLine.Run("games", "--format", "json");
        using var games = JsonDocument.Parse(result.Output);
        return [.. games.RootElement.EnumerateArray().Where(game => game.GetProperty("simulator").GetBoolean()).Select(game => game.GetProperty("name").GetString()!)];
    }
}
