using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Soap;

namespace GupSoap.Raf.Endpoints;

/// <summary>The Rp operations of one RAF as a <see cref="SoapService"/> (TS 23.240 §4.4; PROTOCOL.md "Rp operations").</summary>
public static class RpService
{
    private static readonly XNamespace Rp = Namespaces.Rp;

    public static SoapService Create(RafContext raf)
    {
        ArgumentNullException.ThrowIfNull(raf);
        return new SoapService("raf:" + raf.Options.Name, raf.Options.ProviderId,
        [
            Operation<CreateComponentRequest, CreateComponentResponse>(RpOperations.CreateComponent, (r, c) => CreateComponentOperation.HandleAsync(raf, r, c)),
            Operation<DeleteComponentRequest, DeleteComponentResponse>(RpOperations.DeleteComponent, (r, c) => DeleteComponentOperation.HandleAsync(raf, r, c)),
            Operation<ModifyDataRequest, ModifyDataResponse>(RpOperations.ModifyData, (r, c) => ModifyDataOperation.HandleAsync(raf, r, c)),
            Operation<ListDataRequest, ListDataResponse>(RpOperations.ListData, (r, c) => ListDataOperation.HandleAsync(raf, r, c)),
            Operation<ReadDataRequest, ReadDataResponse>(RpOperations.ReadData, (r, c) => ReadDataOperation.HandleAsync(raf, r, c)),
            Operation<DefineDataRequest, DefineDataResponse>(RpOperations.DefineData, (r, c) => DefineDataOperation.HandleAsync(raf, r, c)),
            // NotifyData is sent by a RAF (from its outbox), never served by it.
            Operation<SubscribeToDataRequest, SubscribeToDataResponse>(RpOperations.SubscribeToData, (r, c) => SubscribeToDataOperation.HandleAsync(raf, r, c)),
            Operation<UnsubscribeToDataRequest, UnsubscribeToDataResponse>(RpOperations.UnsubscribeToData, (r, c) => UnsubscribeToDataOperation.HandleAsync(raf, r, c)),
        ]);
    }

    private static SoapOperation Operation<TRequest, TResponse>(string name, Func<TRequest, SoapRequestContext, Task<TResponse>> handler)
        where TRequest : class
        where TResponse : class =>
        SoapOperation.Create(Rp + name, RpOperations.Action(name), handler);
}
