using System.Globalization;

namespace GupSoap.Server.Tooling.Profiles;

/// <summary>How far an import is: bytes of the source read (for the fraction and the ETA) and profiles done (for the rate).</summary>
internal readonly record struct ImportStatus(long ReadBytes, long TotalBytes, long Imported, long AlreadyPresent, long Rejected, long DoneThisRun, TimeSpan Elapsed)
{
    public double Fraction => TotalBytes == 0 ? 1 : Math.Clamp((double)ReadBytes / TotalBytes, 0, 1);

    public double Rate => Elapsed.TotalSeconds <= 0 ? 0 : DoneThisRun / Elapsed.TotalSeconds;

    /// <summary>Time left at the pace of this run, from the share of the source still to read.</summary>
    public TimeSpan? Remaining => Fraction is > 0 and < 1 && Elapsed > TimeSpan.Zero
        ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (1 - Fraction) / Fraction)
        : null;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Fraction * 100,5:0.0} %  imported {Imported:N0}, present {AlreadyPresent:N0}, rejected {Rejected:N0}  {Rate:N0}/s  ETA {(Remaining is { } left ? left.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "--:--:--")}");
}

/// <summary>Shows an import's progress; called after every committed batch.</summary>
internal interface IImportProgress
{
    void Report(ImportStatus status);
}

/// <summary>
/// Progress for logs and CI (output redirected): one plain line at every tenth of the source and at least every
/// <see cref="Interval"/>, never a control character.
/// </summary>
internal sealed class PlainImportProgress(TextWriter output, TimeProvider time) : IImportProgress
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private int _lastTenth;
    private DateTimeOffset _last = time.GetUtcNow();

    public void Report(ImportStatus status)
    {
        var tenth = (int)(status.Fraction * 10);
        var now = time.GetUtcNow();
        if (tenth <= _lastTenth && now - _last < Interval)
        {
            return;
        }

        _lastTenth = tenth;
        _last = now;
        output.WriteLine("Progress " + status.Describe());
    }
}
