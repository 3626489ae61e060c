using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;

namespace GupSoap.Raf.Data;

/// <summary>
/// TS 23.240 §4.4.3 Modify Data on an in-memory component. Insert (overrideAllowed = false) adds new data and
/// refuses to touch what exists (<c>ExistsAlready</c>) for single values: attributes, the whole component, elements
/// the schema allows once; repeatable elements are appended after their last same-named sibling, first ones where the
/// schema's content model puts them. Overwrite replaces the selected data under each parent, or removes it when
/// NewData is empty. Schema validity is checked afterwards by the caller.
/// </summary>
public sealed class ModificationApplier(IChildOrder order)
{
    public (XElement Component, GupFailure? Failure) Apply(XElement component, DataReference reference, ValueContent? newData, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(reference);
        if (newData is { HasConflictingValue: true })
        {
            return (component, GupFailure.InvalidData("NewData carries two different values (text and @value): send one."));
        }

        var elements = newData?.Elements ?? [];
        var text = newData?.TextValue;
        if (reference.Steps.Count == 0)
        {
            return ReplaceComponent(component, elements, overwrite);
        }

        return reference.TargetsAttribute
            ? (component, ApplyToAttribute(component, reference, elements, text, overwrite))
            : (component, ApplyToElements(component, reference, elements, overwrite));
    }

    private static (XElement, GupFailure?) ReplaceComponent(XElement component, XElement[] elements, bool overwrite)
    {
        if (!overwrite)
        {
            return (component, new GupFailure(StatusCodes.InvalidParameter, StatusCodes.ExistsAlready, "The component exists; set overrideAllowed to replace it."));
        }

        if (elements.Length != 1 || elements[0].Name != component.Name)
        {
            return (component, GupFailure.InvalidData("Replacing the whole component needs exactly one NewData element named like the component."));
        }

        return (new XElement(elements[0]), null);
    }

    private static GupFailure? ApplyToAttribute(XElement component, DataReference reference, XElement[] elements, string? text, bool overwrite)
    {
        if (elements.Length > 0)
        {
            return GupFailure.InvalidData("NewData for an attribute is its value as text, not elements.");
        }

        var existing = DataReferenceWalker.SelectInComponent(component, reference).OfType<XAttribute>().ToList();
        var remove = string.IsNullOrEmpty(text);
        if (existing.Count > 0)
        {
            if (!overwrite)
            {
                return new GupFailure(StatusCodes.InvalidParameter, StatusCodes.ExistsAlready, "The attribute exists; set overrideAllowed to change it.");
            }

            foreach (var attribute in existing)
            {
                if (remove)
                {
                    attribute.Remove();
                }
                else
                {
                    attribute.Value = text!;
                }
            }

            return null;
        }

        if (remove)
        {
            return overwrite ? null : new GupFailure(StatusCodes.InvalidParameter, StatusCodes.MissingNewDataElement, "NewData is required to insert.");
        }

        var parents = Parents(component, reference);
        if (parents.Count == 0)
        {
            return GupFailure.DoesNotExist("The element that would hold the attribute does not exist.");
        }

        var name = reference.Steps[^1].Name!;
        foreach (var parent in parents)
        {
            parent.SetAttributeValue(name, text);
        }

        return null;
    }

    private GupFailure? ApplyToElements(XElement component, DataReference reference, XElement[] elements, bool overwrite)
    {
        var last = reference.Steps[^1];
        if (last.Name is { } expected && elements.Any(e => e.Name != expected))
        {
            return GupFailure.InvalidData($"NewData elements must be named '{expected.LocalName}' like the last step of Select.");
        }

        var existing = DataReferenceWalker.SelectInComponent(component, reference).OfType<XElement>().ToList();
        if (overwrite && existing.Count > 0)
        {
            // Under each parent, the new data takes the place of the first selected element; every selected element goes.
            foreach (var group in existing.GroupBy(e => e.Parent!))
            {
                group.First().AddBeforeSelf(elements.Select(e => new XElement(e)));
            }

            foreach (var element in existing)
            {
                element.Remove();
            }

            return null;
        }

        if (elements.Length == 0)
        {
            return overwrite ? null : new GupFailure(StatusCodes.InvalidParameter, StatusCodes.MissingNewDataElement, "NewData is required to insert.");
        }

        var parents = existing.Count > 0 ? existing.Select(e => e.Parent!).Distinct().ToList() : Parents(component, reference);
        if (parents.Count == 0)
        {
            return GupFailure.DoesNotExist("The element that would hold the new data does not exist.");
        }

        foreach (var parent in parents)
        {
            var content = order.Of(parent);
            foreach (var element in elements)
            {
                // After the last sibling of the same name, or where the schema puts a first one.
                var sameName = parent.Elements(element.Name).LastOrDefault();
                if (sameName is null)
                {
                    Insert(parent, content, new XElement(element));
                }
                else if (content.AllowsRepeat(element.Name))
                {
                    sameName.AddAfterSelf(new XElement(element));
                }
                else
                {
                    return new GupFailure(StatusCodes.InvalidParameter, StatusCodes.ExistsAlready,
                        $"'{element.Name.LocalName}' exists and may occur only once; set overrideAllowed to replace it.");
                }
            }
        }

        return null;
    }

    private static List<XElement> Parents(XElement component, DataReference reference) =>
        DataReferenceWalker.SelectInComponent(component, reference.Parent()).OfType<XElement>().ToList();

    /// <summary>Puts <paramref name="child"/> after the last sibling the schema orders at or before it.</summary>
    private static void Insert(XElement parent, ChildContent content, XElement child)
    {
        var index = content.IndexOf(child.Name);
        if (index < 0)
        {
            parent.Add(child);
            return;
        }

        XElement? after = null;
        foreach (var sibling in parent.Elements())
        {
            var siblingIndex = content.IndexOf(sibling.Name);
            if (siblingIndex >= 0 && siblingIndex <= index)
            {
                after = sibling;
            }
        }

        if (after is not null)
        {
            after.AddAfterSelf(child);
        }
        else if (parent.Elements().FirstOrDefault() is { } first)
        {
            first.AddBeforeSelf(child);
        }
        else
        {
            parent.Add(child);
        }
    }
}
