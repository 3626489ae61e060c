using System.Collections.Concurrent;
using GupSoap.Core.Soap;

namespace GupSoap.Server.Routing;

/// <summary>The Rp services of the RAFs running in this process, by RAF name; filled as each RAF starts.</summary>
public sealed class LocalRafs
{
    private readonly ConcurrentDictionary<string, SoapService> _services = new(StringComparer.Ordinal);

    public void Add(string name, SoapService service) => _services[name] = service;

    public SoapService? Find(string name) => _services.GetValueOrDefault(name);
}
