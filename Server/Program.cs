using GupSoap.Server.CommandLine;

return await GupSoapCommandLine.RunAsync(args, Console.Out, Console.Error);
