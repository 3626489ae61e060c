using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.Serialization;
using GupSoap.Contracts;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Checks that an interface XSD declares what its contracts read and write, and imports only what is served beside it.</summary>
internal sealed class XsdAssertions(WsdlInterface contract)
{
    private static readonly XNamespace Xsd = XmlSchema.Namespace;

    /// <summary>
    /// Every contract type (at least <paramref name="minimumTypes"/>) is a global complexType, every root a global element
    /// of that type, and the XSD declares no element in its namespace that no contract reads.
    /// </summary>
    public void AssertEveryContractRootAndTypeIsDeclared(int minimumTypes)
    {
        var contractTypes = contract.ContractTypes();
        Assert.IsGreaterThanOrEqualTo(minimumTypes, contractTypes.Count);

        foreach (var type in contractTypes)
        {
            var xmlType = type.GetCustomAttribute<XmlTypeAttribute>()!;
            Assert.IsNotNull(contract.Schemas.GlobalTypes[new XmlQualifiedName(xmlType.TypeName, xmlType.Namespace)], "complexType " + xmlType.TypeName);
            if (type.GetCustomAttribute<XmlRootAttribute>() is { } root)
            {
                var element = contract.Schemas.GlobalElements[new XmlQualifiedName(root.ElementName, root.Namespace)] as XmlSchemaElement;
                Assert.IsNotNull(element, "element " + root.ElementName);
                Assert.AreEqual(xmlType.TypeName, element.ElementSchemaType?.QualifiedName.Name, root.ElementName);
            }
        }

        var declaredElements = contract.Schemas.GlobalElements.Names.Cast<XmlQualifiedName>().Where(n => n.Namespace == contract.Namespace);
        var contractRoots = contractTypes.Select(t => t.GetCustomAttribute<XmlRootAttribute>()?.ElementName).OfType<string>();
        CollectionAssert.AreEquivalent(contractRoots.ToArray(), declaredElements.Select(n => n.Name).ToArray());
    }

    /// <summary>Each contract type agrees with its complexType member by member (<see cref="ContractShape"/>).</summary>
    public void AssertEveryContractMemberMatchesItsParticleOrAttribute()
    {
        var mismatches = new List<string>();
        var shape = new ContractShape(contract);

        foreach (var type in contract.ContractTypes())
        {
            var xmlType = type.GetCustomAttribute<XmlTypeAttribute>()!;
            var complexType = (XmlSchemaComplexType)contract.Schemas.GlobalTypes[new XmlQualifiedName(xmlType.TypeName, xmlType.Namespace)]!;
            shape.Compare(type, complexType, mismatches);
        }

        Assert.IsEmpty(mismatches, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>A gup contract type the interface's messages carry agrees with its gup.xsd complexType, as served beside the XSD.</summary>
    public void AssertGupTypeMatches(Type gupType)
    {
        var mismatches = new List<string>();
        var xmlType = gupType.GetCustomAttribute<XmlTypeAttribute>()!;
        Assert.AreEqual(Namespaces.Gup, xmlType.Namespace);
        var complexType = contract.Schemas.GlobalTypes[new XmlQualifiedName(xmlType.TypeName, xmlType.Namespace)] as XmlSchemaComplexType;
        Assert.IsNotNull(complexType, "complexType " + xmlType.TypeName);

        new ContractShape(contract).Compare(gupType, complexType, mismatches);

        Assert.IsEmpty(mismatches, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>The XSD's target namespace is the interface's; it imports gup.xsd and liberty-utility.xsd beside it (bare file names) and includes nothing.</summary>
    public void AssertImportsOnlyServedSiblings()
    {
        var schema = XDocument.Load(contract.XsdPath).Root!;

        Assert.AreEqual(contract.Namespace, (string?)schema.Attribute("targetNamespace"));
        var locations = schema.Elements(Xsd + "import").Select(i => (string?)i.Attribute("schemaLocation")).ToList();
        CollectionAssert.AreEquivalent(new[] { "gup.xsd", "liberty-utility.xsd" }, locations);
        Assert.IsEmpty(schema.Elements(Xsd + "include"));
    }

    /// <summary>
    /// Fetched from its <c>?xsd=</c> address, where the server rewrites its imports to that form, the XSD compiles with
    /// only gup.xsd and liberty-utility.xsd fetched the same way.
    /// </summary>
    public void AssertCompilesWithOnlyGupAndLibertyUtility()
    {
        var resolver = new ServedSchemaResolver(contract);
        var queryForm = Core.Wsdl.SchemaLocations.ToQueryForm(File.ReadAllText(contract.XsdPath), contract.ServedName);
        var (set, messages) = SchemaCompilation.CompileServed(queryForm, contract.ServedAddress + "?xsd=" + contract.XsdName, resolver);

        Assert.IsEmpty(messages, string.Join("; ", messages));
        Assert.IsTrue(set.IsCompiled);
        CollectionAssert.AreEquivalent(new[] { "gup.xsd", "liberty-utility.xsd" }, resolver.FetchedNames);
        Assert.IsTrue(resolver.Fetched.All(u => u.Query.StartsWith("?xsd=", StringComparison.Ordinal)));
    }
}
