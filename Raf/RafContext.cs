using GupSoap.Core.Authorization;
using GupSoap.Core.Xml;
using GupSoap.Raf.Data;
using GupSoap.Raf.Storage;

namespace GupSoap.Raf;

/// <summary>
/// Everything one RAF's operations share; built once per RAF. <paramref name="EgressCheck"/> vets a NotifyTo URL at
/// subscribe time: null when it may be called back, else the reason (SECURITY.md A1).
/// </summary>
public sealed record RafContext(
    RafOptions Options,
    IComponentStore Store,
    ComponentValidator Validator,
    ModificationApplier Applier,
    XmlLimits Limits,
    TimeProvider Time,
    CommonRules CommonRules,
    Func<string, CancellationToken, Task<string?>> EgressCheck)
{
    /// <summary>Parsed trees of stored components for readers (and the rules they hold), reused while the stored text is unchanged.</summary>
    public ParsedComponents Trees { get; init; } = new(Limits);
}
