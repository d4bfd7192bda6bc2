namespace BudgetDisclosure.Checks;

/// <summary>One rule, one small class: its descriptor and the check it runs over the typed model.</summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Check(CheckContext context);
}
