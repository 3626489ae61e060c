namespace GupSoap.Schemas;

/// <summary>
/// A schema or component type declaration the deployment cannot start with: <see cref="Location"/> names the file (or
/// configuration key) and <see cref="Problem"/> says what is wrong, together one line for the operator. Never carries
/// stored profile data beyond what the message names.
/// </summary>
public sealed class SchemaCatalogException : Exception
{
    public SchemaCatalogException(string location, string problem)
        : base($"{location}: {problem}")
    {
        Location = location;
        Problem = problem;
    }

    public SchemaCatalogException(string location, string problem, Exception inner)
        : base($"{location}: {problem}", inner)
    {
        Location = location;
        Problem = problem;
    }

    public SchemaCatalogException()
        : this("(schemas)", "invalid schema.")
    {
    }

    public SchemaCatalogException(string message)
        : this("(schemas)", message)
    {
    }

    public SchemaCatalogException(string message, Exception inner)
        : this("(schemas)", message, inner)
    {
    }

    /// <summary>The schema file, descriptor or configuration key at fault.</summary>
    public string Location { get; }

    /// <summary>What is wrong with it, in one sentence.</summary>
    public string Problem { get; }
}
