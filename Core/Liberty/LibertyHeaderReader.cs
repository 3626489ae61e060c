using System.Globalization;
using System.Xml.Linq;
using GupSoap.Core.Soap;

namespace GupSoap.Core.Liberty;

/// <summary>Reads the Liberty SB 2.0 / WS-Addressing / WSS header blocks of a request and enforces <c>mustUnderstand</c>.</summary>
public static class LibertyHeaderReader
{
    public static (LibertyHeaders? Headers, SoapFault? Fault) Read(SoapEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        XNamespace env = envelope.Version.EnvelopeNamespace();
        var headers = new LibertyHeaders();
        var seen = new HashSet<XName>();
        foreach (var block in envelope.Headers)
        {
            if (LibertyHeaderNames.Understood.Contains(block.Name) && !seen.Add(block.Name))
            {
                // One value per header: a second MessageID, Sender or Security would let two readers see two messages (S15).
                return (null, SoapFaults.InvalidMessage($"The {block.Name.LocalName} header appears more than once."));
            }

            if (!LibertyHeaderNames.Understood.Contains(block.Name) && IsMustUnderstand(block, env))
            {
                return (null, SoapFaults.MustUnderstand(block.Name));
            }

            if (block.Name == LibertyHeaderNames.Framework)
            {
                headers = headers with { HasFramework = true, FrameworkVersion = (string?)block.Attribute("version") };
            }
            else if (block.Name == LibertyHeaderNames.Sender)
            {
                headers = headers with
                {
                    SenderProviderId = NullIfBlank((string?)block.Attribute("providerID")),
                    SenderAffiliationId = NullIfBlank((string?)block.Attribute("affiliationID")),
                };
            }
            else if (block.Name == LibertyHeaderNames.MessageId)
            {
                headers = headers with { MessageId = NullIfBlank(block.Value) };
            }
            else if (block.Name == LibertyHeaderNames.Action)
            {
                headers = headers with { Action = NullIfBlank(block.Value) };
            }
            else if (block.Name == LibertyHeaderNames.To)
            {
                headers = headers with { To = NullIfBlank(block.Value) };
            }
            else if (block.Name == LibertyHeaderNames.ProcessingContext)
            {
                headers = headers with { ProcessingContext = NullIfBlank(block.Value) };
            }
            else if (block.Name == LibertyHeaderNames.TargetIdentity)
            {
                headers = headers with { TargetIdentity = block };
            }
            else if (block.Name == LibertyHeaderNames.Security)
            {
                var fault = ReadTimestamp(block, ref headers);
                if (fault is not null)
                {
                    return (null, fault);
                }

                headers = headers with { Security = block };
            }
        }

        return (headers, null);
    }

    private static SoapFault? ReadTimestamp(XElement security, ref LibertyHeaders headers)
    {
        var stamps = security.Elements(LibertyHeaderNames.Timestamp).Take(2).ToList();
        if (stamps.Count == 0)
        {
            return null;
        }

        if (stamps.Count > 1)
        {
            return SoapFaults.InvalidSecurity("More than one wsu:Timestamp.");
        }

        var created = stamps[0].Element(LibertyHeaderNames.Created);
        var expires = stamps[0].Element(LibertyHeaderNames.Expires);
        DateTimeOffset? createdAt = null, expiresAt = null;
        if (created is not null && !TryParseInstant(created.Value, out createdAt))
        {
            return SoapFaults.InvalidSecurity("wsu:Created is not a valid UTC dateTime.");
        }

        if (expires is not null && !TryParseInstant(expires.Value, out expiresAt))
        {
            return SoapFaults.InvalidSecurity("wsu:Expires is not a valid UTC dateTime.");
        }

        headers = headers with { HasTimestamp = true, TimestampCreated = createdAt, TimestampExpires = expiresAt };
        return null;
    }

    private static bool TryParseInstant(string text, out DateTimeOffset? value)
    {
        value = null;
        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool IsMustUnderstand(XElement block, XNamespace env)
    {
        var value = ((string?)block.Attribute(env + "mustUnderstand"))?.Trim();
        return value is "1" or "true";
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
