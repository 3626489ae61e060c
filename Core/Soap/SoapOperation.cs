using System.Xml.Linq;

namespace GupSoap.Core.Soap;

/// <summary>One operation of a SOAP service: its Body element, SOAPAction, request type and handler.</summary>
public sealed record SoapOperation(
    XName Element,
    string Action,
    Type RequestType,
    Type ResponseType,
    string ResponseAction,
    Func<object, SoapRequestContext, Task<object>> Handler)
{
    public static SoapOperation Create<TRequest, TResponse>(XName element, string action, Func<TRequest, SoapRequestContext, Task<TResponse>> handler)
        where TRequest : class
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(handler);
        return new SoapOperation(element, action, typeof(TRequest), typeof(TResponse), action + "Response",
            async (request, context) => await handler((TRequest)request, context));
    }
}
