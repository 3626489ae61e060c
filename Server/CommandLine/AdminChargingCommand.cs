using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using GupSoap.Core.Charging;
using GupSoap.Server.Tooling;

namespace GupSoap.Server.CommandLine;

/// <summary>
/// <c>admin charging</c>: exports charging records (TS 23.240 §4.1.9) for billing, customer care and privacy audit —
/// filtered by time, subscriber and application, as CSV or JSON Lines on standard output.
/// </summary>
internal static class AdminChargingCommand
{
    public static Command Create(CommandContext context)
    {
        var since = TimeOption("--since", "records at or after this time (ISO 8601, e.g. 2026-12-01 or 2026-12-01T08:00:00Z; UTC unless an offset is given)");
        var until = TimeOption("--until", "records before this time (same form)");
        var subscriber = new Option<string?>("--subscriber") { Description = "only this subscriber's profile (resource id or MCPTT id): the subscriber's access history", HelpName = "ID" };
        var application = new Option<string?>("--application") { Description = "only this application (its application id, else its providerID)", HelpName = "ID" };
        var format = new Option<string>("--format") { Description = "csv (default) or jsonl", DefaultValueFactory = _ => "csv", HelpName = "csv|jsonl" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var command = new Command("charging", "Export charging records (--Gup:DataDirectory, --Gup:Store, --ConnectionStrings:Gup as the server's).")
        {
            since, until, subscriber, application, format,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var query = new ChargingQuery
            {
                Since = result.GetValue(since),
                Until = result.GetValue(until),
                Subscriber = result.GetValue(subscriber),
                Application = result.GetValue(application),
            };
            await ChargingReport.RunAsync(context.Configuration(), query, result.GetValue(format)!, result.InvocationConfiguration.Output, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<DateTimeOffset?> TimeOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "T",
        CustomParser = Parse,
    };

    private static DateTimeOffset? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        result.AddError($"{(result.Parent as OptionResult)?.Option.Name ?? "time"}: '{text}' is not a time; use ISO 8601, e.g. 2026-12-01T08:00:00Z.");
        return null;
    }
}
