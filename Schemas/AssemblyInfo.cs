using System.Runtime.CompilerServices;

// Tests reach the schema compilation hooks (extra schema text, resolver refusals) without widening the public API.
[assembly: InternalsVisibleTo("GupSoap.Tests")]
