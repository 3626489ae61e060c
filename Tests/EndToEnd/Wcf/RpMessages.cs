using System.ServiceModel;
using GupSoap.Contracts;
using GupSoap.Contracts.Rp;

namespace GupSoap.Tests.EndToEnd.Wcf;

/// <summary>Bare body of CreateComponent: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class CreateComponentInput
{
    public CreateComponentInput()
    {
    }

    public CreateComponentInput(CreateComponentRequest body) => Body = body;

    [MessageBodyMember(Name = "CreateComponent", Namespace = Namespaces.Rp)]
    public CreateComponentRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class CreateComponentOutput
{
    [MessageBodyMember(Name = "CreateComponentResponse", Namespace = Namespaces.Rp)]
    public CreateComponentResponse? Body { get; set; }
}

/// <summary>Bare body of ReadData: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class ReadDataInput
{
    public ReadDataInput()
    {
    }

    public ReadDataInput(ReadDataRequest body) => Body = body;

    [MessageBodyMember(Name = "ReadData", Namespace = Namespaces.Rp)]
    public ReadDataRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class ReadDataOutput
{
    [MessageBodyMember(Name = "ReadDataResponse", Namespace = Namespaces.Rp)]
    public ReadDataResponse? Body { get; set; }
}

/// <summary>Bare body of ModifyData: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class ModifyDataInput
{
    public ModifyDataInput()
    {
    }

    public ModifyDataInput(ModifyDataRequest body) => Body = body;

    [MessageBodyMember(Name = "ModifyData", Namespace = Namespaces.Rp)]
    public ModifyDataRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class ModifyDataOutput
{
    [MessageBodyMember(Name = "ModifyDataResponse", Namespace = Namespaces.Rp)]
    public ModifyDataResponse? Body { get; set; }
}

/// <summary>Bare body of ListData: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class ListDataInput
{
    public ListDataInput()
    {
    }

    public ListDataInput(ListDataRequest body) => Body = body;

    [MessageBodyMember(Name = "ListData", Namespace = Namespaces.Rp)]
    public ListDataRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class ListDataOutput
{
    [MessageBodyMember(Name = "ListDataResponse", Namespace = Namespaces.Rp)]
    public ListDataResponse? Body { get; set; }
}

/// <summary>Bare body of DeleteComponent: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class DeleteComponentInput
{
    public DeleteComponentInput()
    {
    }

    public DeleteComponentInput(DeleteComponentRequest body) => Body = body;

    [MessageBodyMember(Name = "DeleteComponent", Namespace = Namespaces.Rp)]
    public DeleteComponentRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class DeleteComponentOutput
{
    [MessageBodyMember(Name = "DeleteComponentResponse", Namespace = Namespaces.Rp)]
    public DeleteComponentResponse? Body { get; set; }
}

/// <summary>Bare body of DefineData: the contract root is the Body child.</summary>
[MessageContract(IsWrapped = false)]
public sealed class DefineDataInput
{
    public DefineDataInput()
    {
    }

    public DefineDataInput(DefineDataRequest body) => Body = body;

    [MessageBodyMember(Name = "DefineData", Namespace = Namespaces.Rp)]
    public DefineDataRequest? Body { get; set; }
}

[MessageContract(IsWrapped = false)]
public sealed class DefineDataOutput
{
    [MessageBodyMember(Name = "DefineDataResponse", Namespace = Namespaces.Rp)]
    public DefineDataResponse? Body { get; set; }
}
