namespace GupSoap.Core.Authorization;

/// <summary>The Rg operation families an authorization rule distinguishes (TS 23.240 §4.1.4 "operation"; gup:RuleOperationType).</summary>
public enum AccessOperation
{
    Create,
    Delete,
    Modify,
    List,
    Query,
    Subscribe,
}
