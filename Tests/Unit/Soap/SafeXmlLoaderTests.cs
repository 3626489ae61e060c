using GupSoap.Core.Xml;

namespace GupSoap.Tests.Unit.Soap;

[TestClass]
public sealed class SafeXmlLoaderTests
{
    private static readonly XmlLimits Limits = new() { MaxDepth = 8, MaxAttributesPerElement = 4, MaxNamespaceDeclarationsPerElement = 3, MaxNameLength = 16, MaxTextLength = 32, MaxElements = 20 };

    [TestMethod]
    public void Load_WellFormedDocument_KeepsNamespacesTextAndWhitespace()
    {
        var result = SafeXmlLoader.Load("<a xmlns='urn:a' xmlns:p='urn:p'><p:b x='1'> t </p:b></a>", Limits);
        Assert.IsTrue(result.Success, result.Error);
        var b = result.Document!.Root!.Elements().Single();
        Assert.AreEqual("{urn:p}b", b.Name.ToString());
        Assert.AreEqual(" t ", b.Value);
        Assert.AreEqual("urn:p", result.Document.Root.GetNamespaceOfPrefix("p")!.NamespaceName);
    }

    [TestMethod]
    public void Load_CommentInsideText_JoinsTheTextWhole()
    {
        var result = SafeXmlLoader.Load("<a>adm<!-- x -->in</a>", Limits);
        Assert.AreEqual("admin", result.Document!.Root!.Value);
    }

    [TestMethod]
    [DataRow("<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>", DisplayName = "DTD")]
    [DataRow("<?pi x?><a/>", DisplayName = "processing instruction before root")]
    [DataRow("<a><?pi x?></a>", DisplayName = "processing instruction inside")]
    [DataRow("<a><b><c><d><e><f><g><h><i/></h></g></f></e></d></c></b></a>", DisplayName = "depth 9 over 8")]
    [DataRow("<a b='1' c='1' d='1' e='1' f='1'/>", DisplayName = "5 attributes over 4")]
    [DataRow("<a xmlns:a='u:1' xmlns:b='u:2' xmlns:c='u:3' xmlns:d='u:4'/>", DisplayName = "4 namespace declarations over 3")]
    [DataRow("<abcdefghijklmnopq/>", DisplayName = "17-character name")]
    [DataRow("<a b12345678901234567='1'/>", DisplayName = "long attribute name")]
    [DataRow("<a>123456789012345678901234567890123</a>", DisplayName = "33-character text")]
    [DataRow("<a b='123456789012345678901234567890123'/>", DisplayName = "33-character attribute value")]
    [DataRow("<a>&#x1;</a>", DisplayName = "invalid character")]
    [DataRow("<a>", DisplayName = "unclosed")]
    [DataRow("", DisplayName = "empty")]
    [DataRow("<a/><b/>", DisplayName = "two roots")]
    [DataRow("<a>&unknown;</a>", DisplayName = "undeclared entity")]
    public void Load_HostileOrBrokenInput_IsRefusedWithAReason(string xml)
    {
        var result = SafeXmlLoader.Load(xml, Limits);
        Assert.IsFalse(result.Success);
        Assert.IsFalse(string.IsNullOrWhiteSpace(result.Error));
    }

    [TestMethod]
    public void Load_MoreElementsThanTheCap_IsRefused()
    {
        var xml = "<a>" + string.Concat(Enumerable.Repeat("<b/>", 25)) + "</a>";
        Assert.IsFalse(SafeXmlLoader.Load(xml, Limits).Success);
    }

    [TestMethod]
    public void Load_Stream_OverCharacterCap_IsRefused()
    {
        var limits = new XmlLimits { MaxBodyBytes = 100 };
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("<a>" + new string('x', 200) + "</a>"));
        Assert.IsFalse(SafeXmlLoader.Load(stream, limits).Success);
    }
}
