using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GupSoap.Bench.Compare;

/// <summary>
/// The ceiling of the comparison: a trivial Kestrel app, hosted like the GupSoap server (its own process, slim builder,
/// no server header, warnings only), answering every POST with the same ~600-byte SOAP reply without reading XML.
/// <c>GET /stats</c> tells its CPU time and allocated bytes, as the server's <c>/metrics</c> does.
/// </summary>
internal static class CeilingServer
{
    private static readonly byte[] Reply = Encoding.UTF8.GetBytes(
        """<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><sbf:Framework xmlns:sbf="urn:liberty:sb" version="2.0"/><sb:Sender xmlns:sb="urn:liberty:sb:2006-08" providerID="urn:gupsoap:raf:hss"/><wsa:MessageID xmlns:wsa="http://www.w3.org/2005/08/addressing">urn:uuid:6f1b2c8e-4d3a-4f0e-9b7a-2c1d0e9f8a7b</wsa:MessageID></s:Header><s:Body><rp:ReadDataResponse xmlns:rp="urn:3gpp:gup:2006-08:rp" xmlns:lu="urn:liberty:util:2006-08"><lu:Status code="OK"/><rp:Data itemIDRef="i0" version="1" changeTime="2026-12-01T12:00:00Z"><sub:DisplayName xmlns:sub="urn:3gpp:gup:2006-08:subscriber">Alice</sub:DisplayName></rp:Data></rp:ReadDataResponse></s:Body></s:Envelope>""");

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            // Read the request like a real endpoint must, then answer the fixed reply.
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            http.Response.ContentType = "text/xml; charset=utf-8";
            http.Response.ContentLength = Reply.Length;
            await http.Response.Body.WriteAsync(Reply, http.RequestAborted);
        });
        app.MapGet("/stats", () => Results.Text(FormattableString.Invariant($"{Environment.CpuUsage.TotalTime.TotalSeconds} {GC.GetTotalAllocatedBytes(precise: false)}")));
        await app.RunAsync();
        return 0;
    }
}
