using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Schemas;

namespace GupSoap.Raf.Data;

/// <summary>
/// Reads child order from the compiled component schemas: the element declarations along the parent's path from the
/// component root give the parent's content model, flattened in document order. Cached per path.
/// </summary>
public sealed class SchemaChildOrder(SchemaRegistry registry) : IChildOrder
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<XName>> _cache = new(StringComparer.Ordinal);

    public int IndexOf(XElement parent, XName child)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var path = parent.AncestorsAndSelf().Reverse().Select(e => e.Name).ToList();
        var key = string.Join("/", path);
        var order = _cache.GetOrAdd(key, _ => Resolve(path));
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == child)
            {
                return i;
            }
        }

        return -1;
    }

    private List<XName> Resolve(List<XName> path)
    {
        var declaration = registry.SchemaSet.GlobalElements[new XmlQualifiedName(path[0].LocalName, path[0].NamespaceName)] as XmlSchemaElement;
        for (var i = 1; i < path.Count && declaration is not null; i++)
        {
            declaration = ChildDeclarations(declaration).FirstOrDefault(d => d.QualifiedName.Name == path[i].LocalName && d.QualifiedName.Namespace == path[i].NamespaceName);
        }

        return declaration is null ? [] : ChildDeclarations(declaration).Select(d => XName.Get(d.QualifiedName.Name, d.QualifiedName.Namespace)).ToList();
    }

    private static IEnumerable<XmlSchemaElement> ChildDeclarations(XmlSchemaElement declaration) =>
        declaration.ElementSchemaType is XmlSchemaComplexType complex ? Flatten(complex.ContentTypeParticle) : [];

    private static IEnumerable<XmlSchemaElement> Flatten(XmlSchemaParticle? particle)
    {
        switch (particle)
        {
            case XmlSchemaElement element:
                yield return element;
                break;
            case XmlSchemaGroupBase group:
                foreach (var item in group.Items.OfType<XmlSchemaParticle>())
                {
                    foreach (var nested in Flatten(item))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }
}
