using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Schemas;

namespace GupSoap.Raf.Data;

/// <summary>
/// Reads child order and repeatability from the compiled component schemas: the element declarations along the
/// parent's path from the component root give the parent's content model, flattened in document order. Cached per path.
/// </summary>
public sealed class SchemaChildOrder(SchemaRegistry registry) : IChildOrder
{
    private readonly ConcurrentDictionary<string, ChildContent> _cache = new(StringComparer.Ordinal);

    public ChildContent Of(XElement parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var path = parent.AncestorsAndSelf().Reverse().Select(e => e.Name).ToList();
        return _cache.GetOrAdd(string.Join("/", path), _ => Resolve(path));
    }

    private ChildContent Resolve(List<XName> path)
    {
        var declaration = registry.SchemaSet.GlobalElements[new XmlQualifiedName(path[0].LocalName, path[0].NamespaceName)] as XmlSchemaElement;
        for (var i = 1; i < path.Count && declaration is not null; i++)
        {
            declaration = Children(declaration).Select(s => s.Declaration)
                .FirstOrDefault(d => d.QualifiedName.Name == path[i].LocalName && d.QualifiedName.Namespace == path[i].NamespaceName);
        }

        return declaration is null
            ? ChildContent.Unknown
            : new ChildContent(Children(declaration).Select(s => (XName.Get(s.Declaration.QualifiedName.Name, s.Declaration.QualifiedName.Namespace), s.Repeatable)).ToList());
    }

    private static IEnumerable<(XmlSchemaElement Declaration, bool Repeatable)> Children(XmlSchemaElement declaration) =>
        declaration.ElementSchemaType is XmlSchemaComplexType complex ? Flatten(complex.ContentTypeParticle, repeatedAbove: false) : [];

    private static IEnumerable<(XmlSchemaElement, bool)> Flatten(XmlSchemaParticle? particle, bool repeatedAbove)
    {
        switch (particle)
        {
            case XmlSchemaElement element:
                yield return (element, repeatedAbove || element.MaxOccurs > 1);
                break;
            case XmlSchemaGroupBase group:
                foreach (var item in group.Items.OfType<XmlSchemaParticle>())
                {
                    foreach (var nested in Flatten(item, repeatedAbove || group.MaxOccurs > 1))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }
}
