using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Server.LoadControl;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.Hosting;

/// <summary>Load control (TS 23.240 §4.1.4, §4.2.1) of the GUP Server's services: <see cref="LoadLimits"/> from <c>Gup:Limits</c>.</summary>
internal static class LoadControlHosting
{
    public static void AddLoadControl(IServiceCollection services, IConfiguration configuration)
    {
        var limits = LoadLimits.Read(configuration);
        services.AddSingleton(limits);
        services.AddSingleton(_ => new RafFanOutLimits(limits.RafConcurrency, limits.RafQueue));
    }

    /// <summary>Puts the rate and size limits in front of <paramref name="service"/>'s operations.</summary>
    public static void Attach(WebApplication app, SoapService service)
    {
        var admission = new RequestAdmission(service.Name, app.Services.GetRequiredService<LoadLimits>(), app.Services.GetRequiredService<XmlLimits>().MaxBodyBytes);
        service.Admission = admission;
        app.Lifetime.ApplicationStopped.Register(admission.Dispose);
    }
}
