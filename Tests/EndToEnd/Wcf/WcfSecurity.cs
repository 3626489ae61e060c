using System.Xml.Linq;
using GupSoap.Core.Security;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd.Wcf;

/// <summary>The wsse:Security header a WCF test client sends: a fresh Timestamp and the test IdP's token for the sender.</summary>
internal static class WcfSecurity
{
    public static XElement Header(string sender)
    {
        var token = Core.Xml.SafeXmlLoader.Load(TestIdentity.TokenText(sender), new Core.Xml.XmlLimits()).Document!.Root!;
        return SecurityHeader.Create(token, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
    }
}
