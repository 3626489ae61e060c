using GupSoap.Server.Hosting;
using GupSoap.Server.Tooling;

if (args.Length > 0 && args[0] == TokenCommand.Name)
{
    return TokenCommand.Run(args[1..], Console.Out, Console.Error);
}

if (args is [McpttImportCommand.Group, McpttImportCommand.Name, .. var importArgs])
{
    return await McpttImportCommand.RunAsync(importArgs, Console.Out, Console.Error);
}

var app = await GupSoapHost.BuildAsync(args);
await app.RunAsync();
return 0;
