using BudgetDisclosure.Checks;
using BudgetDisclosure.Templates;

namespace BudgetDisclosure.Cli.Commands;

/// <summary>
/// Which configuration each input is read and checked with: the one given with --config, else the nearest
/// .budgetconfig above the input. Problems in any of them stop the command before anything is read (exit 2), the way a
/// compiler refuses a broken .editorconfig rather than half-applying it; each one used is named once on stderr.
/// </summary>
internal sealed class Configurations
{
    private readonly Dictionary<string, CheckConfiguration> loaded = new(StringComparer.Ordinal);
    // Each source's configuration by the path its document is reported under (InputSource.Display), found once.
    private readonly Dictionary<string, CheckConfiguration?> bySource = new(StringComparer.Ordinal);
    private readonly CheckConfiguration? given;

    private Configurations(CheckConfiguration? given) => this.given = given;

    /// <summary>The sources with the template each is to be read under; null (and the problems printed) when a configuration is broken.</summary>
    public static (Configurations? Configurations, List<InputSource> Sources) Resolve(IReadOnlyList<InputSource> sources, string? configPath, string? template, CliConsole console)
    {
        if (template is not null && TemplateCatalog.Embedded.Find(template) is null)
        {
            console.Error.WriteLine(CliMessages.UnknownTemplate(template, TemplateCatalog.Embedded.All.Select(t => t.Id)));
            return (null, []);
        }
        CheckConfiguration? given = null;
        if (configPath is not null)
        {
            if (!TryLoad(configPath, console, out given)) return (null, []);
        }
        var result = new Configurations(given);
        var resolved = new List<InputSource>(sources.Count);
        foreach (var source in sources)
        {
            var broken = false;
            var configuration = given ?? result.Discover(source.Paths[0], console, out broken);
            if (broken) return (null, []);
            result.bySource[source.Display] = configuration;
            resolved.Add(source with { Template = template ?? configuration?.Template });
        }
        IEnumerable<CheckConfiguration> used = given is null ? result.loaded.Values : [given];
        foreach (var configuration in used)
            console.Error.WriteLine(CliMessages.UsingConfiguration(configuration.Path!, configuration.Describe()));
        return (result, resolved);
    }

    /// <summary>A disclosure read as one from several files takes its first file's configuration, as resolved.</summary>
    public IReadOnlyDictionary<string, RuleSetting> RulesFor(string path) =>
        (given ?? bySource.GetValueOrDefault(path))?.Rules ?? new Dictionary<string, RuleSetting>();

    private CheckConfiguration? Discover(string path, CliConsole console, out bool broken)
    {
        broken = false;
        if (CheckConfiguration.Find(path) is not { } found) return null;
        if (loaded.TryGetValue(found, out var known)) return known;
        if (!TryLoad(found, console, out var configuration)) { broken = true; return null; }
        loaded[found] = configuration!;
        return configuration;
    }

    private static bool TryLoad(string path, CliConsole console, out CheckConfiguration? configuration)
    {
        var (read, problems) = CheckConfiguration.Load(path);
        foreach (var problem in problems) console.Error.WriteLine(CliMessages.CommandLineError(problem));
        configuration = read;
        return read is not null;
    }
}
