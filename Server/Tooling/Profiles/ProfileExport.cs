using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Storage;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling.Profiles;

/// <summary>What <c>admin export</c> was asked to do: one subscriber or all; a file, a directory (one file per subscriber) or standard output.</summary>
internal sealed record ExportRequest(string? Subscriber, string? OutPath);

/// <summary>
/// <c>admin export</c>: the stored profiles in the import format (<see cref="ProfileFileFormat"/>), per subscriber one
/// <c>gup:Profile</c> with its component documents as stored (version attributes included), RAFs in configuration
/// order, subscribers in ordinal order of their resource ids. What it writes, <c>admin import</c> reads back.
/// </summary>
internal static class ProfileExport
{
    private const int PageSize = 5000;

    public static async Task<int> RunAsync(IConfiguration configuration, ExportRequest request, TextWriter output, TextWriter messages, CancellationToken cancellationToken)
    {
        await using var stores = await RafStores.OpenAsync(configuration, TimeProvider.System, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var holdings = await HoldingsAsync(stores, request.Subscriber, cancellationToken);
        long components = 0;
        var perSubscriberDirectory = request.OutPath is { } dir && Directory.Exists(dir) ? dir : null;
        XmlWriter? shared = null;
        Stream? file = null;
        try
        {
            if (perSubscriberDirectory is null)
            {
                file = request.OutPath is { } path ? File.Create(path) : null;
                shared = file is null ? XmlWriter.Create(output, Settings()) : XmlWriter.Create(file, Settings());
                shared.WriteStartElement("p", ProfileFileFormat.Profiles.LocalName, ProfileFileFormat.Namespace.NamespaceName);
                shared.WriteAttributeString("xmlns", "gup", null, ProfileFileFormat.Gup.NamespaceName);
            }

            foreach (var resource in holdings.Keys.Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var profile = await ProfileAsync(stores, resource, holdings[resource], cancellationToken);
                components += profile.Elements().Count();
                if (shared is not null)
                {
                    profile.WriteTo(shared);
                    continue;
                }

                await using var one = File.Create(Path.Combine(perSubscriberDirectory!, FileNameOf(resource)));
                using var writer = XmlWriter.Create(one, Settings());
                profile.WriteTo(writer);
            }

            shared?.WriteEndElement();
        }
        finally
        {
            shared?.Dispose();
            if (file is not null)
            {
                await file.DisposeAsync();
            }
        }

        if (request.OutPath is null)
        {
            await output.WriteLineAsync();
        }

        await messages.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Exported {holdings.Count:N0} profile(s), {components:N0} component(s) to {request.OutPath ?? "standard output"} in {clock.Elapsed.TotalSeconds:0.0} s."));
        return request.Subscriber is not null && holdings.Count == 0 ? 1 : 0;
    }

    /// <summary>Per resource, what each RAF holds of it (resource type and component types), from the RAFs' List Data pages.</summary>
    private static async Task<Dictionary<string, List<(OpenRaf Raf, ListedResource Listed)>>> HoldingsAsync(RafStores stores, string? subscriber, CancellationToken cancellationToken)
    {
        var holdings = new Dictionary<string, List<(OpenRaf, ListedResource)>>(StringComparer.Ordinal);
        foreach (var raf in stores.Rafs)
        {
            var types = raf.Options.ComponentTypes.ToList();
            for (var offset = 0; ; offset += PageSize)
            {
                var page = await raf.Store.ListAsync(subscriber is null ? null : EscapePattern(subscriber), types, offset, PageSize, cancellationToken);
                foreach (var listed in page.Resources.Where(r => subscriber is null || r.ResourceId == subscriber))
                {
                    if (!holdings.TryGetValue(listed.ResourceId, out var list))
                    {
                        holdings[listed.ResourceId] = list = [];
                    }

                    list.Add((raf, listed));
                }

                if (page.EndOfList || page.Resources.Count == 0)
                {
                    break;
                }
            }
        }

        return holdings;
    }

    private static async Task<XElement> ProfileAsync(RafStores stores, string resource, List<(OpenRaf Raf, ListedResource Listed)> holdings, CancellationToken cancellationToken)
    {
        var profile = new XElement(ProfileFileFormat.Profile, new XAttribute(ProfileFileFormat.ResourceId, resource));
        if (holdings.Select(h => h.Listed.ResourceType).FirstOrDefault(t => t is not null) is { } type)
        {
            profile.Add(new XAttribute(ProfileFileFormat.ResourceType, type));
        }

        foreach (var (raf, listed) in holdings)
        {
            foreach (var componentType in listed.ComponentTypes)
            {
                foreach (var stored in await raf.Store.ReadAllAsync(resource, componentType, cancellationToken))
                {
                    profile.Add(ComponentDocument.Load(stored, stores.Limits));
                }
            }
        }

        return profile;
    }

    /// <summary>A List pattern matching exactly this id: its <c>*</c> would be a wildcard, so such ids are matched by filtering the page.</summary>
    private static string EscapePattern(string subscriber) => subscriber.Contains('*', StringComparison.Ordinal) ? "*" : subscriber;

    private static string FileNameOf(string resource)
    {
        var name = new StringBuilder(resource.Length);
        foreach (var c in resource)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_');
        }

        return name + ".xml";
    }

    private static XmlWriterSettings Settings() => new() { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };
}
