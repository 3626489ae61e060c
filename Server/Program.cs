using GupSoap.Core.Hosting;
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

if (args is [SchemaCommand.Group, SchemaCommand.Name, .. var schemaArgs])
{
    return await SchemaCommand.RunAsync(schemaArgs, Console.Out, Console.Error);
}

try
{
    var app = await GupSoapHost.BuildAsync(args);
    await app.RunAsync();
    return 0;
}
catch (ConfigurationException ex)
{
    // A setting or schema the process cannot start with: one line naming the file or key, no stack trace.
    await Console.Error.WriteLineAsync($"Configuration error: {ex.Message}");
    return 2;
}
