using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Schemas;
using GupSoap.Raf;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Storage;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Demo;

/// <summary>
/// The embedded default's demo data set (PROTOCOL.md): alice and bob with one component of each standard type (and their
/// MCPTT user profiles, <see cref="DemoMcpttProfiles"/>),
/// written into whichever RAF holds the type, only where missing — a restart never overwrites changes.
/// </summary>
internal static class DemoData
{
    public static readonly string[] Subscribers = ["sip:alice@example.org", "sip:bob@example.org"];

    public static async Task SeedAsync(IReadOnlyList<RafInstance> rafs, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var subscriber in Subscribers)
        {
            foreach (var component in Components(subscriber))
            {
                var raf = rafs.FirstOrDefault(r => r.Options.ComponentTypes.Contains(component.Name));
                if (raf is null)
                {
                    continue;
                }

                var definitions = await raf.Context.Store.GetDefinitionsAsync(component.Name, cancellationToken);
                if (raf.Context.Validator.Validate(component, definitions) is { } invalid)
                {
                    throw new InvalidOperationException($"Demo component {component.Name.LocalName} is invalid: {invalid.Comment}");
                }

                created += await raf.Context.Store.WriteAsync(async session =>
                {
                    if (await session.GetAsync(subscriber, component.Name, ComponentInstance.IdOf(component) ?? ComponentInstance.OnlyInstance) is not null)
                    {
                        return WriteOutcome.RolledBack(0);
                    }

                    await session.InsertAsync(subscriber, "sip", component.Name, ComponentDocument.Save(component), time.GetUtcNow());
                    return WriteOutcome.Committed(1);
                }, simulate: false, cancellationToken);
            }
        }

        logger.LogInformation("Demo data: {Created} components created for {Subscribers}", created, string.Join(", ", Subscribers));
    }

    /// <summary>The demo profile of <paramref name="subscriber"/>: one document of each standard type, three MCPTT profiles.</summary>
    internal static IEnumerable<XElement> Components(string subscriber)
    {
        var user = subscriber[4..subscriber.IndexOf('@', StringComparison.Ordinal)];
        var display = char.ToUpperInvariant(user[0]) + user[1..];
        var digits = user == "alice" ? "46700000001" : "46700000002";
        XNamespace sub = Namespaces.Subscriber, pres = Namespaces.Presence, lcs = Namespaces.Lcs, gup = Namespaces.Gup;

        yield return new XElement(sub + "SubscriberInfo",
            new XElement(sub + "DisplayName", display),
            new XElement(sub + "Language", "en"),
            new XElement(sub + "MSISDN", "+" + digits));
        yield return new XElement(gup + "AuthorizationRules", DemoRules.For(gup));
        yield return new XElement(pres + "PresenceSettings",
            new XElement(pres + "Status", "open"),
            new XElement(pres + "Note", "Available"),
            new XElement(pres + "Device", new XAttribute("id", "phone"), new XElement(pres + "Status", "open")));
        yield return new XElement(lcs + "LcsPrivacy",
            new XElement(lcs + "DefaultPolicy", "notify"),
            new XElement(lcs + "Exception", new XAttribute("client", DemoRules.DemoApplication), "allow"));
        foreach (var profile in DemoMcpttProfiles.For(subscriber))
        {
            yield return profile;
        }
    }
}
