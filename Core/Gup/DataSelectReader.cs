using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.DataReferences;

namespace GupSoap.Core.Gup;

/// <summary>
/// Reads a wire <c>Select</c> into a <see cref="DataReference"/>: prefixes in scope of the Select first, then the
/// well-known ones; every refusal is <c>InvalidParameter</c> with <c>MissingSelect</c> or <c>InvalidSelect</c>
/// (PROTOCOL.md "Data references"; SECURITY.md X1–X5).
/// </summary>
public static class DataSelectReader
{
    public static (DataReference? Reference, GupFailure? Failure) Read(DataSelect? select)
    {
        if (select is null || select.Text.Length == 0)
        {
            return (null, GupFailure.InvalidParameter(StatusCodes.MissingSelect, "Select is required."));
        }

        var parsed = DataReferenceParser.Parse(select.Text, WellKnownPrefixes.After(select.LookupNamespace));
        return parsed.Success
            ? (parsed.Reference, null)
            : (null, GupFailure.InvalidSelect(parsed.Error ?? "Invalid data reference."));
    }
}
