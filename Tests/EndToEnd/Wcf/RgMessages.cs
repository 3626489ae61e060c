using System.ServiceModel;
using GupSoap.Contracts;
using GupSoap.Contracts.Rg;

namespace GupSoap.Tests.EndToEnd.Wcf;

/// <summary>Bare body of Rg Create: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class RgCreateInput
{
    public RgCreateInput()
    {
    }

    public RgCreateInput(CreateRequest body) => Body = body;

    [MessageBodyMember(Name = "Create", Namespace = Namespaces.Rg)]
    public CreateRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class RgCreateOutput
{
    [MessageBodyMember(Name = "CreateResponse", Namespace = Namespaces.Rg)]
    public CreateResponse? Body { get; set; }
}

/// <summary>Bare body of Rg Query: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class RgQueryInput
{
    public RgQueryInput()
    {
    }

    public RgQueryInput(QueryRequest body) => Body = body;

    [MessageBodyMember(Name = "Query", Namespace = Namespaces.Rg)]
    public QueryRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class RgQueryOutput
{
    [MessageBodyMember(Name = "QueryResponse", Namespace = Namespaces.Rg)]
    public QueryResponse? Body { get; set; }
}

/// <summary>Bare body of Rg Modify: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class RgModifyInput
{
    public RgModifyInput()
    {
    }

    public RgModifyInput(ModifyRequest body) => Body = body;

    [MessageBodyMember(Name = "Modify", Namespace = Namespaces.Rg)]
    public ModifyRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class RgModifyOutput
{
    [MessageBodyMember(Name = "ModifyResponse", Namespace = Namespaces.Rg)]
    public ModifyResponse? Body { get; set; }
}

/// <summary>Bare body of Rg List: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class RgListInput
{
    public RgListInput()
    {
    }

    public RgListInput(ListRequest body) => Body = body;

    [MessageBodyMember(Name = "List", Namespace = Namespaces.Rg)]
    public ListRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class RgListOutput
{
    [MessageBodyMember(Name = "ListResponse", Namespace = Namespaces.Rg)]
    public ListResponse? Body { get; set; }
}

/// <summary>Bare body of Rg Delete: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class RgDeleteInput
{
    public RgDeleteInput()
    {
    }

    public RgDeleteInput(DeleteRequest body) => Body = body;

    [MessageBodyMember(Name = "Delete", Namespace = Namespaces.Rg)]
    public DeleteRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class RgDeleteOutput
{
    [MessageBodyMember(Name = "DeleteResponse", Namespace = Namespaces.Rg)]
    public DeleteResponse? Body { get; set; }
}
