using System.Text.Json;
using System.Text.Json.Serialization;
using GupSoap.Core.Security;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// The requestor of a subscription, kept so that each later notification is filtered with that requestor's rights at
/// the time of the change (the rules are read again; only the identity is kept).
/// </summary>
internal static class StoredRequestor
{
    public static string Write(RequestorContext who) => JsonSerializer.Serialize(
        new StoredIdentity(who.ProviderId, who.ApplicationId, who.SubscriberId, who.Hplmn, who.Mechanism, who.Issuer), StoredIdentityContext.Default.StoredIdentity);

    public static RequestorContext Read(string text, string invokeId)
    {
        var identity = JsonSerializer.Deserialize(text, StoredIdentityContext.Default.StoredIdentity)
            ?? throw new InvalidDataException("A stored subscription has no requestor.");
        return new RequestorContext
        {
            ProviderId = identity.ProviderId,
            ApplicationId = identity.ApplicationId,
            SubscriberId = identity.SubscriberId,
            Hplmn = identity.Hplmn,
            Mechanism = identity.Mechanism,
            Issuer = identity.Issuer,
            AssertionId = "subscription:" + invokeId,
        };
    }
}

internal sealed record StoredIdentity(string ProviderId, string? ApplicationId, string? SubscriberId, bool Hplmn, string Mechanism, string Issuer);

[JsonSerializable(typeof(StoredIdentity))]
internal sealed partial class StoredIdentityContext : JsonSerializerContext;
