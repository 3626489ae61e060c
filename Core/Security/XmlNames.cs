using System.Xml;

namespace GupSoap.Core.Security;

/// <summary>Lexical checks of XML names (Namespaces in XML 1.0 §3) without exceptions.</summary>
internal static class XmlNames
{
    public static bool IsNCName(string? value)
    {
        if (string.IsNullOrEmpty(value) || !XmlConvert.IsStartNCNameChar(value[0]))
        {
            return false;
        }

        foreach (var c in value.AsSpan(1))
        {
            if (!XmlConvert.IsNCNameChar(c))
            {
                return false;
            }
        }

        return true;
    }
}
