namespace GupSoap.Raf.Storage;

/// <summary>One component's state before and after a write transaction; null for absent.</summary>
internal sealed record ComponentChange(StoredComponent? Before, StoredComponent? After);

/// <summary>
/// What one write transaction changed, one entry per component document (instance) (several writes of one component fold into one
/// change from its first to its last state), and how many notifications it queued.
/// </summary>
internal sealed class WriteJournal
{
    private readonly List<ComponentChange> _changes = [];

    // Position of each document's change in _changes: a bulk transaction records thousands of documents, and a
    // linear search per record made it quadratic.
    private readonly Dictionary<(string ResourceId, System.Xml.Linq.XName ComponentType, string InstanceId), int> _positions = [];

    public IReadOnlyList<ComponentChange> Changes => _changes;

    public int Queued { get; set; }

    /// <summary>The work asked to commit and the transaction is being committed (no dry run).</summary>
    public bool Committing { get; set; }

    public void Record(StoredComponent? before, StoredComponent? after)
    {
        var component = after ?? before ?? throw new ArgumentException("A change needs a before or an after state.");
        var key = (component.ResourceId, component.ComponentType, component.InstanceId);
        if (_positions.TryGetValue(key, out var index))
        {
            _changes[index] = _changes[index] with { After = after };
        }
        else
        {
            _positions[key] = _changes.Count;
            _changes.Add(new ComponentChange(before, after));
        }
    }
}
