namespace GupSoap.Tests.Support;

/// <summary>Rg request bodies as text (prefixes rg, gup, sub, pres, lcs, up are declared by <see cref="SoapMessages.Envelope11"/>).</summary>
internal static class RgText
{
    public static string Resource(string resource) => $"""<gup:ResourceID type="sip">{resource}</gup:ResourceID>""";

    public static string Create(string resource, params (string Type, string Document)[] items) => CreateIn(resource, null, items);

    public static string CreateIn(string resource, string? target, params (string Type, string Document)[] items) =>
        $"""<rg:Create>{Resource(resource)}{(target is null ? "" : $"<gup:TargetRepository>{target}</gup:TargetRepository>")}{string.Concat(items.Select((item, i) => $"""<rg:CreateItem objectType="{item.Type}" itemID="c{i}"><rg:NewData>{item.Document}</rg:NewData></rg:CreateItem>"""))}</rg:Create>""";

    public static string Query(string resource, params string[] selects) =>
        $"""<rg:Query>{Resource(resource)}{string.Concat(selects.Select((s, i) => $"""<rg:QueryItem itemID="q{i}"><rg:Select>{s}</rg:Select></rg:QueryItem>"""))}</rg:Query>""";

    public static string Modify(string resource, params string[] items) => $"""<rg:Modify>{Resource(resource)}{string.Concat(items)}</rg:Modify>""";

    public static string ModifyItem(string id, string select, string? newData, bool overwrite = false, string? notChangedSince = null) =>
        $"""<rg:ModifyItem itemID="{id}"{(overwrite ? " overrideAllowed=\"true\"" : "")}{(notChangedSince is null ? "" : $" notChangedSince=\"{notChangedSince}\"")}><rg:Select>{select}</rg:Select>{(newData is null ? "" : $"<rg:NewData>{newData}</rg:NewData>")}</rg:ModifyItem>""";

    public static string Delete(string resource, params string[] types) =>
        $"""<rg:Delete>{Resource(resource)}{string.Concat(types.Select(t => $"""<rg:DeleteItem objectType="{t}"/>"""))}</rg:Delete>""";

    public static string List(string pattern, int? count = null, int offset = 0, params string[] types) =>
        $"""<rg:List{(count is null ? "" : $" count=\"{count}\"")} offset="{offset}"><rg:SearchCriteria><rg:ResourceIDPattern>{pattern}</rg:ResourceIDPattern>{string.Concat(types.Select(t => $"<rg:ComponentType>{t}</rg:ComponentType>"))}</rg:SearchCriteria></rg:List>""";

    public static Task<SoapHttp.SoapAnswer> PostAsync(Uri rg, string body, string? headers = null) =>
        SoapHttp.PostAsync(rg, SoapMessages.Envelope11(body, headers));
}
