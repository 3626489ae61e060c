using GupSoap.Core.Hosting;

namespace GupSoap.Core.Authorization;

/// <summary>
/// The operator's common rules (TS 23.240 §4.1.4) as every decision reads them: fixed, or the rules file that
/// <c>admin rules reload</c> makes a running process read again — it checks the file, then replaces the reload
/// signal beside it (<see cref="CommonRulesFile.ReloadSignalOf"/>); each process sees the new signal on its next
/// decision and reads the rules file again (a file that no longer reads keeps the rules in force and is reported).
/// Each decision takes one <see cref="Current"/> snapshot, so a reload never mixes two rule sets in one decision.
/// </summary>
public sealed class CommonRules
{
    private readonly AuthorizationRules? _fixed;
    private readonly WatchedFile<AuthorizationRules>? _file;

    public CommonRules(AuthorizationRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _fixed = rules;
    }

    public CommonRules(WatchedFile<AuthorizationRules> file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _file = file;
    }

    public AuthorizationRules Current => _fixed ?? _file!.Current;
}
