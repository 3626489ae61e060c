using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GupSoap.Core.Soap;

/// <summary>The action a request announces: the SOAPAction header (1.1) or the <c>action</c> media-type parameter (1.2).</summary>
public static class SoapActionReader
{
    public static string? Read(HttpRequest request, SoapVersion version, MediaTypeHeaderValue? contentType)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? raw = null;
        if (version == SoapVersion.Soap11)
        {
            raw = request.Headers["SOAPAction"].ToString();
        }
        else if (contentType is not null)
        {
            raw = contentType.Parameters.FirstOrDefault(p => p.Name.Equals("action", StringComparison.OrdinalIgnoreCase))?.Value.ToString();
        }

        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var trimmed = raw.Trim().Trim('"').Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
