using System.Xml.Linq;

namespace GupSoap.Schemas;

/// <summary>
/// Names of the standard component types of PROTOCOL.md (TS 23.240 §4.1.1) for the code that treats them specially
/// (authorization rules, MCPTT configuration management). Which types exist is declared, not listed here: the built-in
/// schemas' descriptors declare these five as the operator's declare their own (<see cref="SchemaRegistry.Declarations"/>).
/// </summary>
public static class ComponentTypeNames
{
    public const string GupNamespace = "urn:3gpp:gup:2006-08";
    public const string SubscriberNamespace = "urn:3gpp:gup:2006-08:subscriber";
    public const string PresenceNamespace = "urn:3gpp:gup:2006-08:presence";
    public const string LcsNamespace = "urn:3gpp:gup:2006-08:lcs";
    public const string McpttUserProfileNamespace = "urn:3gpp:mcptt:user-profile:1.0";

    public static readonly XName SubscriberInfo = XName.Get("SubscriberInfo", SubscriberNamespace);
    public static readonly XName AuthorizationRules = XName.Get("AuthorizationRules", GupNamespace);
    public static readonly XName PresenceSettings = XName.Get("PresenceSettings", PresenceNamespace);
    public static readonly XName LcsPrivacy = XName.Get("LcsPrivacy", LcsNamespace);
    public static readonly XName McpttUserProfile = XName.Get("mcptt-user-profile", McpttUserProfileNamespace);

    /// <summary>The unqualified attribute naming one MCPTT user profile among a user's profiles (TS 23.280 §10.1.4.1 profile index).</summary>
    public static readonly XName ProfileIdAttribute = XName.Get("profileId");

    /// <summary>The unqualified attribute by which a document of a multi-instance type tells its own stored version.</summary>
    public static readonly XName InstanceVersionAttribute = XName.Get("version");

    /// <summary>
    /// The attribute of the root that tells apart several documents of <paramref name="componentType"/> held for one
    /// resource (ARCHITECTURE.md "Data model": one MCPTT user profile per profile id), as its declaration says
    /// (<see cref="DeclaredComponentTypes"/>); null for the types a resource holds at most one of.
    /// </summary>
    public static XName? InstanceKey(XName componentType) => DeclaredComponentTypes.InstanceKeyOf(componentType);
}
