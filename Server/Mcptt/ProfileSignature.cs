using System.Globalization;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Security;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// Profiles leave the server signed (PROTOCOL.md "MCPTT configuration management"): an enveloped XML-DSig with the
/// server key over the whole document, referenced by its <c>ID</c>, so a device can check integrity. The signature
/// is the document's last child, where the profile schema allows it.
/// </summary>
public static class ProfileSignature
{
    /// <summary>The <c>ID</c> a delivered profile carries: the reference target of its signature.</summary>
    public const string DocumentId = "mcptt-user-profile";

    private static readonly XName SignatureName = XName.Get("Signature", Namespaces.XmlDsig);

    /// <summary>A signed copy of <paramref name="document"/> stating <paramref name="version"/>; the input is not changed.</summary>
    public static XElement Sign(XElement document, long version, SigningCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(document);
        var copy = WithoutSignature(document);
        copy.SetAttributeValue("version", version.ToString(CultureInfo.InvariantCulture));
        copy.SetAttributeValue("ID", DocumentId);
        XmlSigner.SignEnveloped(copy, credentials);
        // The enveloped-signature transform leaves the signature out wherever it stands: moving it changes no digest.
        var signature = copy.Element(SignatureName)!;
        signature.Remove();
        copy.Add(signature);
        return copy;
    }

    /// <summary>A copy without the delivery's signature and ID (what a device sends back, ready to be stored).</summary>
    public static XElement WithoutSignature(XElement document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var copy = new XElement(document);
        copy.Elements(SignatureName).Remove();
        copy.Attribute("ID")?.Remove();
        return copy;
    }
}
