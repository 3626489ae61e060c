using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Rp;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>MCPTT user profile documents and Rp calls on them at the RAF <c>services</c> (prefix <c>up</c> is declared by the envelope).</summary>
internal static class McpttInstances
{
    public const string McpttType = "up:mcptt-user-profile";
    public const string McpttRaf = "services";
    public static readonly XNamespace Up = Namespaces.McpttUserProfile;
    public static readonly XNamespace Rp = Namespaces.Rp;

    public static string Document(string profileId, string name = "At home", string version = "0") =>
        $"""<up:mcptt-user-profile profileId="{profileId}" version="{version}"><up:ProfileName>{name}</up:ProfileName><up:Status>enabled</up:Status><up:PreSelected>false</up:PreSelected><up:MCPTTID>sip:u@mcptt.example.org</up:MCPTTID></up:mcptt-user-profile>""";

    public static string Root(string profileId) => $"/{McpttType}[@profileId='{profileId}']";

    public static Task<SoapHttp.SoapAnswer> CreateAsync(string resource, string profileId, string name = "At home") =>
        SoapHttp.RpAsync(McpttRaf, SoapMessages.Create(resource, McpttType, Document(profileId, name)), RpOperations.Action(RpOperations.CreateComponent));

    public static Task<SoapHttp.SoapAnswer> ReadAsync(string resource, params string[] selects) =>
        SoapHttp.RpAsync(McpttRaf, SoapMessages.Read(resource, McpttType, selects));

    public static Task<SoapHttp.SoapAnswer> ModifyAsync(string resource, params string[] modifications) =>
        SoapHttp.RpAsync(McpttRaf, SoapMessages.Modify(resource, McpttType, string.Concat(modifications)));

    /// <summary>A fresh resource holding the given profiles, each created over Rp.</summary>
    public static async Task<string> NewResourceAsync(string hint, params string[] profileIds)
    {
        var resource = SharedServer.NewSubscriber(hint);
        foreach (var id in profileIds)
        {
            var created = await CreateAsync(resource, id, "Profile " + id);
            Assert.AreEqual("OK", created.StatusCode, created.Text);
        }

        return resource;
    }

    public static XElement Data(SoapHttp.SoapAnswer answer, int index = 0) => answer.Body.Descendants(Rp + "Data").ElementAt(index);

    public static string? Version(XElement data) => (string?)data.Attribute("version");

    /// <summary>profileId=version of each profile document in the data, in order, e.g. <c>home=1,work=2</c>.</summary>
    public static string Profiles(XElement data) =>
        string.Join(",", data.Elements(Up + "mcptt-user-profile").Select(p => $"{(string?)p.Attribute("profileId")}={(string?)p.Attribute("version")}"));
}
