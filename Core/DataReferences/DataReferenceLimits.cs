namespace GupSoap.Core.DataReferences;

/// <summary>Caps on the size of a data reference (SECURITY.md X4; PROTOCOL.md data references: 512 characters, 16 steps).</summary>
public sealed class DataReferenceLimits
{
    private readonly int _maxLength = 512;
    private readonly int _maxSteps = 16;

    /// <summary>The limits of PROTOCOL.md: 512 characters and 16 steps.</summary>
    public static DataReferenceLimits Default { get; } = new();

    /// <summary>Longest accepted data reference in characters (UTF-16 code units).</summary>
    public int MaxLength
    {
        get => _maxLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxLength = value;
        }
    }

    /// <summary>Most steps in total, counted as written (a leading <c>gup:Profile</c> step counts).</summary>
    public int MaxSteps
    {
        get => _maxSteps;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxSteps = value;
        }
    }
}
