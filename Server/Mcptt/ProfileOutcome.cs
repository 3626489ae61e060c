namespace GupSoap.Server.Mcptt;

/// <summary>What a GetUserProfile answers, from the versions the server and the device hold.</summary>
public enum ProfileOutcome
{
    /// <summary>The device holds none or an older version: send the profile.</summary>
    Profile,

    /// <summary>The device holds the server's version.</summary>
    Synchronized,

    /// <summary>The device holds a newer version than the server: ask it to upload.</summary>
    UploadRequested,

    /// <summary>The desired version is newer than any the server ever stored: <c>Failed/InvalidParameter</c>.</summary>
    VersionNeverExisted,

    /// <summary>The desired version is an older one: only the current version is kept (<c>Failed/DataUnavailable</c>).</summary>
    VersionNotKept,
}

/// <summary>
/// The GetUserProfile decision table (MCPTT user profile contribution, flow 1; PROTOCOL.md "MCPTT configuration
/// management"): the desired version is checked first, then the device's version is compared with the server's.
/// </summary>
public static class ProfileOutcomes
{
    /// <param name="serverVersion">The version the repository holds now.</param>
    /// <param name="ueVersion">The version the device holds; null when it holds none.</param>
    /// <param name="desiredVersion">The version the device asks for; null for the latest.</param>
    public static ProfileOutcome Decide(long serverVersion, long? ueVersion, long? desiredVersion)
    {
        if (desiredVersion > serverVersion)
        {
            return ProfileOutcome.VersionNeverExisted;
        }

        if (desiredVersion < serverVersion)
        {
            return ProfileOutcome.VersionNotKept;
        }

        return ueVersion switch
        {
            null => ProfileOutcome.Profile,
            var held when held == serverVersion => ProfileOutcome.Synchronized,
            var held when held > serverVersion => ProfileOutcome.UploadRequested,
            _ => ProfileOutcome.Profile,
        };
    }
}
