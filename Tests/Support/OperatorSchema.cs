using System.Xml.Linq;
using GupSoap.Schemas;

namespace GupSoap.Tests.Support;

/// <summary>
/// The operator-defined component type of the tests and of the README walkthrough: <c>pc:ParentalControl</c> from
/// <c>Fixtures/Schemas/parental-control.xsd</c> with its descriptor, and revisions of it. One prefix and namespace for
/// every test: hosts of one process share the well-known prefixes, so tests must not bind <c>pc</c> elsewhere.
/// </summary>
internal static class OperatorSchema
{
    public const string Namespace = "urn:example:parental-control";
    public const string Prefix = "pc";
    public const string FileName = "parental-control.xsd";
    public const string DescriptorName = "parental-control.component.json";
    public const string Revision1 = "parental-control.xsd";
    public const string CompatibleRevision = "parental-control.revision-compatible.xsd";
    public const string IncompatibleRevision = "parental-control.revision-incompatible.xsd";

    public static readonly XName Type = XName.Get("ParentalControl", Namespace);
    public static readonly XNamespace Pc = Namespace;

    /// <summary>The one configuration line that lets RAF services hold the type (after its three built-in ones).</summary>
    public const string ServicesHoldIt = "--Gup:Rafs:services:ComponentTypes:3={urn:example:parental-control}ParentalControl";

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Schemas", name);

    public static string Text(string name) => File.ReadAllText(Fixture(name));

    /// <summary>The data directory's schema directory with <paramref name="revision"/> as parental-control.xsd and its descriptor.</summary>
    public static string Install(string dataDirectory, string revision = Revision1)
    {
        var directory = Directory.CreateDirectory(Path.Combine(dataDirectory, "schemas")).FullName;
        File.Copy(Fixture(revision), Path.Combine(directory, FileName), overwrite: true);
        File.Copy(Fixture(DescriptorName), Path.Combine(directory, DescriptorName), overwrite: true);
        return directory;
    }

    /// <summary>A new data directory with revision 1 installed.</summary>
    public static string NewDataDirectory(string revision = Revision1)
    {
        var data = GupServer.NewDataDirectory();
        Install(data, revision);
        return data;
    }

    /// <summary>The registry of a deployment with <paramref name="revision"/> as parental-control.xsd, declared by its descriptor.</summary>
    public static SchemaRegistry Registry(string revision = Revision1) =>
        SchemaRegistry.Build(SchemaSources.BuiltIn.With(new SchemaSources(
            [new SchemaFile(FileName, Text(revision), "/srv/schemas/" + FileName, IsBuiltIn: false)],
            [new ComponentTypeEntry("ParentalControl", FileName, null, "/srv/schemas/" + DescriptorName)])));

    /// <summary>A ParentalControl document as text, declaring its own prefix.</summary>
    public static string Document(bool enabled = true, int? minutes = 120, params string[] blocked) =>
        $"""<pc:ParentalControl xmlns:pc="{Namespace}"><pc:Enabled>{(enabled ? "true" : "false")}</pc:Enabled>{(minutes is { } m ? $"<pc:MaxMinutesPerDay>{m}</pc:MaxMinutesPerDay>" : "")}{string.Concat(blocked.Select(b => $"<pc:BlockedCategory>{b}</pc:BlockedCategory>"))}</pc:ParentalControl>""";

    /// <summary>Starts a server on <paramref name="dataDirectory"/> whose RAF services holds the type.</summary>
    public static Task<GupServer> StartAsync(string dataDirectory, bool ownsDataDirectory, params string[] extraArgs) =>
        GupServer.StartInAsync(dataDirectory, ownsDataDirectory, [ServicesHoldIt, .. extraArgs]);
}
