using System.Diagnostics;
using System.Xml.Linq;
using GupSoap.Core.Security;
using GupSoap.Tests.Unit.Saml;
using GupSoap.Tests.Unit.Security.Signatures;
using static GupSoap.Tests.Security.SamlAttackKit;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md S16: signatures that ask for a lot of work (101 references, 11 transforms) are refused before any
/// hashing. The time bound is a sanity check against accidental work, not a performance test.
/// </summary>
[TestClass]
public sealed class SamlAttackTestsResourceExhaustion
{
    private static readonly TimeSpan SanityBound = TimeSpan.FromMilliseconds(250);
    private readonly SamlTestFixture _fixture = new();

    [TestMethod]
    public async Task Validate_HundredAndOneReferences_IsRejectedFast()
    {
        var assertion = _fixture.IssueOverTheWire();
        var reference = Reference(assertion);
        for (var i = 0; i < 100; i++)
        {
            reference.AddAfterSelf(new XElement(reference));
        }

        ResignSignedInfoAsTrustedIssuer(assertion);
        await AssertRejectedFastAsync(SamlTestFixture.Receive(SamlTestFixture.Text(assertion)));
    }

    [TestMethod]
    public async Task Validate_ElevenTransforms_IsRejectedFast()
    {
        var assertion = _fixture.IssueOverTheWire();
        var transform = Reference(assertion).Descendants(Ds + "Transform").Last();
        for (var i = 0; i < 9; i++)
        {
            transform.AddAfterSelf(new XElement(transform));
        }

        ResignSignedInfoAsTrustedIssuer(assertion);
        await AssertRejectedFastAsync(SamlTestFixture.Receive(SamlTestFixture.Text(assertion)));
    }

    [TestMethod]
    public void VerifyDetached_HundredAndOneReferences_IsRejectedFast()
    {
        XNamespace wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
        var body = new XElement("Body", new XAttribute(XNamespace.Xmlns + "wsu", wsu.NamespaceName), new XAttribute(wsu + "Id", "b"));
        var root = new XElement("Envelope", body);
        var signature = XmlSigner.CreateDetachedSignature([body], TestKeys.Issuer);
        root.Add(signature);
        var reference = signature.Descendants(Ds + "Reference").Single();
        for (var i = 0; i < 100; i++)
        {
            reference.AddAfterSelf(new XElement(reference));
        }

        var watch = Stopwatch.StartNew();
        var check = XmlSignatureVerifier.VerifyDetached(signature, root, TestKeys.PublicOnly(TestKeys.Issuer));
        watch.Stop();

        Assert.IsFalse(check.Valid);
        Assert.IsLessThan(SanityBound, watch.Elapsed);
    }

    private async Task AssertRejectedFastAsync(XElement consumed)
    {
        var watch = Stopwatch.StartNew();
        var check = await _fixture.ValidateAsync(consumed);
        watch.Stop();

        SamlTestFixture.AssertRejected(check, SecurityFailureKind.InvalidSecurityToken);
        StringAssert.Contains(check.Failure!.Reason, "More than");
        Assert.IsLessThan(SanityBound, watch.Elapsed);
    }
}
