using System.Globalization;

namespace GupSoap.Bench;

/// <summary>
/// Shares of the request kinds in a worker's request sequence, from <c>--mix read,rg-query</c> (equal shares) or
/// weighted <c>--mix read:9,rg-modify:1</c>. Deterministic: the sequence cycles through the kinds in
/// <see cref="RequestKind"/> order, each taking as many consecutive requests as its weight.
/// </summary>
internal sealed class RequestMix
{
    private const int MaxWeight = 1000;

    private readonly int[] _weights;
    private readonly int _total;

    private RequestMix(int[] weights)
    {
        _weights = weights;
        _total = weights.Sum();
        Kinds = [.. RequestKinds.All.Where(k => weights[(int)k] > 0)];
    }

    public static RequestMix ReadOnly { get; } = Of(RequestKind.Read);

    /// <summary>The kinds with a weight above 0, in <see cref="RequestKind"/> order.</summary>
    public IReadOnlyList<RequestKind> Kinds { get; }

    /// <summary>Whether some kind writes to the workers' own resources, which must then be created before the run.</summary>
    public bool ModifiesOwnResources => Kinds.Any(RequestKinds.ModifiesOwnResource);

    public bool HasRg => Kinds.Any(RequestKinds.IsRg);

    public RequestKind KindOf(long sequence)
    {
        var slot = sequence % _total;
        foreach (var kind in Kinds)
        {
            slot -= _weights[(int)kind];
            if (slot < 0)
            {
                return kind;
            }
        }

        throw new InvalidOperationException("Unreachable: the weights add up to the cycle length.");
    }

    public static RequestMix Of(RequestKind kind)
    {
        var weights = new int[RequestKinds.All.Count];
        weights[(int)kind] = 1;
        return new RequestMix(weights);
    }

    public static RequestMix? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var weights = new int?[RequestKinds.All.Count];
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

            var kind = RequestKinds.All.Where(k => RequestKinds.Name(k) == name).Cast<RequestKind?>().FirstOrDefault();
            if (kind is null || weights[(int)kind] is not null)
            {
                error = $"--mix: '{part}' is not one of {string.Join(", ", RequestKinds.All.Select(RequestKinds.Name))} (each optionally :weight), or is given twice.";
                return null;
            }

            weights[(int)kind] = weight;
        }

        if (weights.Sum(w => w ?? 0) == 0)
        {
            error = "--mix: at least one kind needs a weight above 0.";
            return null;
        }

        return new RequestMix([.. weights.Select(w => w ?? 0)]);
    }

    /// <summary>The <c>--mix</c> text: a single kind by name, several as <c>name:weight</c> pairs.</summary>
    public override string ToString() => Kinds.Count == 1
        ? RequestKinds.Name(Kinds[0])
        : string.Join(",", Kinds.Select(k => string.Create(CultureInfo.InvariantCulture, $"{RequestKinds.Name(k)}:{_weights[(int)k]}")));
}
