using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace GupSoap.Core.Saml;

/// <summary>
/// SHA-256 of an element in an unambiguous encoding: every namespace binding in scope of it, then every node in document
/// order with a kind tag and length-prefixed names and values (attributes and namespace declarations in their order).
/// Two elements have the same fingerprint only if they serialize to the same text in the same namespace context — what
/// exclusive canonicalization can depend on — without writing them out.
/// </summary>
internal sealed class XmlFingerprint : IDisposable
{
    private const int Chunk = 4096;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(Chunk);
    private int _used;

    public static string Of(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var fingerprint = new XmlFingerprint();
        fingerprint.Context(element);
        fingerprint.Tree(element);
        return fingerprint.Finish();
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _hash.Dispose();
    }

    /// <summary>The bindings the element is read in: for each prefix, the nearest declaration.</summary>
    private void Context(XElement element)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var scope = element.Parent; scope is not null; scope = scope.Parent)
        {
            foreach (var declaration in scope.Attributes())
            {
                var prefix = declaration.Name.Namespace == XNamespace.None ? "" : declaration.Name.LocalName;
                if (declaration.IsNamespaceDeclaration && seen.Add(prefix))
                {
                    Node('N', prefix, declaration.Value);
                }
            }
        }
    }

    private void Tree(XElement root)
    {
        var pending = new Stack<XNode?>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case null:
                    Tag('e');
                    break;
                case XElement element:
                    Node('E', element.Name.NamespaceName, element.Name.LocalName);
                    foreach (var attribute in element.Attributes())
                    {
                        Node('A', attribute.Name.NamespaceName, attribute.Name.LocalName);
                        Text(attribute.Value);
                    }

                    // The end marker below the children, the children in document order above it.
                    pending.Push(null);
                    for (var child = element.LastNode; child is not null; child = child.PreviousNode)
                    {
                        pending.Push(child);
                    }

                    break;
                case XCData cdata:
                    Tag('C');
                    Text(cdata.Value);
                    break;
                case XText text:
                    Tag('T');
                    Text(text.Value);
                    break;
                case XComment comment:
                    Tag('M');
                    Text(comment.Value);
                    break;
                case XProcessingInstruction instruction:
                    Node('P', instruction.Target, instruction.Data);
                    break;
                default:
                    Tag('?');
                    break;
            }
        }
    }

    private void Node(char tag, string first, string second)
    {
        Tag(tag);
        Text(first);
        Text(second);
    }

    private void Tag(char tag)
    {
        Reserve(1);
        _buffer[_used++] = (byte)tag;
    }

    /// <summary>Length in characters, then the UTF-16 code units: no escaping, no ambiguity.</summary>
    private void Text(string value)
    {
        Reserve(4);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used), value.Length);
        _used += 4;
        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        while (!bytes.IsEmpty)
        {
            Reserve(1);
            var part = Math.Min(bytes.Length, Chunk - _used);
            bytes[..part].CopyTo(_buffer.AsSpan(_used));
            _used += part;
            bytes = bytes[part..];
        }
    }

    private void Reserve(int bytes)
    {
        if (_used + bytes > Chunk)
        {
            _hash.AppendData(_buffer, 0, _used);
            _used = 0;
        }
    }

    private string Finish()
    {
        _hash.AppendData(_buffer, 0, _used);
        return Convert.ToHexString(_hash.GetHashAndReset());
    }
}
