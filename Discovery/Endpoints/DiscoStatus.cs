using GupSoap.Contracts.Disco;
using GupSoap.Contracts.Liberty;

namespace GupSoap.Discovery.Endpoints;

/// <summary>The <c>lu:Status</c> of a Discovery response: a <see cref="DiscoStatusCodes"/> value and, for failures, why.</summary>
internal static class DiscoStatus
{
    public static Status Of(string code, string? comment = null) => new() { Code = code, Comment = code == DiscoStatusCodes.Ok ? null : comment };

    public static Status Forbidden(string why) => Of(DiscoStatusCodes.Forbidden, why);

    public static Status Failed(string why) => Of(DiscoStatusCodes.Failed, why);

    /// <summary>Failed when there are no items or more than the limit; null when the count is acceptable.</summary>
    public static Status? CheckCount(DiscoveryContext disco, int count, string what) =>
        count == 0 ? Failed($"At least one {what} is required.")
        : count > disco.Options.MaxItemsPerRequest ? Failed($"At most {disco.Options.MaxItemsPerRequest} {what} items per request.")
        : null;

    /// <summary>The comment written for a registry outcome other than OK.</summary>
    public static string Explain(string code) => code switch
    {
        DiscoStatusCodes.Duplicate => "An entry with this svcMDID exists already.",
        DiscoStatusCodes.LogicalDuplicate => "The provider has registered this service type at this address already.",
        DiscoStatusCodes.NotFound => "No such entry.",
        DiscoStatusCodes.Forbidden => "The entry belongs to another provider.",
        _ => "The registry refused the change.",
    };
}
