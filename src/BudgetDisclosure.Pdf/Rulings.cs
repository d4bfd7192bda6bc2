using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace BudgetDisclosure.Pdf;

/// <summary>A straight ruling: at <see cref="At"/> across, from <see cref="From"/> to <see cref="To"/> along.</summary>
internal readonly record struct Segment(double At, double From, double To);

/// <summary>
/// The ruling lines of a page (cell borders of ruled tables): stroked lines, the edges of stroked rectangles and thin
/// filled rectangles; large filled rectangles are cell shading and clipping paths are not drawn, so neither counts.
/// Two glyphs with a vertical ruling between them are in different cells however close they are ("01" right-aligned in
/// the 项 column and "行政运行" left-aligned in the next one sit 2 pt apart); vertical and horizontal rulings together
/// make the cell grid of a ruled table (<see cref="RuledTable"/>).
/// </summary>
internal sealed class Rulings
{
    /// <summary>A drawn line thinner than this (pt) and longer than <see cref="MinLength"/> is a ruling.</summary>
    private const double MaxThickness = 2;
    private const double MinLength = 4;

    private readonly Segment[] vertical;

    private Rulings(Segment[] vertical, Segment[] horizontal)
    {
        this.vertical = vertical;
        Horizontal = horizontal;
    }

    public static Rulings None { get; } = new([], []);

    public int Count => vertical.Length + Horizontal.Count;

    /// <summary>Vertical rulings by x: At is x, From/To the y extent.</summary>
    public IReadOnlyList<Segment> Vertical => vertical;

    /// <summary>Horizontal rulings: At is y, From/To the x extent.</summary>
    public IReadOnlyList<Segment> Horizontal { get; }

    public static Rulings Read(IReadOnlyList<PdfPath> paths, int maxSegments)
    {
        var vertical = new List<Segment>();
        var horizontal = new List<Segment>();
        foreach (var path in paths)
        {
            if (!path.IsFilled && !path.IsStroked) continue;
            foreach (var subpath in path)
            {
                if (vertical.Count + horizontal.Count >= maxSegments) break;
                if (path.IsFilled && subpath.GetBoundingRectangle() is { } box)
                {
                    if (box.Width <= MaxThickness && box.Height >= MinLength)
                        vertical.Add(new((box.Left + box.Right) / 2, box.Bottom, box.Top));
                    else if (box.Height <= MaxThickness && box.Width >= MinLength)
                        horizontal.Add(new((box.Bottom + box.Top) / 2, box.Left, box.Right));
                    if (box.Width <= MaxThickness || box.Height <= MaxThickness || !path.IsStroked) continue;
                }
                if (!path.IsStroked) continue;
                PdfPoint? start = null, current = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            start = current = move.Location;
                            break;
                        case PdfSubpath.Line line:
                            AddLine(vertical, horizontal, line.From, line.To);
                            current = line.To;
                            break;
                        case PdfSubpath.Close when start is { } s && current is { } c:
                            AddLine(vertical, horizontal, c, s);
                            current = s;
                            break;
                        case PdfSubpath.BezierCurve curve:
                            current = curve.EndPoint;
                            break;
                    }
                }
            }
        }
        vertical.Sort((a, b) => a.At.CompareTo(b.At));
        horizontal.Sort((a, b) => b.At.CompareTo(a.At));
        return new Rulings([.. vertical], [.. horizontal]);
    }

    private static void AddLine(List<Segment> vertical, List<Segment> horizontal, PdfPoint a, PdfPoint b)
    {
        if (Math.Abs(a.X - b.X) <= MaxThickness / 2 && Math.Abs(a.Y - b.Y) >= MinLength)
            vertical.Add(new((a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        else if (Math.Abs(a.Y - b.Y) <= MaxThickness / 2 && Math.Abs(a.X - b.X) >= MinLength)
            horizontal.Add(new((a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
    }

    /// <summary>True when a vertical ruling crosses the baseline height <paramref name="y"/> strictly between x0 and x1.</summary>
    public bool Between(double x0, double x1, double y)
    {
        if (vertical.Length == 0 || x1 <= x0) return false;
        // First segment with X > x0 by binary search, then walk while X < x1.
        int lo = 0, hi = vertical.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (vertical[mid].At <= x0) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < vertical.Length && vertical[i].At < x1; i++)
            if (vertical[i].From - 1 <= y && y <= vertical[i].To + 1) return true;
        return false;
    }
}
