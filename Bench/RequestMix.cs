using System.Globalization;

namespace GupSoap.Bench;

/// <summary>
/// Share of Read Data and Modify Data in a worker's request sequence, from <c>--mix read,modify</c> (equal shares)
/// or weighted <c>--mix read:9,modify:1</c>. Deterministic: request <c>i</c> of a worker is a modify when
/// <c>i mod (read + modify) &lt; modify</c>.
/// </summary>
internal sealed record RequestMix(int ReadWeight, int ModifyWeight)
{
    private const int MaxWeight = 1000;

    public static RequestMix ReadOnly { get; } = new(1, 0);

    public bool HasModify => ModifyWeight > 0;

    public bool IsModify(long sequence) => ModifyWeight > 0 && sequence % (ReadWeight + ModifyWeight) < ModifyWeight;

    public static RequestMix? Parse(string text, out string? error)
    {
        error = null;
        int? read = null, modify = null;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? part : part[..colon];
            var weight = 1;
            if (colon >= 0 && (!int.TryParse(part[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out weight) || weight > MaxWeight))
            {
                error = $"--mix: weight of '{name}' is not a whole number from 0 to {MaxWeight}.";
                return null;
            }

            switch (name)
            {
                case "read" when read is null:
                    read = weight;
                    break;
                case "modify" when modify is null:
                    modify = weight;
                    break;
                default:
                    error = $"--mix: '{part}' is not read[:weight] or modify[:weight], or is given twice.";
                    return null;
            }
        }

        if ((read ?? 0) + (modify ?? 0) == 0)
        {
            error = "--mix: at least one kind needs a weight above 0.";
            return null;
        }

        return new RequestMix(read ?? 0, modify ?? 0);
    }

    public override string ToString() => (ReadWeight, ModifyWeight) switch
    {
        (_, 0) => "read",
        (0, _) => "modify",
        _ => $"read:{ReadWeight},modify:{ModifyWeight}",
    };
}
