using System.Xml.Linq;
using GupSoap.Raf.Data;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;

namespace GupSoap.Server.Tooling.Profiles;

/// <summary>One component of a profile ready to store: the RAF it goes to and the text a Create Component would store.</summary>
internal sealed record PreparedComponent(OpenRaf Raf, XName Type, string InstanceId, string Data);

/// <summary>
/// A subscriber's profile checked as the RAFs' Create Component checks each document (TS 23.240 §4.4.1): a known
/// component type held by a RAF of this configuration, one document per type and instance, the instance key present,
/// valid under its schema and the type's Define Data extensions; version 1 stamped. Either every component passes or
/// the profile is rejected whole with the first reason, so nothing of a rejected subscriber is written.
/// </summary>
internal sealed record PreparedProfile(ProfileEntry Entry, string ResourceId, string? ResourceType, IReadOnlyList<PreparedComponent> Components)
{
    public static (PreparedProfile? Profile, ImportRejection? Rejection) Prepare(ProfileEntry entry, RafStores stores, ComponentValidator validator,
        IReadOnlyDictionary<(string Raf, XName Type), IReadOnlyList<StoredDefinition>> definitions)
    {
        if (entry.Profile is not { } profile)
        {
            return (null, new ImportRejection(entry, null, "unreadable", entry.Problem ?? "not readable"));
        }

        var resourceId = profile.Attribute(ProfileFileFormat.ResourceId)?.Value;
        if (string.IsNullOrWhiteSpace(resourceId))
        {
            return (null, new ImportRejection(entry, null, "no resourceID", "gup:Profile needs its resourceID attribute."));
        }

        var components = new List<PreparedComponent>();
        foreach (var element in profile.Elements())
        {
            var (component, reason) = PrepareComponent(element, stores, validator, definitions);
            if (component is null)
            {
                return (null, new ImportRejection(entry, resourceId, reason!.Value.Kind, $"{element.Name.LocalName}: {reason.Value.Text}"));
            }

            if (components.Any(c => c.Type == component.Type && c.InstanceId == component.InstanceId))
            {
                return (null, new ImportRejection(entry, resourceId, "duplicate component", $"{element.Name.LocalName} appears twice in the profile."));
            }

            components.Add(component);
        }

        return components.Count == 0
            ? (null, new ImportRejection(entry, resourceId, "empty profile", "gup:Profile holds no component."))
            : (new PreparedProfile(entry, resourceId, profile.Attribute(ProfileFileFormat.ResourceType)?.Value, components), null);
    }

    private static (PreparedComponent? Component, (string Kind, string Text)? Reason) PrepareComponent(XElement element, RafStores stores, ComponentValidator validator,
        IReadOnlyDictionary<(string Raf, XName Type), IReadOnlyList<StoredDefinition>> definitions)
    {
        var type = element.Name;
        if (stores.Registry.Declaration(type) is not { } declaration)
        {
            return (null, ("unknown component type", $"{{{type.NamespaceName}}}{type.LocalName} is not a component type of this deployment."));
        }

        if (stores.For(type) is not { } raf)
        {
            return (null, ("no RAF holds the type", $"no RAF of this configuration holds {type.LocalName} (Gup:Rafs:{{name}}:ComponentTypes)."));
        }

        var document = Detached(element);
        if (ComponentInstance.IdOf(document, declaration.InstanceKey) is not { } instanceId)
        {
            return (null, ("invalid document", $"the document needs its {declaration.InstanceKey} attribute."));
        }

        ComponentInstance.Stamp(document, 1);
        if (validator.Validate(document, definitions.GetValueOrDefault((raf.Options.Name, type)) ?? []) is { } invalid)
        {
            return (null, ("invalid document", invalid.Comment));
        }

        return (new PreparedComponent(raf, type, instanceId, ComponentDocument.Save(document)), null);
    }

    /// <summary>
    /// The component as a document of its own, keeping the prefixes declared around it (text such as data references
    /// may use them); the file format's own namespaces are left behind.
    /// </summary>
    private static XElement Detached(XElement element)
    {
        var copy = new XElement(element);
        for (var ancestor = element.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            foreach (var declaration in ancestor.Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.Xmlns))
            {
                if (declaration.Value != ProfileFileFormat.Namespace.NamespaceName && declaration.Value != ProfileFileFormat.Gup.NamespaceName
                    && copy.Attribute(declaration.Name) is null && copy.GetNamespaceOfPrefix(declaration.Name.LocalName) is null)
                {
                    copy.Add(new XAttribute(declaration));
                }
            }
        }

        return copy;
    }
}

/// <summary>Why a profile was not imported; <paramref name="Kind"/> groups the summary.</summary>
internal sealed record ImportRejection(ProfileEntry Entry, string? ResourceId, string Kind, string Reason)
{
    public string Describe() => $"{ResourceId ?? "(no resource id)"} at {Entry.Where}: {Reason}";
}
