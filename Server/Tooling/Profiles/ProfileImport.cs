using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using GupSoap.Raf.Data;
using GupSoap.Raf.Storage;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling.Profiles;

/// <summary>What <c>admin import</c> was asked to do.</summary>
internal sealed record ImportRequest(string Path, int BatchSize, string? CheckpointPath, bool Restart);

/// <summary>
/// <c>admin import PATH</c>: provisioning of subscribers' profiles straight into the RAF stores (TS 23.240 §4.1.1),
/// each profile checked as Create Component checks it (<see cref="PreparedProfile"/>) and written in batches, one
/// transaction per RAF and batch (<see cref="ProfileBatchWriter"/>). After every commit the position is recorded
/// (<see cref="ImportCheckpoint"/>); an interrupted import (Ctrl+C, SIGTERM, a crash) run again resumes there.
/// Exit code 0 when every profile was imported or already present, 1 when some were rejected, 2 on usage or
/// configuration errors, 130 when interrupted.
/// </summary>
internal static class ProfileImport
{
    public const int Interrupted = 130;
    private const int MaxRejectionLines = 50;

    public static async Task<int> RunAsync(IConfiguration configuration, ImportRequest request, TextWriter output, IImportProgress? progress, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(request.Path) && !Directory.Exists(request.Path))
        {
            await output.WriteLineAsync($"No file or directory '{request.Path}'.");
            return 2;
        }

        await using var stores = await RafStores.OpenAsync(configuration, time, CancellationToken.None);
        var source = new ProfileSource(request.Path, stores.Limits);
        var checkpointPath = request.CheckpointPath ?? ImportCheckpoint.DefaultPath(ToolConfiguration.DataDirectory(configuration), request.Path);
        var fingerprint = source.Fingerprint();
        var resumed = request.Restart ? null : ImportCheckpoint.Read(checkpointPath);
        if (resumed is not null && resumed.Fingerprint != fingerprint)
        {
            await output.WriteLineAsync($"The checkpoint {checkpointPath} belongs to another version of {request.Path} (files changed since the interrupted import). " +
                "Run again with --restart to import from the beginning (profiles already stored are then counted as present).");
            return 2;
        }

        var state = resumed ?? new ImportCheckpoint(Path.GetFullPath(request.Path), fingerprint, 0, 0, 0, 0, []);
        await output.WriteLineAsync(resumed is null
            ? $"Importing {request.Path} ({source.Files.Count} file(s), {source.TotalBytes:N0} bytes) into {string.Join(", ", stores.Rafs.Select(r => r.Options.Name))}; checkpoint {checkpointPath}."
            : $"Resuming {request.Path} after {state.Position:N0} profile(s) (imported {state.Imported:N0}, present {state.AlreadyPresent:N0}, rejected {state.Rejected:N0}); checkpoint {checkpointPath}.");

        var definitions = await DefinitionsAsync(stores, cancellationToken);
        var validator = new ComponentValidator(stores.Registry);
        var clock = Stopwatch.StartNew();
        long doneThisRun = 0;
        var rejectionLines = 0;
        var interrupted = false;
        var batch = new List<PreparedProfile>(request.BatchSize);
        var rejections = new List<ImportRejection>();
        long position = state.Position;
        Task pending = Task.CompletedTask;

        // One batch is written while the next is read and validated (two cores at work); commits stay in order.
        async Task CommitAsync(List<PreparedProfile> batch, List<ImportRejection> rejections, long position)
        {
            var unprepared = rejections.Count;
            var outcomes = batch.Count == 0 ? [] : await ProfileBatchWriter.WriteAsync(batch, stores.Rafs, stores.Limits, time, CancellationToken.None);
            var byKind = new Dictionary<string, long>(state.RejectedByKind, StringComparer.Ordinal);
            long imported = 0, present = 0;
            for (var i = 0; i < outcomes.Count; i++)
            {
                switch (outcomes[i].Outcome)
                {
                    case ImportOutcome.Imported: imported++; break;
                    case ImportOutcome.AlreadyPresent: present++; break;
                    default: rejections.Add(new ImportRejection(batch[i].Entry, batch[i].ResourceId, "exists already", outcomes[i].Reason!)); break;
                }
            }

            foreach (var rejection in rejections)
            {
                byKind[rejection.Kind] = byKind.GetValueOrDefault(rejection.Kind) + 1;
                if (rejectionLines++ < MaxRejectionLines)
                {
                    await output.WriteLineAsync("Rejected " + rejection.Describe());
                }
            }

            doneThisRun += batch.Count + unprepared;
            state = state with
            {
                Position = position,
                Imported = state.Imported + imported,
                AlreadyPresent = state.AlreadyPresent + present,
                Rejected = state.Rejected + rejections.Count,
                RejectedByKind = byKind,
            };
            state.Write(checkpointPath);
            progress?.Report(new ImportStatus(source.ReadBytes, source.TotalBytes, state.Imported, state.AlreadyPresent, state.Rejected, doneThisRun, clock.Elapsed));
        }

        foreach (var entry in source.Read(state.Position))
        {
            var (prepared, rejection) = PreparedProfile.Prepare(entry, stores, validator, definitions);
            if (prepared is not null)
            {
                batch.Add(prepared);
            }
            else
            {
                rejections.Add(rejection!);
            }

            position = entry.Ordinal >= 0 ? entry.Ordinal + 1 : position;
            if (batch.Count + rejections.Count >= request.BatchSize)
            {
                await pending;
                var (full, refused, at) = (batch, rejections, position);
                pending = Task.Run(() => CommitAsync(full, refused, at), CancellationToken.None);
                (batch, rejections) = (new List<PreparedProfile>(request.BatchSize), []);
                if (cancellationToken.IsCancellationRequested)
                {
                    interrupted = true;
                    break;
                }
            }
        }

        await pending;
        if (!interrupted)
        {
            await CommitAsync(batch, rejections, position);
        }

        await Summarize(output, state, clock.Elapsed, doneThisRun, interrupted, checkpointPath);
        if (!interrupted)
        {
            File.Delete(checkpointPath);
        }

        return interrupted ? Interrupted : state.Rejected == 0 ? 0 : 1;
    }

    private static async Task<IReadOnlyDictionary<(string Raf, XName Type), IReadOnlyList<StoredDefinition>>> DefinitionsAsync(RafStores stores, CancellationToken cancellationToken)
    {
        var definitions = new Dictionary<(string, XName), IReadOnlyList<StoredDefinition>>();
        foreach (var raf in stores.Rafs)
        {
            foreach (var type in raf.Options.ComponentTypes)
            {
                definitions[(raf.Options.Name, type)] = await raf.Store.GetDefinitionsAsync(type, cancellationToken);
            }
        }

        return definitions;
    }

    private static async Task Summarize(TextWriter output, ImportCheckpoint state, TimeSpan elapsed, long doneThisRun, bool interrupted, string checkpointPath)
    {
        var rate = elapsed.TotalSeconds > 0 ? doneThisRun / elapsed.TotalSeconds : 0;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{(interrupted ? "Interrupted" : "Done")}: {state.Imported:N0} imported, {state.AlreadyPresent:N0} already present, {state.Rejected:N0} rejected " +
            $"({doneThisRun:N0} profile(s) in {elapsed.TotalSeconds:0.0} s this run, {rate:N0}/s)."));
        foreach (var (kind, count) in state.RejectedByKind.OrderByDescending(k => k.Value))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  rejected, {kind}: {count:N0}"));
        }

        if (interrupted)
        {
            await output.WriteLineAsync($"Everything up to profile {state.Position:N0} is stored. Run the same command again to resume (checkpoint {checkpointPath}).");
        }
    }
}
