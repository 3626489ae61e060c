using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Xml;

namespace GupSoap.Tests.Unit.Saml;

/// <summary>
/// The verified-assertion cache key: equal exactly for elements that serialize alike in the same namespace context,
/// so no change an attacker can make to a cached token (or to where it sits) reuses a verification.
/// </summary>
[TestClass]
public sealed class XmlFingerprintTests
{
    private static XElement Load(string xml) => SafeXmlLoader.Load(xml, new XmlLimits()).Document!.Root!;

    private static string Key(string xml) => VerifiedAssertionCache.KeyOf(Load(xml));

    [TestMethod]
    public void KeyOf_TheSameTextParsedTwice_IsTheSame() =>
        Assert.AreEqual(Key("""<p:a xmlns:p="urn:p" x="1"><p:b>text</p:b><![CDATA[c]]></p:a>"""), Key("""<p:a xmlns:p="urn:p" x="1"><p:b>text</p:b><![CDATA[c]]></p:a>"""));

    [TestMethod]
    [DataRow("""<p:a xmlns:p="urn:p" x="2"><p:b>text</p:b></p:a>""", DisplayName = "attribute value")]
    [DataRow("""<p:a xmlns:p="urn:p" x="1"><p:b>texT</p:b></p:a>""", DisplayName = "text")]
    [DataRow("""<q:a xmlns:q="urn:p" x="1"><q:b>text</q:b></q:a>""", DisplayName = "prefix of the same namespace")]
    [DataRow("""<p:a xmlns:p="urn:p" xmlns:z="urn:z" x="1"><p:b>text</p:b></p:a>""", DisplayName = "extra declaration")]
    [DataRow("""<p:a xmlns:p="urn:p" x="1"><p:b>text</p:b><p:b/></p:a>""", DisplayName = "extra empty element")]
    [DataRow("""<p:a xmlns:p="urn:p" x="1"><p:b/>text</p:a>""", DisplayName = "text moved out of its element")]
    [DataRow("""<p:a xmlns:p="urn:p" x="1" y=""><p:b>text</p:b></p:a>""", DisplayName = "extra empty attribute")]
    public void KeyOf_AnyChange_IsAnotherKey(string changed) =>
        Assert.AreNotEqual(Key("""<p:a xmlns:p="urn:p" x="1"><p:b>text</p:b></p:a>"""), Key(changed));

    [TestMethod]
    public void KeyOf_BoundariesBetweenValues_CannotBeShifted()
    {
        Assert.AreNotEqual(Key("""<a x="ab"><b>c</b></a>"""), Key("""<a x="a"><b>bc</b></a>"""));
        Assert.AreNotEqual(Key("""<a><b>ab</b><b>c</b></a>"""), Key("""<a><b>a</b><b>bc</b></a>"""));
        Assert.AreNotEqual(Key("""<a x="1" y="2"/>"""), Key("""<a y="2" x="1"/>"""));
    }

    [TestMethod]
    public void KeyOf_ALongValueAcrossBufferChunks_IsHashedWhole()
    {
        var long1 = new string('x', 10_000);
        var long2 = long1[..^1] + "y";
        Assert.AreNotEqual(Key($"<a>{long1}</a>"), Key($"<a>{long2}</a>"));
        Assert.AreEqual(Key($"<a>{long1}</a>"), Key($"<a>{long1}</a>"));
    }
}
