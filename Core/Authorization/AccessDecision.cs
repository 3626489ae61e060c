namespace GupSoap.Core.Authorization;

/// <summary>
/// A decision made without the document (TS 23.240 §4.2.1.4): certainly all of it, certainly none of it, or maybe
/// some of it. Callers writing data treat <see cref="Partial"/> as <see cref="Deny"/>; a Query goes on and filters.
/// </summary>
public enum AccessDecision
{
    Permit,
    Deny,
    Partial,
}
