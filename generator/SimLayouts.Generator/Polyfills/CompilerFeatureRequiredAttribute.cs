namespace System.Runtime.CompilerServices;

/// <summary>
/// Tells a compiler that does not know a feature (here: required members) not to use the member it marks
/// (netstandard2.0 lacks it).
/// </summary>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
internal sealed class CompilerFeatureRequiredAttribute(string featureName) : Attribute
{
    /// <summary>The feature name of required members.</summary>
    public const string RequiredMembers = nameof(RequiredMembers);

    /// <summary>The feature the compiler must know.</summary>
    public string FeatureName { get; } = featureName;

    /// <summary>Whether a compiler that does not know the feature may still use the member.</summary>
    public bool IsOptional { get; init; }
}
