using System.ServiceModel;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;

namespace GupSoap.Tests.EndToEnd.Wcf;

/// <summary>The Rp port type as a WCF client sees it: bare XmlSerializer messages, lu:Status faults.</summary>
[ServiceContract(Namespace = Namespaces.Rp, Name = "RpPortType")]
[XmlSerializerFormat(SupportFaults = true)]
public interface IRpChannel
{
    [OperationContract(Action = "urn:3gpp:gup:2006-08:rp:CreateComponent", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<CreateComponentOutput> CreateComponentAsync(CreateComponentInput input);

    [OperationContract(Action = "urn:3gpp:gup:2006-08:rp:ReadData", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<ReadDataOutput> ReadDataAsync(ReadDataInput input);

    [OperationContract(Action = "urn:3gpp:gup:2006-08:rp:ModifyData", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<ModifyDataOutput> ModifyDataAsync(ModifyDataInput input);

    [OperationContract(Action = "urn:3gpp:gup:2006-08:rp:ListData", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<ListDataOutput> ListDataAsync(ListDataInput input);

    [OperationContract(Action = "urn:3gpp:gup:2006-08:rp:DeleteComponent", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<DeleteComponentOutput> DeleteComponentAsync(DeleteComponentInput input);

    [OperationContract(Action = "urn:3gpp:gup:2006-08:rp:DefineData", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<DefineDataOutput> DefineDataAsync(DefineDataInput input);
}
