namespace GupSoap.Server.Merge;

/// <summary>TS 23.240 §5 proxy mode: the prefix bindings in scope while a component under <c>gup:Profile</c> is walked.</summary>
/// <remarks>
/// Profile bindings survive every <see cref="Leave"/>; element bindings are undone when their element is left.
/// The empty prefix stands for the default namespace.
/// </remarks>
internal sealed class NamespaceScope
{
    private readonly Dictionary<string, string> _bindings = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string? Previous)> _undo = [];
    private readonly Stack<int> _marks = new();

    /// <summary>The URI <paramref name="prefix"/> is bound to here, or null when it is unbound.</summary>
    public string? Lookup(string prefix) => _bindings.GetValueOrDefault(prefix);

    /// <summary>Binds a prefix declared on the Profile; only for prefixes unbound everywhere in the current path.</summary>
    public void BindOnProfile(string prefix, string uri) => _bindings[prefix] = uri;

    public void Enter() => _marks.Push(_undo.Count);

    /// <summary>Binds a prefix declared on the element last entered, shadowing any outer binding.</summary>
    public void BindOnElement(string prefix, string uri)
    {
        _undo.Add((prefix, Lookup(prefix)));
        _bindings[prefix] = uri;
    }

    public void Leave()
    {
        var mark = _marks.Pop();
        for (var i = _undo.Count - 1; i >= mark; i--)
        {
            var (prefix, previous) = _undo[i];
            if (previous is null)
            {
                _bindings.Remove(prefix);
            }
            else
            {
                _bindings[prefix] = previous;
            }
        }

        _undo.RemoveRange(mark, _undo.Count - mark);
    }
}
