using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Rg;
using GupSoap.Core.Soap;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Endpoints;

/// <summary>The Rg operations of the GUP Server as a <see cref="SoapService"/> (TS 23.240 §4.3; PROTOCOL.md "Rg operations").</summary>
public static class RgService
{
    private static readonly XNamespace Rg = Namespaces.Rg;

    public static SoapService Create(RgContext rg, Subscriptions.SubscriptionContext subscriptions, string providerId, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(rg);
        return new SoapService("gup:rg", providerId,
        [
            Operation<CreateRequest, CreateResponse>(RgOperations.Create, (r, c) => CreateOperation.HandleAsync(rg, r, c, logger)),
            Operation<DeleteRequest, DeleteResponse>(RgOperations.Delete, (r, c) => DeleteOperation.HandleAsync(rg, r, c, logger)),
            Operation<ModifyRequest, ModifyResponse>(RgOperations.Modify, (r, c) => ModifyOperation.HandleAsync(rg, r, c)),
            Operation<ListRequest, ListResponse>(RgOperations.List, (r, c) => ListOperation.HandleAsync(rg, r, c)),
            Operation<QueryRequest, QueryResponse>(RgOperations.Query, (r, c) => QueryOperation.HandleAsync(rg, r, c)),
            Operation<SubscribeRequest, SubscribeResponse>(RgOperations.Subscribe, (r, c) => SubscribeOperation.HandleAsync(rg, subscriptions, r, c, logger)),
            Operation<UnsubscribeRequest, UnsubscribeResponse>(RgOperations.Unsubscribe, (r, c) => UnsubscribeOperation.HandleAsync(rg, subscriptions, r, c, logger)),
        ]);
    }

    private static SoapOperation Operation<TRequest, TResponse>(string name, Func<TRequest, SoapRequestContext, Task<TResponse>> handler)
        where TRequest : class
        where TResponse : class =>
        SoapOperation.Create(Rg + name, RgOperations.Action(name), handler);
}
