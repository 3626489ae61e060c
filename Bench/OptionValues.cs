using System.Globalization;

namespace GupSoap.Bench;

/// <summary>Reads the values of the modes' <c>--name value</c> options.</summary>
internal static class OptionValues
{
    /// <summary>The signature of one option's handler: the options with it applied, or null with the error.</summary>
    public delegate T? Apply<T>(T options, string name, string value, out string? error)
        where T : class;

    /// <summary>Applies <paramref name="args"/> as <c>--name value</c> pairs to <paramref name="initial"/>; null with the error on the first bad one.</summary>
    public static T? Parse<T>(IReadOnlyList<string> args, T initial, Apply<T> apply, out string? error)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(apply);
        var options = initial;
        error = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                error = $"{args[i]} needs a value.";
                return null;
            }

            if (apply(options, args[i], args[i + 1], out error) is not { } applied)
            {
                return null;
            }

            options = applied;
        }

        return options;
    }

    public static T? Unknown<T>(string name, out string? error)
        where T : class
    {
        error = $"Unknown option '{name}'.";
        return null;
    }

    /// <summary>A whole number within [min, max]; null with the error to print otherwise.</summary>
    public static long? Number(string name, string value, long min, long max, out string? error)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            error = null;
            return number;
        }

        error = $"{name} takes a whole number from {min} to {max}, not '{value}'.";
        return null;
    }
}
