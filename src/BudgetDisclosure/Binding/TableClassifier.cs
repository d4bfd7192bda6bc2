using BudgetDisclosure.Documents;
using BudgetDisclosure.Model;
using BudgetDisclosure.Reading;
using BudgetDisclosure.Templates;
using BudgetDisclosure.Normalization;

namespace BudgetDisclosure.Binding;

/// <summary>Recognises a standard table by its title — never by its number, which regions reorder.</summary>
internal static class TableClassifier
{
    public static TableKey Classify(TableBlock table, Template template) => template.TableOf(TextNormalizer.Squeeze(table.Title ?? ""));

    /// <summary>The table a squeezed title names under the template's title vocabulary (Templates/Data).</summary>
    internal static TableKey FromTitle(string title, Template? template = null) => (template ?? TemplateCatalog.National).TableOf(title);
}
