using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace GupSoap.Schemas;

/// <summary>
/// One validation of a component document (TS 23.240 §4.1.1) with the push-mode <see cref="XmlSchemaValidator"/>:
/// the caller's tree is only read, all state is per run, so runs may proceed on many threads over one compiled set.
/// Stops at the first error and names the element or attribute where it happened.
/// </summary>
internal sealed class ComponentValidationRun
{
    private const int MaxDepth = 64;
    private const int MaxDataScan = 4096;
    private static readonly XNamespace s_xsi = XmlSchema.InstanceNamespace;

    private readonly NameTable _names = new();
    private readonly XmlNamespaceManager _scopes;
    private readonly XmlSchemaValidator _validator;
    private readonly XElement _root;
    private XObject? _current;
    private string? _error;

    private ComponentValidationRun(XmlSchemaSet schemas, XElement root)
    {
        _root = root;
        _scopes = new XmlNamespaceManager(_names);
        _validator = new XmlSchemaValidator(_names, schemas, _scopes, XmlSchemaValidationFlags.ProcessIdentityConstraints)
        {
            XmlResolver = null,
        };
        _validator.ValidationEventHandler += OnValidationEvent;
    }

    public static SchemaValidationResult Validate(XmlSchemaSet schemas, XElement root)
    {
        var run = new ComponentValidationRun(schemas, root);
        run._validator.Initialize();
        run.DeclareAncestorNamespaces();
        run.Element(root, 0);
        if (run._error is null)
        {
            run._current = root;
            run._validator.EndValidation();
        }

        return run._error is null ? SchemaValidationResult.Success : SchemaValidationResult.Failure(run._error);
    }

    private void Element(XElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            _error = $"{PathOf(element)}: the document is nested deeper than {MaxDepth} levels.";
            return;
        }

        _scopes.PushScope();
        string? xsiType = null;
        string? xsiNil = null;
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                Declare(attribute);
            }
            else if (attribute.Name.Namespace == s_xsi)
            {
                xsiType = attribute.Name.LocalName == "type" ? attribute.Value : xsiType;
                xsiNil = attribute.Name.LocalName == "nil" ? attribute.Value : xsiNil;
            }
        }

        _current = element;
        _validator.ValidateElement(Atom(element.Name.LocalName), Atom(element.Name.NamespaceName), null, xsiType, xsiNil, null, null);
        if (_error is not null)
        {
            return;
        }

        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || IsXsiHint(attribute.Name))
            {
                continue;
            }

            _current = attribute;
            _validator.ValidateAttribute(Atom(attribute.Name.LocalName), Atom(attribute.Name.NamespaceName), attribute.Value, null);
            if (_error is not null)
            {
                return;
            }
        }

        _current = element;
        _validator.ValidateEndOfAttributes(null);
        if (_error is not null)
        {
            return;
        }

        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child:
                    Element(child, depth + 1);
                    break;
                case XText text:
                    _current = element;
                    if (IsXmlWhitespace(text.Value))
                    {
                        _validator.ValidateWhitespace(text.Value);
                    }
                    else
                    {
                        _validator.ValidateText(text.Value);
                    }

                    break;
            }

            if (_error is not null)
            {
                return;
            }
        }

        _current = element;
        _validator.ValidateEndElement(null);
        _scopes.PopScope();
    }

    private void OnValidationEvent(object? sender, ValidationEventArgs e)
    {
        if (e.Severity != XmlSeverityType.Error || _error is not null)
        {
            return;
        }

        var at = _current ?? _root;
        var scope = at as XElement ?? at.Parent ?? _root;
        _error = PathOf(at) + ": " + DataEcho.Sanitize(e.Message, LongData(scope, at as XAttribute));
    }

    /// <summary>Prefixes bound above the component root still apply to it (xsi:type values, QName content).</summary>
    private void DeclareAncestorNamespaces()
    {
        foreach (var ancestor in _root.Ancestors().Reverse())
        {
            foreach (var attribute in ancestor.Attributes().Where(a => a.IsNamespaceDeclaration))
            {
                Declare(attribute);
            }
        }
    }

    private void Declare(XAttribute declaration)
    {
        var prefix = declaration.Name.Namespace == XNamespace.None ? string.Empty : declaration.Name.LocalName;
        if (prefix is "xml" or "xmlns")
        {
            return;
        }

        _scopes.AddNamespace(Atom(prefix), Atom(declaration.Value));
    }

    private string Atom(string value) => _names.Add(value);

    private static bool IsXsiHint(XName name) =>
        name.Namespace == s_xsi && name.LocalName is "type" or "nil" or "schemaLocation" or "noNamespaceSchemaLocation";

    private static bool IsXmlWhitespace(string text) => text.AsSpan().IndexOfAnyExcept(" \t\r\n") < 0;

    /// <summary>Where the error is: <c>/Root/Child[2]/@attr</c>, local names only, each cut to 64 characters.</summary>
    private string PathOf(XObject node)
    {
        var attribute = node as XAttribute;
        var element = attribute?.Parent ?? node as XElement ?? _root;
        var steps = new List<string>();
        for (var e = element; e is not null; e = e == _root ? null : e.Parent)
        {
            var step = DataEcho.Truncate(e.Name.LocalName);
            if (e != _root && e.Parent is { } parent)
            {
                var name = e.Name;
                var sameName = parent.Elements(name).Count();
                if (sameName > 1)
                {
                    step += "[" + (e.ElementsBeforeSelf(name).Count() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                }
            }

            steps.Add(step);
        }

        steps.Reverse();
        var path = new StringBuilder();
        foreach (var step in steps)
        {
            path.Append('/').Append(step);
        }

        if (attribute is not null)
        {
            path.Append("/@").Append(DataEcho.Truncate(attribute.Name.LocalName));
        }

        return path.ToString();
    }

    /// <summary>The client-supplied strings a validator message about <paramref name="scope"/> could quote that are too long to echo.</summary>
    private static List<string> LongData(XElement scope, XAttribute? attribute)
    {
        var data = new List<string>();
        void Add(string value)
        {
            if (value.Length > DataEcho.MaxDataChars)
            {
                data.Add(value);
                var collapsed = string.Join(' ', value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
                if (collapsed != value)
                {
                    data.Add(collapsed);
                }
            }
        }

        if (attribute is not null)
        {
            Add(attribute.Value);
            Add(attribute.Name.LocalName);
            Add(attribute.Name.NamespaceName);
        }

        var scanned = 0;
        foreach (var element in scope.DescendantsAndSelf())
        {
            if (++scanned > MaxDataScan)
            {
                break;
            }

            Add(element.Name.LocalName);
            Add(element.Name.NamespaceName);
            if (!element.HasElements)
            {
                Add(element.Value);
            }

            foreach (var a in element.Attributes())
            {
                Add(a.Value);
                Add(a.Name.LocalName);
                Add(a.Name.NamespaceName);
            }

            foreach (var text in element.Nodes().OfType<XText>())
            {
                Add(text.Value);
            }
        }

        return data;
    }
}
