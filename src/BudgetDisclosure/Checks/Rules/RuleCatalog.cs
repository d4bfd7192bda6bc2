namespace BudgetDisclosure.Checks.Rules;

/// <summary>
/// Every rule of the assembly, in ID order. A rule is a sealed <see cref="Rule"/> with a public parameterless
/// constructor; adding the class adds the rule (and its page in docs/rules/, which a test requires).
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        .. typeof(Rule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal),
    ];

    /// <summary>Every rule's descriptor and the checker's own (BD0090, the reading verdict), in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = [ReadingVerification.Rule, .. All.Select(r => r.Descriptor)];

    public static RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);
}
