using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;

namespace GupSoap.Raf.Data;

/// <summary>
/// Validates a component against its type's XSD plus the Define Data extensions stored for it (TS 23.240 §4.4.9):
/// each defined element is checked where its definition allows it (count and simple type), then set aside, and what
/// remains must satisfy the strict base schema.
/// </summary>
public sealed class ComponentValidator(SchemaRegistry registry)
{
    public GupFailure? Validate(XElement component, IReadOnlyList<StoredDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(definitions);
        var copy = definitions.Count == 0 ? component : new XElement(component);
        foreach (var definition in definitions)
        {
            var failure = CheckAndSetAside(copy, definition);
            if (failure is not null)
            {
                return failure;
            }
        }

        var result = registry.Validate(copy);
        return result.IsValid ? null : GupFailure.InvalidData(result.Error ?? "The component does not match its schema.");
    }

    private GupFailure? CheckAndSetAside(XElement component, StoredDefinition definition)
    {
        var parsed = DataReferenceParser.Parse(definition.ParentSelect, WellKnownPrefixes.After(definition.ParentNamespaces.GetValueOrDefault));
        if (!parsed.Success)
        {
            return null;
        }

        foreach (var parent in DataReferenceWalker.SelectInComponent(component, parsed.Reference!).OfType<XElement>())
        {
            var extensions = parent.Elements(definition.Name).ToList();
            if (extensions.Count > definition.MaxOccurs)
            {
                return GupFailure.InvalidData($"Element '{definition.Name.LocalName}' occurs more than {definition.MaxOccurs} times.");
            }

            foreach (var extension in extensions)
            {
                if (extension.HasElements || extension.Attributes().Any(a => !a.IsNamespaceDeclaration))
                {
                    return GupFailure.InvalidData($"Element '{definition.Name.LocalName}' holds a simple value only.");
                }

                if (!registry.TryValidateSimpleValue(definition.SimpleType, extension.Value, out var error))
                {
                    return GupFailure.InvalidData($"Element '{definition.Name.LocalName}': {error}");
                }

                extension.Remove();
            }
        }

        return null;
    }
}
