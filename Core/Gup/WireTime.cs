namespace GupSoap.Core.Gup;

/// <summary>Instants read from the wire (<c>xs:dateTime</c>): without a zone they are taken as UTC.</summary>
public static class WireTime
{
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static DateTimeOffset ToUtcOffset(DateTime value) => new(ToUtc(value), TimeSpan.Zero);
}
