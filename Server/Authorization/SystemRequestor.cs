using GupSoap.Core.Security;

namespace GupSoap.Server.Authorization;

/// <summary>The GUP Server acting for itself (reading a profile's rules): permitted everything, never an application.</summary>
internal static class SystemRequestor
{
    public static RequestorContext For(string providerId) => new()
    {
        ProviderId = providerId,
        Hplmn = true,
        Mechanism = "internal",
        Issuer = providerId,
        AssertionId = "internal",
        IsSystem = true,
    };
}
