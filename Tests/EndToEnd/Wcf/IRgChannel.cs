using System.ServiceModel;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;

namespace GupSoap.Tests.EndToEnd.Wcf;

/// <summary>The Rg port type (wsdl/Rg.wsdl) as a WCF client sees it: bare XmlSerializer messages, lu:Status faults.</summary>
[ServiceContract(Namespace = Namespaces.Rg, Name = "RgPortType")]
[XmlSerializerFormat(SupportFaults = true)]
public interface IRgChannel
{
    [OperationContract(Action = "urn:3gpp:gup:2006-08:rg:Create", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<RgCreateOutput> CreateAsync(RgCreateInput input);

    [OperationContract(Action = "urn:3gpp:gup:2006-08:rg:Query", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<RgQueryOutput> QueryAsync(RgQueryInput input);

    [OperationContract(Action = "urn:3gpp:gup:2006-08:rg:Modify", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<RgModifyOutput> ModifyAsync(RgModifyInput input);

    [OperationContract(Action = "urn:3gpp:gup:2006-08:rg:List", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<RgListOutput> ListAsync(RgListInput input);

    [OperationContract(Action = "urn:3gpp:gup:2006-08:rg:Delete", ReplyAction = "*")]
    [FaultContract(typeof(Status), Action = "*", Name = "Status", Namespace = Namespaces.LibertyUtility)]
    Task<RgDeleteOutput> DeleteAsync(RgDeleteInput input);
}
