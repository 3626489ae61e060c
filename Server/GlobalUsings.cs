// The web SDK imports Microsoft.AspNetCore.Http, whose StatusCodes are HTTP codes; ours are Liberty status codes.
global using StatusCodes = GupSoap.Contracts.Liberty.StatusCodes;
