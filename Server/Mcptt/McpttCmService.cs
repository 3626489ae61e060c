using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Mcptt;
using GupSoap.Core.Soap;

namespace GupSoap.Server.Mcptt;

/// <summary>The MCPTT configuration management operations as a <see cref="SoapService"/> (PROTOCOL.md "MCPTT configuration management").</summary>
public static class McpttCmService
{
    private static readonly XNamespace Cm = Namespaces.McpttCm;

    public static SoapService Create(McpttContext cm, string providerId)
    {
        ArgumentNullException.ThrowIfNull(cm);
        return new SoapService("mcptt:cm", providerId,
        [
            Operation<GetUserProfileRequest, GetUserProfileResponse>(CmOperations.GetUserProfile, (r, c) => GetUserProfileOperation.HandleAsync(cm, r, c)),
            Operation<UploadUserProfileRequest, UploadUserProfileResponse>(CmOperations.UploadUserProfile, (r, c) => UploadUserProfileOperation.HandleAsync(cm, r, c)),
            Operation<ListUserProfilesRequest, ListUserProfilesResponse>(CmOperations.ListUserProfiles, (r, c) => ListUserProfilesOperation.HandleAsync(cm, r, c)),
            Operation<SubscribeProfileUpdatesRequest, SubscribeProfileUpdatesResponse>(CmOperations.SubscribeProfileUpdates, (r, c) => SubscribeProfileUpdatesOperation.HandleAsync(cm, r, c)),
            Operation<UnsubscribeProfileUpdatesRequest, UnsubscribeProfileUpdatesResponse>(CmOperations.UnsubscribeProfileUpdates, (r, c) => UnsubscribeProfileUpdatesOperation.HandleAsync(cm, r, c)),
        ]);
    }

    private static SoapOperation Operation<TRequest, TResponse>(string name, Func<TRequest, SoapRequestContext, Task<TResponse>> handler)
        where TRequest : class
        where TResponse : class =>
        SoapOperation.Create(Cm + name, CmOperations.Action(name), handler);
}
