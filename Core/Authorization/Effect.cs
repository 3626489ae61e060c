namespace GupSoap.Core.Authorization;

/// <summary>What a rule or a default does to the access it covers (TS 23.240 §4.1.4; gup:EffectType).</summary>
public enum Effect
{
    Permit,
    Deny,
}
