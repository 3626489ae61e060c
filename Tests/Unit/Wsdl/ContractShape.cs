using System.Reflection;
using System.Xml;
using System.Xml.Schema;
using System.Xml.Serialization;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>
/// Compares what XmlSerializer reads and writes for one contract type with the compiled complexType: the same
/// elements in the same order and multiplicity, the same attributes with the same simple types, and nothing that
/// one side can leave out while the other requires it.
/// </summary>
internal sealed class ContractShape(WsdlInterface contract)
{
    private static readonly Dictionary<Type, XmlTypeCode> SimpleTypes = new()
    {
        [typeof(string)] = XmlTypeCode.String,
        [typeof(DataSelect)] = XmlTypeCode.String,
        [typeof(bool)] = XmlTypeCode.Boolean,
        [typeof(int)] = XmlTypeCode.Int,
        [typeof(long)] = XmlTypeCode.Long,
        [typeof(DateTime)] = XmlTypeCode.DateTime,
        [typeof(XmlQualifiedName)] = XmlTypeCode.QName,
    };

    public void Compare(Type type, XmlSchemaComplexType complexType, List<string> mismatches)
    {
        var where = type.Name + "/" + complexType.QualifiedName.Name;
        var members = ContractMembers.Serialized(type).ToList();
        var defaults = Activator.CreateInstance(type);

        var elements = members.Where(p => p.GetCustomAttribute<XmlElementAttribute>() is not null || p.GetCustomAttribute<XmlAnyElementAttribute>() is not null).ToList();
        var particles = ContractMembers.Flatten(complexType.ContentTypeParticle, contract.XsdName).ToList();
        if (elements.Count != particles.Count)
        {
            mismatches.Add($"{where}: {elements.Count} element members, {particles.Count} particles");
        }

        foreach (var (member, particle) in elements.Zip(particles))
        {
            CompareElement(where, member, particle, mismatches);
        }

        if (members.Any(p => p.GetCustomAttribute<XmlTextAttribute>() is not null) != complexType.IsMixed)
        {
            mismatches.Add($"{where}: XmlText and mixed content disagree");
        }

        var attributes = members.Where(p => p.GetCustomAttribute<XmlAttributeAttribute>() is not null)
            .ToDictionary(p => p.GetCustomAttribute<XmlAttributeAttribute>()!.AttributeName);
        var uses = complexType.AttributeUses.Values.Cast<XmlSchemaAttribute>().ToDictionary(a => a.QualifiedName.Name);
        foreach (var missing in attributes.Keys.Except(uses.Keys).Concat(uses.Keys.Except(attributes.Keys)))
        {
            mismatches.Add($"{where}: attribute {missing} is declared on one side only");
        }

        foreach (var (name, member) in attributes.Where(a => uses.ContainsKey(a.Key)))
        {
            CompareAttribute($"{where}@{name}", member, uses[name], defaults, mismatches);
        }

        var anyAttribute = members.Any(p => p.GetCustomAttribute<XmlAnyAttributeAttribute>() is not null);
        if (complexType.AttributeWildcard is not null && !anyAttribute)
        {
            mismatches.Add($"{where}: the schema allows any attribute, the contract reads none");
        }

        if (complexType.AttributeWildcard is null && anyAttribute)
        {
            mismatches.Add($"{where}: the contract reads any attribute, the schema allows none");
        }
    }

    private void CompareElement(string where, PropertyInfo member, XmlSchemaParticle particle, List<string> mismatches)
    {
        var memberType = ContractMembers.Unwrapped(member.PropertyType);
        var optional = ContractMembers.HasSpecified(member);
        if (member.GetCustomAttribute<XmlAnyElementAttribute>() is not null)
        {
            if (particle is not XmlSchemaAny { Namespace: "##any" } || particle.MaxOccurs <= 1)
            {
                mismatches.Add($"{where}/{member.Name}: XmlAnyElement needs xs:any ##any maxOccurs=unbounded");
            }

            return;
        }

        var attribute = member.GetCustomAttribute<XmlElementAttribute>()!;
        var name = new XmlQualifiedName(attribute.ElementName, attribute.Namespace ?? contract.Namespace);
        if (particle is not XmlSchemaElement element || element.QualifiedName != name)
        {
            mismatches.Add($"{where}/{member.Name}: expected element {name}, schema has {(particle as XmlSchemaElement)?.QualifiedName.ToString() ?? particle.GetType().Name}");
            return;
        }

        if (member.PropertyType.IsArray != element.MaxOccurs > 1)
        {
            mismatches.Add($"{where}/{name.Name}: array and maxOccurs disagree");
        }

        if (optional && element.MinOccurs > 0)
        {
            mismatches.Add($"{where}/{name.Name}: the contract may leave it out, the schema requires it");
        }

        // A nullable value is written as xsi:nil when absent and read back as null, so it needs nillable, not a default.
        var nullable = Nullable.GetUnderlyingType(member.PropertyType) is not null;
        if (nullable && !element.IsNillable)
        {
            mismatches.Add($"{where}/{name.Name}: the contract writes xsi:nil, the schema is not nillable");
        }

        if (memberType.IsValueType && !optional && !nullable && element.MinOccurs == 0)
        {
            mismatches.Add($"{where}/{name.Name}: always written, yet optional without a default");
        }

        if (SimpleTypes.TryGetValue(memberType, out var code) && element.ElementSchemaType?.Datatype?.TypeCode != code)
        {
            mismatches.Add($"{where}/{name.Name}: {memberType.Name} against {element.ElementSchemaType?.QualifiedName}");
        }

        if (memberType == typeof(AnyContent) && element.ElementSchemaType?.QualifiedName != new XmlQualifiedName("AnyContentType", Namespaces.Gup))
        {
            mismatches.Add($"{where}/{name.Name}: open content must be gup:AnyContentType");
        }

        if (memberType.GetCustomAttribute<XmlTypeAttribute>() is { } xmlType && xmlType.Namespace == contract.Namespace
            && element.ElementSchemaType?.QualifiedName != new XmlQualifiedName(xmlType.TypeName, xmlType.Namespace))
        {
            mismatches.Add($"{where}/{name.Name}: {xmlType.TypeName} against {element.ElementSchemaType?.QualifiedName}");
        }
    }

    private static void CompareAttribute(string where, PropertyInfo member, XmlSchemaAttribute use, object? defaults, List<string> mismatches)
    {
        var memberType = ContractMembers.Unwrapped(member.PropertyType);
        var optional = ContractMembers.HasSpecified(member);
        if (!SimpleTypes.TryGetValue(memberType, out var code) || use.AttributeSchemaType?.Datatype?.TypeCode != code)
        {
            mismatches.Add($"{where}: {memberType.Name} against {use.AttributeSchemaType?.QualifiedName}");
        }

        if (optional && use.Use == XmlSchemaUse.Required)
        {
            mismatches.Add($"{where}: the contract may leave it out, the schema requires it");
        }

        if (memberType.IsValueType && !optional && use.Use != XmlSchemaUse.Required)
        {
            // Always written; when a client leaves it out the contract reads its C# default, which the schema must state.
            var clrDefault = ContractMembers.Format(member.GetValue(defaults));
            if (use.DefaultValue != clrDefault)
            {
                mismatches.Add($"{where}: schema default '{use.DefaultValue}', contract default '{clrDefault}'");
            }
        }
    }
}
