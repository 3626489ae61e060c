using GupSoap.Server.Hosting;

var app = await GupSoapHost.BuildAsync(args);
await app.RunAsync();
