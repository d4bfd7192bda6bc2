using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace BudgetDisclosure.Pdf;

/// <summary>
/// The vertical ruling lines of a page (cell borders of ruled tables): stroked lines, the edges of stroked rectangles
/// and thin filled rectangles. Two glyphs with a ruling between them are in different cells however close they are
/// ("01" right-aligned in the 项 column and "行政运行" left-aligned in the next one sit 2 pt apart).
/// </summary>
internal sealed class Rulings
{
    /// <summary>A drawn line thinner than this (pt) and taller than <see cref="MinLength"/> is a ruling.</summary>
    private const double MaxThickness = 2;
    private const double MinLength = 4;

    private readonly (double X, double Y0, double Y1)[] segments;

    private Rulings((double X, double Y0, double Y1)[] segments) => this.segments = segments;

    public static Rulings None { get; } = new([]);

    public int Count => segments.Length;

    public static Rulings Vertical(IReadOnlyList<PdfPath> paths, int maxSegments)
    {
        var found = new List<(double X, double Y0, double Y1)>();
        foreach (var path in paths)
        {
            foreach (var subpath in path)
            {
                if (found.Count >= maxSegments) break;
                if (subpath.GetBoundingRectangle() is { } box && box.Width <= MaxThickness && box.Height >= MinLength && path.IsFilled)
                {
                    found.Add(((box.Left + box.Right) / 2, box.Bottom, box.Top));
                    continue;
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
                            AddLine(found, line.From, line.To);
                            current = line.To;
                            break;
                        case PdfSubpath.Close when start is { } s && current is { } c:
                            AddLine(found, c, s);
                            current = s;
                            break;
                        case PdfSubpath.BezierCurve curve:
                            current = curve.EndPoint;
                            break;
                    }
                }
            }
        }
        found.Sort((a, b) => a.X.CompareTo(b.X));
        return new Rulings([.. found]);
    }

    private static void AddLine(List<(double X, double Y0, double Y1)> found, PdfPoint a, PdfPoint b)
    {
        if (Math.Abs(a.X - b.X) <= MaxThickness / 2 && Math.Abs(a.Y - b.Y) >= MinLength)
            found.Add(((a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }

    /// <summary>True when a ruling crosses the baseline height <paramref name="y"/> strictly between x0 and x1.</summary>
    public bool Between(double x0, double x1, double y)
    {
        if (segments.Length == 0 || x1 <= x0) return false;
        // First segment with X > x0 by binary search, then walk while X < x1.
        int lo = 0, hi = segments.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (segments[mid].X <= x0) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < segments.Length && segments[i].X < x1; i++)
            if (segments[i].Y0 - 1 <= y && y <= segments[i].Y1 + 1) return true;
        return false;
    }
}
