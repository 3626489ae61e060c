using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Xml;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// The assertion consumer of SAML 2.0 Web Browser SSO, HTTP-POST binding (saml-profiles §4.1.4, saml-bindings §3.5):
/// a samlp:Response with Success status whose Destination is our consumer URL, holding exactly one assertion signed
/// by the pinned IdP and accepted by the one <see cref="AssertionValidator"/> (signature, time, audience, bearer
/// Recipient), with a console role. The Response and its assertion are each accepted once (replay cache, S9).
/// </summary>
internal sealed class SamlSignIn(ConsoleOptions options, AssertionValidator validator, IReplayCache replay, XmlLimits limits, TimeProvider time)
{
    /// <summary>Base64 of a response is refused above this many characters, before decoding.</summary>
    public const int MaxEncodedLength = 200_000;

    private static readonly XNamespace Samlp = "urn:oasis:names:tc:SAML:2.0:protocol";
    private const string Success = "urn:oasis:names:tc:SAML:2.0:status:Success";

    /// <summary>The signed-in user, or why the response is refused (a reason without personal data).</summary>
    public async Task<(ConsoleUser? User, string? Refusal)> AcceptAsync(string? encoded, Uri consumerUrl, CancellationToken cancellationToken)
    {
        if (!options.SamlEnabled)
        {
            return (null, "SAML sign-in is not configured.");
        }

        var (response, error) = Decode(encoded);
        if (response is null)
        {
            return (null, error);
        }

        var id = response.Attribute("ID")?.Value;
        if (string.IsNullOrEmpty(id) || response.Attribute("Version")?.Value != "2.0")
        {
            return (null, "The response has no ID or is not SAML 2.0.");
        }

        if (!string.Equals(response.Attribute("Destination")?.Value, consumerUrl.AbsoluteUri, StringComparison.Ordinal))
        {
            return (null, "The response is addressed to another consumer URL.");
        }

        if (response.Element(Samlp + "Status")?.Element(Samlp + "StatusCode")?.Attribute("Value")?.Value != Success)
        {
            return (null, "The IdP did not sign the user in.");
        }

        if (response.Element(SamlNames.Issuer) is { } issuer && issuer.Value != options.IdpEntityId)
        {
            return (null, "The response comes from another issuer.");
        }

        var assertions = response.Elements().Where(e => e.Name == SamlNames.Assertion || e.Name == SamlNames.EncryptedAssertion).ToList();
        if (assertions is not [{ } assertion] || assertion.Name != SamlNames.Assertion)
        {
            return (null, "The response must carry exactly one plain assertion.");
        }

        var check = await validator.ValidateAsync(assertion, new AssertionRequirements(options.EntityId, [consumerUrl.AbsoluteUri]), cancellationToken);
        if (!check.Success)
        {
            return (null, check.Failure!.Reason);
        }

        var model = check.Assertion!;
        if (check.Confirmation!.Method != SamlNames.MethodBearer || check.Confirmation.Recipient is null || check.Confirmation.NotOnOrAfter is null)
        {
            // saml-profiles §4.1.4.2: a bearer confirmation with Recipient and NotOnOrAfter.
            return (null, "The assertion needs a bearer confirmation naming the consumer URL and an expiry.");
        }

        var role = model.Attribute(options.RoleAttribute);
        if (!ConsoleRoles.IsKnown(role))
        {
            return (null, "The assertion gives no console role.");
        }

        var expires = model.NotOnOrAfter!.Value + TimeSpan.FromMinutes(5);
        try
        {
            if (!await replay.TryRecordAsync("console-sso-response:" + options.IdpEntityId, id, expires, cancellationToken)
                || !await replay.TryRecordAsync("console-sso-assertion:" + options.IdpEntityId, model.Id, expires, cancellationToken))
            {
                return (null, "The response has been used before.");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, "The replay cache cannot be consulted.");
        }

        return (new ConsoleUser(model.Subject.NameId, role!, "saml:" + model.Issuer, time.GetUtcNow()), null);
    }

    private (XElement? Response, string? Error) Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded) || encoded.Length > MaxEncodedLength)
        {
            return (null, "No SAMLResponse, or one too large.");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            return (null, "The SAMLResponse is not base64.");
        }

        using var stream = new MemoryStream(bytes, writable: false);
        var loaded = SafeXmlLoader.Load(stream, limits);
        var root = loaded.Document?.Root;
        return root is null ? (null, "The SAMLResponse is not acceptable XML: " + loaded.Error)
            : root.Name != Samlp + "Response" ? (null, "The SAMLResponse is not a samlp:Response.")
            : (root, null);
    }
}

/// <summary>A signed-in console user: who (NameID or local name), role, how they signed in, when.</summary>
internal sealed record ConsoleUser(string Name, string Role, string Method, DateTimeOffset SignedInAt);
