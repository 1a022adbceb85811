using System;

namespace SimLayouts.Bridge.Simulation;

/// <summary>Names the layout a <see cref="GameSimulator"/> writes the pages of (<c>[Simulates(Pcars2Layout.Name)]</c>).</summary>
/// <param name="layout">The layout's name (<see cref="LayoutDescription.Name"/>), as the generated <c>{Layout}Layout.Name</c> gives it.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SimulatesAttribute(string layout) : Attribute
{
    /// <summary>The layout's name.</summary>
    public string Layout { get; } = layout;
}
