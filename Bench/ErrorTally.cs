namespace GupSoap.Bench;

/// <summary>Failed requests by kind, with the first failure's description for the report.</summary>
internal sealed class ErrorTally
{
    public long Http { get; private set; }

    public long Status { get; private set; }

    public long Transport { get; private set; }

    public long Total => Http + Status + Transport;

    public string? First { get; private set; }

    public void Add(LoadAnswer answer)
    {
        switch (answer.Outcome)
        {
            case LoadOutcome.HttpError:
                Http++;
                break;
            case LoadOutcome.StatusNotOk:
                Status++;
                break;
            case LoadOutcome.TransportError:
                Transport++;
                break;
            default:
                return;
        }

        First ??= answer.Detail;
    }

    public void Add(ErrorTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Http += other.Http;
        Status += other.Status;
        Transport += other.Transport;
        First ??= other.First;
    }
}
