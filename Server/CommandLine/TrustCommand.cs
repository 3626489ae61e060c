using System.CommandLine;
using GupSoap.Server.Tooling;

namespace GupSoap.Server.CommandLine;

/// <summary><c>admin trust list|add|remove</c>: trusted assertion issuers, effective in running processes from the next request (<see cref="TrustAdmin"/>).</summary>
internal static class TrustCommand
{
    public static Command Create(CommandContext context)
    {
        var list = new Command("list", "Every trusted issuer: entity id, HPLMN and intermediary flags, certificate fingerprint and expiry, where it is trusted from.");
        list.SetAction((result, _) => TrustAdmin.ListAsync(context.Configuration(), result.InvocationConfiguration.Output));

        var entityId = new Option<string>("--entity-id") { Description = "the issuer's entity id, as in its assertions' Issuer", Required = true, HelpName = "URI" };
        var certificate = new Option<FileInfo>("--certificate")
        {
            Description = "the issuer's signing certificate(s), PEM",
            Required = true,
            CustomParser = InputFile.Parse,
            HelpName = "FILE",
        };
        var hplmn = new Option<bool>("--hplmn") { Description = "the issuer is inside the home network (rules can treat HPLMN applications differently)" };
        var intermediary = new Option<bool>("--intermediary") { Description = "the issuer may speak for an original requestor (another GUP Server's key)" };
        var add = new Command("add", "Trust an issuer from the next request of every running process that reads this trust list.") { entityId, certificate, hplmn, intermediary };
        add.SetAction(async (result, _) =>
        {
            var configuration = context.Configuration();
            var request = new TrustAddRequest(result.GetValue(entityId)!, result.GetValue(certificate)!.FullName, result.GetValue(hplmn), result.GetValue(intermediary));
            var (exit, outcome) = await TrustAdmin.AddAsync(configuration, request, result.InvocationConfiguration.Output, TimeProvider.System);
            await AdminAudit.RecordAsync(configuration, result.InvocationConfiguration.Error, "trust add", request.EntityId, outcome, exit == 0);
            return exit;
        });

        var removed = new Argument<string>("ENTITY-ID") { Description = "the entity id of an issuer in the trust list" };
        var remove = new Command("remove", "Stop trusting an issuer of the trust list: its assertions are refused from the next request.") { removed };
        remove.SetAction(async (result, _) =>
        {
            var configuration = context.Configuration();
            var (exit, outcome) = await TrustAdmin.RemoveAsync(configuration, result.GetValue(removed)!, result.InvocationConfiguration.Output);
            await AdminAudit.RecordAsync(configuration, result.InvocationConfiguration.Error, "trust remove", result.GetValue(removed)!, outcome, exit == 0);
            return exit;
        });

        return new Command("trust", "Trusted assertion issuers (the trust list: Gup:Security:TrustListPath, default trusted-issuers.json in the key directory).")
        {
            list, add, remove,
        };
    }
}
